"""The window's way into capture: File › New from statement… and Ctrl+Shift+V from the clipboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.changes import Changes
from incident_logger.ui.capture.capture_window import CaptureWindow
from incident_logger.ui.i18n import tr

if TYPE_CHECKING:
    from incident_logger.ui.main_window import MainWindow

MAX_CHARS = 100_000


class PasteDialog(QDialog):
    """Paste or type the statement to read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from statement"))
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Statement"))
        self.text.setPlaceholderText(
            self.tr("Paste a governor's post, a ministry's tally or a news item (ru, uk, en)")
        )
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Read"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The statement:"), self))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)


def open_capture(w: MainWindow, text: str) -> CaptureWindow | None:
    text = text.strip()
    if not text:
        w.show_message(tr("Nothing to read: the statement is empty."))
        return None
    if len(text) > MAX_CHARS:
        w.show_message(tr("The statement is too long to read (at most 100,000 characters)."))
        return None
    window = CaptureWindow(w.db, w.runner, text, w.settings, w)
    window.saved.connect(lambda saved: _after_save(w, saved))
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def _after_save(w: MainWindow, saved: object) -> None:
    reports = len(getattr(saved, "report_ids", ()))
    incidents = len(getattr(saved, "incident_ids", ()))
    w.show_message(
        tr("Saved from the statement: {0} and {1}.").format(
            tr("%Ln count report(s)", "", reports), tr("%Ln incident(s)", "", incidents)
        )
    )
    w.hub.announce(
        Changes(
            incidents=frozenset(getattr(saved, "incident_ids", ())),
            count_reports=frozenset(getattr(saved, "report_ids", ())),
        ),
        saved,
    )


def from_clipboard(w: MainWindow) -> CaptureWindow | None:
    clipboard = QApplication.clipboard()
    return open_capture(w, clipboard.text() if clipboard is not None else "")


def from_dialog(w: MainWindow) -> CaptureWindow | None:
    dialog = PasteDialog(w)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return open_capture(w, dialog.text.toPlainText())
