"""File > New briefing…: choose what a PDF briefing covers, then make it in the background."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QProcess, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.query import QuerySyntaxError, parse_query
from incident_logger.services.briefing import (
    BriefingCancelled,
    BriefingRequest,
    BriefingResult,
    write_briefing,
)
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database
from incident_logger.ui.dialogs.briefing_options import (
    OutputPicker,
    PeriodEdit,
    SectionChoice,
    StatusStrip,
    counting_query,
    documents_folder,
    explain_failure,
    free_name,
    lift_period,
    target_problem,
)
from incident_logger.ui.icons import icon
from incident_logger.ui.pages.counts_form import ErrorLabel, alive, with_error
from incident_logger.ui.settings import open_settings, read_str
from incident_logger.ui.tasks import Task, TaskRunner, shared_runner

log = logging.getLogger(__name__)
DEBOUNCE_MS = 250
_KEY = "briefing/"


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


class BriefingDialog(QDialog):
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
        self.setWindowTitle(self.tr("New briefing"))
        self.setWindowIcon(icon("briefing"))
        self._db = db
        self._runner = runner
        self._settings = settings if settings is not None else open_settings()
        self._count_task: Task[int] | None = None
        self._build_task: Task[BriefingResult] | None = None
        self._existed_before = False
        self._focus_after_failure: QWidget | None = None
        self.briefing: BriefingResult | None = None
        self._build_widgets()
        self._build_layout()
        self._load(query)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(DEBOUNCE_MS)
        self._count_timer.timeout.connect(self._refresh)
        self.query_edit.textChanged.connect(lambda _text: self._count_timer.start())
        self.period.changed.connect(lambda: self._count_timer.start())
        self.output.changed.connect(self._output_changed)
        self._refresh()
        self._output_changed()

    # --- widgets --------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_widgets(self) -> None:
        self.title_edit = self._line(self.tr("Briefing title"))
        self.marking_edit = self._line(
            self.tr("Marking"), self.tr("Printed on every page, e.g. For internal use")
        )
        self.author_edit = self._line(self.tr("Author"), self.tr("Optional"))
        self.query_edit = self._line(
            self.tr("Search"), self.tr("All incidents — or e.g. region:Калуга has:damage")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query_error = QLabel(self)
        self.query_error.setObjectName("queryError")
        self.query_error.setAccessibleName(self.tr("Search error"))
        self.query_error.setWordWrap(True)
        self.query_error.setTextFormat(Qt.TextFormat.PlainText)
        self.query_error.hide()
        self.period = PeriodEdit(self)
        self.period_error = ErrorLabel(None, self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        self.count_label.setAccessibleName(self.tr("Incidents covered"))
        self.sections = SectionChoice(self)
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(self.tr("US Letter (8.5 × 11 in)"), "Letter")
        self.output = OutputPicker(self)
        self.output_error = ErrorLabel(self.output.edit, self)
        self.output_note = QLabel(self)
        self.output_note.setObjectName("muted")
        self.output_note.setWordWrap(True)
        self.output_note.hide()
        self.status = StatusStrip(self)
        self.status.currentChanged.connect(self._fit_later)
        self.status.cancel_button.clicked.connect(self.cancel)
        self.status.open_button.clicked.connect(self.open_pdf)
        self.status.folder_button.clicked.connect(self.show_in_folder)
        self.create_button = QPushButton(icon("briefing"), self.tr("C&reate briefing"), self)
        self.create_button.setAccessibleName(self.tr("Create briefing"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_briefing)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

    def _form(self, layout: QVBoxLayout, heading: str) -> QFormLayout:
        if layout.count():
            layout.addSpacing(6)
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            layout.addWidget(line)
        title = QLabel(heading, self)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(7)
        layout.addLayout(form)
        return form

    def _row(
        self, form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None
    ) -> QLabel:
        label = QLabel(text, self)
        if buddy is not None:
            label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, field)
        self._labels.append(label)
        return label

    def _stacked(self, *widgets: QWidget) -> QWidget:
        """A field with its messages underneath, as one form row."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        for widget in widgets:
            column.addWidget(widget)
        box.setFocusProxy(widgets[0])
        return box

    def _build_layout(self) -> None:
        self._labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        form = self._form(layout, self.tr("Title page"))
        self._row(form, self.tr("&Title"), self.title_edit, self.title_edit)
        self._row(form, self.tr("&Marking"), self.marking_edit, self.marking_edit)
        self._row(form, self.tr("&Author"), self.author_edit, self.author_edit)
        form = self._form(layout, self.tr("Incidents"))
        query_box = self._stacked(self.query_edit, self.query_error)
        self._row(form, self.tr("&Search"), query_box, self.query_edit)
        self._row(form, self.tr("Period"), with_error(self.period, self.period_error), self.period)
        self._row(form, self.tr("Covers"), self.count_label)
        form = self._form(layout, self.tr("Contents"))
        label = self._row(form, self.tr("Sections"), self.sections)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        first = self.sections.boxes["key_figures"].sizeHint().height()
        label.setContentsMargins(0, max(0, (first - label.sizeHint().height()) // 2), 0, 0)
        self._row(form, self.tr("&Paper"), self.paper, self.paper)
        self.paper.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = self._form(layout, self.tr("Save as"))
        output_box = self._stacked(self.output, self.output_error, self.output_note)
        self._row(form, self.tr("Fi&le"), output_box, self.output.edit)
        # One label column across the four forms, so the fields line up.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
        layout.addSpacing(10)
        layout.addWidget(self.status)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._tab_order()

    def _tab_order(self) -> None:
        """Top to bottom, as the form reads (rows built in containers would otherwise trail)."""
        p, st = self.period, self.status
        chain: list[QWidget] = [
            self.title_edit,
            self.marking_edit,
            self.author_edit,
            self.query_edit,
            p.from_check,
            p.from_date,
            p.to_check,
            p.to_date,
            *self.sections.boxes.values(),
            self.paper,
            self.output.edit,
            self.output.button,
            st.cancel_button,
            st.open_button,
            st.folder_button,
            self.create_button,
            *(b for b in self.buttons.buttons() if b is not self.create_button),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fit_later(self, *_args: object) -> None:
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """Grow to show a taller message rather than squeeze the form; never shrink."""
        layout = self.layout()
        wanted = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        wanted = max(wanted, self.sizeHint().height())
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    # --- state --------------------------------------------------------------------------

    def _load(self, query: str) -> None:
        rest, start, end = lift_period(query)
        self.query_edit.setText(rest)
        self.period.set_bounds(start, end)
        self.title_edit.setText(self.tr("Incident briefing"))
        s = self._settings
        self.marking_edit.setText(read_str(s, _KEY + "marking", self.tr("For internal use")))
        self.author_edit.setText(read_str(s, _KEY + "author"))
        imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        paper = read_str(s, _KEY + "paper", "Letter" if imperial else "A4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.sections.from_setting(read_str(s, _KEY + "left_out"))
        folder = Path(read_str(s, _KEY + "folder") or documents_folder())
        if not folder.is_dir():
            folder = documents_folder()
        self.output.set_path(free_name(folder, QDate.currentDate()))

    def _remember(self, path: Path) -> None:
        s = self._settings
        s.setValue(_KEY + "marking", self.marking_edit.text())
        s.setValue(_KEY + "author", self.author_edit.text())
        s.setValue(_KEY + "paper", self.paper.currentData())
        s.setValue(_KEY + "left_out", self.sections.to_setting())
        s.setValue(_KEY + "folder", str(path.parent))
        s.sync()

    def request(self) -> BriefingRequest:
        start, end = self.period.bounds()
        return BriefingRequest(
            query=self.query_edit.text(),
            period_start=start,
            period_end=end,
            title=self.title_edit.text(),
            marking=self.marking_edit.text(),
            author=self.author_edit.text(),
            sections=self.sections.sections(),
            paper="Letter" if self.paper.currentData() == "Letter" else "A4",
        )

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
            self.query_error.setText(f"{exc.message} ({where})")
            self.query_error.show()
            self._fit_later()
            self._mark(self.query_edit, True)
            self.query_edit.setAccessibleDescription(self.query_error.text())
            return False
        self.query_error.hide()
        self._mark(self.query_edit, False)
        self.query_edit.setAccessibleDescription("")
        return True

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) != invalid:
            widget.setProperty("invalid", invalid)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _validate(self) -> bool:
        """Show what is wrong with the search and the period; True when both are usable."""
        query_ok = self._check_query()
        period_problem = self.period.problem()
        self.period_error.show_messages([period_problem] if period_problem else [])
        self._update_buttons()
        return query_ok and not period_problem

    def _refresh(self) -> None:
        """Check the search and period; count what they select on the worker."""
        self._count_timer.stop()
        if self._count_task is not None:
            self._count_task.cancel()
            self._count_task = None
        if not self._validate():
            self.count_label.setText(self.tr("—"))
            return
        self.count_label.setText(self.tr("Counting…"))
        start, end = self.period.bounds()
        self._count_task = self._runner_now().submit(
            count_incidents,
            self._db,
            counting_query(self.query_edit.text(), start, end),
            on_done=alive(self, self._counted),
            on_error=alive(self, self._count_failed),
            description="briefing count",
        )

    def _counted(self, n: int) -> None:
        self._count_task = None
        if n == 0:
            text = self.tr("No incidents match: the briefing would only have its title page.")
        elif n == 1:
            text = self.tr("1 incident")
        else:
            text = self.tr("{n} incidents").format(n=QLocale().toString(n))
        self.count_label.setText(text)

    def _count_failed(self, exc: BaseException) -> None:
        self._count_task = None
        log.warning("briefing count failed", exc_info=exc)
        self.count_label.setText(
            self.tr("Could not count the incidents ({what}).").format(what=type(exc).__name__)
        )

    def _output_changed(self) -> None:
        self.output_error.show_messages([])
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
        if self._count_timer.isActive():
            self._refresh()  # typed just now: check it and bring the count up to date
        if not self._validate() or not self.create_button.isEnabled():
            return
        path = self.output.path()
        problem = target_problem(path)
        if problem or path is None:
            self.output_error.show_messages([problem])
            self.output.edit.setFocus()
            return
        if self.output.needs_replace_question() and not self._ask_replace(path):
            return
        self._remember(path)
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
        for widget in (
            self.title_edit,
            self.marking_edit,
            self.author_edit,
            self.query_edit,
            self.period,
            self.sections,
            self.paper,
            self.output,
        ):
            widget.setEnabled(not busy)
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
        if result.pages == 1:
            pages = self.tr("1 page")
        else:
            pages = self.tr("{n} pages").format(n=result.pages)
        self.status.show_done(
            self.tr("Briefing saved ({pages})").format(pages=pages),
            str(result.path),
            self.tr("Fingerprint {fp} (printed on every page)").format(fp=result.fingerprint[:12]),
        )

    def _failed(self, exc: BaseException, path: Path) -> None:
        if isinstance(exc, QuerySyntaxError):
            self._check_query()
            self.status.show_hint()
            return
        if isinstance(exc, ValueError) and "period" in str(exc):
            self.period_error.show_messages([str(exc)])
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
            self.status.show_problem(
                self.tr("Cancelled. No briefing was written."),
                self.tr("Your settings are kept: press Create briefing to start again."),
                "info",
            )
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
        path = self.briefing.path
        if sys.platform == "win32":
            QProcess.startDetached("explorer", ["/select,", str(path)])
        elif sys.platform == "darwin":
            QProcess.startDetached("open", ["-R", str(path)])
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc or Close while a briefing is being made cancels it first; the dialog stays."""
        if self.is_building():
            self.cancel()
            return
        self._stop_counting()
        if self.briefing is not None:
            super().accept()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_building():
            self.cancel()
            event.ignore()
            return
        self._stop_counting()
        super().closeEvent(event)

    def _stop_counting(self) -> None:
        self._count_timer.stop()
        if self._count_task is not None:
            self._count_task.cancel()
            self._count_task = None
