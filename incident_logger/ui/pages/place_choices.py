"""Places offered as a parent: completion over paths, names and other spellings, and lookup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from incident_logger.domain.models import Place
from incident_logger.domain.text import fold

COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PlaceChoices:
    """The places a user may pick, found by path, name or alias ("Kaluga Oblast")."""

    def __init__(self, places: list[Place]) -> None:
        self.places = list(places)
        self._keys: dict[str, set[int]] = {}
        for place in self.places:
            for text in (place.path, place.draft.name, *place.draft.aliases):
                self._keys.setdefault(fold(text), set()).add(place.id)

    def resolve(self, text: str) -> int | None:
        """The one place whose path, name or alias is ``text`` (None: none, or several)."""
        found = self._keys.get(fold(text), set())
        return next(iter(found)) if len(found) == 1 else None

    def completion_model(self) -> QStandardItemModel:
        """One entry per path and per alias; an alias entry shows where it leads."""
        model = QStandardItemModel()
        for place in self.places:
            entries = [(place.path, place.path)]
            entries += [(a, f"{a} → {place.path}") for a in place.draft.aliases]
            for typed, shown in entries:
                item = QStandardItem(shown)
                item.setData(typed, COMPLETION_ROLE)
                item.setData(place.id, PLACE_ID_ROLE)
                item.setEditable(False)
                model.appendRow(item)
        return model
