"""Refill a combo box's list without disturbing what the user is typing in it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox


def refill_combo(
    combo: QComboBox, items: Sequence[tuple[str, object]], *, select_none: bool = False
) -> None:
    """Replace the entries of ``combo``. An editable combo keeps its text, cursor and selection;
    no signal fires, so a refresh (a timer, a change made elsewhere) is not mistaken for typing.
    """
    line = combo.lineEdit()
    text = combo.currentText()
    cursor = line.cursorPosition() if line is not None else 0
    start, length = (line.selectionStart(), len(line.selectedText())) if line else (-1, 0)
    blocked = combo.blockSignals(True)
    try:
        combo.clear()
        for label, data in items:
            combo.addItem(label, data)
        if select_none:
            combo.setCurrentIndex(-1)
        if line is not None:
            line.setText(text)
            if start >= 0 and length:
                line.setSelection(start, length)
            else:
                line.setCursorPosition(cursor)
    finally:
        combo.blockSignals(blocked)
