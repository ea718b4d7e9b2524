"""A table cell edited with a combo box (fixed choices, or free text with suggestions)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from incident_logger.ui.widgets.cell_delegate import CellDelegate

_Index = QModelIndex | QPersistentModelIndex


class ComboDelegate(CellDelegate):
    """Fills its combo once, when the cell opens (see ``CellDelegate``)."""

    def __init__(
        self,
        choices: Sequence[tuple[str, object]],
        editable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._editable = editable

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self._editable)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text is the value
        for text, value in self._choices:
            combo.addItem(text, value)
        return combo

    def fill_editor(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value)
        if found < 0:
            found = editor.findText(str(value))
        if found >= 0:
            editor.setCurrentIndex(found)
        elif self._editable:
            editor.setEditText(str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        if self._editable:
            text = editor.currentText()
            found = editor.findText(text)
            data = editor.itemData(found) if found >= 0 else None
            value = text if data is None else data
        else:
            value = editor.currentData()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
