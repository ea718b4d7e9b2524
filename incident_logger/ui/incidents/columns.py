"""The columns of the incident table: header, sort key, width, alignment and display text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt

from incident_logger.domain.fields import IncidentField, Kind, field
from incident_logger.services.search import IncidentSummary
from incident_logger.ui import dates, place_names, words
from incident_logger.ui.i18n import number, tr


def format_when(s: IncidentSummary) -> str:
    """A compact time window: '2026-09-12 00:00–06:00', '2026-09-10', '2026-09' (in the
    locale's form in a Russian or Ukrainian interface)."""
    return dates.window(s.start_at, s.end_at, s.time_precision)


def format_count(value: int | None) -> str:
    return "—" if value is None else number(value)


def format_locality(s: IncidentSummary) -> str:
    place = place_names.shown(s.place) if s.place != s.region else ""
    parts = [p for p in (place, s.locality) if p]
    return ", ".join(parts)


def format_number(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(value, "g", 8)


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # also the service's sort key
    title: str
    width: int
    text: Callable[[IncidentSummary], str]
    numeric: bool = False
    tip: str = ""
    field: str = ""  # the registry field it shows

    def unstated(self, s: IncidentSummary) -> bool:
        """A count or number not stated in this row (shown muted, "—")."""
        return self.numeric and bool(self.field) and s.value(self.field) is None


Text = Callable[[IncidentSummary], str]


def _kind_text(entry: IncidentField) -> Text:
    """How a field's value reads in a cell, by its kind: a count or number in the locale's
    digits ("—" when not stated), a time in the interface's dates, an enum as its word."""
    name = entry.name
    if not entry.scalar:
        raise ValueError(f"the column of {name} ({entry.kind}) needs a text function")
    if entry.kind is Kind.COUNT:
        return lambda s: format_count(s.value(name))
    if entry.kind is Kind.NUMBER:
        return lambda s: format_number(s.value(name))
    if entry.kind is Kind.TIME:
        return lambda s: dates.when(s.value(name))
    if entry.enum is not None:
        kind = entry.enum
        return lambda s: words.listed(kind, s.value(name))
    return lambda s: str(s.value(name) or "")


def _field_column(
    name: str,
    title: str,
    width: int,
    text: Text | None = None,
    tip: str = "",
) -> Column:
    """A column showing a registry field, sorted by the field's sort key; ``text`` is how a
    value reads (by default as its kind reads), a count or number is right-aligned.
    ``title`` is the registry's label, written out here so that the translation tools find it.
    """
    entry = field(name)
    assert entry.sort is not None, name
    numeric = entry.kind in (Kind.COUNT, Kind.NUMBER)
    return Column(entry.sort, title, width, text or _kind_text(entry), numeric, tip, name)


def incident_columns() -> list[Column]:
    """Built on demand so that titles are translated after the translator is installed."""
    return [
        Column("ref", tr("Reference"), 96, lambda s: s.ref),
        Column("when", tr("When"), 178, format_when),
        _field_column("title", tr("Title"), 330),
        # In the interface language where the gazetteer has the name ("Kaluga Oblast").
        Column("region", tr("Region"), 200, lambda s: place_names.shown(s.region)),
        _field_column("locality", tr("Locality"), 170, format_locality),
        _field_column("category", tr("Category"), 110, lambda s: words.category(s.category)),
        _field_column("means", tr("Means"), 84),
        _field_column("injuries", tr("Injured"), 64, tip=tr("Injuries; — means not stated")),
        _field_column("fatalities", tr("Killed"), 60, tip=tr("Fatalities; — means not stated")),
        _field_column("damage", tr("Damage"), 150, lambda s: s.damage_summary),
        Column(
            "grade",
            tr("Grade"),
            58,
            lambda s: s.grade,
            tip=tr("Best source grade: reliability A–F and credibility 1–6"),
        ),
        _field_column("status", tr("Status"), 96),
    ]


def trash_columns() -> list[Column]:
    """The incident columns plus when each record went to the trash."""
    columns = incident_columns()
    columns.insert(
        1,
        Column(
            "deleted",
            tr("Deleted"),
            140,
            lambda s: (s.deleted_at or "").replace("T", " ")[:16],
        ),
    )
    return columns


ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
