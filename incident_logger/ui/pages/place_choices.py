"""Places offered as a parent: completion over paths, names and other spellings, and lookup."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel

from incident_logger.domain.models import Place
from incident_logger.domain.text import fold
from incident_logger.ui.widgets.place_completion import COMPLETION_ROLE as COMPLETION_ROLE
from incident_logger.ui.widgets.place_completion import PLACE_ID_ROLE as PLACE_ID_ROLE
from incident_logger.ui.widgets.place_completion import completion_model


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
        return completion_model(self.places, lambda p: p.path, lambda _p: "")
