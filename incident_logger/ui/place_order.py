"""Places in the order a reader looks for them: by the name shown, in the interface
language's alphabetical order (QCollator: "Албанія" before "Афганістан", "Ё" beside "Е",
numbers by value), each place's children after it."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cmp_to_key

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt

from incident_logger.domain.models import Place
from incident_logger.ui import place_names


def tree_order(places: Sequence[Place]) -> list[Place]:
    """``places`` with siblings sorted by their shown names and every parent before its
    children (a place whose parent is not in the list sorts among the top level)."""
    collator = QCollator(QLocale())
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    by_id = {p.id: p for p in places}
    keys: dict[int, tuple[QCollatorSortKey, ...]] = {}

    def key(place: Place) -> tuple[QCollatorSortKey, ...]:
        chain = []
        at: Place | None = place
        while at is not None and at.id not in keys:
            chain.append(at)
            parent_id = at.draft.parent_id
            at = by_id.get(parent_id) if parent_id is not None else None
            if at is not None and at in chain:
                break  # a loop (never written, but not a reason to hang)
        above = keys.get(at.id, ()) if at is not None else ()
        for p in reversed(chain):
            above = (*above, collator.sortKey(place_names.shown(p.draft.name)))
            keys[p.id] = above
        return keys[place.id]

    def compare(a: Place, b: Place) -> int:
        ka, kb = key(a), key(b)
        for x, y in zip(ka, kb, strict=False):
            found = x.compare(y)
            if found:
                return found
        return len(ka) - len(kb)

    return sorted(places, key=cmp_to_key(compare))
