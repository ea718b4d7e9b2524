"""Validation rules: each returns the list of field errors for a draft."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from enum import StrEnum

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    PlaceKind,
    Reliability,
    SourceKind,
)
from incident_logger.domain.errors import FieldError, ValidationError
from incident_logger.domain.fields import INCIDENT_FIELDS, Kind
from incident_logger.domain.messages import MessageError, msg
from incident_logger.domain.models import (
    CountReportDraft,
    IncidentDraft,
    PlaceDraft,
    SourceDraft,
)
from incident_logger.domain.timefmt import parse_when

MAX_TITLE = 300
MAX_TEXT = 200_000
# The registry's free-text fields (searchable text other than the title), each at most MAX_TEXT.
FREE_TEXT_FIELDS = tuple(
    f for f in INCIDENT_FIELDS if f.kind is Kind.TEXT and f.fulltext and f.name != "title"
)


def _enum(errors: list[FieldError], field: str, value: object, kind: type[StrEnum]) -> None:
    try:
        kind(str(value))
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        errors.append(FieldError(field, msg("not_one_of", value=str(value), allowed=allowed)))


def _count(errors: list[FieldError], field: str, value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(FieldError(field, msg("not_whole_number", value=str(value))))
    elif value < 0:
        errors.append(FieldError(field, msg("negative", value=value)))


def _time(errors: list[FieldError], field: str, value: str | None, required: bool) -> str | None:
    if value is None or not value.strip():
        if required:
            errors.append(FieldError(field, msg("required")))
        return None
    try:
        return parse_when(value).isoformat()
    except MessageError as exc:
        errors.append(FieldError(field, exc.msg))
        return None


def _window(
    errors: list[FieldError],
    start_field: str,
    start: str | None,
    end_field: str,
    end: str | None,
    required: bool = True,
) -> None:
    start_at = _time(errors, start_field, start, required=required)
    end_at = _time(errors, end_field, end, required=False)
    if start_at and end_at and end_at < start_at:
        errors.append(FieldError(end_field, msg("ends_before_start")))


def _coords(errors: list[FieldError], lat: float | None, lon: float | None) -> None:
    if (lat is None) != (lon is None):
        errors.append(
            FieldError(
                "latitude" if lat is None else "longitude",
                msg("coords_pair"),
            )
        )
    for field, value, limit in (("latitude", lat, 90.0), ("longitude", lon, 180.0)):
        if value is None:
            continue
        if not isinstance(value, int | float) or math.isnan(value) or not -limit <= value <= limit:
            errors.append(
                FieldError(field, msg("out_of_range", low=-limit, high=limit, value=value))
            )


def _text(
    errors: list[FieldError], field: str, value: str, required: bool = False, limit: int = MAX_TEXT
) -> None:
    if required and not value.strip():
        errors.append(FieldError(field, msg("required")))
    elif len(value) > limit:
        errors.append(FieldError(field, msg("too_long", length=len(value), limit=limit)))


def incident_errors(
    draft: IncidentDraft, place_exists: Callable[[int], bool], source_exists: Callable[[int], bool]
) -> list[FieldError]:
    errors: list[FieldError] = []
    _text(errors, "title", draft.title, required=True, limit=MAX_TITLE)
    _window(errors, "start_at", draft.start_at, "end_at", draft.end_at)
    for entry in INCIDENT_FIELDS:  # every enum field of the registry; None: not stated
        if entry.enum is not None:
            value = getattr(draft, entry.name)
            if value is not None or not entry.optional:
                _enum(errors, entry.name, value, entry.enum)
    if draft.place_id is not None and not place_exists(draft.place_id):
        errors.append(FieldError("place", msg("unknown_place", id=draft.place_id)))
    _coords(errors, draft.latitude, draft.longitude)
    _text(errors, "category", draft.category, required=True, limit=100)
    _count(errors, "injuries", draft.injuries)
    _count(errors, "fatalities", draft.fatalities)
    for entry in FREE_TEXT_FIELDS:
        _text(errors, entry.name, getattr(draft, entry.name))
    for i, tag in enumerate(draft.tags, 1):
        if not tag.strip():
            errors.append(FieldError(f"tags[{i}]", msg("empty")))
    seen: set[int] = set()
    for i, link in enumerate(draft.sources, 1):
        field = f"sources[{i}]"
        if not source_exists(link.source_id):
            errors.append(FieldError(field, msg("unknown_source", id=link.source_id)))
        if link.source_id in seen:
            errors.append(FieldError(field, msg("source_twice")))
        seen.add(link.source_id)
        if isinstance(link.credibility, bool) or link.credibility not in range(1, 7):
            errors.append(
                FieldError(f"{field}.credibility", msg("credibility_range", value=link.credibility))
            )
    for i, note in enumerate(draft.damage, 1):
        field = f"damage[{i}]"
        if not note.object_kind.strip():
            errors.append(FieldError(f"{field}.object_kind", msg("required")))
        _count(errors, f"{field}.quantity", note.quantity)
        _enum(errors, f"{field}.severity", note.severity, DamageSeverity)
        _enum(errors, f"{field}.state", note.state, DamageState)
    return errors


def place_errors(draft: PlaceDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    _text(errors, "name", draft.name, required=True, limit=200)
    _enum(errors, "kind", draft.kind, PlaceKind)
    _coords(errors, draft.latitude, draft.longitude)
    for i, alias in enumerate(draft.aliases, 1):
        if not alias.strip():
            errors.append(FieldError(f"aliases[{i}]", msg("empty")))
    return errors


def source_errors(draft: SourceDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    _text(errors, "name", draft.name, required=True, limit=300)
    _enum(errors, "kind", draft.kind, SourceKind)
    if str(draft.reliability) not in {r.value for r in Reliability}:
        errors.append(
            FieldError("reliability", msg("reliability_grade", value=str(draft.reliability)))
        )
    return errors


def count_report_errors(
    draft: CountReportDraft,
    place_exists: Callable[[int], bool],
    source_exists: Callable[[int], bool],
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not source_exists(draft.source_id):
        errors.append(FieldError("source", msg("unknown_source", id=draft.source_id)))
    _time(errors, "issued_at", draft.issued_at, required=True)
    _window(errors, "period_start", draft.period_start, "period_end", draft.period_end)
    _text(errors, "subject", draft.subject, required=True, limit=100)
    _text(errors, "outcome", draft.outcome, required=True, limit=100)
    _count(errors, "stated_total", draft.stated_total)
    seen: set[int] = set()
    for i, line in enumerate(draft.lines, 1):
        field = f"lines[{i}]"
        if not place_exists(line.place_id):
            errors.append(FieldError(f"{field}.region", msg("unknown_place", id=line.place_id)))
        elif line.place_id in seen:
            errors.append(FieldError(f"{field}.region", msg("region_twice")))
        seen.add(line.place_id)
        _count(errors, f"{field}.count", line.count)
    return errors


def raise_if(errors: Iterable[FieldError]) -> None:
    found = list(errors)
    if found:
        raise ValidationError(found)
