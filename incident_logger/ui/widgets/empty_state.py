"""A centred icon, title and hint shown over an empty list ("No incidents yet — press Ctrl+N")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from incident_logger.ui.icons import icon


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None, icon_name: str = "empty") -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._icon_name = icon_name
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self)
        self.hint.setObjectName("emptyHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self._icon)
        layout.addSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addStretch(3)
        self.refresh_icon()

    def set_text(self, title: str, hint: str = "", icon_name: str | None = None) -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if icon_name:
            self._icon_name = icon_name
        self.refresh_icon()

    def refresh_icon(self) -> None:
        self._icon.setPixmap(icon(self._icon_name).pixmap(48, 48))
