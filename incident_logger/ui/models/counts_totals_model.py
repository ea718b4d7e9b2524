"""Totals per region over a period, one column per source; disagreeing regions stand out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from incident_logger.domain.text import fold
from incident_logger.services.counts import RegionSourceTotal
from incident_logger.ui import icons, theme
from incident_logger.ui.models.counts_overlaps import RegionStatement

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


class RegionTotalsModel(QAbstractTableModel):
    """Rows are regions; columns: region, each source's total, and conflicting statements.

    A region is disputed when two sources' statements over overlapping periods give different
    counts (a governor's 18 against the ministry's 85 for the same night), not merely when
    period sums differ because one source reported on fewer days.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[RegionRow] = []
        self._rows: list[RegionRow] = []
        self._sources: list[tuple[int, str]] = []
        self._only_disputed = False

    def set_totals(
        self, totals: list[RegionSourceTotal], conflicts: dict[int, list[Conflict]] | None = None
    ) -> None:
        disputed = conflicts or {}
        regions: dict[int, RegionRow] = {}
        sources: dict[int, str] = {}
        for t in totals:
            sources[t.source_id] = t.source_name
            row = regions.setdefault(
                t.place_id, RegionRow(t.place_id, t.place_name, {}, disputed.get(t.place_id, []))
            )
            row.by_source[t.source_id] = t
        self.beginResetModel()
        self._sources = sorted(sources.items(), key=lambda s: fold(s[1]))
        self._all = sorted(regions.values(), key=lambda r: fold(r.name))
        self._filter()
        self.endResetModel()

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

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        last = len(self._sources) + 1
        if role == PLACE_ID_ROLE:
            return row.place_id
        if role == _ROLE.DisplayRole:
            if column == 0:
                return row.name
            if column == last:
                return f"{len(row.conflicts):,}" if row.disputed else ""
            found = row.by_source.get(self._sources[column - 1][0])
            return "" if found is None else f"{found.total:,}"
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

    def _tooltip(self, row: RegionRow, column: int) -> str:
        if 0 < column <= len(self._sources):
            found = row.by_source.get(self._sources[column - 1][0])
            if found is None:
                return self.tr("{0} gave no figure for {1}").format(
                    self._sources[column - 1][1], row.name
                )
            return self.tr("{0}: {1} in {2} report(s)").format(
                found.source_name, f"{found.total:,}", found.reports
            )
        if not row.disputed:
            return row.name
        said = "; ".join(
            f"{a.source_name} {a.count:,} vs {b.source_name} {b.count:,}"
            for a, b in row.conflicts[:3]
        )
        return self.tr("Sources disagree on {0} for overlapping periods: {1}").format(
            row.name, said
        )
