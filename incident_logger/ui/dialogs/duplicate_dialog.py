"""Before saving a new incident that looks like one already recorded: open, corroborate or save."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incident_logger.services.search import IncidentSummary
from incident_logger.ui.incidents.columns import format_locality, format_when


class DuplicateChoice(Enum):
    CANCEL = 0
    OPEN = 1
    CORROBORATE = 2
    SAVE_ANYWAY = 3


class DuplicateDialog(QDialog):
    """Lists the likely duplicates; ``choice`` and ``chosen_id`` say what the user picked."""

    def __init__(
        self, candidates: list[IncidentSummary], has_sources: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This may already be recorded"))
        self.choice = DuplicateChoice.CANCEL
        self.chosen_id: int | None = None
        intro = QLabel(
            self.tr(
                "These incidents look like the one you are saving. If it is the same event, "
                "open it or add your source to it as corroboration instead of a second record."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Likely duplicates"))
        for s in candidates:
            where = ", ".join(p for p in (s.region, format_locality(s)) if p)
            item = QListWidgetItem(f"{s.ref}  ·  {format_when(s)}  ·  {where}\n{s.title}")
            item.setData(256, s.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open the existing one"), self)
        self.corroborate_button = QPushButton(self.tr("&Add my sources to it"), self)
        self.corroborate_button.setEnabled(has_sources)
        self.save_button = QPushButton(self.tr("&Save as a new incident"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.corroborate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(lambda: self._done(DuplicateChoice.OPEN))
        self.corroborate_button.clicked.connect(lambda: self._done(DuplicateChoice.CORROBORATE))
        self.save_button.clicked.connect(lambda: self._done(DuplicateChoice.SAVE_ANYWAY))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(620, 340)

    def _done(self, choice: DuplicateChoice) -> None:
        self.choice = choice
        item = self.list.currentItem()
        self.chosen_id = int(item.data(256)) if item is not None else None
        self.accept()
