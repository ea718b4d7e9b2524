"""Resolves typed region names and aliases to places, and feeds the region completer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import Place
from incident_logger.domain.text import fold

COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ID_ROLE = Qt.ItemDataRole.UserRole + 2

# Regions first: count lines are mostly per region, but a governor may name a city.
_KIND_ORDER = {
    PlaceKind.REGION: 0,
    PlaceKind.CITY: 1,
    PlaceKind.DISTRICT: 2,
    PlaceKind.COUNTRY: 3,
    PlaceKind.LOCALITY: 4,
}


class PlaceIndex:
    """Live places by folded name and alias; ambiguous names prefer regions."""

    def __init__(self, places: list[Place]) -> None:
        self.places = {p.id: p for p in places}
        ordered = sorted(places, key=lambda p: (_KIND_ORDER.get(p.draft.kind, 9), fold(p.path)))
        self._by_key: dict[str, int] = {}
        for place in ordered:
            for text in (place.draft.name, *place.draft.aliases, place.path):
                self._by_key.setdefault(fold(text), place.id)
        self._ordered = ordered

    def resolve(self, text: str) -> int | None:
        """The place meant by ``text``: a name, alias or path, or the start of just one."""
        key = fold(text)
        if not key:
            return None
        exact = self._by_key.get(key)
        if exact is not None or len(key) < 3:
            return exact
        starting = {pid for k, pid in self._by_key.items() if k.startswith(key)}
        return starting.pop() if len(starting) == 1 else None

    def name(self, place_id: int) -> str:
        place = self.places.get(place_id)
        return place.draft.name if place else ""

    def kind(self, place_id: int) -> PlaceKind | None:
        place = self.places.get(place_id)
        return PlaceKind(place.draft.kind) if place else None

    def path(self, place_id: int) -> str:
        place = self.places.get(place_id)
        return place.path if place else ""

    def completion_model(self) -> QStandardItemModel:
        """One entry per name and alias: shows 'alias → name (path)', inserts the typed form."""
        model = QStandardItemModel()
        for place in self._ordered:
            parent = place.path.rsplit(" › ", 1)[0] if " › " in place.path else ""
            where = f"  ·  {parent}" if parent else ""
            entries = [(place.draft.name, f"{place.draft.name}{where}")]
            entries += [(a, f"{a} → {place.draft.name}{where}") for a in place.draft.aliases]
            for typed, shown in entries:
                item = QStandardItem(shown)
                item.setData(typed, COMPLETION_ROLE)
                item.setData(place.id, PLACE_ID_ROLE)
                item.setEditable(False)
                model.appendRow(item)
        return model
