"""When the database will not open: say why, and offer a way out that never overwrites it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from incident_logger import paths
from incident_logger.services.backup import BackupError, list_backups
from incident_logger.services.recovery import (
    headline,
    restore_over_damaged,
    suggested_new_path,
)
from incident_logger.store.engine import DatabaseError, inspect_database
from incident_logger.ui import words
from incident_logger.ui.messages import error_text

FILE_FILTER = "Incident Logger databases (*.sqlite3 *.db);;All files (*)"


def _reason(path: Path, error: str | DatabaseError) -> str:
    if isinstance(error, DatabaseError):
        return error.reason
    if path.exists() and path.stat().st_size:
        problem, _ = inspect_database(path, read_only=True)
        if problem is not None:
            return problem.reason
    return "cannot_open"


class RecoveryDialog(QDialog):
    """Restore a backup, open another file, create a new database, or quit.

    ``chosen`` holds the database to open next when the dialog is accepted. Restoring
    moves the damaged file aside under a timestamped name and writes the backup in its
    place, so nothing is ever lost.
    """

    def __init__(
        self, path: Path, error: str | DatabaseError, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.chosen: Path | None = None
        reason = _reason(self.path, error)
        self.setWindowTitle(self.tr("Incident Logger cannot open the database"))
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        self.title = QLabel(words.word(headline(reason)), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel(error if isinstance(error, str) else error_text(error), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(
            self.tr("Nothing has been changed in {name}. Choose how to go on:").format(
                name=self.path.name
            ),
            self,
        )
        self.advice.setWordWrap(True)
        self.backups = QListWidget(self)
        self.backups.setAccessibleName(self.tr("Backups of this database"))
        for b in list_backups(self.path):
            count = (
                ""
                if b.incidents is None
                else self.tr(", %Ln incident(s)", "", b.incidents)
            )
            kind = words.word(b.kind_label)
            item = QListWidgetItem(f"{b.created:%Y-%m-%d %H:%M} · {kind}{count}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.backups.addItem(item)
        self.backups.setCurrentRow(0)
        self.backups.setVisible(self.backups.count() > 0)
        self.backups.itemDoubleClicked.connect(lambda _i: self.restore())
        self.restore_button = QPushButton(
            self.tr("&Restore the selected backup")
            if self.backups.count()
            else self.tr("&Restore a backup…"),
            self,
        )
        self.restore_button.clicked.connect(self.restore)
        self.open_button = QPushButton(self.tr("&Open another file…"), self)
        self.open_button.clicked.connect(self.open_other)
        self.new_button = QPushButton(self.tr("Create a &new database…"), self)
        self.new_button.clicked.connect(self.create_new)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.clicked.connect(self.reject)
        if reason == "too_new":
            self.advice.setText(
                self.tr(
                    "Open it with the newer release of Incident Logger; this one would lose "
                    "what the newer one added. You can also open another file or start a new "
                    "database."
                )
            )
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.message)
        head.addLayout(text, 1)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.open_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.advice)
        layout.addWidget(self.backups)
        layout.addLayout(buttons)
        self.backups.setMaximumHeight(180)
        self.resize(720, 340 if self.backups.count() else 220)

    def _finish(self, path: Path) -> None:
        self.chosen = path
        self.accept()

    def pick_backup(self) -> Path | None:
        item = self.backups.currentItem()
        if item is not None:
            return Path(item.data(Qt.ItemDataRole.UserRole))
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(paths.backup_dir_for(self.path)),
            self.tr(FILE_FILTER),
        )
        return Path(name) if name else None

    def restore(self) -> None:
        backup = self.pick_backup()
        if backup is None:
            return
        try:
            restored = restore_over_damaged(backup, self.path)
        except (BackupError, DatabaseError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Restore a backup"), error_text(exc))
            return
        where = (
            self.tr("The damaged file was kept as {name}.").format(name=restored.moved_aside.name)
            if restored.moved_aside
            else self.tr("The damaged file was left where it is.")
        )
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            self.tr("The backup is now the database at {path}. {where}").format(
                path=restored.path, where=where
            ),
        )
        self._finish(restored.path)

    def open_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(self.path.parent), self.tr(FILE_FILTER)
        )
        if name:
            self._finish(Path(name))

    def create_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new database"),
            str(suggested_new_path(self.path)),
            self.tr(FILE_FILTER),
        )
        if not name:
            return
        target = Path(name)
        if target.absolute() == self.path.absolute() or target.exists():
            QMessageBox.warning(
                self,
                self.tr("Create a new database"),
                self.tr(
                    "{name} already exists; choose a new name so nothing is overwritten."
                ).format(name=target.name),
            )
            return
        self._finish(target)


def recover_database(path: Path, error: str | DatabaseError, parent: QWidget | None) -> Path | None:
    """Ask the user for a way out; returns the database to open next, or None to quit."""
    dialog = RecoveryDialog(Path(path), error, parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
