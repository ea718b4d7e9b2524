"""The Places page: the gazetteer as a tree, a place's form (``place_editor.PlaceEditor``) and
the incidents inside a place. The writes are the record pages' (``widgets/record_writes``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QTreeView,
    QWidget,
)

from incident_logger.domain.changes import Changes
from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import Place, PlaceDraft
from incident_logger.services import record_edits
from incident_logger.services.citations import incidents_in_place
from incident_logger.services.gazetteer_seed import countries, seed_regions
from incident_logger.services.places import list_places
from incident_logger.store.engine import Database
from incident_logger.ui import icons, place_names, words
from incident_logger.ui.pages.place_editor import PlaceEditor
from incident_logger.ui.pages.record_page import ID_ROLE
from incident_logger.ui.pages.record_with_incidents import RecordWithIncidentsPage
from incident_logger.ui.place_order import tree_order
from incident_logger.ui.widgets.actions import make_action, unfocusable_buttons
from incident_logger.ui.widgets.views import RoomyDelegate, style_header

KIND_ICONS = {
    PlaceKind.COUNTRY: "mdi6.flag-outline",
    PlaceKind.REGION: "mdi6.map-outline",
    PlaceKind.DISTRICT: "mdi6.map-marker-radius-outline",
    PlaceKind.CITY: "mdi6.city-variant-outline",
    PlaceKind.LOCALITY: "mdi6.map-marker-outline",
}


class PlacesPage(RecordWithIncidentsPage):
    """The gazetteer: browse the tree, edit a place, see the incidents inside it."""

    edits = record_edits.PLACES
    form: PlaceEditor
    incidents_of = staticmethod(incidents_in_place)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._items: dict[int, QStandardItem] = {}
        self._places: list[Place] = []
        self._places_shown: list[Place] = []
        self._new_parent: int | None = None
        self.model = QStandardItemModel(self)
        self.set_list_model(self.model)
        self.seed_action = make_action(
            self,
            self.tr("Add regions of a country…"),
            "mdi6.earth-plus",
            None,
            self.tr("Add a country's regions from ISO 3166-2"),
        )
        self.seed_action.triggered.connect(self.seed_country)
        self.toolbar.insertAction(self.trash_action, self.seed_action)
        unfocusable_buttons(self.toolbar)
        hint = self.tr("Select a place to see the incidents in it and inside it.")
        self.finish(PlaceEditor(), self.tr("Incidents in this place"), hint)

    def noun(self) -> str:
        return self.tr("place")

    def counted(self, rows: int) -> str:
        return self.tr("%Ln place(s)", "", rows)

    def make_list_view(self) -> QAbstractItemView:
        view = QTreeView()
        view.setUniformRowHeights(True)
        view.setAllColumnsShowFocus(True)
        view.setItemDelegate(RoomyDelegate(view))
        return view

    def load_rows(self) -> None:
        self._places = list_places(self._db)
        shown = list_places(self._db, deleted=True) if self._trash else self._places
        self._places_shown = shown
        expanded = {
            pid
            for pid, item in self._items.items()
            if isinstance(self.list_view, QTreeView) and self.list_view.isExpanded(item.index())
        }
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("ISO code"), self.tr("Other names")]
        )
        self._items = {}
        for place in tree_order(shown):  # a parent is met before its children
            d = place.draft
            cells = [
                QStandardItem(place_names.shown(d.name)),
                QStandardItem(words.place_kind(d.kind)),
                QStandardItem(d.iso_code),
                QStandardItem(", ".join(d.aliases)),
            ]
            cells[0].setData(place.id, ID_ROLE)
            cells[0].setIcon(self._icon(d.kind))
            cells[0].setToolTip(
                f"{place_names.path(place.path)}\n{place_names.tooltip(d.name)}"
                if place_names.shown(d.name) != d.name
                else place_names.path(place.path)
            )
            for cell in cells:
                cell.setEditable(False)
            parent = self._items.get(d.parent_id) if d.parent_id is not None else None
            (parent or self.model.invisibleRootItem()).appendRow(cells)
            self._items[place.id] = cells[0]
        view = self.list_view
        assert isinstance(view, QTreeView)
        for place_id, item in self._items.items():
            if place_id in expanded or item.parent() is None:
                view.expand(item.index())
        header = view.header()
        style_header(header)
        for column, chars in enumerate((34, 9, 9)):
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * chars + 24)

    def _icon(self, kind: PlaceKind) -> QIcon:
        return icons.icon(KIND_ICONS[kind])

    def refresh_icon(self) -> None:
        """Redraw the kind icons of the tree in the current palette (after a theme change)."""
        for place in self._places_shown:
            item = self._items.get(place.id)
            if item is not None:
                item.setIcon(self._icon(place.draft.kind))

    def index_of(self, record_id: int) -> QModelIndex:
        item = self._items.get(record_id)
        return item.index() if item is not None else QModelIndex()

    def show_record(self, record_id: int | None) -> None:
        self.form.set_parents(self._places, record_id)
        super().show_record(record_id)

    def new_heading(self) -> str:
        return self.tr("New place")

    def blank_draft(self) -> PlaceDraft:
        parent = self._new_parent if not self._trash else None
        return PlaceDraft("", self._child_kind(parent), parent)

    def heading_of(self, record: Place) -> str:
        return place_names.path(record.path)

    def new_record(self) -> None:
        """A new place goes inside the selected one by default (a city inside its region)."""
        self._new_parent = self.selected_id()
        super().new_record()
        self._new_parent = None

    def _child_kind(self, parent_id: int | None) -> PlaceKind:
        parent = next((p for p in self._places if p.id == parent_id), None)
        order = list(PlaceKind)
        if parent is None:
            return PlaceKind.COUNTRY if not self._places else PlaceKind.LOCALITY
        return order[min(order.index(parent.draft.kind) + 1, len(order) - 1)]

    def touched_by(self, changes: Changes) -> bool:
        return changes.touches_places or changes.touches_incidents  # and the incidents there

    def empty_text(self) -> tuple[str, str]:
        if self._trash:
            return self.tr("No places in the trash"), ""
        return self.tr("The gazetteer is empty"), self.tr(
            "Press Ctrl+N to add a place, or use “Add regions of a country…” to start from "
            "the ISO 3166-2 list."
        )

    def count_rows(self) -> int:
        return len(self._items)

    def seed_country(self) -> None:
        """Ask for a country and add its ISO 3166-2 regions."""
        choices = countries()
        labels = [f"{c.name} ({c.code})" for c in choices]
        label, ok = QInputDialog.getItem(
            self, self.tr("Add regions of a country"), self.tr("Country"), labels, 0, False
        )
        if not ok or label not in labels:
            return
        country = choices[labels.index(label)]
        result = seed_regions(self._db, country.code)
        self.refresh()
        self._select(result.country_id)
        self.status_message.emit(
            self.tr("{0}: added {1} places, {2} were already there.").format(
                country.name, result.created, result.skipped
            )
        )
