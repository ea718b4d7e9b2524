"""Count reports found by the search language, on both engines: words over notes and lines
(each engine's full-text index of count reports), and filters."""

from __future__ import annotations

from dataclasses import replace

import pytest

from incident_logger.domain.models import CountLine, CountReportDraft
from incident_logger.domain.query import QuerySyntaxError
from incident_logger.services.counts import (
    count_report_ids,
    create_count_report,
    get_count_report,
    list_count_reports,
    set_count_report_deleted,
    totals_by_region,
    update_count_report,
)
from incident_logger.services.places import get_place, update_place
from incident_logger.services.sources import get_source, update_source
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """The ``night`` fixture's database: each engine in turn."""
    return any_db


def found(db: Database, query: str, *, deleted: bool = False) -> set[int]:
    return {s.report.id for s in list_count_reports(db, query=query, deleted=deleted)}


@pytest.fixture
def obninsk_report(db: Database, night: Night) -> int:
    """The governor's later post, naming a town only in its note and on a line."""
    return create_count_report(
        db,
        CountReportDraft(
            source_id=night.governor,
            issued_at="2026-09-14 02:00",
            period_start="2026-09-13 23:00",
            period_end="2026-09-14 01:30",
            subject="drones",
            outcome="intercepted",
            stated_total=5,
            note="Two were brought down over Обнинск.",
            lines=(CountLine(night.kaluga_region, 5, "пожар на окраине"),),
        ),
    ).id


def test_a_word_only_in_a_note_finds_the_report(
    db: Database, night: Night, obninsk_report: int
) -> None:
    assert found(db, "Обнинск") == {obninsk_report}
    assert found(db, "обнинск") == {obninsk_report}  # case folded by the index
    assert found(db, "Обнин*") == {obninsk_report}
    assert found(db, "various") == {night.ministry_report}  # "The rest over various regions."
    assert found(db, '"over various regions"') == {night.ministry_report}


def test_words_over_lines_regions_and_sources(
    db: Database, night: Night, obninsk_report: int
) -> None:
    assert found(db, "пожар") == {obninsk_report}  # a line's note
    assert found(db, "Брянская") == {night.ministry_report}  # a line's region
    assert found(db, "Bryansk") == {night.ministry_report}  # the region's other name
    assert found(db, "ministry") == {night.ministry_report}  # the source
    assert found(db, "221") == {night.ministry_report}  # the stated total
    assert found(db, "intercepted") == {night.governor_report, obninsk_report}
    assert found(db, "kaluga -обнинск") == {night.ministry_report, night.governor_report}
    assert found(db, "брянская or обнинск") == {night.ministry_report, obninsk_report}


def test_filters_source_region_period_reliability(
    db: Database, night: Night, obninsk_report: int
) -> None:
    assert found(db, "source:governor") == {night.governor_report, obninsk_report}
    assert found(db, 'source:"ministry of defence"') == {night.ministry_report}
    assert found(db, "region:Брянская") == {night.ministry_report}
    # A city asks for its region's lines: counts are given per region.
    assert found(db, "region:Obninsk") == {
        night.ministry_report,
        night.governor_report,
        obninsk_report,
    }
    assert found(db, "region:Россия") == found(db, "")
    assert found(db, "from:2026-09-13") == {obninsk_report}
    assert found(db, "to:2026-09-11") == {night.ministry_report, night.governor_report}
    assert found(db, "from:2026-09-12T06:00 to:2026-09-12") == {night.ministry_report}
    assert found(db, "reliability:<=B source:governor") == {night.governor_report, obninsk_report}
    assert found(db, "reliability:A") == set()
    assert found(db, "region:Nowhere") == set()


def test_fields_of_incidents_are_refused_with_their_position(db: Database, night: Night) -> None:
    with pytest.raises(QuerySyntaxError) as error:
        list_count_reports(db, query="drones category:fire")
    assert error.value.position == 7
    assert "incidents, not count reports" in error.value.message
    with pytest.raises(QuerySyntaxError):
        list_count_reports(db, query='"unclosed')


def test_the_index_follows_every_change(db: Database, night: Night, obninsk_report: int) -> None:
    draft = get_count_report(db, obninsk_report).draft
    update_count_report(db, obninsk_report, replace(draft, note="Debris fell near Малоярославец."))
    assert found(db, "Обнинск") == set()
    assert found(db, "Малоярославец") == {obninsk_report}
    update_count_report(db, obninsk_report, replace(draft, lines=()))
    assert found(db, "пожар") == set()
    place = get_place(db, night.kursk_region).draft
    update_place(db, night.kursk_region, replace(place, aliases=("Kursk Oblast", "Курщина")))
    assert found(db, "Курщина") == {night.ministry_report}
    update_place(db, night.kursk_region, replace(place, name="Курская обл."))
    assert found(db, "Курская") == {night.ministry_report}
    source = get_source(db, night.ministry).draft
    update_source(db, night.ministry, replace(source, name="Минобороны России"))
    assert found(db, "Минобороны") == {night.ministry_report}
    set_count_report_deleted(db, night.ministry_report, True)
    assert found(db, "Минобороны") == set()
    assert found(db, "Минобороны", deleted=True) == {night.ministry_report}


def test_the_briefing_can_select_reports_by_query(
    db: Database, night: Night, obninsk_report: int
) -> None:
    with db.read_sql() as sql:
        assert count_report_ids(sql, "drones") == [
            night.governor_report,
            night.ministry_report,
            obninsk_report,
        ]
        assert count_report_ids(sql, "region:Калуга", start="2026-09-13") == [obninsk_report]
        assert count_report_ids(sql, "", end="2026-09-12T00:30") == [
            night.governor_report,
            night.ministry_report,
        ]


def test_totals_cover_the_reports_a_query_selects(db: Database, night: Night) -> None:
    totals = totals_by_region(db, start="2026-09-01", end="2026-09-30", query="source:ministry")
    assert {(t.place_name, t.total) for t in totals} == {
        ("Калужская область", 85),
        ("Брянская область", 42),
        ("Курская область", 28),
    }
