"""Totals per region over a period, one column per source; disagreeing regions stand out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from incident_logger.domain.text import fold
from incident_logger.services.counts import RegionSourceTotal, SourcePeriodTally
from incident_logger.ui import icons, place_names, theme
from incident_logger.ui.counts.overlaps import RegionStatement
from incident_logger.ui.i18n import number

Conflict = tuple[RegionStatement, RegionStatement]

AnyIndex = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole
PLACE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class RegionRow:
    place_id: int
    name: str
    by_source: dict[int, RegionSourceTotal]
    conflicts: list[Conflict]

    @property
    def disputed(self) -> bool:
        return bool(self.conflicts)


@dataclass(frozen=True, slots=True)
class FooterRow:
    """A row under the regions: what the sources' stated totals left unallocated, or the totals."""

    label: str
    tip: str
    values: dict[int, int]  # by source id
    notes: dict[int, str]  # tooltips by source id


class RegionTotalsModel(QAbstractTableModel):
    """Rows are regions; columns: region, each source's total, and conflicting statements.

    Under the regions, as on the report form and in the briefing, two rows per source: the
    part of its stated totals it did not attribute to any region, and the stated totals.

    A region is disputed when two sources' statements over overlapping periods give different
    counts (a governor's 18 against the ministry's 85 for the same night), not merely when
    period sums differ because one source reported on fewer days.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[RegionRow] = []
        self._rows: list[RegionRow] = []
        self._sources: list[tuple[int, str]] = []
        self._footer: list[FooterRow] = []
        self._only_disputed = False

    def set_totals(
        self,
        totals: list[RegionSourceTotal],
        conflicts: dict[int, list[Conflict]] | None = None,
        by_source: list[SourcePeriodTally] | None = None,
    ) -> None:
        disputed = conflicts or {}
        regions: dict[int, RegionRow] = {}
        sources: dict[int, str] = {s.source_id: s.source_name for s in by_source or []}
        for t in totals:
            sources[t.source_id] = t.source_name
            row = regions.setdefault(
                t.place_id, RegionRow(t.place_id, t.place_name, {}, disputed.get(t.place_id, []))
            )
            row.by_source[t.source_id] = t
        self.beginResetModel()
        self._sources = sorted(sources.items(), key=lambda s: fold(s[1]))
        self._all = sorted(regions.values(), key=lambda r: fold(r.name))
        self._footer = self._footer_rows(by_source or []) if regions or by_source else []
        self._filter()
        self.endResetModel()

    def _footer_rows(self, by_source: list[SourcePeriodTally]) -> list[FooterRow]:
        rest = FooterRow(
            self.tr("Not attributed to a region"),
            self.tr("The part of each source's stated totals it gave no region for"),
            {s.source_id: s.unallocated for s in by_source if s.reports > s.without_total},
            {},
        )
        stated = FooterRow(
            self.tr("Stated total"),
            self.tr("The totals the sources stated for the period, regions and remainder"),
            {s.source_id: s.stated for s in by_source if s.reports > s.without_total},
            {
                s.source_id: self.tr("{0} of {1} reports stated no total").format(
                    s.without_total, s.reports
                )
                for s in by_source
                if s.without_total
            },
        )
        return [rest, stated]

    def set_only_disputed(self, only: bool) -> None:
        self.beginResetModel()
        self._only_disputed = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._rows = [r for r in self._all if r.disputed or not self._only_disputed]

    def disputed_count(self) -> int:
        return sum(r.disputed for r in self._all)

    def region_count(self) -> int:
        return len(self._all)

    def footer_count(self) -> int:
        return len(self._footer)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + len(self._footer)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sources) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        last = len(self._sources) + 1
        if role in (_ROLE.DisplayRole, _ROLE.ToolTipRole):
            if section == 0:
                return self.tr("Region")
            if section == last:
                return self.tr("Conflicts")
            return self._sources[section - 1][1]
        if role == _ROLE.TextAlignmentRole and section > 0:
            return _RIGHT
        return None

    def data(self, index: AnyIndex, role: int = _ROLE.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.row() >= len(self._rows):
            return self._footer_data(self._footer[index.row() - len(self._rows)], index, role)
        row, column = self._rows[index.row()], index.column()
        last = len(self._sources) + 1
        if role == PLACE_ID_ROLE:
            return row.place_id
        if role == _ROLE.DisplayRole:
            if column == 0:
                return place_names.shown(row.name)
            if column == last:
                return number(len(row.conflicts)) if row.disputed else ""
            found = row.by_source.get(self._sources[column - 1][0])
            return "" if found is None else number(found.total)
        if role == _ROLE.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == _ROLE.ToolTipRole:
            return self._tooltip(row, column)
        if not row.disputed:
            return None
        if role == _ROLE.DecorationRole and column == 0:
            return icons.icon("warning", theme.tones().warning)
        if role == _ROLE.BackgroundRole:
            return theme.tones().warning_bg
        if role == _ROLE.ForegroundRole:
            return theme.tones().warning if column == last else None
        return None

    def _footer_data(self, row: FooterRow, index: AnyIndex, role: int) -> Any:
        column = index.column()
        source = self._sources[column - 1][0] if 0 < column <= len(self._sources) else None
        if role == _ROLE.DisplayRole:
            if column == 0:
                return row.label
            value = row.values.get(source) if source is not None else None
            return "" if value is None else number(value)
        if role == _ROLE.FontRole:
            font = QFont()
            font.setBold(index.row() == self.rowCount() - 1)
            font.setItalic(index.row() != self.rowCount() - 1)
            return font
        if role == _ROLE.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == _ROLE.ToolTipRole:
            note = row.notes.get(source) if source is not None else None
            return f"{row.tip}. {note}." if note else row.tip
        if role == _ROLE.ForegroundRole and column == 0:
            return theme.tones().muted
        return None

    def _tooltip(self, row: RegionRow, column: int) -> str:
        if 0 < column <= len(self._sources):
            found = row.by_source.get(self._sources[column - 1][0])
            if found is None:
                return self.tr("{0} gave no figure for {1}").format(
                    self._sources[column - 1][1], place_names.shown(row.name)
                )
            return self.tr("{0}: {1} in %Ln report(s)", "", found.reports).format(
                found.source_name, number(found.total)
            )
        if not row.disputed:
            return place_names.tooltip(row.name)
        said = "; ".join(
            self.tr("{0} {1} vs {2} {3}").format(
                a.source_name, number(a.count), b.source_name, number(b.count)
            )
            for a, b in row.conflicts[:3]
        )
        return self.tr("Sources disagree on {0} for overlapping periods: {1}").format(
            place_names.shown(row.name), said
        )
