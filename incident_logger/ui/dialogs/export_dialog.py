"""Export the incidents of the current search (or all) as JSON, CSV, GeoJSON or ACLED CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from incident_logger.services.exchange.exporter import (
    FORMAT_LABELS,
    FORMATS,
    ExportReport,
    export_file,
)
from incident_logger.services.search import QuerySyntaxError, count_incidents
from incident_logger.store.engine import Database
from incident_logger.ui import words
from incident_logger.ui.i18n import number
from incident_logger.ui.messages import error_text
from incident_logger.ui.tasks import TaskRunner, shared_runner

SUFFIX = {"json": ".json", "csv": ".csv", "geojson": ".geojson", "acled": ".csv"}


def _alive(owner: QWidget, callback: Callable[..., None]) -> Callable[..., None]:
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


def _export(
    db: Database, path: Path, fmt: str, query: str, history: bool, progress: Any
) -> ExportReport:
    return export_file(db, path, fmt=fmt, query=query, with_history=history, progress=progress)


class ExportDialog(QDialog):
    """Choose a format and a file; the file appears only when it is complete."""

    def __init__(
        self,
        db: Database,
        query: str = "",
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.query = query.strip()
        self._runner = runner
        self.report: ExportReport | None = None
        self.setWindowTitle(self.tr("Export incidents"))
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.what.setAccessibleName(self.tr("What will be exported"))
        self.format_buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        formats = QVBoxLayout()
        for key in FORMATS:
            button = QRadioButton(words.word(FORMAT_LABELS[key]), self)
            button.toggled.connect(partial(self._format_toggled, key))
            group.addButton(button)
            formats.addWidget(button)
            self.format_buttons[key] = button
        self.history = QCheckBox(self.tr("Include the change history"), self)
        formats.addWidget(self.history)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Save as:"), self))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(formats)
        layout.addLayout(file_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, 340)
        self._describe()
        self.format_buttons["csv"].setChecked(True)

    @property
    def runner(self) -> TaskRunner:
        return self._runner if self._runner is not None else shared_runner()

    def _describe(self) -> None:
        try:
            n = count_incidents(self.db, self.query)
        except QuerySyntaxError as exc:
            self.what.setText(self.tr("The search cannot be read: {why}").format(why=exc))
            self.export_button.setEnabled(False)
            return
        what = self.tr("%Ln incident(s)", "", n)
        if self.query:
            self.what.setText(
                self.tr("Export {what} matching “{query}”.").format(what=what, query=self.query)
            )
        else:
            self.what.setText(self.tr("Export all {what}.").format(what=what))

    @property
    def fmt(self) -> str:
        return next(k for k, b in self.format_buttons.items() if b.isChecked())

    def _format_toggled(self, key: str, on: bool) -> None:
        if on:
            self._format_chosen(key)

    def _format_chosen(self, key: str) -> None:
        self.history.setEnabled(key == "json")
        if key != "json":
            self.history.setChecked(False)
        current = self.path_edit.text().strip()
        if not current:
            folder = Path.home() / "Documents"
            folder = folder if folder.is_dir() else Path.home()
            stem = f"incidents-{date.today():%Y-%m-%d}" + ("-acled" if key == "acled" else "")
            self.path_edit.setText(str(folder / (stem + SUFFIX[key])))
        else:
            path = Path(current)
            stem = path.stem.removesuffix("-acled") + ("-acled" if key == "acled" else "")
            self.path_edit.setText(str(path.with_name(stem + SUFFIX[key])))

    @Slot()
    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), self.tr("All files (*)")
        )
        if name:
            self.path_edit.setText(name)

    @Slot()
    def start_export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Give a file name to write to."))
            return
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        task = self.runner.submit(
            _export,
            self.db,
            Path(text).expanduser(),
            self.fmt,
            self.query,
            self.history.isChecked(),
            on_done=_alive(self, self._done),
            on_error=_alive(self, self._failed),
            progress=True,
            description=self.tr("Exporting incidents"),
        )
        task.progress_changed.connect(self._on_progress)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self, report: ExportReport) -> None:
        self.report = report
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(self._summary(report))

    def _summary(self, report: ExportReport) -> str:
        """What was written, in the interface's language (report.summary() is the CLI's)."""
        seconds = QLocale().toString(report.seconds, "f", 1)
        if report.format == "geojson" and report.incidents != report.matched:
            return self.tr(
                "Exported %Ln incident(s) (of {matched}; the others have no coordinates) to "
                "{path} in {seconds} s.",
                "",
                report.incidents,
            ).format(matched=number(report.matched), path=report.path, seconds=seconds)
        return self.tr(
            "Exported %Ln incident(s) to {path} in {seconds} s.", "", report.incidents
        ).format(path=report.path, seconds=seconds)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText(error_text(exc))
