"""Add a source (who said it, where, how reliable) without leaving the incident editor."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from incident_logger.domain.enums import Reliability, SourceKind
from incident_logger.domain.models import Source, SourceDraft
from incident_logger.services.sources import create_source
from incident_logger.store.engine import Database
from incident_logger.ui import words
from incident_logger.ui.dialogs.new_record_dialog import NewRecordDialog
from incident_logger.ui.widgets.choice_box import choice_box, choose, chosen


class NewSourceDialog(NewRecordDialog):
    def __init__(self, db: Database, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("New source"), name, self.tr("Source name"), parent)
        self.source: Source | None = None
        self.name.setPlaceholderText(self.tr("e.g. Governor of Kaluga Oblast (Telegram)"))
        self.kind = choice_box(self.tr("Kind of source"), SourceKind, words.source_kind, self)
        self.reliability = choice_box(self.tr("Reliability grade"), Reliability, words.grade, self)
        choose(self.reliability, Reliability.F)
        self.url = QLineEdit(self)
        self.url.setAccessibleName(self.tr("Link"))
        self.url.setPlaceholderText("https://")
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Reliability"), self.reliability)
        self.form.addRow(self.tr("&Link"), self.url)
        self.fit(480)

    def draft(self) -> SourceDraft:
        return SourceDraft(
            name=self.name.text().strip(),
            kind=chosen(self.kind, SourceKind),
            reliability=chosen(self.reliability, Reliability),
            url=self.url.text().strip(),
        )

    def store(self) -> None:
        self.source = create_source(self._db, self.draft())
