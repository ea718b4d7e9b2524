"""An editable table over rows of a frozen dataclass: one column spec per field.

The damage and source-link tables of the incident editor are instances of this model. A column
says how its cell reads (``display``, ``edit``), how a typed value becomes a new row
(``parse``), and how it looks (tooltip, muted colour, right alignment). Rows are immutable: an
edit replaces the row with ``dataclasses.replace``.

``edited`` is emitted when the user changed a value or a row; error colours and unchanged
commits do not emit it, so nothing downstream (the live check) reacts to its own repaints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from incident_logger.ui import theme

_Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
# What an error changes in a cell: re-sending only these roles repaints without touching values.
ERROR_ROLES = [
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
]


class CellError(ValueError):
    """A typed value the cell cannot take; the message shows on the cell."""


def _none(_row: object) -> None:
    return None


def _false(_row: object) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class Column(Generic[Row]):
    """One column: ``key`` names the field errors refer to (``(row, key)``).

    ``parse(row, value)`` returns the changed row, None to refuse the value quietly, or raises
    ``CellError`` to refuse it with a message on the cell. Without ``parse`` the column is
    read-only.
    """

    key: str
    title: str
    display: Callable[[Row], Any]
    edit: Callable[[Row], Any] | None = None
    parse: Callable[[Row, Any], Row | None] | None = None
    tip: Callable[[Row], str | None] = _none
    muted: Callable[[Row], bool] = _false
    right: bool = False


class RowTableModel(QAbstractTableModel, Generic[Row]):
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.errors: dict[tuple[int, str], str] = {}  # (row, column key) -> message
        self.columns: Sequence[Column[Row]] = ()

    # --- Qt's model interface -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
                return self.columns[section].title
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].parse is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        error = self.errors.get((index.row(), column.key))
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.EditRole:
            return (column.edit or column.display)(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or column.tip(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if error:
                return theme.tones().error
            return theme.tones().muted if column.muted(row) else None
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return theme.tones().error_bg
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), self.columns[index.column()]
        if column.parse is None:
            return False
        try:
            changed = column.parse(self.rows[row], value)
        except CellError as exc:
            self.errors[(row, column.key)] = str(exc)
            self.dataChanged.emit(index, index, ERROR_ROLES)
            return False
        if changed is None:
            return False
        had_error = self.errors.pop((row, column.key), None) is not None
        if changed == self.rows[row]:
            if had_error:
                self.dataChanged.emit(index, index, ERROR_ROLES)
            return True  # an unchanged commit re-sends nothing
        self.rows[row] = changed
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # --- rows -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.errors = {}
        self.endResetModel()

    def append_row(self, row: Row) -> int:
        at = len(self.rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.append(row)
        self.endInsertRows()
        self.edited.emit()
        return at

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.errors = {}
            self.endRemoveRows()
            self.edited.emit()

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Show ``errors``; only cells whose message changed are repainted (colours only)."""
        before, self.errors = self.errors, dict(errors)
        keys = [c.key for c in self.columns]
        for row, key in set(before) ^ set(self.errors) | {
            k for k in before.keys() & self.errors.keys() if before[k] != self.errors[k]
        }:
            if 0 <= row < len(self.rows) and key in keys:
                cell = self.index(row, keys.index(key))
                self.dataChanged.emit(cell, cell, ERROR_ROLES)
