"""Who published the statement: a known source, or a new one made once and then remembered."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QWidget

from incident_logger.domain.models import Source
from incident_logger.domain.text import fold
from incident_logger.store.engine import Database
from incident_logger.ui.dialogs.new_source_dialog import NewSourceDialog


class SourceBox(QComboBox):
    """Type to pick a source; Enter on a name not in Sources offers to add it."""

    chosen = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Source"))
        edit = self.lineEdit()
        assert edit is not None  # an editable combo box always has one
        edit.setPlaceholderText(self.tr("Who published it? Type a name, Enter"))
        completer = self.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.activated.connect(self._activated)
        edit.installEventFilter(self)

    def reload(self, sources: list[Source], chosen: int | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        for s in sources:
            self.addItem(s.draft.name, s.id)
        self.setCurrentIndex(self.findData(chosen) if chosen is not None else -1)
        if chosen is None or self.currentIndex() < 0:
            self.setEditText("")
        self.blockSignals(False)

    def source_id(self) -> int | None:
        index = self.currentIndex()
        if index < 0 or fold(self.itemText(index)) != fold(self.currentText()):
            return None
        value = self.itemData(index)
        return int(value) if value is not None else None

    def choose(self, source_id: int) -> None:
        index = self.findData(source_id)
        if index >= 0:
            self.setCurrentIndex(index)
            self.chosen.emit(source_id)

    def _activated(self, index: int) -> None:
        value = self.itemData(index)
        if value is not None:
            self.chosen.emit(int(value))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            return self._commit_typed()
        return super().eventFilter(watched, event)

    def _commit_typed(self) -> bool:
        """Enter: the source named so, or (asked once) a new source of that name."""
        typed = self.currentText().strip()
        if not typed:
            return False
        for i in range(self.count()):
            if fold(self.itemText(i)) == fold(typed):
                self.setCurrentIndex(i)
                self.chosen.emit(int(self.itemData(i)))
                return True
        dialog = NewSourceDialog(self._db, typed, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.source is not None:
            self.addItem(dialog.source.draft.name, dialog.source.id)
            self.setCurrentIndex(self.count() - 1)
            self.chosen.emit(dialog.source.id)
        return True
