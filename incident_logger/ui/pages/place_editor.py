"""The Places page's form: one place's name, kind, parent ("Inside"), codes, coordinates and
other names, each with its error under it.

The parent is picked from the live places (never the place itself or one inside it), by its
path or by any of its names; a typed name that is one place's name or alias is taken as that
place. ``draft`` reads the form into a ``PlaceDraft`` and raises ``ValidationError`` for what
cannot even be read (a parent that is no place, a coordinate that is no number); the service
checks the rest, and ``show_errors`` puts its messages under their fields.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.errors import FieldError, ValidationError
from incident_logger.domain.messages import verbatim
from incident_logger.domain.models import Place, PlaceDraft
from incident_logger.ui import place_names, words
from incident_logger.ui.messages import text as message_text
from incident_logger.ui.pages.place_choices import COMPLETION_ROLE, PLACE_ID_ROLE, PlaceChoices
from incident_logger.ui.place_order import tree_order
from incident_logger.ui.widgets.choice_box import choice_box, choose, chosen
from incident_logger.ui.widgets.field_error import FieldErrorLabel, with_error
from incident_logger.ui.widgets.forms import add_row, form_layout


class PlaceEditor(QWidget):
    """Name, kind, parent, codes, coordinates and other spellings of one place."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Place name"))
        self.name.setPlaceholderText(self.tr("e.g. Калужская область"))
        self.kind = choice_box(self.tr("Kind of place"), PlaceKind, words.place_kind)
        self.parent_box = QComboBox()
        self.parent_box.setEditable(True)
        self.parent_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.parent_box.setAccessibleName(self.tr("Inside (parent place)"))
        self._choices = PlaceChoices([])
        # On the line edit, not the combo: the combo would look the chosen text up itself,
        # and an alias ("Kaluga Oblast") is not one of its items.
        self.parent_completer = QCompleter(self.parent_box)
        self.parent_completer.setCompletionRole(COMPLETION_ROLE)
        self.parent_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.parent_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.parent_completer.setMaxVisibleItems(12)
        line = self.parent_box.lineEdit()
        assert line is not None
        line.setCompleter(self.parent_completer)
        self.parent_completer.activated[QModelIndex].connect(self._parent_chosen)  # type: ignore[index]
        self.country = QLineEdit()
        self.country.setAccessibleName(self.tr("Country code"))
        self.country.setPlaceholderText("RU")
        self.country.setMaxLength(2)
        self.iso = QLineEdit()
        self.iso.setAccessibleName(self.tr("ISO 3166-2 code"))
        self.iso.setPlaceholderText("RU-KLU")
        codes = QHBoxLayout()
        codes.setContentsMargins(0, 0, 0, 0)
        codes.addWidget(self.country, 1)
        codes.addWidget(self.iso, 2)
        self.latitude, self.longitude = QLineEdit(), QLineEdit()
        for edit, name, limit in (
            (self.latitude, self.tr("Latitude"), 90.0),
            (self.longitude, self.tr("Longitude"), 180.0),
        ):
            edit.setAccessibleName(name)
            edit.setPlaceholderText(name)
            validator = QDoubleValidator(-limit, limit, 6, edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            edit.setValidator(validator)
        coords = QHBoxLayout()
        coords.setContentsMargins(0, 0, 0, 0)
        coords.addWidget(self.latitude)
        coords.addWidget(self.longitude)
        self.aliases = QPlainTextEdit()
        self.aliases.setAccessibleName(self.tr("Other names, one per line"))
        self.aliases.setPlaceholderText(self.tr("One per line: Kaluga Oblast, Kaluzhskaya oblast"))
        self.aliases.setTabChangesFocus(True)
        self.aliases.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.errors = {
            name: FieldErrorLabel(field=field)
            for name, field in (
                ("name", self.name),
                ("kind", self.kind),
                ("parent", self.parent_box),
                ("coordinates", self.latitude),
                ("aliases", self.aliases),
            )
        }
        form = form_layout(self)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("&Name"), with_error(self.name, self.errors["name"]), self.name)
        add_row(form, self.tr("&Kind"), with_error(self.kind, self.errors["kind"]), self.kind)
        add_row(
            form,
            self.tr("&Inside"),
            with_error(self.parent_box, self.errors["parent"]),
            self.parent_box,
        )
        add_row(form, self.tr("Country / &ISO"), self._row(codes), self.country)
        add_row(
            form,
            self.tr("&Coordinates"),
            with_error(self._row(coords), self.errors["coordinates"]),
            self.latitude,
        )
        add_row(
            form,
            self.tr("&Other names"),
            with_error(self.aliases, self.errors["aliases"]),
            self.aliases,
        )
        for signal in (
            self.name.textChanged,
            self.country.textChanged,
            self.iso.textChanged,
            self.latitude.textChanged,
            self.longitude.textChanged,
            self.aliases.textChanged,
            self.kind.currentIndexChanged,
            self.parent_box.currentTextChanged,
        ):
            signal.connect(self.edited)

    @staticmethod
    def _row(layout: QHBoxLayout) -> QWidget:
        box = QWidget()
        box.setLayout(layout)
        return box

    def fields(self) -> list[QWidget]:
        return [
            self.name,
            self.kind,
            self.parent_box,
            self.country,
            self.iso,
            self.latitude,
            self.longitude,
            self.aliases,
        ]

    def set_parents(self, places: list[Place], exclude: int | None) -> None:
        """Offer every live place except ``exclude`` and what lies inside it."""
        blocked = {exclude} if exclude is not None else set()
        for place in places:  # sorted by path: parents come before their children
            if place.draft.parent_id in blocked:
                blocked.add(place.id)
        allowed = tree_order([p for p in places if p.id not in blocked])
        self.parent_box.clear()
        self.parent_box.addItem(self.tr("(top level)"), None)
        for place in allowed:
            self.parent_box.addItem(place_names.path(place.path), place.id)
        self._choices = PlaceChoices(allowed)
        self.parent_completer.setModel(self._choices.completion_model())

    def _parent_chosen(self, index: QModelIndex) -> None:
        """A completion was picked (by path or by another name): show its place's path."""
        place_id = index.data(PLACE_ID_ROLE)
        row = self.parent_box.findData(place_id) if place_id is not None else -1
        if row >= 0:
            # After the line edit has put the picked spelling in: the path replaces it.
            QTimer.singleShot(0, self, lambda: self._show_parent(row))

    def _show_parent(self, row: int) -> None:
        self.parent_box.setCurrentIndex(row)
        self.parent_box.setEditText(self.parent_box.itemText(row))

    def load(self, draft: PlaceDraft) -> None:
        self.name.setText(draft.name)
        choose(self.kind, PlaceKind(draft.kind))
        self.parent_box.setCurrentIndex(max(0, self.parent_box.findData(draft.parent_id)))
        self.country.setText(draft.country_code)
        self.iso.setText(draft.iso_code)
        self.latitude.setText("" if draft.latitude is None else f"{draft.latitude:g}")
        self.longitude.setText("" if draft.longitude is None else f"{draft.longitude:g}")
        self.aliases.setPlainText("\n".join(draft.aliases))

    def draft(self) -> PlaceDraft:
        """The typed place; raises ValidationError for what cannot even be read."""
        errors: list[FieldError] = []
        parent_text = self.parent_box.currentText().strip()
        found = self.parent_box.findText(parent_text, Qt.MatchFlag.MatchFixedString)
        if found < 0 and parent_text:
            # Typed rather than picked: a name or another spelling of exactly one place.
            place_id = self._choices.resolve(parent_text)
            found = self.parent_box.findData(place_id) if place_id is not None else -1
        if found < 0 and parent_text:
            errors.append(
                FieldError(
                    "parent", verbatim(self.tr("pick a place from the list (any of its names)"))
                )
            )
        coords: list[float | None] = []
        for edit in (self.latitude, self.longitude):
            text = edit.text().strip().replace(",", ".")
            try:
                coords.append(float(text) if text else None)
            except ValueError:
                errors.append(FieldError("coordinates", verbatim(self.tr("type a decimal number"))))
                coords.append(None)
        if errors:
            raise ValidationError(errors)
        return PlaceDraft(
            name=self.name.text().strip(),
            kind=chosen(self.kind, PlaceKind),
            parent_id=self.parent_box.itemData(found) if found >= 0 else None,
            country_code=self.country.text().strip(),
            iso_code=self.iso.text().strip(),
            latitude=coords[0],
            longitude=coords[1],
            aliases=tuple(a.strip() for a in self.aliases.toPlainText().splitlines() if a.strip()),
        )

    def show_errors(self, error: ValidationError | None) -> None:
        grouped: dict[str, list[str]] = {}
        for e in error.errors if error else []:
            name = e.field.split("[")[0]
            name = "coordinates" if name in ("latitude", "longitude") else name
            target = name if name in self.errors else "name"
            grouped.setdefault(target, []).append(message_text(e.msg))
        for name, label in self.errors.items():
            label.set_messages(grouped.get(name, []))
