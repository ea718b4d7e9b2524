"""Someone saved the record after you opened it: both versions field by field, and a choice."""

from __future__ import annotations

import json
from enum import Enum
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.errors import ConflictError
from incident_logger.services.history import plain
from incident_logger.services.versions import differing_fields
from incident_logger.ui.messages import field_label


class ConflictChoice(Enum):
    KEEP_EDITING = 0
    SAVE_MINE = 1  # over theirs, knowingly
    TAKE_THEIRS = 2  # discard mine


def show_value(value: Any) -> str:
    """A field's value as one readable line ("—" when empty)."""
    value = plain(value)
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def fields_of(draft: object) -> dict[str, Any]:
    """A draft's (a dataclass's) fields by name, in their declared order."""
    names = getattr(draft, "__dataclass_fields__", {})
    return {name: getattr(draft, name) for name in names}


def ask(
    parent: QWidget, conflict: ConflictError, mine: dict[str, Any], theirs: dict[str, Any] | None
) -> ConflictChoice:
    """Show both versions and return what the analyst chose."""
    dialog = ConflictDialog(conflict, mine, theirs, parent)
    dialog.exec()
    return dialog.choice


class ConflictDialog(QDialog):
    """Lists the fields where your version and the stored one differ; ``choice`` says what
    the analyst picked (saving theirs over, taking theirs, or going back to editing)."""

    def __init__(
        self,
        conflict: ConflictError,
        mine: dict[str, Any],
        theirs: dict[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = ConflictChoice.KEEP_EDITING
        who = conflict.by or self.tr("someone else")
        when = f" ({conflict.at.replace('T', ' ')})" if conflict.at else ""
        if conflict.deleted:
            text = self.tr(
                "{who}{when} moved this record to the trash after you opened it. Nothing was "
                "saved. Save yours to keep your changes (it stays in the trash), or discard them."
            )
        else:
            text = self.tr(
                "{who}{when} saved this record after you opened it. Nothing was saved yet: "
                "compare the two versions and choose which one to keep."
            )
        intro = QLabel(text.format(who=who, when=when), self)
        intro.setWordWrap(True)
        fields = differing_fields(mine, theirs or {})
        self.table = QTableWidget(len(fields), 3, self)
        self.table.setAccessibleName(self.tr("Fields that differ"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours"), self.tr("Saved by {who}").format(who=who)]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, name in enumerate(fields):
            cells = (
                field_label(name),
                show_value(mine.get(name)),
                show_value((theirs or {}).get(name)),
            )
            for column, text_value in enumerate(cells):
                item = QTableWidgetItem(text_value)
                item.setToolTip(text_value)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(fields))
        buttons = QDialogButtonBox(self)
        self.mine_button = QPushButton(self.tr("&Save mine over theirs"), self)
        self.theirs_button = QPushButton(self.tr("&Use theirs, discard mine"), self)
        self.back_button = QPushButton(self.tr("&Keep editing"), self)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setDefault(True)
        self.mine_button.clicked.connect(lambda: self._choose(ConflictChoice.SAVE_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.setMinimumHeight(min(360, 40 + 30 * len(fields)))
        self.resize(720, self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their widths only now

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()
