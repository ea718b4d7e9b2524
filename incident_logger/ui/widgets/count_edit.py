"""A number that may be *not stated*: a spin box whose lowest value reads "not stated"."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

NOT_STATED = -1


class CountEdit(QSpinBox):
    """``value_or_none()`` is None for "not stated" and a number (0 included) otherwise."""

    def __init__(self, parent: QWidget | None = None, maximum: int = 1_000_000) -> None:
        super().__init__(parent)
        self.setRange(NOT_STATED, maximum)
        self.setSpecialValueText(self.tr("not stated"))
        self.setValue(NOT_STATED)
        self.setAccelerated(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("not stated")) + 40)
        self.setToolTip(
            self.tr("“not stated” when the report does not say; 0 when it says nobody was hurt")
        )

    def value_or_none(self) -> int | None:
        value = self.value()
        return None if value == NOT_STATED else value

    def set_value_or_none(self, value: int | None) -> None:
        self.setValue(NOT_STATED if value is None else value)
