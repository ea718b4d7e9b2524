"""The arithmetic strip under the lines grid: allocated, unallocated, and an over-total warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from incident_logger.domain.tally import Tally
from incident_logger.ui import icons, theme
from incident_logger.ui.i18n import number


class TallyBar(QWidget):
    """Shows 'Allocated 155 · Unallocated 66 of 221' and a banner when lines exceed the total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allocated_label = QLabel()
        self.remainder_label = QLabel()
        for label in (self.allocated_label, self.remainder_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.allocated_label.setAccessibleName(self.tr("Allocated to regions"))
        self.remainder_label.setAccessibleName(self.tr("Unallocated remainder"))
        font = self.remainder_label.font()
        font.setBold(True)
        self.remainder_label.setFont(font)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setAccessibleName(self.tr("Warning"))
        self._banner_icon = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(self.tr("Lines exceed the stated total"))
        inner = QHBoxLayout(self.banner)
        inner.setContentsMargins(8, 6, 8, 6)
        inner.addWidget(self._banner_icon)
        inner.addWidget(self.warning_label, 1)
        self.banner.hide()

        numbers = QHBoxLayout()
        numbers.setContentsMargins(0, 0, 0, 0)
        numbers.addWidget(self.allocated_label)
        numbers.addWidget(QLabel("·"))
        numbers.addWidget(self.remainder_label)
        numbers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(numbers)
        layout.addWidget(self.banner)

    def refresh_icon(self) -> None:
        """Redraw the warning sign in the current palette (after a theme change)."""
        self._banner_icon.setPixmap(icons.icon("warning", theme.tones().warning).pixmap(18, 18))

    def show_tally(self, tally: Tally) -> None:
        self.allocated_label.setText(self.tr("Allocated: {0}").format(number(tally.allocated)))
        if tally.stated_total is None:
            self.remainder_label.setText(self.tr("No total stated"))
        elif tally.exceeds_total:
            self.remainder_label.setText(self.tr("Unallocated: none"))
        else:
            self.remainder_label.setText(
                self.tr("Unallocated: {0} of {1}").format(
                    number(tally.remainder or 0), number(tally.stated_total)
                )
            )
        self.banner.setVisible(tally.exceeds_total)
        if tally.exceeds_total and tally.stated_total is not None:
            self.refresh_icon()
            self.warning_label.setText(
                self.tr(
                    "The lines add up to {0}, which is {1} more than the stated total of {2}. "
                    "Check the figures; the report can still be saved as the source gave it."
                ).format(number(tally.allocated), number(tally.over_by), number(tally.stated_total))
            )

    def remainder(self) -> str:
        """The remainder as the user reads it (for tests and accessibility)."""
        return self.remainder_label.text()
