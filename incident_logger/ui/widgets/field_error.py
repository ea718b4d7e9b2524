"""A red message under a field, and marking a field invalid for the theme's red border."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag a field for the theme's red border (``[invalid="true"]``)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class FieldErrorLabel(QLabel):
    """A short message under a field, styled by the theme; hidden while there is none.

    With a ``field``, setting messages also marks that field invalid and gives it the message
    as its accessible description (screen readers read it with the field).
    """

    def __init__(self, parent: QWidget | None = None, field: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self._field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def set_messages(self, messages: Iterable[str]) -> None:
        text = "\n".join(m[:1].upper() + m[1:] for m in messages if m)
        self.setText(text)
        self.setVisible(bool(text))
        if self._field is not None:
            mark_invalid(self._field, bool(text))
            self._field.setAccessibleDescription(text)


def with_error(field: QWidget, error: FieldErrorLabel) -> QWidget:
    """A field with its error label underneath, for one row of a QFormLayout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box
