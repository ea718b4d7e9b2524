"""A cell delegate whose open editor keeps what the user typed, whatever the model re-sends.

Qt's views call ``setEditorData`` on an open editor every time its cell's ``dataChanged`` is
emitted: by a timer, a refresh, error colours or another row's commit. With the stock delegate that
overwrites the editor with the stored value and throws away the keystrokes typed so far. This
delegate fills an editor once, when it opens; from then on the editor belongs to the user until it
is committed or cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

_Index = QModelIndex | QPersistentModelIndex
_FILLED = "cellDelegateFilled"


class CellDelegate(QStyledItemDelegate):
    """Fills an open editor from the model once; later re-sends of the row leave it alone."""

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if editor.property(_FILLED):
            return
        self.fill_editor(editor, index)
        editor.setProperty(_FILLED, True)

    def fill_editor(self, editor: QWidget, index: _Index) -> None:
        """Put the model's value into a freshly opened editor (override for custom editors)."""
        super().setEditorData(editor, index)


class WholeNumberDelegate(CellDelegate):
    """A cell for a count that may be left blank ("not stated"): only digits can be typed."""

    def __init__(self, blank_text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._blank_text = blank_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,9}"), editor))
        editor.setPlaceholderText(self._blank_text)
        return editor
