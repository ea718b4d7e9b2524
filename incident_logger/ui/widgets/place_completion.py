"""Completions for a place field: one entry per name and per other spelling of each place, the
entry showing where it leads, the text put in being the form typed."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from incident_logger.domain.models import Place

COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 1  # the text a chosen entry puts in the field
PLACE_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def completion_model(
    places: Iterable[Place], main: Callable[[Place], str], where: Callable[[Place], str]
) -> QStandardItemModel:
    """For each place: ``main(place)`` (its name or path) shown with ``where(place)`` after
    it, then each alias shown as "alias → main(place)" with the same suffix."""
    model = QStandardItemModel()
    for place in places:
        name, suffix = main(place), where(place)
        entries = [(name, f"{name}{suffix}")]
        entries += [(a, f"{a} → {name}{suffix}") for a in place.draft.aliases]
        for typed, shown in entries:
            item = QStandardItem(shown)
            item.setData(typed, COMPLETION_ROLE)
            item.setData(place.id, PLACE_ID_ROLE)
            item.setEditable(False)
            model.appendRow(item)
    return model
