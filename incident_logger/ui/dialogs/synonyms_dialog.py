"""Edit › Search synonyms: the groups of words a search treats as one, which the user edits.

A group's words find each other (``БПЛА`` finds "беспилотник" and "drone"); each word is
searched in all its grammatical forms. Searches read the groups as they are typed, so a
change applies to the next search, with no re-indexing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.errors import ValidationError
from incident_logger.services.synonyms import add_group, list_groups, remove_group
from incident_logger.store.engine import Database
from incident_logger.ui.messages import text
from incident_logger.ui.widgets.field_error import FieldErrorLabel, mark_invalid


class SynonymsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search synonyms"))
        self._db = db
        intro = QLabel(
            self.tr(
                "A search for any word of a group also finds the others, in all their "
                "grammatical forms. Changes apply to the next search."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.groups = QListWidget(self)
        self.groups.setAccessibleName(self.tr("Synonym groups"))
        self.groups.setAlternatingRowColors(True)
        self.remove = QPushButton(self.tr("&Remove group"), self)
        self.remove.setAccessibleName(self.tr("Remove the selected synonym group"))
        self.remove.clicked.connect(self._remove)
        QShortcut(QKeySequence.StandardKey.Delete, self.groups, self._remove)
        self.words = QLineEdit(self)
        self.words.setAccessibleName(self.tr("Words of a new group"))
        self.words.setPlaceholderText(self.tr("Words separated by commas, e.g. шахед, Shahed"))
        self.words.returnPressed.connect(self._add)
        self.add = QPushButton(self.tr("&Add group"), self)
        self.add.clicked.connect(self._add)
        self.error = FieldErrorLabel(self)
        adding = QHBoxLayout()
        adding.addWidget(self.words, 1)
        adding.addWidget(self.add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter in the words field adds a group; it must not close the dialog.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.add.setAutoDefault(False)
        self.remove.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.groups, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        layout.addLayout(row)
        caption = QLabel(self.tr("New &group:"), self)
        caption.setBuddy(self.words)
        layout.addWidget(caption)
        layout.addLayout(adding)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self._load()

    def _load(self, select: int | None = None) -> None:
        self.groups.clear()
        for group in list_groups(self._db):
            item = QListWidgetItem(", ".join(group.words))
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            self.groups.addItem(item)
            if group.id == select:
                self.groups.setCurrentItem(item)
        self.remove.setEnabled(self.groups.count() > 0)

    def _add(self) -> None:
        try:
            group = add_group(self._db, self.words.text().split(","))
        except ValidationError as exc:  # the typed words stay for the user to correct
            self.error.set_messages([text(e.msg) for e in exc.errors])
            mark_invalid(self.words, True)
            return
        self.error.set_messages([])
        mark_invalid(self.words, False)
        self.words.clear()
        self._load(select=group.id)

    def _remove(self) -> None:
        item = self.groups.currentItem()
        if item is None:
            return
        row = self.groups.row(item)
        remove_group(self._db, int(item.data(Qt.ItemDataRole.UserRole)))
        self._load()
        if self.groups.count():
            self.groups.setCurrentRow(min(row, self.groups.count() - 1))
