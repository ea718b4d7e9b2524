"""The plain data a briefing is made from: frozen dataclasses a service fills, nothing bound."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from incident_logger.domain.enums import (
    GeoPrecision,
    Means,
    Reliability,
    SourceKind,
    Status,
    TimePrecision,
)
from incident_logger.domain.models import DamageNote

# Times are the stored form 'YYYY-MM-DDTHH:MM' (a bare 'YYYY-MM-DD' is accepted too).


@dataclass(frozen=True, slots=True)
class SourceCitation:
    """A source as an incident cites it: who, how reliable (A-F), how credible the claim (1-6)."""

    source_id: int
    name: str
    reliability: Reliability = Reliability.F
    credibility: int = 6
    url: str = ""
    note: str = ""  # what this source says of the incident (an excerpt, a remark)

    @property
    def grade(self) -> str:
        """The Admiralty grade as analysts write it, e.g. ``B2``."""
        return f"{self.reliability.value}{self.credibility}"


@dataclass(frozen=True, slots=True)
class BriefingIncident:
    """One incident as printed. ``injuries``/``fatalities`` None means *not stated*, not 0."""

    ref: str  # e.g. INC-000042
    title: str
    start_at: str
    end_at: str | None = None
    time_precision: TimePrecision = TimePrecision.EXACT
    place: str = ""  # the gazetteer path, e.g. "Russia › Kaluga Oblast › Kaluga"
    region: str = ""  # admin 1 name, for grouping
    locality: str = ""  # free text, e.g. "near the pond in Sosnovy Bor"
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
    damage: tuple[DamageNote, ...] = ()
    sources: tuple[SourceCitation, ...] = ()
    means: Means | None = None  # the weapon or cause, when recorded


@dataclass(frozen=True, slots=True)
class RegionCount:
    """One region's line in a count statement."""

    region: str
    count: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class CountStatement:
    """A regional count report: a source's numbers per region for a period."""

    ref: str  # e.g. CR-000003
    source_id: int
    source_name: str
    reliability: Reliability
    issued_at: str
    period_start: str
    period_end: str
    subject: str = "drones"
    outcome: str = "intercepted"
    stated_total: int | None = None
    lines: tuple[RegionCount, ...] = ()
    note: str = ""
    total_approximate: bool = False  # "more than N": printed "N+"


@dataclass(frozen=True, slots=True)
class AnnexSource:
    """A source in the annex, with its reliability grade."""

    source_id: int
    name: str
    kind: SourceKind = SourceKind.OTHER
    reliability: Reliability = Reliability.F
    url: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class BriefingSections:
    """Which parts the user wants printed."""

    key_figures: bool = True
    regional_counts: bool = True
    charts: bool = True
    incidents: bool = True
    sources_annex: bool = True
    # Past COMPACT_FROM incidents the list is a compact chronology; this adds every incident's
    # full entry as an annex (below that number the full entries are the list).
    details: bool = False


COMPACT_FROM = 200  # more incidents than this print as a chronology, one line each


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything one briefing shows. Incidents may come in any order; they print by time.

    The service resolves names (places, sources) into plain strings so the report needs no
    lookups; a service building 10,000 incidents can share repeated strings between records.
    """

    title: str
    generated_at: str
    period_start: str | None = None
    period_end: str | None = None
    scope: str = "All incidents"  # the query or filters in words
    marking: str = ""  # e.g. "For internal use"
    author: str = ""
    incidents: tuple[BriefingIncident, ...] = ()
    statements: tuple[CountStatement, ...] = ()
    sources: tuple[AnnexSource, ...] = ()
    sections: BriefingSections = field(default_factory=BriefingSections)
    paper: Literal["A4", "Letter"] = "A4"
    language: str = "en"  # what the briefing's own words are written in: en, ru or uk
