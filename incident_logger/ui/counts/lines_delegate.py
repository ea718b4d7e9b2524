"""Cell editors of the lines grid: a region completer over names and aliases, a live count."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCompleter,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)

from incident_logger.ui.counts.lines_model import CountLinesModel
from incident_logger.ui.counts.place_index import COMPLETION_ROLE
from incident_logger.ui.widgets.cell_delegate import CellDelegate

AnyIndex = QModelIndex | QPersistentModelIndex


class CountLinesDelegate(CellDelegate):
    """Region cells complete place names and aliases; count cells commit on every keystroke.
    An open cell keeps what is typed when the model re-sends its row (see ``CellDelegate``)."""

    def __init__(self, completions: QStandardItemModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._completions = completions

    def set_completions(self, completions: QStandardItemModel) -> None:
        self._completions = completions

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        line = index.row() + 1
        if index.column() == CountLinesModel.REGION:
            editor.setAccessibleName(self.tr("Region of line {0}").format(line))
            editor.setPlaceholderText(self.tr("Region name or alias"))
            completer = QCompleter(self._completions, editor)
            completer.setCompletionRole(COMPLETION_ROLE)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setMaxVisibleItems(12)
            editor.setCompleter(completer)
            completer.activated.connect(lambda _text: self._finish(editor))
        elif index.column() == CountLinesModel.COUNT:
            editor.setAccessibleName(self.tr("Count of line {0}").format(line))
            # digits, and "+" for "more than" (30+)
            editor.setValidator(
                QRegularExpressionValidator(QRegularExpression(r"\d{0,9}\+?"), editor)
            )
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
            # Commit as the user types, so the allocated sum and remainder follow live.
            editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        else:
            editor.setAccessibleName(self.tr("Note of line {0}").format(line))
        return editor

    def _finish(self, editor: QLineEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)

    def fill_editor(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            if editor.text() != ("" if value is None else str(value)):
                editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
