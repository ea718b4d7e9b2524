"""A window on a database it may not change (a viewer of a team database, a file opened
read-only) says so: a "Read-only" mark in the status bar, and every action that writes
disabled, its tooltip giving the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from incident_logger.ui.messages import said

if TYPE_CHECKING:
    from incident_logger.ui.main_window import MainWindow

# The window's actions that change the records.
WRITING = (
    "new", "capture", "capture_clipboard", "save", "save_new", "import", "duplicate",
    "delete", "restore", "undo", "redo", "synonyms",
)  # fmt: skip


def mark(window: MainWindow) -> QLabel | None:
    """The status bar's "Read-only" mark (None when the database may be changed)."""
    if not window.db.read_only:
        return None
    label = QLabel(QCoreApplication.translate("MainWindow", "Read-only"), window)
    label.setObjectName("readOnlyMark")
    label.setToolTip(said(window.db.read_only_reason))
    label.setAccessibleName(QCoreApplication.translate("MainWindow", "Read-only database"))
    label.setAccessibleDescription(said(window.db.read_only_reason))
    label.setStyleSheet("QLabel#readOnlyMark { font-weight: 600; padding: 0 6px; }")
    window.statusBar().insertPermanentWidget(0, label)
    window.statusBar().showMessage(said(window.db.read_only_reason), 20_000)
    return label


def disable_writing(window: MainWindow) -> None:
    """Every action that writes off, with the reason as its tooltip (after each update)."""
    if not window.db.read_only:
        return
    reason = said(window.db.read_only_reason)
    for name in WRITING:
        action = window.actions_.get(name)
        if action is not None:
            action.setEnabled(False)
            action.setToolTip(reason)
            action.setStatusTip(reason)
    window.incidents.save_button.setEnabled(False)
    window.incidents.save_button.setToolTip(reason)
