"""The Regional counts page: report list, report editor, and totals per region by source."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.changes import Changes
from incident_logger.domain.errors import ConflictError, NotFoundError, ValidationError
from incident_logger.domain.messages import msg
from incident_logger.domain.models import CountReport, CountReportDraft
from incident_logger.services import record_edits
from incident_logger.services.counts import (
    CountReportSummary,
    as_stored,
    get_count_report,
    list_count_reports,
)
from incident_logger.services.place_match import lemma_index
from incident_logger.services.places import list_places
from incident_logger.services.record_edits import Written
from incident_logger.services.sources import list_sources
from incident_logger.store.engine import Database
from incident_logger.ui import prompts
from incident_logger.ui.counts.editor import CountReportEditor
from incident_logger.ui.counts.list_model import REPORT_ID_ROLE, CountReportListModel
from incident_logger.ui.counts.place_index import PlaceIndex
from incident_logger.ui.counts.search_box import CountSearchBox
from incident_logger.ui.counts.totals_view import RegionTotalsView
from incident_logger.ui.dialogs import conflict_dialog
from incident_logger.ui.dialogs.conflict_dialog import ConflictChoice, fields_of
from incident_logger.ui.messages import error_text
from incident_logger.ui.messages import text as message_text
from incident_logger.ui.tasks import Task, TaskRunner, alive, shared_runner
from incident_logger.ui.widgets.actions import make_action, unfocusable_buttons
from incident_logger.ui.widgets.empty_state import EmptyState
from incident_logger.ui.widgets.form_writes import FormWrites
from incident_logger.ui.widgets.views import size_columns, style_header


class CountsPage(QWidget):
    """Enter a ministry's tally or a governor's figure and compare what sources said."""

    status_message = Signal(str)
    changes_made = Signal(object)  # Changes: a count report saved, deleted or restored
    reports_loaded = Signal(int)  # number of rows now in the list
    edits = record_edits.COUNT_REPORTS

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner: TaskRunner | None = None
        self._load_task: Task[Any] | None = None
        self._trash = False
        self._query = ""
        self._wanted_id: int | None = None
        self.model = CountReportListModel(self)
        self.editor = CountReportEditor()
        self.totals = RegionTotalsView(db)
        self._build()
        self.editor.set_choices(list_sources(db), PlaceIndex(list_places(db), lemma_index(db)))
        # The list loads on the next turn of the event loop, after a host's set_runner().
        QTimer.singleShot(0, self._first_load)

    def _first_load(self) -> None:
        if self._load_task is None and self.model.rowCount() == 0:
            self._load_list(None)

    # --- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.new_action = make_action(
            self,
            self.tr("New report"),
            "new",
            QKeySequence.StandardKey.New,
            self.tr("New count report"),
        )
        self.save_action = make_action(
            self, self.tr("Save"), "save", QKeySequence.StandardKey.Save, self.tr("Save the report")
        )
        self.restore_action = make_action(
            self, self.tr("Restore"), "restore", None, self.tr("Take the report out of the trash")
        )
        self.trash_action = make_action(
            self, self.tr("Trash"), "trash", None, self.tr("Show count reports in the trash")
        )
        self.trash_action.setCheckable(True)
        self.refresh_action = make_action(
            self, self.tr("Refresh"), "refresh", QKeySequence.StandardKey.Refresh
        )
        self.list_view = QTableView()
        self.delete_action = make_action(
            self.list_view,
            self.tr("Delete"),
            "delete",
            QKeySequence.StandardKey.Delete,
            self.tr("Move the report to the trash"),
        )
        self.addAction(self.delete_action)
        self.new_action.triggered.connect(self.new_report)
        self.save_action.triggered.connect(lambda: self.save())
        self.delete_action.triggered.connect(self.delete_selected)
        self.restore_action.triggered.connect(self.restore_selected)
        self.trash_action.toggled.connect(self.show_trash)
        self.refresh_action.triggered.connect(self.refresh)

        self.toolbar = toolbar = QToolBar(self.tr("Count reports"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.save_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.trash_action, self.restore_action, self.refresh_action):
            toolbar.addAction(action)
        unfocusable_buttons(toolbar)

        self.list_view.setAccessibleName(self.tr("Count reports"))
        self.list_view.setModel(self.model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setTabKeyNavigation(False)  # Tab leaves the list for the form
        self.list_view.setWordWrap(False)
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.list_view.horizontalHeader()
        style_header(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = self.fontMetrics().averageCharWidth()
        widths = (16, 28, 5, 17, 6, 8, 10, 24)
        size_columns(header, {column: char * n + 16 for column, n in enumerate(widths)})
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.empty = EmptyState()
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.empty)
        self.search = CountSearchBox()
        self.search.query_changed.connect(self.set_query)
        self.find_action = make_action(
            self, self.tr("Find"), "search", QKeySequence.StandardKey.Find, self.tr("Search")
        )
        self.find_action.triggered.connect(self.focus_search)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("countsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 400])

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("&Reports"))
        self.tabs.addTab(self.totals, self.tr("Totals by re&gion"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.list_view)
        QWidget.setTabOrder(self.search.edit, self.list_view)
        QWidget.setTabOrder(self.list_view, self.editor.source)

        self.writes = FormWrites(self.editor, self)
        self.writes.busy_changed.connect(self._update_actions)
        self.editor.save_requested.connect(lambda: self.save())
        self.editor.cancel_requested.connect(self.cancel_edits)
        self.editor.dirty_changed.connect(self._update_actions)
        self.totals.status_message.connect(self.status_message)
        self._update_actions()

    # --- public API ----------------------------------------------------------------

    def set_runner(self, runner: TaskRunner) -> None:
        """Use the application's runner for background work (default: the shared one)."""
        self._runner = runner
        self.totals.set_runner(runner)
        self.writes.set_runner(runner)

    def is_saving(self) -> bool:
        return self.writes.is_busy()

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def confirm_leave(self, then: Callable[[], object] | None = None) -> bool:
        """True when it is fine to leave now (nothing typed, or edits discarded). When the
        user chooses Save, the save starts on the runner and ``then`` runs once it succeeded."""
        if self.writes.is_busy():
            self.status_message.emit(self.tr("Saving…"))
            return False
        if not self.editor.is_dirty():
            return True
        answer = prompts.ask_unsaved(self, self.tr("The count report"))
        if answer is prompts.Unsaved.SAVE:
            self.save(then)
            return False
        if answer is prompts.Unsaved.DISCARD:
            self.cancel_edits()
            return True
        return False

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Reports, and the places and sources they name; read when shown if hidden now."""
        touched = changes.touches_count_reports or changes.touches_places
        if origin is not self and (touched or changes.touches_sources) and self.isVisible():
            self.refresh()

    def stop_background(self) -> None:
        """Nothing of this page outlives it (its tasks end with the runner)."""

    def page_toolbar(self) -> QToolBar | None:
        return self.toolbar

    def refresh(self) -> None:
        """Reload sources, places, the list and (when shown) the totals; keeps typed edits."""
        places = PlaceIndex(list_places(self._db), lemma_index(self._db))
        self.editor.set_choices(list_sources(self._db), places)
        self._load_list(self.editor.report_id)
        if self.tabs.currentWidget() is self.totals:
            self.totals.recompute()

    def selected_id(self) -> int | None:
        rows = self.list_view.selectionModel().selectedRows(0)
        value = rows[0].data(REPORT_ID_ROLE) if rows else None
        return int(value) if value is not None else None

    def is_loading(self) -> bool:
        return self._load_task is not None

    # --- list ----------------------------------------------------------------------

    def _load_list(self, select_id: int | None) -> None:
        self._wanted_id = select_id
        if self._load_task is not None:
            self._load_task.cancel()
        runner = self._runner or shared_runner()
        self._load_task = runner.submit(
            partial(list_count_reports, self._db, deleted=self._trash, query=self._query),
            on_done=alive(self, self._show_list),
            on_error=alive(self, self._load_failed),
            description="count reports",
        )

    def _show_list(self, reports: list[CountReportSummary]) -> None:
        self._load_task = None
        model = self.list_view.selectionModel()
        model.blockSignals(True)
        self.model.set_reports(reports)
        row = self.model.row_of(self._wanted_id) if self._wanted_id is not None else -1
        if row >= 0:
            model.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list_view.scrollTo(self.model.index(row, 0))
        model.blockSignals(False)
        if not self._trash:
            self.totals.follow_reports(reports)
        self._show_empty_state(len(reports))
        self._update_actions()
        self.status_message.emit(self._count_text(len(reports)))
        self.reports_loaded.emit(len(reports))

    def _load_failed(self, exc: BaseException) -> None:
        self._load_task = None
        self.status_message.emit(self.tr("Could not load the count reports: {0}").format(exc))

    def _count_text(self, n: int) -> str:
        if self._query:
            where = self.tr(" in the trash") if self._trash else ""
            return self.tr("%Ln count report(s) match the search{0}", "", n).format(where)
        if self._trash:
            return self.tr("%Ln count report(s) in the trash", "", n)
        return self.tr("%Ln count report(s)", "", n)

    def set_query(self, query: str) -> None:
        """Show the reports the search selects (the totals cover the same reports)."""
        self._query = query
        self.totals.set_query(query)
        self._load_list(self.editor.report_id)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.splitter)
        self.search.edit.setFocus()
        self.search.edit.selectAll()

    def _show_empty_state(self, rows: int) -> None:
        if self._query:
            self.empty.set_text(
                self.tr("No count report matches the search"),
                self.tr(
                    "Words are looked up in notes, lines and sources; source:, region:, from: "
                    "and to: narrow the list. Press Esc in the search box to see every report."
                ),
            )
        elif self._trash:
            self.empty.set_text(
                self.tr("The trash is empty"),
                self.tr("Deleted count reports stay here until you restore them."),
            )
        else:
            self.empty.set_text(
                self.tr("No count reports yet"),
                self.tr(
                    "Press Ctrl+N to enter a statement that gives numbers per region, such as "
                    "a ministry's overnight tally or a governor's figure."
                ),
            )
        self.list_stack.setCurrentWidget(self.list_view if rows else self.empty)

    def _on_selection_changed(self, *_args: object) -> None:
        # Selection, not the current index: focusing the list moves the current index
        # without selecting, and must not open another report over typed edits.
        new_id = self.selected_id()
        if new_id is None:
            self._update_actions()
            return
        if new_id == self.editor.report_id:
            return
        if not self.confirm_leave(then=lambda: self._select_and_open(new_id)):
            self._select_row_of(self.editor.report_id)
            return
        self._open(new_id)

    def _select_row_of(self, report_id: int | None) -> None:
        model = self.list_view.selectionModel()
        model.blockSignals(True)
        row = self.model.row_of(report_id) if report_id is not None else -1
        if row >= 0:
            model.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            model.clearSelection()
            model.setCurrentIndex(self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.Clear)
        model.blockSignals(False)
        self._update_actions()

    def _select_and_open(self, report_id: int) -> None:
        self._select_row_of(report_id)
        self._open(report_id)

    def _open(self, report_id: int | None) -> None:
        try:
            self.editor.load(get_count_report(self._db, report_id) if report_id else None)
        except NotFoundError:
            self.editor.load(None)
        self.editor.set_read_only(self._trash)
        self._update_actions()

    # --- actions -------------------------------------------------------------------

    def new_report(self) -> None:
        if self._trash:
            self.trash_action.setChecked(False)
        if not self.confirm_leave(then=self.new_report):
            return
        self._select_row_of(None)
        self._open(None)
        self.tabs.setCurrentWidget(self.splitter)
        self.editor.source.setFocus()

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Start storing the editor's report on the task runner; False when the form has
        errors (shown beside the fields) or a write runs. The editor is locked meanwhile and
        keeps what was typed whatever happens; ``then`` runs after a successful save."""
        if self._trash or self.writes.is_busy():
            return False
        draft = self.editor.draft()
        if draft is None:
            self.status_message.emit(self.tr("Not saved: fix the fields marked in red."))
            return False
        report_id = self.editor.report_id
        job = partial(
            self.edits.save,
            self._db,
            report_id,
            draft,
            expected_version=self.editor.loaded_version,
        )
        self.status_message.emit(self.tr("Saving…"))
        return self.writes.run(
            job,
            lambda written: self._saved(written, then),
            lambda exc: self._save_failed(exc, draft, then),
            self.tr("Saving…"),
        )

    def _saved(self, written: Written[CountReport], then: Callable[[], object] | None) -> None:
        report = written.record
        self.editor.mark_saved(report)
        self._load_list(report.id)
        if self.tabs.currentWidget() is self.totals:
            self.totals.recompute()
        self.changes_made.emit(written.changes)
        self.status_message.emit(self.tr("Saved count report #{0}.").format(report.id))
        if then is not None:
            then()

    def _save_failed(
        self, exc: BaseException, mine: CountReportDraft, then: Callable[[], object] | None
    ) -> None:
        if isinstance(exc, ValidationError):
            self.editor.show_errors(exc)
            self.status_message.emit(self.tr("Not saved: fix the fields marked in red."))
        elif isinstance(exc, ConflictError):
            self._resolve_conflict(exc, mine, then)
        else:
            self.status_message.emit(self.tr("Not saved: {0}").format(error_text(exc)))
            prompts.show_error(
                self,
                self.tr("Not saved"),
                error_text(exc),
                self.tr(
                    "What you typed is still in the form. Try again, or copy it somewhere safe."
                ),
            )

    def _resolve_conflict(
        self, conflict: ConflictError, mine: CountReportDraft, then: Callable[[], object] | None
    ) -> None:
        """Someone saved this report after it was opened here: both versions field by field;
        save mine over theirs, take theirs, or keep editing."""
        try:
            theirs: dict[str, object] | None = self._readable(
                get_count_report(self._db, conflict.entity_id).draft
            )
        except NotFoundError:
            theirs = None
        mine_stored = self._readable(as_stored(mine, strict=False))
        choice = conflict_dialog.ask(self, conflict, mine_stored, theirs)
        if choice is ConflictChoice.SAVE_MINE:
            self.editor.loaded_version = conflict.version
            self.save(then)
        elif choice is ConflictChoice.TAKE_THEIRS:
            self._open(conflict.entity_id)
            self.status_message.emit(self.tr("Loaded the version saved by someone else."))
        else:
            self.status_message.emit(self.tr("Not saved: {0}").format(error_text(conflict)))

    def _readable(self, draft: CountReportDraft) -> dict[str, object]:
        """A report's fields to compare, its lines as "region: count" in the editor's words."""
        fields = fields_of(draft)
        places = self.editor.place_index()
        fields["lines"] = "; ".join(
            f"{places.name(line.place_id) or line.place_id}: {line.count}"
            + ("+" if line.approximate else "")
            for line in draft.lines
        )
        return fields

    def cancel_edits(self) -> None:
        self._open(self.editor.report_id)
        self.status_message.emit(self.tr("Changes discarded."))

    def delete_selected(self) -> None:
        report_id = self.selected_id()
        if report_id is None or self._trash or self.writes.is_busy():
            return
        if self.editor.report_id == report_id and self.editor.is_dirty():
            self.editor.load(None)  # the user chose to delete what they were editing
        self._trash_report(report_id, True)

    def restore_selected(self) -> None:
        report_id = self.selected_id()
        if report_id is None or not self._trash or self.writes.is_busy():
            return
        self._trash_report(report_id, False)

    def _trash_report(self, report_id: int, deleted: bool) -> None:
        # The version the analyst is looking at: a colleague's save since refuses the move.
        seen = self.editor.loaded_version if self.editor.report_id == report_id else None
        self.writes.run(
            partial(self.edits.trash, self._db, report_id, deleted, expected_version=seen),
            lambda changes: self._trashed(changes, report_id, deleted),
            partial(self._trash_failed, report_id),
            self.tr("Moving to the trash…") if deleted else self.tr("Restoring…"),
        )

    def _trashed(self, changes: Changes, report_id: int, deleted: bool) -> None:
        self._open(None)
        self._load_list(None)
        self.changes_made.emit(changes)
        if deleted:
            done = self.tr("Moved count report #{0} to the trash.")
        else:
            done = self.tr("Restored count report #{0}.")
        self.status_message.emit(done.format(report_id))

    def _trash_failed(self, report_id: int, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            # Nothing moved: show the colleague's version to decide again, and say so.
            self._load_list(report_id)
            self._open(report_id)
            said = message_text(msg("changed_before_trash"))
            self.status_message.emit(self.tr("Nothing changed: {0}").format(said))
            prompts.show_error(self, self.tr("Nothing changed"), said)
            return
        self.status_message.emit(self.tr("Nothing changed: {0}").format(error_text(exc)))
        prompts.show_error(self, self.tr("Nothing changed"), error_text(exc))

    def show_trash(self, on: bool) -> None:
        if on == self._trash:
            return
        if on and not self.confirm_leave(then=lambda: self.trash_action.setChecked(True)):
            self.trash_action.setChecked(False)
            return
        self._trash = on
        self.tabs.setCurrentWidget(self.splitter)
        self._open(None)
        self._load_list(None)

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.totals:
            self.totals.recompute()
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        reports_tab = self.tabs.currentWidget() is self.splitter and not self.writes.is_busy()
        has_row = self.selected_id() is not None
        self.save_action.setEnabled(reports_tab and not self._trash)
        self.delete_action.setEnabled(reports_tab and has_row and not self._trash)
        self.restore_action.setEnabled(reports_tab and has_row and self._trash)
        self.restore_action.setVisible(self._trash)

    def closeEvent(self, event: QCloseEvent) -> None:
        for task in (self._load_task,):
            if task is not None:
                task.cancel()
        self.totals.cancel()
        super().closeEvent(event)
