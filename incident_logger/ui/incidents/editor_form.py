"""The widgets of the incident form, laid out in sections with an error line under each field."""

from __future__ import annotations

import itertools
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from incident_logger.store.engine import Database
from incident_logger.ui.i18n import tr
from incident_logger.ui.incidents.field_bindings import (
    Choice,
    Count,
    FieldBinding,
    LineText,
    NumberLine,
    PlainText,
    TimeLine,
    TypedChoice,
)
from incident_logger.ui.incidents.place_picker import PlacePicker
from incident_logger.ui.incidents.sub_tables import DamageEditor, SourcesEditor
from incident_logger.ui.widgets.field_error import FieldErrorLabel

TIME_HINT = "2026-09-12 01:30"

W = TypeVar("W", bound=QWidget)


class EditorForm(QWidget):
    """Every field of an ``IncidentDraft``; ``errors[field]`` is the label under it.

    A plain (scalar) field is declared once, where ``_lay_out`` puts it: its binding (widget
    and accessible name) in ``_bind`` and its caption in ``_row``. ``bindings`` then lists it
    for the editor (fill, collect, changes), and the tab order follows the layout.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, FieldErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.bindings: dict[str, FieldBinding[Any]] = {}
        self._pairs: dict[QWidget, tuple[QWidget, QWidget]] = {}
        self._chain: list[QWidget] = []  # the tab order, as the rows are laid out
        self._lay_out(db)

    def _lay_out(self, db: Database) -> None:
        """The fields in sections, each caption with its Alt+letter."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 14)
        layout.setSpacing(4)
        self._what(self._form(layout, tr("What")))
        self._when(self._form(layout, tr("When")))
        self._where(self._form(layout, tr("Where")), db)
        self._casualties(self._form(layout, tr("Casualties and response")))
        self._tables(layout, db)
        self._more(self._form(layout, tr("More")))
        layout.addStretch(1)
        for combo in self.findChildren(QComboBox):
            # Long entries (source names) must not widen the panel past the splitter.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self._tab_order()
        self._align_labels()

    # --- the sections: each field is declared where it is laid out -------------------

    def _what(self, form: QFormLayout) -> None:
        # Alt+letter reaches every field. No letter repeats, and none is a menu's (File, Edit,
        # View, Go, Help): tests/ui/test_editor_keys.py holds this.
        self.title = self._bind(
            LineText("title", tr("Title"), self, tr("What happened, in one line"))
        )
        self._row(form, tr("&Title"), self.title)
        self.category = self._hand_bound("category", QComboBox(self), tr("Category"))
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.setToolTip(tr("Choose a category or type a new one"))
        self.status = self._bind(Choice("status", tr("Status"), self))
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
        self._row(
            form,
            tr("&Category"),
            self._pair(self.category, tr("Stat&us"), self.status, stretch=0),
        )
        # The weapon or cause: pick from the list or type (completes as you type).
        self.means = self._bind(TypedChoice("means", tr("Means"), self, tr("not stated")))
        self.means.setToolTip(tr("The weapon or cause: drone, missile, artillery, aircraft…"))
        # Every other letter of "Means" is taken by another field or a menu.
        self._row(form, tr("Means (&Q)"), self.means)

    def _when(self, form: QFormLayout) -> None:
        self.start_at = self._bind(TimeLine("start_at", tr("Start time"), self, TIME_HINT))
        self._row(form, tr("&Start"), self.start_at)
        self.end_at = self._bind(
            TimeLine("end_at", tr("End time"), self, tr("optional, e.g. 2026-09-12 06:00"))
        )
        self._row(form, tr("En&d"), self.end_at)
        self.time_precision = self._bind(Choice("time_precision", tr("Time precision"), self))
        self._row(form, tr("Prec&ision"), self.time_precision)

    def _where(self, form: QFormLayout, db: Database) -> None:
        self.place = self._hand_bound("place", PlacePicker(db, self))
        # The add-place button is left out of the tab order: Ctrl+Shift+P or the mouse.
        self._row(form, tr("&Place"), self.place, tab=(self.place.edit,))
        self.locality = self._bind(
            LineText(
                "locality", tr("Locality"), self, tr("e.g. near the pond on the edge of the city")
            )
        )
        self._row(form, tr("&Locality"), self.locality)
        self.geo_precision = self._bind(
            Choice("geo_precision", tr("How near (location precision)"), self)
        )
        self._row(form, tr("Ho&w near"), self.geo_precision)
        self.latitude = self._bind(NumberLine("latitude", tr("Latitude"), self, tr("latitude")))
        self.longitude = self._bind(NumberLine("longitude", tr("Longitude"), self, tr("longitude")))
        coords = self._pair(self.latitude, "", self.longitude)
        self._row(form, tr("C&oordinates"), coords)

    def _casualties(self, form: QFormLayout) -> None:
        self.injuries = self._bind(Count("injuries", tr("Injuries"), self))
        self.fatalities = self._bind(Count("fatalities", tr("Fatalities"), self))
        injured = self._pair(self.injuries, tr("&Killed"), self.fatalities)
        self._row(form, tr("In&jured"), injured)
        self.narrative = self._bind(
            PlainText(
                "narrative",
                tr("Narrative"),
                self,
                lines=6,
                placeholder=tr("What the sources say, in your words or theirs"),
            )
        )
        self._row(form, tr("&Narrative"), self.narrative)
        self.response = self._bind(
            PlainText("response", tr("Response"), self, 3, tr("Services deployed, aid promised…"))
        )
        self._row(form, tr("&Response"), self.response)

    def _tables(self, layout: QVBoxLayout, db: Database) -> None:
        self._section(layout, tr("Sources"))
        self.sources = self._hand_bound("sources", SourcesEditor(db, self))
        sources = self.sources
        self._block(
            layout,
            "sources",
            sources,
            tab=(
                sources.picker,
                sources.add_button,
                sources.new_button,
                sources.remove_button,
                sources.view,
            ),
        )
        self._section(layout, tr("Damage"))
        self.damage = self._hand_bound("damage", DamageEditor(self))
        damage = self.damage
        self._block(
            layout, "damage", damage, tab=(damage.view, damage.add_button, damage.remove_button)
        )

    def _more(self, form: QFormLayout) -> None:
        self.tags = self._hand_bound("tags", QLineEdit(self), tr("Tags"))
        self.tags.setPlaceholderText(tr("comma-separated, e.g. night, drones"))
        self._row(form, tr("T&ags"), self.tags)
        self.external_id = self._bind(
            LineText(
                "external_id", tr("External id"), self, tr("e.g. an ACLED event id"), strip=True
            )
        )
        self._row(form, tr("E&xternal id"), self.external_id)
        self.external_type = self._bind(
            LineText(
                "external_type",
                tr("External type"),
                self,
                tr("e.g. Explosions/Remote violence"),
                strip=True,
            )
        )
        self._row(form, tr("External t&ype"), self.external_type)

    # --- fields ---------------------------------------------------------------------

    def _bind(self, binding: FieldBinding[W]) -> W:
        """A plain field: the editor fills, reads and watches its widget through ``binding``."""
        self.bindings[binding.name] = binding
        self.fields[binding.name] = binding.widget
        return binding.widget

    def _hand_bound(self, key: str, widget: W, name: str = "") -> W:
        """A field the editor fills and reads by hand (``key`` names it in messages)."""
        if name:
            widget.setAccessibleName(name)
        self.fields[key] = widget
        return widget

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

    def _form(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        """A section of captioned rows under ``title``."""
        self._section(layout, title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        layout.addLayout(form)
        return form

    def _row(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget,
        tab: tuple[QWidget, ...] = (),
    ) -> None:
        """A captioned row: ``widget`` (a field, or a ``_pair`` of two that share the row's
        error line) over its error line; ``tab`` its tab stops when not the fields themselves."""
        placed = self._pairs.get(widget, (widget,))
        keys = [key for shown in placed for key, field in self.fields.items() if field is shown]
        self._chain.extend(tab or placed)
        error = FieldErrorLabel(self)
        error.setAccessibleName(
            self.tr("Problem with {field}").format(field=label.replace("&", ""))
        )
        for key in keys:
            self.errors[key] = error
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(error)
        caption = QLabel(label, self)
        buddy = placed[0]
        proxy = buddy.focusProxy()
        if buddy.focusPolicy() == Qt.FocusPolicy.NoFocus and proxy is not None:
            buddy = proxy  # a label's Alt+letter skips a widget that takes no focus
        caption.setBuddy(buddy)
        form.addRow(caption, box)

    def _block(
        self, layout: QVBoxLayout, key: str, widget: QWidget, tab: tuple[QWidget, ...]
    ) -> None:
        self._chain.extend(tab)
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
        self._pairs[box] = (first, second)
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
        """Tab goes down the form as the rows were laid out."""
        for first, second in itertools.pairwise(self._chain):
            QWidget.setTabOrder(first, second)
