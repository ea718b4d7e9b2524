"""Resolves typed region names and aliases to places, and feeds the region completer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtGui import QStandardItemModel

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import Place
from incident_logger.domain.text import fold
from incident_logger.services.place_match import name_keys
from incident_logger.ui.widgets.place_completion import (
    COMPLETION_ROLE as COMPLETION_ROLE,
)
from incident_logger.ui.widgets.place_completion import completion_model


def _parent_suffix(place: Place) -> str:
    parent = place.path.rsplit(" › ", 1)[0] if " › " in place.path else ""
    return f"  ·  {parent}" if parent else ""


# Regions first: count lines are mostly per region, but a governor may name a city.
_KIND_ORDER = {
    PlaceKind.REGION: 0,
    PlaceKind.CITY: 1,
    PlaceKind.DISTRICT: 2,
    PlaceKind.COUNTRY: 3,
    PlaceKind.LOCALITY: 4,
}


class PlaceIndex:
    """Live places by folded name, alias and path, for lines that count per region.

    A typed name resolves to a region first; a city or district named instead resolves to
    the region it lies in (a governor's "18 over Kaluga" is a line for Kaluga Oblast).
    """

    def __init__(
        self, places: list[Place], lemmas: Mapping[str, Sequence[int]] | None = None
    ) -> None:
        self.places = {p.id: p for p in places}
        self._lemmas = lemmas or {}  # lemma key -> places (services.place_match.lemma_index)
        ordered = sorted(places, key=lambda p: (_KIND_ORDER.get(p.draft.kind, 9), fold(p.path)))
        self._regions: dict[str, int] = {}
        self._others: dict[str, int] = {}
        for place in ordered:
            keys = self._regions if place.draft.kind is PlaceKind.REGION else self._others
            for text in (place.draft.name, *place.draft.aliases, place.path):
                keys.setdefault(fold(text), place.id)
        self._ordered = [p for p in ordered if p.draft.kind is PlaceKind.REGION] or ordered

    def resolve(self, text: str) -> int | None:
        """The region meant by ``text``: its name, alias or path, or the start of just one."""
        key = fold(text)
        if not key:
            return None
        for keys in (self._regions, self._others):
            if key in keys:
                return self.region_of(keys[key])
        inflected = self._by_lemma(text)
        if inflected is not None:
            return inflected
        if len(key) < 3:
            return None
        for keys in (self._regions, self._others):
            starting = {self.region_of(pid) for k, pid in keys.items() if k.startswith(key)}
            if len(starting) == 1:
                return starting.pop()
            if starting:
                return None  # ambiguous: let the user pick from the completer
        return None

    def _by_lemma(self, text: str) -> int | None:
        """The one region an inflected name stands for ("над Брянской" -> Брянская область):
        a region's name first, else the region the named places lie in, if only one."""
        if not self._lemmas:
            return None
        found = {
            pid for k in name_keys(text) for pid in self._lemmas.get(k, ()) if pid in self.places
        }
        regions = {p for p in found if self.places[p].draft.kind is PlaceKind.REGION}
        candidates = regions or {self.region_of(p) for p in found}
        return candidates.pop() if len(candidates) == 1 else None

    def region_of(self, place_id: int) -> int:
        """The region a place lies in (the place itself when it is one or has none above)."""
        cursor: int | None = place_id
        for _ in range(20):
            place = self.places.get(cursor) if cursor is not None else None
            if place is None:
                break
            if place.draft.kind is PlaceKind.REGION:
                return place.id
            cursor = place.draft.parent_id
        return place_id

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
        return completion_model(self._ordered, lambda p: p.draft.name, _parent_suffix)
