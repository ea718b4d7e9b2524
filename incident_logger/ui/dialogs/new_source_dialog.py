"""Add a source (who said it, where, how reliable) without leaving the incident editor."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.enums import Reliability, SourceKind
from incident_logger.domain.errors import ValidationError
from incident_logger.domain.models import Source, SourceDraft
from incident_logger.services.sources import create_source
from incident_logger.store.engine import Database
from incident_logger.ui import words
from incident_logger.ui.widgets.field_error import FieldErrorLabel, mark_invalid


class NewSourceDialog(QDialog):
    def __init__(self, db: Database, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New source"))
        self._db = db
        self.source: Source | None = None
        self.name = QLineEdit(name, self)
        self.name.setAccessibleName(self.tr("Source name"))
        self.name.setPlaceholderText(self.tr("e.g. Governor of Kaluga Oblast (Telegram)"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of source"))
        for kind in SourceKind:
            self.kind.addItem(words.source_kind(kind), kind.value)
        self.reliability = QComboBox(self)
        self.reliability.setAccessibleName(self.tr("Reliability grade"))
        for grade in Reliability:
            self.reliability.addItem(words.grade(grade), grade.value)
        self.reliability.setCurrentIndex(self.reliability.findData(Reliability.F.value))
        self.url = QLineEdit(self)
        self.url.setAccessibleName(self.tr("Link"))
        self.url.setPlaceholderText("https://")
        self.error = FieldErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Reliability"), self.reliability)
        form.addRow(self.tr("&Link"), self.url)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def draft(self) -> SourceDraft:
        return SourceDraft(
            name=self.name.text().strip(),
            kind=SourceKind(self.kind.currentData()),
            reliability=Reliability(self.reliability.currentData()),
            url=self.url.text().strip(),
        )

    def accept(self) -> None:
        try:
            self.source = create_source(self._db, self.draft())
        except ValidationError as exc:
            self.error.set_messages([str(e) for e in exc.errors])
            mark_invalid(self.name, bool(exc.for_field("name")))
            return
        super().accept()
