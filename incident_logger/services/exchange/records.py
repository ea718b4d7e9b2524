"""What an import reads from a file, before it is matched against the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from incident_logger.domain.models import CountReportDraft, IncidentDraft, PlaceDraft, SourceDraft
from incident_logger.services.exchange.problems import Problem, Said, problem


@dataclass(slots=True)
class Stamps:
    """Bookkeeping times carried by the app's own files (None: use the time of import)."""

    created_at: str | None = None
    updated_at: str | None = None
    deleted_at: str | None = None


@dataclass(slots=True)
class PlaceSpec:
    """A place a file names. ``parent`` is another spec's key; the draft's parent_id is unused."""

    key: str
    line: int
    draft: PlaceDraft
    parent: str | None = None
    stamps: Stamps = field(default_factory=Stamps)
    matchable: bool = True  # may be an existing place of the same name under the same parent


@dataclass(slots=True)
class SourceSpec:
    key: str
    line: int
    draft: SourceDraft
    stamps: Stamps = field(default_factory=Stamps)
    matchable: bool = True


@dataclass(slots=True)
class LinkSpec:
    source: str  # a SourceSpec key
    credibility: int = 6
    url: str = ""
    note: str = ""


@dataclass(slots=True)
class IncidentSpec:
    """One incident row. The draft's place_id and sources are filled in by the planner."""

    line: int
    draft: IncidentDraft
    place: str | None = None  # a PlaceSpec key
    links: list[LinkSpec] = field(default_factory=list)
    key: str = ""
    stamps: Stamps = field(default_factory=Stamps)
    problems: list[Problem] = field(default_factory=list)  # found while reading the row


@dataclass(slots=True)
class CountLineSpec:
    place: str
    count: int
    note: str = ""
    approximate: bool = False  # "30+"


@dataclass(slots=True)
class CountReportSpec:
    line: int
    key: str
    source: str
    draft: CountReportDraft  # source_id and lines are filled in by the planner
    lines: list[CountLineSpec] = field(default_factory=list)
    stamps: Stamps = field(default_factory=Stamps)
    problems: list[Problem] = field(default_factory=list)


@dataclass(slots=True)
class HistorySpec:
    line: int
    at: str
    actor: str
    entity: str
    record: str  # the key of the record it belongs to
    action: str
    changes: dict[str, Any]
    reason: str


@dataclass
class ParsedFile:
    """Everything read from one file, with the problems found while reading it."""

    path: Path
    format: str
    places: dict[str, PlaceSpec] = field(default_factory=dict)
    sources: dict[str, SourceSpec] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    category_keys: dict[str, str] = field(default_factory=dict)  # document key -> name
    incidents: list[IncidentSpec] = field(default_factory=list)
    count_reports: list[CountReportSpec] = field(default_factory=list)
    history: list[HistorySpec] | None = None  # None: record an "imported" entry per record
    problems: list[Problem] = field(default_factory=list)  # about the file as a whole
    warnings: list[Problem] = field(default_factory=list)
    field_names: dict[str, str] = field(default_factory=dict)  # draft field -> file column
    keep_unused: bool = False  # create every place and source, used or not (the app's JSON)

    @property
    def name(self) -> str:
        return self.path.name

    def problem(self, line: int, field_name: str, message: Said) -> Problem:
        return problem(self.name, line, field_name, message)
