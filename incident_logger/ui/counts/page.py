"""The Regional counts page: report list, report editor, and totals per region by source."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
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
from incident_logger.ui.counts.editor import CountReportEditor
from incident_logger.ui.counts.list_model import REPORT_ID_ROLE, CountReportListModel
from incident_logger.ui.counts.place_index import PlaceIndex
from incident_logger.ui.counts.search_box import CountSearchBox
from incident_logger.ui.counts.totals_view import RegionTotalsView
from incident_logger.ui.dialogs.conflict_dialog import fields_of
from incident_logger.ui.tasks import Task, TaskRunner, alive, shared_runner
from incident_logger.ui.widgets.actions import make_action
from incident_logger.ui.widgets.empty_state import EmptyState
from incident_logger.ui.widgets.record_actions import ActionTips, record_actions, set_up_list
from incident_logger.ui.widgets.record_writes import Fields, RecordWrites
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
        self.list_view = QTableView()
        set_up_list(self.list_view, self.tr("Count reports"))
        tips = ActionTips(
            new=self.tr("New report"),
            new_tip=self.tr("New count report"),
            save_tip=self.tr("Save the report"),
            delete=self.tr("Move the report to the trash"),
            trash=self.tr("Show count reports in the trash"),
            restore=self.tr("Take the report out of the trash"),
        )
        actions = record_actions(self, self.list_view, tips, self.tr("Count reports"))
        self.new_action, self.save_action = actions.new, actions.save
        self.delete_action, self.trash_action = actions.delete, actions.trash
        self.restore_action, self.refresh_action = actions.restore, actions.refresh
        self.toolbar = toolbar = actions.toolbar
        self.new_action.triggered.connect(self.new_report)
        self.save_action.triggered.connect(lambda: self.save())
        self.delete_action.triggered.connect(self.delete_selected)
        self.restore_action.triggered.connect(self.restore_selected)
        self.trash_action.toggled.connect(self.show_trash)
        self.refresh_action.triggered.connect(self.refresh)

        self.list_view.setModel(self.model)
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

        self.writes = RecordWrites(self, self._db, self.editor, self)
        self.writes.busy_changed.connect(self._update_actions)
        self.writes.status.connect(self.status_message)
        self.writes.changed.connect(self.changes_made)
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
        return self.writes.confirm_leave(then)

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
        """Start storing the editor's report on the task runner (``RecordWrites.save``)."""
        return self.writes.save(then)

    def cancel_edits(self) -> None:
        self.writes.discard()

    def delete_selected(self) -> None:
        report_id = self.selected_id()
        if report_id is None or self._trash or self.writes.is_busy():
            return
        if self.editor.report_id == report_id and self.editor.is_dirty():
            self.editor.load(None)  # the user chose to delete what they were editing
        self.writes.move(report_id, True)

    def restore_selected(self) -> None:
        report_id = self.selected_id()
        if report_id is not None and self._trash:
            self.writes.move(report_id, False)

    # --- what RecordWrites asks (ui/widgets/record_writes.RecordHost) ----------------

    @property
    def record_id(self) -> int | None:
        return self.editor.report_id

    @property
    def loaded_version(self) -> int | None:
        return self.editor.loaded_version

    @loaded_version.setter
    def loaded_version(self, version: int | None) -> None:
        self.editor.loaded_version = version

    def in_trash(self) -> bool:
        return self._trash

    def unsaved_label(self) -> str:
        return self.tr("The count report")

    def current_draft(self) -> CountReportDraft | None:
        return self.editor.draft()  # None: its errors are shown beside the fields

    def show_errors(self, error: ValidationError) -> None:
        self.editor.show_errors(error)

    def compared(self, conflict: ConflictError) -> tuple[Fields, Fields | None]:
        """The report as this save would have stored it and the stored one, the lines as
        "region: count" in the editor's words (times shown alike are not called different)."""
        try:
            theirs: Fields | None = self._readable(
                get_count_report(self._db, conflict.entity_id).draft
            )
        except NotFoundError:
            theirs = None
        mine = self.editor.draft()
        if mine is None:  # keys held during the save made the form unreadable
            return {}, theirs
        return self._readable(as_stored(mine, strict=False)), theirs

    def _readable(self, draft: CountReportDraft) -> Fields:
        fields = fields_of(draft)
        places = self.editor.place_index()
        fields["lines"] = "; ".join(
            f"{places.name(line.place_id) or line.place_id}: {line.count}"
            + ("+" if line.approximate else "")
            for line in draft.lines
        )
        return fields

    def reopen(self, record_id: int | None) -> None:
        self._open(record_id)

    def show_saved(self, written: Written[CountReport]) -> str:
        report = written.record
        self.editor.mark_saved(report)
        self._load_list(report.id)
        if self.tabs.currentWidget() is self.totals:
            self.totals.recompute()
        return self.tr("Saved count report #{0}.").format(report.id)

    def show_trashed(self, record_id: int, deleted: bool) -> str:
        self._open(None)
        self._load_list(None)
        if deleted:
            return self.tr("Moved count report #{0} to the trash.").format(record_id)
        return self.tr("Restored count report #{0}.").format(record_id)

    def show_newer(self, record_id: int) -> None:
        self._load_list(record_id)
        self._open(record_id)

    def show_trash(self, on: bool) -> None:
        if not self.writes.may_switch_trash(on, self.trash_action):
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
