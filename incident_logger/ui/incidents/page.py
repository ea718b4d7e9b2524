"""The Incidents page: the searchable table on the left, the editor and history on the right.

This module builds the page, switches the editor between incidents (asking first about unsaved
typing), keeps its heading and autosaves the crash draft. The rest has a module each:
``save_flow`` (Save: duplicates, a colleague's newer version, failures, the undo step),
``delete_flow`` (Delete: the move to the Trash), ``page_undo`` (an undo or redo of those
steps ends), ``follow_search`` (the editor follows a new search's results) and
``recovery_offer`` (a crash's unsaved form, offered at start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.changes import Changes
from incident_logger.domain.errors import NotFoundError
from incident_logger.domain.models import Incident, IncidentDraft, incident_ref
from incident_logger.store.engine import Database
from incident_logger.store.errors import DatabaseError
from incident_logger.ui import prompts
from incident_logger.ui.icons import icon, themed
from incident_logger.ui.incidents import delete_flow, recovery_draft, save_flow
from incident_logger.ui.incidents.editor import IncidentEditor
from incident_logger.ui.incidents.follow_search import SearchFollower
from incident_logger.ui.incidents.history_view import HistoryView
from incident_logger.ui.incidents.list_pane import IncidentListPane
from incident_logger.ui.messages import error_text
from incident_logger.ui.tasks import TaskRunner
from incident_logger.ui.widgets.form_writes import FormWrites

AUTOSAVE_MS = 3000


def _short_time(stamp: str) -> str:
    """'14:05' for today, '2026-09-12' otherwise."""
    from datetime import date

    day, _, clock = stamp.partition("T")
    return clock[:5] if day == date.today().isoformat() else day


class IncidentsPage(QWidget):
    status_message = Signal(str)
    counts_changed = Signal()
    changes_made = Signal(object)  # Changes: this page saved, deleted or undid something
    saving_changed = Signal(bool)  # a write runs on the task runner (the form is locked)
    dirty_changed = Signal(bool)

    def __init__(
        self, db: Database, runner: TaskRunner, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.undo = undo
        self.list = IncidentListPane(db, runner, parent=self)
        self.editor = IncidentEditor(db, self)
        self.history = HistoryView(db, self)
        self._switching = False
        self.drafts = recovery_draft.DraftStore(Path(db.path))

        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        self.state = QLabel(self)
        self.state.setObjectName("muted")
        self.save_button = QPushButton(self.tr("Save"), self)
        themed(self.save_button, "save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the incident"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setAccessibleName(self.tr("Discard unsaved changes"))
        self.revert_button.clicked.connect(self.revert)
        top = QHBoxLayout()
        top.setContentsMargins(14, 10, 14, 4)
        top.addWidget(self.heading)
        top.addSpacing(8)
        top.addWidget(self.state, 1)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.editor, icon("edit"), self.tr("Details"))
        self.tabs.addTab(self.history, icon("history"), self.tr("History"))
        self.tabs.currentChanged.connect(self._on_tab)
        self.panel = QWidget(self)
        self.writes = FormWrites(self.panel, self)  # saves, deletes: one at a time, form locked
        self.writes.set_runner(runner)
        self.writes.busy_changed.connect(self._on_busy)
        self.writes.released.connect(self.update_heading)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.setSpacing(0)
        panel_layout.addLayout(top)
        panel_layout.addWidget(self.tabs, 1)

        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(12, 10, 8, 8)
        list_layout.addWidget(self.list)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("incidentsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        # The form is never cut off at the right: a language with longer labels (Russian,
        # Ukrainian) makes the panel as wide as the form needs.
        form = self.editor.widget()
        assert form is not None
        form_width = form.minimumSizeHint().width()
        scrollbar = self.editor.verticalScrollBar().sizeHint().width()
        needed = form_width + scrollbar + 2 * self.editor.frameWidth() + 4
        self.panel.setMinimumWidth(max(420, needed))
        self.splitter.setSizes([900, max(500, needed)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.list.current_id_changed.connect(self._on_current_id)
        self.follow = SearchFollower(self)  # a new search's results: the editor shows one
        self.list.activated_id.connect(lambda _i: self.editor.setFocus())
        self.list.counts_changed.connect(self.counts_changed)
        self.editor.dirty_changed.connect(self._on_dirty)
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start()
        self.update_heading()
        self.list.table.set_empty_text(
            self.tr("No incidents yet"), self.tr("Press Ctrl+N to record the first one.")
        )

    def refresh_icon(self) -> None:
        """Tab icons in the current theme's colours (called after a theme change)."""
        self.tabs.setTabIcon(0, icon("edit"))
        self.tabs.setTabIcon(1, icon("history"))

    # --- loading -----------------------------------------------------------------------

    def start(self) -> None:
        self.list.start()

    def refresh(self) -> None:
        self.list.refresh()
        self.reload_choices()

    def reload_choices(self) -> None:
        """Places, categories and sources offered by the editor and the filters."""
        self.editor.reload_choices()
        if self.list.filters is not None:
            self.list.filters.reload_choices()
        self.editor.form.sources.reload_sources()

    def set_empty_hint(self, database_empty: bool) -> None:
        if database_empty:
            self.list.table.set_empty_text(
                self.tr("No incidents yet"), self.tr("Press Ctrl+N to record the first one.")
            )
        else:
            self.list.table.set_empty_text(
                self.tr("No incidents match this search"),
                self.tr("Change the words or filters, or clear the search box (Esc)."),
            )

    # --- switching records ---------------------------------------------------------------

    def maybe_leave(self, then: Callable[[], object] | None = None) -> bool:
        """True when the editor may show something else now (clean, or edits discarded).

        When the user chooses Save, the save starts on the task runner and this returns False;
        ``then`` (the caller's step, repeated) runs once the save has succeeded.
        """
        if self.is_saving():
            self.status_message.emit(self.tr("Saving…"))
            return False
        if not self.editor.is_dirty():
            return True
        what = (
            incident_ref(self.editor.incident_id)
            if self.editor.incident_id
            else self.tr("The new incident")
        )
        answer = prompts.ask_unsaved(self, what)
        if answer is prompts.Unsaved.SAVE:
            self.save(then=then)
            return False
        if answer is prompts.Unsaved.DISCARD:
            self.drop_typing()
            return True
        return False

    def confirm_leave(self, then: Callable[[], object] | None = None) -> bool:
        """Another page may show: the editor keeps its edits meanwhile (closing asks)."""
        return True

    def page_toolbar(self) -> QToolBar | None:
        return None  # the window's incident toolbar serves this page

    def _on_current_id(self, incident_id: int | None) -> None:
        if self._switching or incident_id is None or incident_id == self.editor.incident_id:
            return
        if not self.maybe_leave(then=lambda: self.open_incident(incident_id)):
            self._switching = True
            self.list.select_id(self.editor.incident_id)
            self._switching = False
            return
        self.open_incident(incident_id, select=False)

    def open_incident(self, incident_id: int, select: bool = True) -> bool:
        # The ORM behind it loads on first use, not at start-up.
        from incident_logger.services.incidents import get_incident

        try:
            incident = get_incident(self.db, incident_id)
        except NotFoundError:
            self.status_message.emit(self.tr("That incident no longer exists."))
            return False
        except DatabaseError as exc:  # e.g. not read from a team database in this release
            self.status_message.emit(error_text(exc))
            return False
        self.show_incident(incident)
        if select:
            self._switching = True
            self.list.select_id(incident_id)
            self._switching = False
        return True

    def new_incident(self, draft: IncidentDraft | None = None) -> None:
        if not self.maybe_leave(then=lambda: self.new_incident(draft)):
            return
        self.editor.load(None, draft)
        self.follow.blank_by_search = False
        self._switching = True
        self.list.select_id(None)
        self._switching = False
        self.update_heading()
        self.load_history()
        self.tabs.setCurrentWidget(self.editor)
        self.editor.form.title.setFocus()

    def save_and_new(self) -> None:
        """Save the incident on screen, then start a blank one (Ctrl+Shift+Enter)."""
        self.save(then=self.new_incident)

    def duplicate(self) -> None:
        """Start a new incident prefilled from the one on screen (Ctrl+D)."""
        draft = replace(self.editor.collect()[0], external_id="")
        if self.maybe_leave(then=lambda: self._start_copy(draft)):
            self._start_copy(draft)

    def _start_copy(self, draft: IncidentDraft) -> None:
        self.new_incident(draft)
        self.status_message.emit(self.tr("Copied into a new, unsaved incident."))

    def step(self, delta: int) -> None:
        if self.maybe_leave(then=lambda: self.list.step(delta)):
            self.list.step(delta)

    def revert(self) -> None:
        if self.editor.incident_id is not None:
            self.open_incident(self.editor.incident_id, select=False)
        else:
            self.editor.load(None)
        self.drafts.clear()

    # --- saving and deleting (on the task runner: save_flow, delete_flow) -------------

    def is_saving(self) -> bool:
        return self.writes.is_busy()

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Start saving the form; False when it has errors or a write is running already.

        The service runs on the task runner. Meanwhile the form is locked: keys typed into it
        are held and typed in after the save, so none is lost. A refused save brings its errors
        to their fields and leaves the form as typed; ``then`` runs after a successful save.
        """
        return save_flow.save(self, then)

    def delete_selected(self) -> None:
        """Move the selected incidents (else the open one) to the Trash (see delete_flow)."""
        delete_flow.delete_selected(self)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.state.setText(self.tr("saving…"))
            self.save_button.setEnabled(False)
            self.revert_button.setEnabled(False)
        self.saving_changed.emit(busy)

    def drop_typing(self) -> None:
        """Forget what was typed into the editor (and its crash draft)."""
        self.drafts.clear()
        self.editor.mark_clean()

    def show_incident(self, incident: Incident | None) -> None:
        """Show ``incident`` (None: a blank new one) in the editor, its heading and history."""
        self.editor.load(incident)
        self.update_heading()
        self.load_history()

    def after_change(self, changes: Changes, select: int | None = None) -> None:
        """This page changed ``changes``: its list shows them, and the other pages hear."""
        self.list.refresh(select=select)  # restored without signals: the editor stays put
        self.changes_made.emit(changes)

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Another page, dialog or program changed data: show it (typed edits stay)."""
        if origin is self:
            return  # this page refreshed what it changed already
        if changes.touches_incidents or changes.touches_places or changes.touches_sources:
            self.list.refresh()  # the list shows places' names and sources' grades too
        if changes.touches_places or changes.touches_sources:
            self.reload_choices()

    # --- editor chrome -------------------------------------------------------------------

    def _on_dirty(self, dirty: bool) -> None:
        self.update_heading()
        self.dirty_changed.emit(dirty)

    def update_heading(self) -> None:
        incident = self.editor.incident
        dirty = self.editor.is_dirty()
        if incident is None:
            self.heading.setText(self.tr("New incident"))
            self.state.setText(self.tr("not saved yet") if dirty else "")
        else:
            self.heading.setText(incident.ref)
            updated = _short_time(incident.updated_at)
            self.state.setText(
                self.tr("unsaved changes")
                if dirty
                else self.tr("saved {when}").format(when=updated)
            )
        self.save_button.setEnabled(dirty or incident is None)
        self.revert_button.setEnabled(dirty)
        self.tabs.setTabEnabled(1, incident is not None)

    def _on_tab(self, _index: int) -> None:
        self.load_history()

    def load_history(self) -> None:
        """The History tab, when it shows, follows the editor's incident."""
        if self.tabs.currentWidget() is self.history:
            self.history.show_incident(self.editor.incident_id)

    # --- crash recovery --------------------------------------------------------------

    def autosave(self) -> None:
        if self.editor.is_dirty():
            self.drafts.write(self.editor.collect()[0], self.editor.incident_id)

    def stop_background(self) -> None:
        """At close (after unsaved changes were saved or discarded): no draft stays behind."""
        self._autosave.stop()
        self.drafts.close()

    def offer_recovery(self) -> None:
        """After a crash: offer the unsaved form the autosave kept (see recovery_offer)."""
        from incident_logger.ui.incidents.recovery_offer import offer_recovery

        offer_recovery(self)
