"""Add a place to the gazetteer without leaving the incident editor."""

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

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.errors import ValidationError
from incident_logger.domain.models import Place, PlaceDraft
from incident_logger.services.places import create_place
from incident_logger.store.engine import Database
from incident_logger.ui import words
from incident_logger.ui.widgets.field_error import FieldErrorLabel, mark_invalid


class NewPlaceDialog(QDialog):
    def __init__(self, db: Database, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New place"))
        self._db = db
        self.place: Place | None = None
        self.name = QLineEdit(name, self)
        self.name.setAccessibleName(self.tr("Place name"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of place"))
        for kind in PlaceKind:
            self.kind.addItem(words.place_kind(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(PlaceKind.CITY.value))
        from incident_logger.ui.incidents.place_picker import PlacePicker

        self.parent_place = PlacePicker(db, self)
        self.parent_place.add_button.hide()  # one new place at a time
        self.parent_place.edit.setAccessibleName(self.tr("Inside (parent place)"))
        self.parent_place.edit.setPlaceholderText(
            self.tr("The region or district it lies in (any spelling)")
        )
        self.aliases = QLineEdit(self)
        self.aliases.setAccessibleName(self.tr("Other spellings"))
        self.aliases.setPlaceholderText(self.tr("Other spellings, separated by commas"))
        self.error = FieldErrorLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Inside"), self.parent_place)
        form.addRow(self.tr("&Also known as"), self.aliases)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def draft(self) -> PlaceDraft:
        return PlaceDraft(
            name=self.name.text().strip(),
            kind=PlaceKind(self.kind.currentData()),
            parent_id=self.parent_place.place_id,
            aliases=tuple(a.strip() for a in self.aliases.text().split(",") if a.strip()),
        )

    def accept(self) -> None:
        if self.parent_place.has_unresolved_text():
            self.error.set_messages(
                [self.tr("Inside: choose a suggested place, or leave it empty")]
            )
            return
        try:
            self.place = create_place(self._db, self.draft())
        except ValidationError as exc:
            self.error.set_messages([str(e) for e in exc.errors])
            mark_invalid(self.name, bool(exc.for_field("name")))
            return
        super().accept()
