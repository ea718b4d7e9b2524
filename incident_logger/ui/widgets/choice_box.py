"""A combo box offering an enum's values in the interface's words (its data: the stored value)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

E = TypeVar("E", bound=StrEnum)


def choice_box(
    accessible_name: str,
    values: Iterable[E],
    word: Callable[[E], str],
    parent: QWidget | None = None,
) -> QComboBox:
    """A combo of ``values``, each shown as ``word(value)`` with the stored value as its data."""
    box = QComboBox(parent)
    box.setAccessibleName(accessible_name)
    for value in values:
        box.addItem(word(value), value.value)
    return box


def choose(box: QComboBox, value: StrEnum | str) -> None:
    """Make the item whose data is ``value`` the current one."""
    box.setCurrentIndex(box.findData(str(value)))


def chosen(box: QComboBox, kind: type[E]) -> E:
    """The current item's value as a member of ``kind``."""
    return kind(box.currentData())
