"""Editable table model of a count report's per-region lines: region, count, note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import CountLine
from incident_logger.domain.tally import count_text, parse_count_text
from incident_logger.ui import icons, place_names, theme, words
from incident_logger.ui.counts.place_index import PlaceIndex

AnyIndex = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole


@dataclass(slots=True)
class LineRow:
    """What the user typed on one line; ``place_id`` is None until the region resolves."""

    region: str = ""
    place_id: int | None = None
    count: int | None = None
    note: str = ""
    approximate: bool = False  # "30+"


class CountLinesModel(QAbstractTableModel):
    """The lines grid. Keeps unresolved text as typed, so nothing the user wrote is lost."""

    REGION, COUNT, NOTE = 0, 1, 2
    edited = Signal()  # any change made by the user (not by loading)

    def __init__(self, places: PlaceIndex, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._places = places
        self._rows: list[LineRow] = []

    # --- loading and reading -------------------------------------------------------

    def set_places(self, places: PlaceIndex) -> None:
        self._places = places

    def set_lines(self, lines: Sequence[CountLine]) -> None:
        self.beginResetModel()
        self._rows = [
            LineRow(
                place_names.shown(self._places.name(ln.place_id)) or f"#{ln.place_id}",
                ln.place_id,
                ln.count,
                ln.note,
                ln.approximate,
            )
            for ln in lines
        ]
        self.endResetModel()

    def rows(self) -> list[LineRow]:
        return list(self._rows)

    def allocated(self) -> int:
        return sum(r.count or 0 for r in self._rows)

    def typed_lines(self) -> tuple[CountLine, ...]:
        """Every line with a count, resolved or not: the live sum includes what is typed."""
        return tuple(CountLine(r.place_id or 0, r.count) for r in self._rows if r.count is not None)

    def count_lines(self) -> tuple[CountLine, ...]:
        """The lines to store: blank lines are dropped, the rest must be valid (see errors)."""
        return tuple(
            CountLine(r.place_id, r.count or 0, r.note.strip(), r.approximate)
            for r in self._rows
            if r.place_id is not None and not self._blank(r)
        )

    @staticmethod
    def _blank(row: LineRow) -> bool:
        return not row.region.strip() and row.count is None and not row.note.strip()

    def row_errors(self, row: int) -> dict[int, str]:
        """Problems on one line, by column."""
        line = self._rows[row]
        if self._blank(line):
            return {}
        errors: dict[int, str] = {}
        if not line.region.strip():
            errors[self.REGION] = self.tr("Type a region")
        elif line.place_id is None:
            errors[self.REGION] = self.tr("No place is named '{0}'; pick one from the list").format(
                line.region
            )
        elif any(r.place_id == line.place_id for r in self._rows[:row]):
            errors[self.REGION] = self.tr("{0} already has a line above").format(line.region)
        if line.count is None:
            errors[self.COUNT] = self.tr("Type the count")
        return errors

    def errors(self) -> list[str]:
        return [
            self.tr("Line {0}: {1}").format(row + 1, message)
            for row in range(len(self._rows))
            for message in self.row_errors(row).values()
        ]

    # --- editing -------------------------------------------------------------------

    def add_line(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(LineRow())
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def setData(self, index: AnyIndex, value: Any, role: int = _ROLE.EditRole) -> bool:
        if not index.isValid() or role != _ROLE.EditRole:
            return False
        line = self._rows[index.row()]
        column = index.column()
        if column == self.REGION:
            text = str(value or "").strip()
            line.place_id = self._places.resolve(text)
            line.region = (
                place_names.shown(self._places.name(line.place_id)) if line.place_id else text
            )
        elif column == self.COUNT:
            try:
                line.count, line.approximate = parse_count_text(str("" if value is None else value))
            except ValueError:
                return False
        elif column == self.NOTE:
            line.note = str(value or "")
        else:
            return False
        # Errors on other lines (duplicates) may change too: repaint the whole region column.
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.edited.emit()
        return True

    # --- Qt model interface --------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _ROLE.DisplayRole:
            return (
                (self.tr("Region"), self.tr("Count"), self.tr("Note"))[section]
                if 0 <= section < 3
                else None
            )
        if orientation == Qt.Orientation.Vertical and role == _ROLE.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = _ROLE.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line, column = self._rows[index.row()], index.column()
        if role in (_ROLE.DisplayRole, _ROLE.EditRole):
            if column == self.REGION:
                kind = self._places.kind(line.place_id) if line.place_id else None
                if role == _ROLE.DisplayRole and kind and kind is not PlaceKind.REGION:
                    return f"{line.region} ({words.enum_word(kind)})"
                return line.region
            if column == self.COUNT:
                if line.count is None:
                    return "" if role == _ROLE.DisplayRole else None
                if role == _ROLE.DisplayRole:
                    return count_text(line.count, line.approximate)
                return f"{line.count}+" if line.approximate else line.count
            return line.note
        if role == _ROLE.TextAlignmentRole and column == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        error = (
            self.row_errors(index.row()).get(column)
            if role in (_ROLE.ToolTipRole, _ROLE.DecorationRole, _ROLE.ForegroundRole)
            else None
        )
        if role == _ROLE.ToolTipRole:
            if error:
                return error
            if column == self.REGION and line.place_id is not None:
                return place_names.path(self._places.path(line.place_id))
        if role == _ROLE.DecorationRole and error and column == self.REGION:
            return icons.icon("error", theme.tones().error)
        if role == _ROLE.ForegroundRole and error:
            return theme.tones().error
        return None
