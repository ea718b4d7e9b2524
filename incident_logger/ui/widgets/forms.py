"""The app's one form style: labels right-aligned beside their fields, without colons.

Every form builds its layout with ``form_layout()`` and names its rows with ``add_row()``
(or passes its captions through ``label_text()``), as Qt's QFormLayout does on most desktops
and as the incident editor always has. A caption ends without a colon: "Stated total", not
"Stated total:".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

LABEL_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def label_text(text: str) -> str:
    """A caption in the house style (no trailing colon)."""
    return text.rstrip().removesuffix(":").rstrip()


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A QFormLayout with the house label alignment and fields that take the free width."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setLabelAlignment(LABEL_ALIGNMENT)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def add_row(form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None) -> QLabel:
    """Add ``field`` under a caption whose mnemonic (``&``) focuses ``buddy`` (default: field)."""
    caption = QLabel(label_text(text))
    caption.setBuddy(buddy or field)
    form.addRow(caption, field)
    return caption
