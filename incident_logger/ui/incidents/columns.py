"""The columns of the incident table: header, sort key, width, alignment and display text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt

from incident_logger.domain.fields import field
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


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # also the service's sort key
    title: str
    width: int
    text: Callable[[IncidentSummary], str]
    numeric: bool = False
    tip: str = ""


def _field_column(
    name: str,
    title: str,
    width: int,
    text: Callable[[IncidentSummary], str],
    numeric: bool = False,
    tip: str = "",
) -> Column:
    """A column showing a registry field, sorted by the field's sort key. ``title`` is the
    registry's label, written out here so that the translation tools find it."""
    entry = field(name)
    assert entry.sort is not None, name
    return Column(entry.sort, title, width, text, numeric, tip)


def incident_columns() -> list[Column]:
    """Built on demand so that titles are translated after the translator is installed."""
    return [
        Column("ref", tr("Reference"), 96, lambda s: s.ref),
        Column("when", tr("When"), 178, format_when),
        _field_column("title", tr("Title"), 330, lambda s: s.title),
        # In the interface language where the gazetteer has the name ("Kaluga Oblast").
        Column("region", tr("Region"), 200, lambda s: place_names.shown(s.region)),
        _field_column("locality", tr("Locality"), 170, format_locality),
        _field_column("category", tr("Category"), 110, lambda s: words.category(s.category)),
        _field_column("means", tr("Means"), 84, lambda s: words.means(s.means)),
        _field_column(
            "injuries",
            tr("Injured"),
            64,
            lambda s: format_count(s.injuries),
            numeric=True,
            tip=tr("Injuries; — means not stated"),
        ),
        _field_column(
            "fatalities",
            tr("Killed"),
            60,
            lambda s: format_count(s.fatalities),
            numeric=True,
            tip=tr("Fatalities; — means not stated"),
        ),
        _field_column("damage", tr("Damage"), 150, lambda s: s.damage_summary),
        Column(
            "grade",
            tr("Grade"),
            58,
            lambda s: s.grade,
            tip=tr("Best source grade: reliability A–F and credibility 1–6"),
        ),
        _field_column("status", tr("Status"), 96, lambda s: words.status(s.status)),
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
