"""What capture proposes: values tied to the character spans they came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` of the statement; ``unsure`` marks words read but not trusted."""

    start: int
    end: int
    unsure: bool = False


@dataclass(frozen=True, slots=True)
class Proposed(Generic[T]):
    """A proposed value (None when unsure or absent) and the span it came from.

    A value the extractor could not trust stays None with its span marked unsure, so the user
    sees where to look: a wrong value is worse than a missing one.
    """

    value: T | None = None
    span: Span | None = None

    @property
    def unsure(self) -> bool:
        return self.value is None and self.span is not None and self.span.unsure


@dataclass(frozen=True, slots=True)
class Count:
    """A number as stated: ``approximate`` for "more than 30" (shown "30+")."""

    value: int
    approximate: bool = False

    def __str__(self) -> str:
        return f"{self.value}+" if self.approximate else str(self.value)


@dataclass(frozen=True, slots=True)
class Window:
    """A resolved time: start, end (or None) as 'YYYY-MM-DDTHH:MM', and a precision."""

    start: str
    end: str | None
    precision: str  # a TimePrecision value
    rule: str = ""  # the rule that made it, said to the user ("overnight: 20:00-07:00")


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """A gazetteer place a span of the text names."""

    place_id: int
    name: str
    kind: str  # a PlaceKind value
    region_id: int | None  # the first-level region it lies in (itself for a region)
    iso_code: str = ""
    key: str = ""  # ISO 3166-2 code for a region, the English name for a town (tests)


@dataclass(frozen=True, slots=True)
class LineProposal:
    place: Proposed[PlaceRef]
    count: Proposed[Count]


@dataclass(frozen=True, slots=True)
class ReportProposal:
    subject: Proposed[str]
    outcome: Proposed[str]
    total: Proposed[Count]
    period: Proposed[Window]
    lines: tuple[LineProposal, ...] = ()
    remainder: Proposed[Count] = field(default_factory=Proposed)


@dataclass(frozen=True, slots=True)
class DamageProposal:
    object_kind: Proposed[str]
    quantity: Proposed[Count]
    state: Proposed[str] = field(default_factory=Proposed)  # a DamageState value
    note: str = ""  # the words that named the object


@dataclass(frozen=True, slots=True)
class IncidentProposal:
    title: str
    category: Proposed[str]
    time: Proposed[Window]
    place: Proposed[PlaceRef]
    locality: Proposed[str]
    injuries: Proposed[int]
    fatalities: Proposed[int]
    damage: tuple[DamageProposal, ...] = ()
    response: Proposed[str] = field(default_factory=Proposed)
    state: Proposed[str] = field(default_factory=Proposed)  # fire started / extinguished
    span: Span | None = None  # the sentences the incident was read from
    means: Proposed[str] = field(default_factory=Proposed)  # drone, missile, ... (Means)


@dataclass(frozen=True, slots=True)
class CaptureResult:
    """Everything proposed for one statement."""

    text: str
    language: str
    time_zone: str
    issued_at: str
    reports: tuple[ReportProposal, ...] = ()
    incidents: tuple[IncidentProposal, ...] = ()
    source: Proposed[int] = field(default_factory=Proposed)  # a recognised source id
    notes: tuple[str, ...] = ()  # what the extractor wants the user to know
