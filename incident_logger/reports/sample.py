"""A realistic night as briefing data: for previews, screenshots and tests of the layout."""

from __future__ import annotations

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    GeoPrecision,
    Reliability,
    SourceKind,
    Status,
    TimePrecision,
)
from incident_logger.domain.models import DamageNote
from incident_logger.reports.model import (
    AnnexSource,
    Briefing,
    BriefingIncident,
    CountStatement,
    RegionCount,
    SourceCitation,
)

GOVERNOR = AnnexSource(
    1,
    "Governor of Kaluga Oblast (Telegram channel)",
    SourceKind.OFFICIAL,
    Reliability.B,
    "https://t.me/kaluga_governor_example",
)
MINISTRY = AnnexSource(
    2, "Ministry of Defence", SourceKind.MINISTRY, Reliability.B, "https://mil.example/news"
)
AGENCY = AnnexSource(3, "Regional news agency «Обнинск-Инфо»", SourceKind.AGENCY, Reliability.C)


def _cite(source: AnnexSource, credibility: int, url: str = "") -> SourceCitation:
    return SourceCitation(source.source_id, source.name, source.reliability, credibility, url)


def sample_incidents() -> tuple[BriefingIncident, ...]:
    return (
        BriefingIncident(
            ref="INC-000101",
            title="Wreckage of an intercepted drone struck three parked cars",
            start_at="2025-06-15T01:10",
            end_at="2025-06-15T04:30",
            time_precision=TimePrecision.WINDOW,
            place="Russia › Kaluga Oblast › Калуга",
            region="Kaluga Oblast",
            locality="near the pond on the edge of the city",
            latitude=54.5293,
            longitude=36.2754,
            geo_precision=GeoPrecision.NEAR,
            category="debris impact",
            narrative=(
                "The governor wrote after midnight that 18 drones were intercepted over several "
                "districts and over Калуга. The wreckage of one fell near a pond on the edge of "
                "the city and struck three parked cars.\n\nNo one was hurt."
            ),
            injuries=0,
            fatalities=0,
            response=(
                "Emergency services went out; the city administration will help the car owners."
            ),
            status=Status.CONFIRMED,
            tags=("night attack", "debris"),
            damage=(
                DamageNote("vehicle", 3, DamageSeverity.MODERATE, DamageState.NONE, "parked cars"),
            ),
            sources=(_cite(GOVERNOR, 2, "https://t.me/kaluga_governor_example/4821"),),
        ),
        BriefingIncident(
            ref="INC-000102",
            title="Drones intercepted over Обнинск and two districts",
            start_at="2025-06-14T23:40",
            end_at="2025-06-15T05:00",
            time_precision=TimePrecision.WINDOW,
            place="Russia › Kaluga Oblast › Обнинск",
            region="Kaluga Oblast",
            geo_precision=GeoPrecision.DISTRICT,
            category="interception",
            narrative=(
                "Air defence intercepted drones over Обнинск, Малоярославец and Жуков districts."
            ),
            injuries=None,
            fatalities=None,
            status=Status.REPORTED,
            sources=(_cite(GOVERNOR, 2), _cite(AGENCY, 3)),
        ),
        BriefingIncident(
            ref="INC-000097",
            title="Fire at a pump station after an earlier attack",
            start_at="2025-06-13",
            time_precision=TimePrecision.DAY,
            place="Russia › Bryansk Oblast",
            region="Bryansk Oblast",
            geo_precision=GeoPrecision.REGION,
            category="fire",
            narrative=(
                "The ministry's report mentions an earlier attack that set a pump station on "
                "fire; the fire was put out before it did serious damage."
            ),
            injuries=None,
            fatalities=0,
            response="Fire crews extinguished the fire.",
            status=Status.REPORTED,
            damage=(
                DamageNote(
                    "utility",
                    1,
                    DamageSeverity.MINOR,
                    DamageState.FIRE_EXTINGUISHED,
                    "pump station",
                ),
            ),
            sources=(_cite(MINISTRY, 3),),
        ),
    )


def sample_statements() -> tuple[CountStatement, ...]:
    return (
        CountStatement(
            ref="CR-000011",
            source_id=MINISTRY.source_id,
            source_name=MINISTRY.name,
            reliability=MINISTRY.reliability,
            issued_at="2025-06-15T07:00",
            period_start="2025-06-14T20:00",
            period_end="2025-06-15T07:00",
            subject="drones",
            outcome="shot down",
            stated_total=221,
            lines=(
                RegionCount("Bryansk Oblast", 85),
                RegionCount("Kursk Oblast", 42),
                RegionCount("Kaluga Oblast", 28),
            ),
            note="The rest over various regions.",
        ),
        CountStatement(
            ref="CR-000012",
            source_id=GOVERNOR.source_id,
            source_name=GOVERNOR.name,
            reliability=GOVERNOR.reliability,
            issued_at="2025-06-15T00:45",
            period_start="2025-06-14T22:00",
            period_end="2025-06-15T00:45",
            subject="drones",
            outcome="shot down",
            stated_total=18,
            lines=(RegionCount("Kaluga Oblast", 18),),
        ),
    )


def sample_briefing(**overrides: object) -> Briefing:
    """The night of 14-15 June: a governor's post, a ministry tally, a pump station fire."""
    values: dict[str, object] = {
        "title": "Overnight drone activity, 14–15 June 2025",
        "generated_at": "2025-06-15T09:30",
        "period_start": "2025-06-13T00:00",
        "period_end": "2025-06-15T23:59",
        "scope": "region:Kaluga or region:Bryansk",
        "marking": "FOR INTERNAL USE",
        "author": "Duty analyst",
        "incidents": sample_incidents(),
        "statements": sample_statements(),
        "sources": (GOVERNOR, MINISTRY, AGENCY),
    }
    values.update(overrides)
    return Briefing(**values)  # type: ignore[arg-type]
