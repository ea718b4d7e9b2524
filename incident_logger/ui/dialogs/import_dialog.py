"""Import a file with a preview first: its rows, its problems, and what would be created."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incident_logger.services.exchange.importer import (
    FORMAT_LABELS,
    Preview,
    import_file,
    preview_file,
)
from incident_logger.services.exchange.problems import ImportReport, Problem
from incident_logger.store.engine import Database
from incident_logger.ui import place_names, words
from incident_logger.ui.dialogs import import_summary
from incident_logger.ui.i18n import number
from incident_logger.ui.messages import error_text, field_name, said
from incident_logger.ui.messages import text as message_text
from incident_logger.ui.tasks import Task, TaskRunner, shared_runner
from incident_logger.ui.words import QT_TRANSLATE_NOOP

PREVIEW_ROWS = 200
SHOWN_PROBLEMS = 1000
COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Line"),
    QT_TRANSLATE_NOOP("ImportDialog", "When"),
    QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    QT_TRANSLATE_NOOP("ImportDialog", "Place"),
    QT_TRANSLATE_NOOP("ImportDialog", "Category"),
    QT_TRANSLATE_NOOP("ImportDialog", "Sources"),
    QT_TRANSLATE_NOOP("ImportDialog", "Problem"),
)


def _alive(owner: QWidget, callback: Callable[..., None]) -> Callable[..., None]:
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


def _preview(db: Database, path: Path, fmt: str) -> Preview:
    return preview_file(db, path, fmt=fmt, rows=PREVIEW_ROWS)


def _import(
    db: Database, path: Path, fmt: str, partial: bool, cancelled: Any, progress: Any
) -> ImportReport:
    return import_file(db, path, fmt=fmt, partial=partial, cancelled=cancelled, progress=progress)


def _problem_text(p: Problem) -> str:
    """A problem's field and words in the interface's language (English where the service
    gave no message code)."""
    said = message_text(p.said)
    return f"{field_name(p.field)}: {said}" if p.field else said


def _listed(where: str, p: Problem) -> str:
    """'line 57 · Start: …' in the problems list."""
    said = message_text(p.said)
    return f"{where} · {field_name(p.field)}: {said}" if p.field else f"{where}: {said}"


class ImportDialog(QDialog):
    """Choose a file, look at the preview and the problems, then import all or the good rows.

    ``imported`` is emitted with the report after a successful import.
    """

    imported = Signal(object)

    def __init__(
        self, db: Database, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._runner = runner
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self._task: Task[Any] | None = None
        self.setWindowTitle(self.tr("Import incidents"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("A CSV or JSON file"))
        self.path_edit.editingFinished.connect(self.analyse)
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self.choose_file)
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(self.tr("File format"))
        self.format_box.addItem(self.tr("Recognise it from the file"), "auto")
        for key, label in FORMAT_LABELS.items():
            self.format_box.addItem(words.word(label), key)
        self.format_box.currentIndexChanged.connect(lambda _i: self.analyse())
        self.all_or_nothing = QRadioButton(self.tr("Import nothing (fix the file first)"), self)
        self.partial = QRadioButton(self.tr("Import the good rows and list the others"), self)
        self.all_or_nothing.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_or_nothing)
        group.addButton(self.partial)
        self.partial.toggled.connect(lambda _on: self._update_buttons())
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        choice = QVBoxLayout()
        choice.addWidget(self.all_or_nothing)
        choice.addWidget(self.partial)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("If some rows have problems:"), choice)
        self.summary = QLabel(self.tr("Choose a file to see what it holds."), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("What the import would do"))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("The first rows of the file"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((50, 130, 240, 210, 110, 140)):  # place: a whole path
            self.table.setColumnWidth(col, width)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._show_line)
        self.save_problems = QPushButton(self.tr("&Save the problems…"), self)
        self.save_problems.clicked.connect(self.save_problem_list)
        self.save_problems.setEnabled(False)
        problems_box = QWidget(self)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_title = QLabel(self.tr("Problems"), self)
        problems_layout.addWidget(self.problems_title)
        problems_layout.addWidget(self.problems, 1)
        problems_layout.addWidget(self.save_problems, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(problems_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(1000, 680)
        self._update_buttons()

    # --- choosing and previewing ----------------------------------------------------------

    @property
    def runner(self) -> TaskRunner:
        return self._runner if self._runner is not None else shared_runner()

    @property
    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    @property
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    @Slot()
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import incidents from"),
            str(self.path.parent if self.path else Path.home()),
            self.tr("Incident files (*.csv *.json);;All files (*)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path, fmt: str | None = None) -> None:
        self.path_edit.setText(str(path))
        if fmt is not None:
            self.format_box.blockSignals(True)
            self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
            self.format_box.blockSignals(False)
        self.analyse()

    @Slot()
    def analyse(self) -> None:
        """Read and check the file in the background; nothing is written."""
        path = self.path
        self.preview = None
        self.report = None
        self._update_buttons()
        if path is None:
            return
        self.summary.setText(self.tr("Reading {name}…").format(name=path.name))
        self.table.setRowCount(0)
        self.problems.clear()
        self._busy(True)
        self.runner.submit(
            _preview,
            self.db,
            path,
            self.fmt,
            on_done=_alive(self, self._show_preview),
            on_error=_alive(self, self._show_error),
            description=self.tr("Checking {name}").format(name=path.name),
        )

    def _show_preview(self, preview: Preview) -> None:
        self._busy(False)
        self.preview = preview
        report = preview.report
        self.summary.setText(self._describe(report))
        self._fill_rows(preview)
        self._fill_problems([*report.problems, *report.warnings, *report.duplicates])
        self._update_buttons()

    def _describe(self, r: ImportReport) -> str:
        parts = [
            self.tr("{name} ({fmt}): {rows} rows.").format(
                name=r.path.name,
                fmt=words.word(FORMAT_LABELS.get(r.format, r.format)),
                rows=number(r.rows),
            ),
            self.tr("{n} ready to import").format(n=number(r.imported)),
        ]
        if r.refused:
            parts.append(self.tr("{n} with problems").format(n=number(r.refused)))
        repeated = sum(1 for d in r.duplicates if d.in_file)
        if repeated:
            parts.append(self.tr("{n} repeating an earlier line").format(n=number(repeated)))
        if len(r.duplicates) > repeated:
            there = len(r.duplicates) - repeated
            parts.append(self.tr("{n} already in the database").format(n=number(there)))
        parts += import_summary.new_records(r)
        if r.count_reports:
            parts.append(self.tr("%Ln count report(s)", "", r.count_reports))
        text = parts[0] + " " + "; ".join(parts[1:]) + "."
        if r.problems and not r.imported and not r.rows:
            text += " " + self.tr("Nothing can be imported from it.")
        elif r.problems:
            text += " " + self.tr("Fix the file and choose it again, or import the good rows only.")
        return text

    def _fill_rows(self, preview: Preview) -> None:
        warn = QBrush(QColor("#c0392b"))
        said: dict[int, list[str]] = {}  # each line's problems in the interface's language
        for found in [*preview.report.problems, *preview.report.duplicates]:
            said.setdefault(found.line, []).append(_problem_text(found))
        self.table.setRowCount(len(preview.rows))
        for row, p in enumerate(preview.rows):
            problem = "; ".join(said.get(p.line, [])) if p.problem else ""
            cells = (
                str(p.line),
                p.when,
                p.title,
                place_names.path(p.place),
                words.category(p.category),
                p.sources,
                problem or p.problem,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if p.problem:
                    item.setForeground(warn)
                    item.setToolTip(problem or p.problem)
                self.table.setItem(row, col, item)

    def _fill_problems(self, problems: list[Problem]) -> None:
        self.problems.clear()
        for p in problems[:SHOWN_PROBLEMS]:
            where = self.tr("line {n}").format(n=p.line) if p.line else self.tr("the file")
            self.problems.addItem(_listed(where, p))
            self.problems.item(self.problems.count() - 1).setData(Qt.ItemDataRole.UserRole, p.line)
        if len(problems) > SHOWN_PROBLEMS:
            self.problems.addItem(
                self.tr("… and {n} more: save the list to see them all.").format(
                    n=number(len(problems) - SHOWN_PROBLEMS)
                )
            )
        self.problems_title.setText(
            self.tr("Problems and notes ({n})").format(n=number(len(problems)))
            if problems
            else self.tr("No problems found.")
        )
        self.save_problems.setEnabled(bool(problems))

    def _show_line(self, item: Any) -> None:
        line = item.data(Qt.ItemDataRole.UserRole)
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.text() == str(line):
                self.table.selectRow(row)
                self.table.scrollToItem(cell)
                return

    def _show_error(self, exc: BaseException) -> None:
        self._busy(False)
        self.summary.setText(error_text(exc))
        self._update_buttons()

    # --- importing ------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self._task is not None or self.progress.isVisible()
        report = self.preview.report if self.preview else None
        ready = bool(
            report and report.imported and (not report.problems or self.partial.isChecked())
        )
        self.import_button.setEnabled(not busy and ready and not self.db.read_only)
        if self.db.read_only:
            self.import_button.setToolTip(said(self.db.read_only_reason))

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setRange(0, 0)
        self._update_buttons()

    @Slot()
    def start_import(self) -> None:
        path = self.path
        if path is None or self.preview is None:
            return
        self._busy(True)
        self.summary.setText(self.tr("Importing {name}…").format(name=path.name))
        self._task = self.runner.submit(
            _import,
            self.db,
            path,
            self.fmt,
            self.partial.isChecked(),
            on_done=_alive(self, self._done),
            on_error=_alive(self, self._import_failed),
            progress=True,
            description=self.tr("Importing {name}").format(name=path.name),
        )
        self._task.progress_changed.connect(self._on_progress)
        self.close_button.setText(self.tr("Cancel"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if text:
            self.summary.setText(text)

    def _done(self, report: ImportReport) -> None:
        self._task = None
        self._busy(False)
        self.report = report
        self.close_button.setText(self.tr("Close"))
        self.summary.setText(import_summary.result(report))
        self._fill_problems([*report.problems, *report.warnings, *report.duplicates])
        if report.written:
            self.preview = None  # importing again would only find duplicates
            self.imported.emit(report)
        self._update_buttons()

    def _import_failed(self, exc: BaseException) -> None:
        self._task = None
        self._busy(False)
        self.close_button.setText(self.tr("Close"))
        self.summary.setText(self.tr("Nothing was imported: {why}").format(why=exc))
        self._update_buttons()

    def reject(self) -> None:
        if self._task is not None:  # Cancel while importing: roll the import back
            self._task.cancel()
            self._task = None
            self._busy(False)
            self.close_button.setText(self.tr("Close"))
            self.summary.setText(self.tr("Import cancelled; nothing was written."))
            return
        super().reject()

    @Slot()
    def save_problem_list(self) -> None:
        report = self.report or (self.preview.report if self.preview else None)
        if report is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the problems"),
            str(report.path.with_name(report.path.stem + "-problems.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return
        with open(name, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["file", "line", "field", "problem"])
            for p in [*report.problems, *report.warnings, *report.duplicates]:
                writer.writerow([p.file, p.line, p.field, p.message])
