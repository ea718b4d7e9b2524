"""The widgets of the incident form, laid out in sections with an error line under each field."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.enums import Means, Status
from incident_logger.store.engine import Database
from incident_logger.ui import words
from incident_logger.ui.i18n import tr
from incident_logger.ui.incidents.place_picker import PlacePicker
from incident_logger.ui.incidents.sub_tables import DamageEditor, SourcesEditor
from incident_logger.ui.widgets.count_edit import CountEdit
from incident_logger.ui.widgets.field_error import FieldErrorLabel

TIME_HINT = "2026-09-12 01:30"

def means_of(combo: QComboBox) -> Means | str | None:
    """The means a combo holds: a member, None when empty, or the typed text it is not."""
    text = " ".join(combo.currentText().split())
    if not text:
        return None
    folded = text.casefold()
    for index in range(combo.count()):
        value = combo.itemData(index)
        if value and folded in (combo.itemText(index).casefold(), str(value)):
            return Means(value)
    return text


def _text_box(name: str, lines: int, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class EditorForm(QWidget):
    """Every field of an ``IncidentDraft``; ``errors[field]`` is the label under it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, FieldErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}

        self.title = QLineEdit(self)
        self.title.setPlaceholderText(tr("What happened, in one line"))
        self.category = QComboBox(self)
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.setToolTip(tr("Choose a category or type a new one"))
        self.status = QComboBox(self)
        for status in Status:
            self.status.addItem(words.status(status), status.value)
        self.status.setMinimumWidth(self.status.sizeHint().width())  # every word shows whole
        # Status is how far the report is verified. Whether a fire is still burning or was put
        # out belongs to what burned: Damage › State (fire started / fire extinguished), one per
        # damaged object, so a record can say "the pump station's fire was put out".
        self.status.setToolTip(
            tr(
                "How far the report is verified. A fire put out is recorded in Damage › State "
                "(fire extinguished)."
            )
        )

        # The weapon or cause: pick from the list or type (completes as you type).
        self.means = QComboBox(self)
        self.means.setEditable(True)
        self.means.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.means.addItem("", None)
        for means in Means:
            self.means.addItem(words.means(means), means.value)
        means_line = self.means.lineEdit()
        assert means_line is not None
        means_line.setPlaceholderText(tr("not stated"))
        self.means.setToolTip(tr("The weapon or cause: drone, missile, artillery, aircraft…"))

        self.start_at = QLineEdit(self)
        self.start_at.setPlaceholderText(TIME_HINT)
        self.end_at = QLineEdit(self)
        self.end_at.setPlaceholderText(tr("optional, e.g. 2026-09-12 06:00"))
        self.time_precision = QComboBox(self)
        for value in words.TIME_PRECISION:
            self.time_precision.addItem(words.time_precision(value), value.value)

        self.place = PlacePicker(db, self)
        self.locality = QLineEdit(self)
        self.locality.setPlaceholderText(tr("e.g. near the pond on the edge of the city"))
        self.geo_precision = QComboBox(self)
        for geo in words.GEO_PRECISION:
            self.geo_precision.addItem(words.geo_precision(geo), geo.value)
        self.latitude = QLineEdit(self)
        self.latitude.setPlaceholderText(tr("latitude"))
        self.longitude = QLineEdit(self)
        self.longitude.setPlaceholderText(tr("longitude"))

        self.injuries = CountEdit(self)
        self.fatalities = CountEdit(self)
        self.narrative = _text_box(tr("Narrative"), 6, self)
        self.narrative.setPlaceholderText(tr("What the sources say, in your words or theirs"))
        self.response = _text_box(tr("Response"), 3, self)
        self.response.setPlaceholderText(tr("Services deployed, aid promised…"))
        self.sources = SourcesEditor(db, self)
        self.damage = DamageEditor(self)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(tr("comma-separated, e.g. night, drones"))
        self.external_id = QLineEdit(self)
        self.external_id.setPlaceholderText(tr("e.g. an ACLED event id"))
        self.external_type = QLineEdit(self)
        self.external_type.setPlaceholderText(tr("e.g. Explosions/Remote violence"))

        names = {
            "title": tr("Title"),
            "category": tr("Category"),
            "status": tr("Status"),
            "means": tr("Means"),
            "start_at": tr("Start time"),
            "end_at": tr("End time"),
            "time_precision": tr("Time precision"),
            "locality": tr("Locality"),
            "geo_precision": tr("How near (location precision)"),
            "latitude": tr("Latitude"),
            "longitude": tr("Longitude"),
            "injuries": tr("Injuries"),
            "fatalities": tr("Fatalities"),
            "narrative": tr("Narrative"),
            "response": tr("Response"),
            "tags": tr("Tags"),
            "external_id": tr("External id"),
            "external_type": tr("External type"),
        }
        for key, name in names.items():
            widget = getattr(self, key)
            widget.setAccessibleName(name)
            self.fields[key] = widget
        self.fields["place"] = self.place
        self.fields["sources"] = self.sources
        self.fields["damage"] = self.damage
        self._lay_out()

    def _lay_out(self) -> None:
        """The fields in sections, each caption with its Alt+letter."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 14)
        layout.setSpacing(4)
        self._section(layout, tr("What"))
        form = self._form(layout)
        # Alt+letter reaches every field. No letter repeats, and none is a menu's (File, Edit,
        # View, Go, Help): tests/ui/test_editor_keys.py holds this.
        self._row(form, tr("&Title"), "title", self.title)
        self._row(
            form,
            tr("&Category"),
            "category",
            self._pair(self.category, tr("Stat&us"), self.status, stretch=0),
        )
        self.errors["status"] = self.errors["category"]
        # Every other letter of "Means" is taken by another field or a menu.
        self._row(form, tr("Means (&Q)"), "means", self.means)
        self._section(layout, tr("When"))
        form = self._form(layout)
        self._row(form, tr("&Start"), "start_at", self.start_at)
        self._row(form, tr("En&d"), "end_at", self.end_at)
        self._row(form, tr("Prec&ision"), "time_precision", self.time_precision)
        self._section(layout, tr("Where"))
        form = self._form(layout)
        self._row(form, tr("&Place"), "place", self.place)
        self._row(form, tr("&Locality"), "locality", self.locality)
        self._row(form, tr("Ho&w near"), "geo_precision", self.geo_precision)
        coords = self._pair(self.latitude, "", self.longitude)
        self._row(form, tr("C&oordinates"), "latitude", coords)
        self.errors["longitude"] = self.errors["latitude"]
        self._section(layout, tr("Casualties and response"))
        form = self._form(layout)
        self._row(
            form,
            tr("In&jured"),
            "injuries",
            self._pair(self.injuries, tr("&Killed"), self.fatalities),
        )
        self.errors["fatalities"] = self.errors["injuries"]
        self._row(form, tr("&Narrative"), "narrative", self.narrative)
        self._row(form, tr("&Response"), "response", self.response)
        self._section(layout, tr("Sources"))
        self._block(layout, "sources", self.sources)
        self._section(layout, tr("Damage"))
        self._block(layout, "damage", self.damage)
        self._section(layout, tr("More"))
        form = self._form(layout)
        self._row(form, tr("T&ags"), "tags", self.tags)
        self._row(form, tr("E&xternal id"), "external_id", self.external_id)
        self._row(form, tr("External t&ype"), "external_type", self.external_type)
        layout.addStretch(1)
        for combo in self.findChildren(QComboBox):
            # Long entries (source names) must not widen the panel past the splitter.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self._tab_order()
        self._align_labels()

    # --- layout helpers -------------------------------------------------------------

    def _section(self, layout: QVBoxLayout, title: str) -> None:
        if layout.count():
            layout.addSpacing(8)
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            layout.addWidget(line)
        label = QLabel(title, self)
        label.setObjectName("sectionTitle")
        layout.addWidget(label)

    def _form(self, layout: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        layout.addLayout(form)
        return form

    def _row(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        error = FieldErrorLabel(self)
        error.setAccessibleName(
            self.tr("Problem with {field}").format(field=label.replace("&", ""))
        )
        self.errors[key] = error
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(error)
        caption = QLabel(label, self)
        buddy = self.fields.get(key, widget)
        proxy = buddy.focusProxy()
        if buddy.focusPolicy() == Qt.FocusPolicy.NoFocus and proxy is not None:
            buddy = proxy  # a label's Alt+letter skips a widget that takes no focus
        caption.setBuddy(buddy)
        form.addRow(caption, box)

    def _block(self, layout: QVBoxLayout, key: str, widget: QWidget) -> None:
        error = FieldErrorLabel(self)
        self.errors[key] = error
        layout.addWidget(widget)
        layout.addWidget(error)

    def _pair(self, first: QWidget, label: str, second: QWidget, stretch: int = 1) -> QWidget:
        """``first`` and ``second`` on one row; ``stretch`` 0 keeps ``second`` at the width its
        longest item needs and gives ``first`` the rest."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(first, 1)
        if label:
            caption = QLabel(label, self)
            caption.setBuddy(second)
            row.addWidget(caption)
        row.addWidget(second, stretch)
        return box

    def _align_labels(self) -> None:
        """One label column for every section, so fields line up down the whole form."""
        labels: list[QLabel] = []
        for layout in self.findChildren(QFormLayout):
            for row in range(layout.rowCount()):
                item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    labels.append(widget)
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _tab_order(self) -> None:
        chain: list[QWidget] = [
            self.title,
            self.category,
            self.status,
            self.means,
            self.start_at,
            self.end_at,
            self.time_precision,
            self.place.edit,  # the add-place button is left out: Ctrl+Shift+P or the mouse
            self.locality,
            self.geo_precision,
            self.latitude,
            self.longitude,
            self.injuries,
            self.fatalities,
            self.narrative,
            self.response,
            self.sources.picker,
            self.sources.add_button,
            self.sources.new_button,
            self.sources.remove_button,
            self.sources.view,
            self.damage.view,
            self.damage.add_button,
            self.damage.remove_button,
            self.tags,
            self.external_id,
            self.external_type,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
