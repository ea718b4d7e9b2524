"""File > New briefing…: choose what a PDF briefing covers, then make it in the background."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from incident_logger.domain.query import QuerySyntaxError, parse_query
from incident_logger.services.briefing import (
    BriefingCancelled,
    BriefingRequest,
    BriefingResult,
    PeriodError,
    write_briefing,
)
from incident_logger.store.engine import Database
from incident_logger.ui.briefing.count import LiveCount
from incident_logger.ui.briefing.errors import explain_failure, target_problem
from incident_logger.ui.briefing.form import BriefingForm
from incident_logger.ui.briefing.output import reveal_in_folder
from incident_logger.ui.messages import error_text, query_error
from incident_logger.ui.settings import open_settings
from incident_logger.ui.tasks import Task, TaskRunner, alive, shared_runner

log = logging.getLogger(__name__)


def make_briefing(
    db: Database,
    request: BriefingRequest,
    path: Path,
    *,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> BriefingResult:
    """Runs on the worker: write the PDF; a cancel that lands at the very end removes it too."""
    result = write_briefing(db, request, path, progress=progress, cancelled=cancelled)
    if cancelled():
        Path(result.path).unlink(missing_ok=True)
        raise BriefingCancelled("briefing cancelled")
    return result


class BriefingDialog(BriefingForm):
    """Title, marking, period, search and sections of a briefing; Create writes the PDF.

    ``exec()`` returns Accepted when a briefing was written (``self.briefing`` says where).
    """

    def __init__(
        self,
        db: Database,
        query: str,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._settings = settings if settings is not None else open_settings()
        self._build_task: Task[BriefingResult] | None = None
        self._existed_before = False
        self._focus_after_failure: QWidget | None = None
        self.briefing: BriefingResult | None = None
        self._counter = LiveCount(db, self.count_label, self._runner_now, self)
        self._counter.due.connect(self._refresh)
        self.status.cancel_button.clicked.connect(self.cancel)
        self.status.open_button.clicked.connect(self.open_pdf)
        self.status.folder_button.clicked.connect(self.show_in_folder)
        self.create_button.clicked.connect(self.create_briefing)
        self.buttons.rejected.connect(self.reject)
        self._load(query, self._settings)
        self.query_edit.textChanged.connect(lambda _text: self._counter.schedule())
        self.period.changed.connect(lambda: self._counter.schedule())
        self.output.changed.connect(self._output_changed)
        self._refresh()
        self._output_changed()

    # --- state --------------------------------------------------------------------------

    def is_building(self) -> bool:
        return self._build_task is not None

    def _runner_now(self) -> TaskRunner:
        return self._runner or shared_runner()

    # --- validation and the live count -------------------------------------------------------

    def _check_query(self) -> bool:
        text = self.query_edit.text()
        try:
            parse_query(text)
        except QuerySyntaxError as exc:
            where = self.tr("at character {n}").format(n=exc.position + 1)
            self.query_error.setText(f"{query_error(exc)} ({where})")
            self.query_error.show()
            self._fit_later()
            self._mark(self.query_edit, True)
            self.query_edit.setAccessibleDescription(self.query_error.text())
            return False
        self.query_error.hide()
        self._mark(self.query_edit, False)
        self.query_edit.setAccessibleDescription("")
        return True

    def _validate(self) -> bool:
        """Show what is wrong with the search and the period; True when both are usable."""
        query_ok = self._check_query()
        period_problem = self.period.problem()
        self.period_error.set_messages([period_problem] if period_problem else [])
        self._update_buttons()
        return query_ok and not period_problem

    def _refresh(self) -> None:
        """Check the search and period; count what they select on the worker."""
        self._counter.stop()
        if not self._validate():
            self._counter.show_unknown()
            return
        self._counter.count(self.request())

    def _output_changed(self) -> None:
        self.output_error.set_messages([])
        path = self.output.path()
        just_made = self.briefing is not None and path == self.briefing.path
        exists = path is not None and path.is_file() and not just_made
        self.output_note.setText(
            self.tr("{name} already exists; it will be replaced.").format(
                name=path.name if path else ""
            )
        )
        self.output_note.setVisible(exists)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = (
            not self.is_building()
            and self.query_error.isHidden()
            and not self.period.problem()
            and self.output.path() is not None
        )
        self.create_button.setEnabled(ready)

    # --- building ----------------------------------------------------------------------------

    def _ask_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr(
                "{name} already exists in {folder}.\n\nReplace it with the new briefing?"
            ).format(name=path.name, folder=path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def create_briefing(self) -> None:
        """Check everything, then write the briefing on the worker with progress and cancel."""
        if self.is_building():
            return
        if self._counter.pending():
            self._refresh()  # typed just now: check it and bring the count up to date
        if not self._validate() or not self.create_button.isEnabled():
            return
        path = self.output.path()
        problem = target_problem(path)
        if problem or path is None:
            self.output_error.set_messages([problem])
            self.output.edit.setFocus()
            return
        if self.output.needs_replace_question() and not self._ask_replace(path):
            return
        self._remember(path, self._settings)
        self._existed_before = path.exists()
        self.briefing = None
        task = self._runner_now().submit(
            make_briefing,
            self._db,
            self.request(),
            path,
            on_done=alive(self, self._built),
            on_error=alive(self, lambda exc: self._failed(exc, path)),
            progress=True,
            description=self.tr("Briefing {name}").format(name=path.name),
        )
        task.progress_changed.connect(self._progressed)
        task.finished.connect(alive(self, lambda: self._build_ended(task, path)))
        self._build_task = task
        self._set_busy(True)
        self.status.show_progress(self.tr("Reading the incidents…"))
        self.status.cancel_button.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._set_fields_enabled(not busy)
        self.status.cancel_button.setEnabled(busy)
        self._update_buttons()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.status.show_progress(self.tr("Laying out the pages…"), done, max(1, total))

    def cancel(self) -> None:
        """Stop the briefing being made; the worker notices between pages and writes nothing."""
        if self._build_task is None:
            return
        self._build_task.cancel()
        self.status.cancel_button.setEnabled(False)
        self.status.progress_text.setText(self.tr("Cancelling…"))

    def _built(self, result: BriefingResult) -> None:
        self.briefing = result
        self.status.show_saved(result)

    def _failed(self, exc: BaseException, path: Path) -> None:
        if isinstance(exc, QuerySyntaxError):
            self._check_query()
            self.status.show_hint()
            return
        if isinstance(exc, PeriodError):
            self.period_error.set_messages([error_text(exc)])
            self.status.show_hint()
            return
        if not isinstance(exc, OSError):
            log.error("briefing failed", exc_info=exc)  # the log keeps the traceback
        self.status.show_problem(*explain_failure(exc, path))
        self._focus_after_failure = self.output.edit if isinstance(exc, OSError) else None

    def _build_ended(self, task: Task[BriefingResult], path: Path) -> None:
        if self._build_task is not task:
            return
        self._build_task = None
        if task.is_cancelled():
            if not self._existed_before:
                path.unlink(missing_ok=True)  # finished just as Cancel was pressed
            self.status.show_cancelled()
        self._set_busy(False)
        self._output_changed()
        if self.briefing is not None:
            self.status.open_button.setFocus()
        else:
            (self._focus_after_failure or self.create_button).setFocus()
        self._focus_after_failure = None

    # --- after ------------------------------------------------------------------------------

    def open_pdf(self) -> None:
        if self.briefing is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.briefing.path))):
            self.status.show_problem(
                self.tr("No program to open PDF files was found."),
                self.tr("Install a PDF reader, or use Show in folder to find the file."),
            )

    def show_in_folder(self) -> None:
        if self.briefing is None:
            return
        reveal_in_folder(self.briefing.path)

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc or Close while a briefing is being made cancels it first; the dialog stays."""
        if self.is_building():
            self.cancel()
            return
        self._counter.stop()
        if self.briefing is not None:
            super().accept()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_building():
            self.cancel()
            event.ignore()
            return
        self._counter.stop()
        super().closeEvent(event)
