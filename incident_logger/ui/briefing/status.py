"""The strip above the briefing dialog's buttons: a hint, progress, the result or a problem."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from incident_logger.services.briefing import BriefingResult
from incident_logger.ui.icons import icon
from incident_logger.ui.theme import tones


class StatusStrip(QStackedWidget):
    """A hint, then the progress with Cancel, then the result with Open, or what went wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(
            self.tr("The PDF embeds its fonts and can be sent to anyone; the app is not needed."),
            self,
        )
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.addWidget(self.hint)

        self.progress_page = QWidget(self)
        self.progress_text = QLabel(self.progress_page)
        self.progress_bar = QProgressBar(self.progress_page)
        self.progress_bar.setAccessibleName(self.tr("Briefing progress"))
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(icon("cancel"), self.tr("Ca&ncel"), self.progress_page)
        self.cancel_button.setAccessibleName(self.tr("Cancel the briefing"))
        bar = QHBoxLayout()
        bar.addWidget(self.progress_bar, 1)
        bar.addWidget(self.cancel_button)
        column = QVBoxLayout(self.progress_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.progress_text)
        column.addLayout(bar)
        self.addWidget(self.progress_page)

        self.done_page = QWidget(self)
        self.done_icon = QLabel(self.done_page)
        self.done_title = QLabel(self.done_page)
        self.done_title.setObjectName("sectionTitle")
        self.done_detail = self._plain(self.done_page, muted=True)
        self.done_detail.setWordWrap(False)
        self.open_button = QPushButton(icon("briefing"), self.tr("Open P&DF"), self.done_page)
        self.open_button.setAccessibleName(self.tr("Open the PDF"))
        self.folder_button = QPushButton(
            icon("mdi6.folder-open-outline"), self.tr("Show in fold&er"), self.done_page
        )
        self.folder_button.setAccessibleName(self.tr("Show the PDF in its folder"))
        self._lay_out(self.done_page, self.done_icon, self.done_title, self.done_detail, 0)
        row = self.done_page.layout()
        assert isinstance(row, QHBoxLayout)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.addWidget(self.done_page)

        self.problem_page = QFrame(self)
        self.problem_page.setObjectName("banner")
        self.problem_icon = QLabel(self.problem_page)
        self.problem_text = self._plain(self.problem_page)
        self.problem_text.setAccessibleName(self.tr("Problem"))
        self.problem_text.setObjectName("sectionTitle")
        self.problem_advice = self._plain(self.problem_page)
        self._lay_out(
            self.problem_page, self.problem_icon, self.problem_text, self.problem_advice, 10
        )
        self.addWidget(self.problem_page)

    @staticmethod
    def _plain(parent: QWidget, muted: bool = False) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if muted:
            label.setObjectName("muted")
        return label

    @staticmethod
    def _lay_out(page: QWidget, mark: QLabel, first: QLabel, second: QLabel, pad: int) -> None:
        texts = QVBoxLayout()
        texts.setSpacing(3)
        texts.addWidget(first)
        texts.addWidget(second)
        texts.addStretch(1)
        row = QHBoxLayout(page)
        row.setContentsMargins(pad, pad - 2 if pad else 0, pad, pad - 2 if pad else 0)
        row.setSpacing(10)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)

    def show_hint(self) -> None:
        self.setCurrentWidget(self.hint)

    def show_progress(self, text: str, done: int = 0, total: int = 0) -> None:
        """``total`` 0 shows a busy bar (reading the data has no measurable steps)."""
        self.progress_text.setText(text)
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.setCurrentWidget(self.progress_page)

    def show_done(self, title: str, path: str, tip: str = "") -> None:
        """``path`` is elided in the middle so a deep folder never widens the dialog."""
        self.done_icon.setPixmap(icon("check", tones().success).pixmap(22, 22))
        self.done_title.setText(title)
        budget = max(200, self.width() - 320)
        metrics = self.done_detail.fontMetrics()
        self.done_detail.setText(metrics.elidedText(path, Qt.TextElideMode.ElideMiddle, budget))
        self.done_page.setToolTip("\n".join(t for t in (path, tip) if t))
        self.setCurrentWidget(self.done_page)

    def show_saved(self, result: BriefingResult) -> None:
        pages = self.tr("%Ln page(s)", "", result.pages)
        self.show_done(
            self.tr("Briefing saved ({pages})").format(pages=pages),
            str(result.path),
            self.tr("Fingerprint {fp} (printed on every page)").format(fp=result.fingerprint[:12]),
        )

    def show_cancelled(self) -> None:
        self.show_problem(
            self.tr("Cancelled. No briefing was written."),
            self.tr("Your settings are kept: press Create briefing to start again."),
            "info",
        )

    def show_problem(self, headline: str, advice: str, icon_name: str = "error") -> None:
        colour = tones().error if icon_name == "error" else None
        self.problem_icon.setPixmap(icon(icon_name, colour).pixmap(22, 22))
        self.problem_text.setText(headline)
        self.problem_advice.setText(advice)
        self.setCurrentWidget(self.problem_page)
