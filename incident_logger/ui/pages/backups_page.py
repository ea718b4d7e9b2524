"""The Backups page: the verified copies of this database, "Back up now" and "Restore…"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from incident_logger import paths
from incident_logger.domain.changes import EVERYTHING, Changes
from incident_logger.services.backup import (
    KEEP_DAILY,
    KEEP_WEEKLY,
    BackupInfo,
    backup_now,
    human_size,
    list_backups,
    restore_backup,
    rotate_backups,
)
from incident_logger.store.engine import Database
from incident_logger.ui import words
from incident_logger.ui.i18n import number
from incident_logger.ui.icons import themed
from incident_logger.ui.messages import error_text, said
from incident_logger.ui.tasks import TaskRunner, shared_runner
from incident_logger.ui.widgets.views import style_header

COLUMNS = ("When", "Kind", "Size", "Incidents", "File")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _alive(owner: QWidget, callback: Callable[..., None]) -> Callable[..., None]:
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


def _make_backup(db_path: Path) -> Path:
    made = backup_now(db_path)
    rotate_backups(db_path)
    return made


class BackupsPage(QWidget):
    """Lists this database's backups (newest first); backs up now; restores one.

    A restore first backs up the current state, then copies the backup into the open
    database file, so this window (and any other program) sees it on its next read;
    ``database_replaced`` tells the main window to reload what it shows.
    """

    status_message = Signal(str)
    changes_made = Signal(object)  # Changes: everything, after a backup was restored
    database_replaced = Signal(Path)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._runner: TaskRunner | None = None
        self.backups: list[BackupInfo] = []
        title = QLabel(self.tr("Backups"), self)
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.intro = QLabel(
            self.tr(
                "Incident Logger makes a verified copy of this database when you start it (once "
                "a day) and before every upgrade, and keeps the last {daily} days and {weekly} "
                "weeks. Copies are kept in {folder}."
            ).format(
                daily=KEEP_DAILY, weekly=KEEP_WEEKLY, folder=paths.backup_dir_for(self.db.path)
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("Backups of this database"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        for column in (2, 3):  # sizes and counts: headed on the right like their numbers
            item = self.table.horizontalHeaderItem(column)
            if item is not None:
                item.setTextAlignment(RIGHT)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        style_header(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few rows only
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty = QLabel(self.tr("No backups yet. Press “Back up now” to make the first."))
        self.empty.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        themed(self.backup_button, "mdi6.content-save-all-outline")
        self.backup_button.setToolTip(self.tr("Write a verified copy of the database now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        themed(self.restore_button, "mdi6.backup-restore")
        self.restore_button.setToolTip(
            self.tr("Replace the database with the selected backup (the current state is kept)")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Restore from a &file…"), self)
        self.file_button.clicked.connect(self.restore_from_file)
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        self.folder_button.clicked.connect(self._show_folder)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # the table's room when none
        layout.addWidget(self.status)
        self.refresh()

    def set_runner(self, runner: TaskRunner) -> None:
        self._runner = runner

    @property
    def runner(self) -> TaskRunner:
        return self._runner if self._runner is not None else shared_runner()

    def on_changes(self, changes: Changes, origin: object) -> None:
        """The list of backup files does not depend on the data."""

    def confirm_leave(self, then: Callable[[], object] | None = None) -> bool:
        return True  # nothing is edited here

    def stop_background(self) -> None:
        """A backup or restore in progress finishes with the runner at close."""

    def page_toolbar(self) -> QToolBar | None:
        return None

    @Slot()
    def refresh(self) -> None:
        self.backups = list_backups(self.db.path)
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            incidents = self.tr("unreadable") if b.incidents is None else number(b.incidents)
            cells = (
                b.created.strftime("%Y-%m-%d %H:%M:%S"),
                words.word(b.kind_label),
                human_size(b.size),
                incidents,
                b.path.name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                if col in (2, 3):  # sizes and counts line up on the right
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, col, item)
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if self.backups and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.backups[min(rows)] if rows else None

    def _update_buttons(self, busy: bool = False) -> None:
        writable = not self.db.read_only
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and writable and self.selected() is not None)
        self.file_button.setEnabled(not busy and writable)
        if not writable:
            self.restore_button.setToolTip(said(self.db.read_only_reason))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status_message.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self._say(error_text(exc))
        QMessageBox.warning(self, self.tr("Backups"), error_text(exc))

    @Slot()
    def back_up_now(self) -> None:
        self._update_buttons(busy=True)
        self._say(self.tr("Backing up…"))
        self.runner.submit(
            _make_backup,
            self.db.path,
            on_done=_alive(self, self._backed_up),
            on_error=_alive(self, self._failed),
            description=self.tr("Backing up the database"),
        )

    def _backed_up(self, made: Path) -> None:
        self.refresh()
        self._say(self.tr("Backed up to {file} (verified).").format(file=made.name))

    def confirm_restore(self, what: str) -> bool:
        """Ask before replacing the data (tests answer for the user)."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup?"),
            self.tr(
                "Replace everything in this database with {what}?\n\n"
                "The current state is backed up first, so you can go back to it."
            ).format(what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.db.read_only:
            return
        count = (
            "" if chosen.incidents is None else self.tr(", %Ln incident(s)", "", chosen.incidents)
        )
        what = self.tr("the backup of {when}{count}").format(
            when=chosen.created.strftime("%Y-%m-%d %H:%M"), count=count
        )
        self._restore(chosen.path, what)

    @Slot()
    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(paths.backup_dir_for(self.db.path)),
            self.tr("Incident Logger databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self._restore(Path(name), Path(name).name)

    def _restore(self, backup: Path, what: str) -> None:
        if not self.confirm_restore(what):
            return
        self._update_buttons(busy=True)
        self._say(self.tr("Restoring…"))
        self.runner.submit(
            restore_backup,
            backup,
            self.db.path,
            on_done=_alive(self, self._restored),
            on_error=_alive(self, self._failed),
            description=self.tr("Restoring a backup"),
        )

    def _restored(self, safety: Path | None) -> None:
        self.refresh()
        note = (
            self.tr(" The state before it was saved as {file}: restore that to go back.").format(
                file=safety.name
            )
            if safety
            else ""
        )
        self._say(self.tr("Backup restored.") + note)
        self.database_replaced.emit(self.db.path)
        self.changes_made.emit(EVERYTHING)

    def _show_folder(self) -> None:
        folder = paths.backup_dir_for(self.db.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
