"""Add a place to the gazetteer without leaving the incident editor."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import Place, PlaceDraft
from incident_logger.services.places import create_place
from incident_logger.store.engine import Database
from incident_logger.ui import words
from incident_logger.ui.dialogs.new_record_dialog import NewRecordDialog
from incident_logger.ui.widgets.choice_box import choice_box, choose, chosen


class NewPlaceDialog(NewRecordDialog):
    def __init__(self, db: Database, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("New place"), name, self.tr("Place name"), parent)
        self.place: Place | None = None
        self.kind = choice_box(self.tr("Kind of place"), PlaceKind, words.place_kind, self)
        choose(self.kind, PlaceKind.CITY)
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
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&Inside"), self.parent_place)
        self.form.addRow(self.tr("&Also known as"), self.aliases)
        self.fit(460)

    def draft(self) -> PlaceDraft:
        return PlaceDraft(
            name=self.name.text().strip(),
            kind=chosen(self.kind, PlaceKind),
            parent_id=self.parent_place.place_id,
            aliases=tuple(a.strip() for a in self.aliases.text().split(",") if a.strip()),
        )

    def refusal(self) -> str | None:
        if self.parent_place.has_unresolved_text():
            return self.tr("Inside: choose a suggested place, or leave it empty")
        return None

    def store(self) -> None:
        self.place = create_place(self._db, self.draft())
