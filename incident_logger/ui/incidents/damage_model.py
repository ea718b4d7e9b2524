"""Damage notes as an editable table: what was hit, how many, how badly, its state, a note."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from incident_logger.domain.enums import DamageSeverity, DamageState
from incident_logger.domain.models import DamageNote
from incident_logger.ui import theme

_Index = QModelIndex | QPersistentModelIndex
FIELDS = ("object_kind", "quantity", "severity", "state", "note")
# What an error changes in a cell: re-sending only these roles repaints without touching values.
ERROR_ROLES = [
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
]


class DamageModel(QAbstractTableModel):
    """Rows of ``DamageNote``; a blank quantity means the report did not give a number.

    ``edited`` is emitted when the user changed a value or a row; error colours and unchanged
    commits do not emit it, so nothing downstream (the live check) reacts to its own repaints.
    """

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notes: list[DamageNote] = []
        self.errors: dict[tuple[int, str], str] = {}  # (row, field) -> message
        self._titles = [
            self.tr("What"),
            self.tr("How many"),
            self.tr("Severity"),
            self.tr("State"),
            self.tr("Note"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.notes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(FIELDS):
                return self._titles[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.notes):
            return None
        note = self.notes[index.row()]
        field = FIELDS[index.column()]
        value = getattr(note, field)
        error = self.errors.get((index.row(), field))
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "quantity":
                return self.tr("not stated") if value is None else str(value)
            return str(value)
        if role == Qt.ItemDataRole.EditRole:
            if field == "quantity":
                return "" if value is None else str(value)
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return error
        if role == Qt.ItemDataRole.ForegroundRole:
            if error:
                return theme.tones().error
            if field == "quantity" and value is None:
                return theme.tones().muted
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return theme.tones().error_bg
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "quantity":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, field = index.row(), FIELDS[index.column()]
        note = self.notes[row]
        text = "" if value is None else str(value).strip()
        if field == "quantity":
            if text and not text.isdigit():
                self.errors[(row, field)] = self.tr("a whole number, or empty if not stated")
                self.dataChanged.emit(index, index, ERROR_ROLES)
                return False
            note = replace(note, quantity=int(text) if text else None)
        elif field == "severity":
            if text not in DamageSeverity._value2member_map_:
                return False
            note = replace(note, severity=DamageSeverity(text))
        elif field == "state":
            if text not in DamageState._value2member_map_:
                return False
            note = replace(note, state=DamageState(text))
        elif field == "object_kind":
            note = replace(note, object_kind=text)
        else:
            note = replace(note, note=text)
        had_error = self.errors.pop((row, field), None) is not None
        if note == self.notes[row]:
            if had_error:
                self.dataChanged.emit(index, index, ERROR_ROLES)
            return True  # an unchanged commit re-sends nothing
        self.notes[row] = note
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # --- rows -----------------------------------------------------------------------

    def set_notes(self, notes: tuple[DamageNote, ...] | list[DamageNote]) -> None:
        self.beginResetModel()
        self.notes = list(notes)
        self.errors = {}
        self.endResetModel()

    def add_note(self, note: DamageNote | None = None) -> int:
        row = len(self.notes)
        self.beginInsertRows(QModelIndex(), row, row)
        self.notes.append(note or DamageNote(object_kind="vehicle"))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.notes):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.notes[row]
            self.errors = {}
            self.endRemoveRows()
            self.edited.emit()

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Show ``errors``; only cells whose message changed are repainted (colours only)."""
        before, self.errors = self.errors, dict(errors)
        for row, field in set(before) ^ set(self.errors) | {
            k for k in before.keys() & self.errors.keys() if before[k] != self.errors[k]
        }:
            if 0 <= row < len(self.notes) and field in FIELDS:
                cell = self.index(row, FIELDS.index(field))
                self.dataChanged.emit(cell, cell, ERROR_ROLES)
