"""Plain value objects passed between layers (never ORM instances, never Qt types)."""

from __future__ import annotations

from dataclasses import dataclass, field

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    GeoPrecision,
    Means,
    PlaceKind,
    Reliability,
    SourceKind,
    Status,
    TimePrecision,
)


@dataclass(frozen=True, slots=True)
class DamageNote:
    """What an incident damaged. ``quantity`` None means the number was not stated."""

    object_kind: str
    quantity: int | None = None
    severity: DamageSeverity = DamageSeverity.UNKNOWN
    state: DamageState = DamageState.NONE
    note: str = ""


@dataclass(frozen=True, slots=True)
class SourceLink:
    """One source reporting an incident, with the credibility (1-6) of this claim."""

    source_id: int
    credibility: int = 6
    url: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class IncidentDraft:
    """Everything a user can type for an incident. Times are ISO 'YYYY-MM-DDTHH:MM'.

    ``injuries``/``fatalities`` None means *not stated*, which differs from 0.
    """

    title: str
    start_at: str
    end_at: str | None = None
    time_precision: TimePrecision = TimePrecision.EXACT
    place_id: int | None = None
    locality: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision = GeoPrecision.NEAR
    category: str = "other"
    narrative: str = ""
    injuries: int | None = None
    fatalities: int | None = None
    response: str = ""
    status: Status = Status.REPORTED
    tags: tuple[str, ...] = ()
    sources: tuple[SourceLink, ...] = ()
    damage: tuple[DamageNote, ...] = ()
    external_id: str = ""  # e.g. an ACLED event_id_cnty
    external_type: str = ""  # e.g. ACLED "event_type / sub_event_type"
    means: Means | None = None  # the weapon or cause; None: not recorded


@dataclass(frozen=True, slots=True)
class Incident:
    """A stored incident with its identity and bookkeeping."""

    id: int
    draft: IncidentDraft
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    version: int = 1  # goes up with every saved change (optimistic concurrency)

    @property
    def ref(self) -> str:
        return incident_ref(self.id)


def incident_ref(incident_id: int) -> str:
    """The human reference shown for an incident id, e.g. ``INC-000042``."""
    return f"INC-{incident_id:06d}"


@dataclass(frozen=True, slots=True)
class PlaceDraft:
    name: str
    kind: PlaceKind = PlaceKind.LOCALITY
    parent_id: int | None = None
    country_code: str = ""
    iso_code: str = ""  # ISO 3166-2 where the place is a subdivision
    latitude: float | None = None
    longitude: float | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    id: int
    draft: PlaceDraft
    path: str = ""  # "Country › Region › City", for display
    deleted_at: str | None = None
    version: int = 1


@dataclass(frozen=True, slots=True)
class SourceDraft:
    name: str
    kind: SourceKind = SourceKind.OTHER
    reliability: Reliability = Reliability.F
    url: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    id: int
    draft: SourceDraft
    deleted_at: str | None = None
    version: int = 1


@dataclass(frozen=True, slots=True)
class CountLine:
    """One region's count in a regional count report."""

    place_id: int
    count: int
    note: str = ""
    approximate: bool = False  # "more than 30": the count is a lower bound, shown "30+"


@dataclass(frozen=True, slots=True)
class CountReportDraft:
    """A statement giving numbers per region (e.g. a ministry's overnight tally)."""

    source_id: int
    issued_at: str
    period_start: str
    period_end: str
    subject: str = "drones"  # what is counted
    outcome: str = "intercepted"  # what happened to them
    stated_total: int | None = None
    note: str = ""
    lines: tuple[CountLine, ...] = ()
    total_approximate: bool = False  # "more than 30": shown "30+"


@dataclass(frozen=True, slots=True)
class CountReport:
    id: int
    draft: CountReportDraft
    created_at: str
    updated_at: str
    deleted_at: str | None = None
    version: int = 1


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    at: str
    actor: str
    entity: str
    entity_id: int
    action: str
    changes: dict[str, list[object]] = field(default_factory=dict)  # field -> [old, new]
    reason: str = ""
