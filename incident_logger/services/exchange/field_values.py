"""The registry's scalar fields (text, times, enums, numbers) as file values, both ways.

Every format writes and reads these the same way, by the field's kind, so a new scalar field
of the registry appears in the app's CSV, JSON and GeoJSON without code here.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, Protocol

from incident_logger.domain.fields import SCALAR_FIELDS, IncidentField, Kind, default
from incident_logger.domain.models import IncidentDraft


def _number_cell(value: float | int | None) -> str:
    return "" if value is None else repr(value)


def _enum_cell(value: StrEnum | None) -> str:
    return "" if value is None else value.value


def _time_cell(value: str | None) -> str:
    return value or ""


def _text_cell(value: str) -> str:
    return value


def _enum_json(value: StrEnum | None) -> str | None:
    return None if value is None else value.value


def _same(value: Any) -> Any:
    return value


_CELL: dict[Kind, Callable[[Any], str]] = {
    Kind.TEXT: _text_cell,
    Kind.TIME: _time_cell,
    Kind.ENUM: _enum_cell,
    Kind.COUNT: _number_cell,
    Kind.NUMBER: _number_cell,
}
_JSON: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: _same,
    Kind.TIME: _same,
    Kind.ENUM: _enum_json,
    Kind.COUNT: _same,
    Kind.NUMBER: _same,
}
# (file name, draft attribute, converter) for each scalar field, in registry order.
_CELLS = tuple((f.exchange or f.name, f.name, _CELL[f.kind]) for f in SCALAR_FIELDS)
_JSONS = tuple((f.exchange or f.name, f.name, _JSON[f.kind]) for f in SCALAR_FIELDS)


def csv_cells(draft: IncidentDraft) -> dict[str, str]:
    """The scalar fields' CSV cells, by column."""
    return {column: cell(getattr(draft, name)) for column, name, cell in _CELLS}


def json_values(draft: IncidentDraft, leave_out: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The scalar fields' JSON values, by key (``leave_out``: keys not wanted)."""
    return {key: value(getattr(draft, name)) for key, name, value in _JSONS if key not in leave_out}


class ValueReader(Protocol):
    """What a format's reader offers for one record; each method notes its own problems."""

    def text(self, name: str, default: str = "", required: bool = False) -> str: ...
    def optional_text(self, name: str) -> str | None: ...
    def enum(self, name: str, kind: Any, default: Any) -> Any: ...
    def optional_enum(self, name: str, kind: Any) -> Any: ...
    def count(self, name: str) -> int | None: ...
    def number(self, name: str) -> float | None: ...


def read_field(reader: ValueReader, entry: IncidentField) -> Any:
    """One scalar field of a record, read by its kind."""
    name = entry.exchange or entry.name
    kind = entry.kind
    if kind is Kind.ENUM:
        if entry.optional:
            return reader.optional_enum(name, entry.enum)
        return reader.enum(name, entry.enum, default(entry))
    if kind is Kind.COUNT:
        return reader.count(name)
    if kind is Kind.NUMBER:
        return reader.number(name)
    if entry.optional:
        return reader.optional_text(name)
    return reader.text(name, required=entry.required)


def read_scalars(reader: ValueReader) -> dict[str, Any]:
    """The scalar fields of one record, by draft attribute."""
    return {f.name: read_field(reader, f) for f in SCALAR_FIELDS}
