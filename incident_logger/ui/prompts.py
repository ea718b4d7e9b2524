"""Questions the app asks (kept in one place so tests can answer them)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from incident_logger.ui.dialogs.duplicate_dialog import DuplicateChoice
from incident_logger.ui.i18n import tr


class Unsaved(Enum):
    SAVE = 1
    DISCARD = 2
    CANCEL = 3



def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    """Save, discard or stay, for unsaved edits of ``what`` (e.g. "INC-000042")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("{what} has changes that are not saved.").format(what=what))
    box.setInformativeText(tr("Save them before you go on?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def choose_duplicate(
    parent: QWidget | None, candidates: list[Any], has_sources: bool
) -> tuple[DuplicateChoice, int | None]:
    """What to do when a new incident looks like a recorded one: open, corroborate, save."""
    from incident_logger.ui.dialogs.duplicate_dialog import DuplicateDialog

    dialog = DuplicateDialog(candidates, has_sources, parent)
    dialog.exec()
    return dialog.choice, dialog.chosen_id


def ask_restore_draft(parent: QWidget | None, saved_at: str, what: str) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Recover unsaved work?"),
        tr(
            "Incident Logger closed before {what} was saved (last autosave {when}).\n\n"
            "Restore the unsaved form?"
        ).format(what=what, when=saved_at),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_create_database(parent: QWidget | None, path: str) -> bool:
    """Whether to create a new, empty database at ``path`` (which does not exist)."""
    answer = QMessageBox.question(
        parent,
        tr("Create a new database?"),
        tr(
            "There is no database at\n{path}\n\nCreate a new, empty one there? (If the name is "
            "mistyped, choose No and start again with the right one.)"
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_check_result(parent: QWidget | None, ok: bool, text: str, detail: str) -> None:
    """What Tools › Check database found; the detail (SQLite's findings) folds away."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Check database"))
    box.setText(text)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def show_error(parent: QWidget | None, title: str, text: str, advice: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if advice:
        box.setInformativeText(advice)
    box.exec()


def ask_team_password(label: str) -> str | None:
    """The password of a team database (neither ~/.pgpass nor the keyring had it)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        None,
        tr("Team database password"),
        tr(
            "Password for {label}:\n(kept in the system keyring when there is one, "
            "never in a file)"
        ).format(label=label),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None
