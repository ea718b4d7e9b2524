"""The Incidents page: the searchable table on the left, the editor and history on the right."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

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

from incident_logger.domain.errors import NotFoundError, ValidationError
from incident_logger.domain.models import Incident, IncidentDraft, SourceLink, incident_ref
from incident_logger.services.duplicates import find_likely_duplicates
from incident_logger.services.incidents import create_incident, get_incident, update_incident
from incident_logger.store.engine import Database
from incident_logger.ui import prompts
from incident_logger.ui.dialogs.duplicate_dialog import DuplicateChoice
from incident_logger.ui.icons import icon, themed
from incident_logger.ui.incidents import commands, recovery_draft
from incident_logger.ui.incidents.editor import IncidentEditor
from incident_logger.ui.incidents.history_view import HistoryView
from incident_logger.ui.incidents.list_pane import IncidentListPane
from incident_logger.ui.tasks import TaskRunner

AUTOSAVE_MS = 3000


def _short_time(stamp: str) -> str:
    """'14:05' for today, '2026-09-12' otherwise."""
    from datetime import date

    day, _, clock = stamp.partition("T")
    return clock[:5] if day == date.today().isoformat() else day


class IncidentsPage(QWidget):
    status_message = Signal(str)
    counts_changed = Signal()
    data_changed = Signal()  # incidents were created, edited, deleted or restored
    dirty_changed = Signal(bool)

    def __init__(
        self, db: Database, runner: TaskRunner, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
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
        self.panel.setMinimumWidth(420)
        self.splitter.setSizes([900, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.list.current_id_changed.connect(self._on_current_id)
        self._follow_results = False
        self._blank_by_search = False
        self.list.search.query_changed.connect(self._on_search_changed)
        self.list.model.loaded.connect(self._on_results_loaded)
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

    def maybe_leave(self) -> bool:
        """True when the editor may show something else (saved, discarded or clean)."""
        if not self.editor.is_dirty():
            return True
        what = (
            incident_ref(self.editor.incident_id)
            if self.editor.incident_id
            else self.tr("The new incident")
        )
        answer = prompts.ask_unsaved(self, what)
        if answer is prompts.Unsaved.SAVE:
            return self.save()
        if answer is prompts.Unsaved.DISCARD:
            self.drafts.clear()
            self.editor.mark_clean()
            return True
        return False

    def confirm_leave(self) -> bool:
        return self.maybe_leave()

    def page_toolbar(self) -> QToolBar | None:
        return None  # the window's incident toolbar serves this page

    def _on_current_id(self, incident_id: int | None) -> None:
        if self._switching or incident_id is None or incident_id == self.editor.incident_id:
            return
        if not self.maybe_leave():
            self._switching = True
            self.list.select_id(self.editor.incident_id)
            self._switching = False
            return
        self.open_incident(incident_id, select=False)

    def open_incident(self, incident_id: int, select: bool = True) -> bool:
        try:
            incident = get_incident(self.db, incident_id)
        except NotFoundError:
            self.status_message.emit(self.tr("That incident no longer exists."))
            return False
        self.editor.load(incident)
        self.update_heading()
        self._load_history()
        if select:
            self._switching = True
            self.list.select_id(incident_id)
            self._switching = False
        return True

    def new_incident(self, draft: IncidentDraft | None = None) -> None:
        if not self.maybe_leave():
            return
        self.editor.load(None, draft)
        self._blank_by_search = False
        self._switching = True
        self.list.select_id(None)
        self._switching = False
        self.update_heading()
        self._load_history()
        self.tabs.setCurrentWidget(self.editor)
        self.editor.form.title.setFocus()

    def save_and_new(self) -> None:
        """Save the incident on screen, then start a blank one (Ctrl+Shift+Enter)."""
        if self.save():
            self.new_incident()

    def _on_search_changed(self, _text: str) -> None:
        self._follow_results = True

    def _on_results_loaded(self) -> None:
        """After a new search, the editor shows a row of the results, never one left out (a
        search with no results leaves it blank, and the next one with results fills it)."""
        if not self._follow_results:
            return
        self._follow_results = False
        shown = self.editor.incident_id
        if self.editor.is_dirty():
            return
        if shown is None and not self._blank_by_search:
            return  # the user's own new incident
        if shown is not None and self.list.model.row_of(shown) is not None:
            return
        if self.list.model.rowCount():
            self._blank_by_search = False
            self.list.table.selectRow(0)  # the first row becomes current, and opens
            first = self.list.table.current_id()
            if first is not None and first != self.editor.incident_id:
                self.open_incident(first, select=False)
        elif shown is not None:
            self._blank_by_search = True
            self.editor.load(None)
            self.update_heading()
            self._load_history()

    def duplicate(self) -> None:
        """Start a new incident prefilled from the one on screen (Ctrl+D)."""
        draft = self.editor.collect()[0]
        if not self.maybe_leave():
            return
        self.new_incident(replace(draft, external_id=""))
        self.status_message.emit(self.tr("Copied into a new, unsaved incident."))

    def step(self, delta: int) -> None:
        if self.maybe_leave():
            self.list.step(delta)

    def revert(self) -> None:
        if self.editor.incident_id is not None:
            self.open_incident(self.editor.incident_id, select=False)
        else:
            self.editor.load(None)
        self.drafts.clear()

    # --- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        self.editor.reveal_all_errors()
        draft, errors = self.editor.all_errors()
        if errors:
            self.editor.show_errors(errors)
            self.status_message.emit(
                self.tr("Not saved: %Ln field(s) need attention.", "", len(errors))
            )
            return False
        try:
            if self.editor.incident is None:
                saved = self._create(draft)
                if saved is None:
                    return False
            else:
                saved = self._update(self.editor.incident, draft)
        except ValidationError as exc:
            self.editor.show_errors(exc.errors)
            self.status_message.emit(self.tr("Not saved: {e}").format(e=exc))
            return False
        self.drafts.clear()
        self.editor.load(saved)
        self.update_heading()
        self._load_history()
        self._after_change([saved.id], select=saved.id)
        self.status_message.emit(self.tr("Saved {ref}.").format(ref=saved.ref))
        return True

    def _create(self, draft: IncidentDraft) -> Incident | None:
        candidates = find_likely_duplicates(self.db, draft, limit=5)
        if candidates:
            return self._resolve_duplicate(draft, candidates)
        incident = create_incident(self.db, draft)
        self.undo.push(commands.CreateIncident(self.db, incident.id, self._on_undo_change))
        return incident

    def _resolve_duplicate(self, draft: IncidentDraft, candidates: list[Any]) -> Incident | None:
        choice, chosen_id = prompts.choose_duplicate(self, candidates, bool(draft.sources))
        if choice is DuplicateChoice.SAVE_ANYWAY:
            incident = create_incident(self.db, draft)
            self.undo.push(commands.CreateIncident(self.db, incident.id, self._on_undo_change))
            return incident
        if chosen_id is None or choice is DuplicateChoice.CANCEL:
            return None
        if choice is DuplicateChoice.OPEN:
            self.drafts.clear()
            self.editor.mark_clean()
            self.open_incident(chosen_id)
            return None
        existing = get_incident(self.db, chosen_id)
        cited = {link.source_id for link in existing.draft.sources}
        extra: tuple[SourceLink, ...] = tuple(
            link for link in draft.sources if link.source_id not in cited
        )
        merged = replace(existing.draft, sources=existing.draft.sources + extra)
        return self._update(existing, merged, reason="corroborating source")

    def _update(self, before: Incident, draft: IncidentDraft, reason: str = "") -> Incident:
        after = update_incident(self.db, before.id, draft, reason=reason)
        if after.draft != before.draft:
            self.undo.push(
                commands.EditIncident(
                    self.db, before.id, before.draft, after.draft, self._on_undo_change
                )
            )
        return after

    # --- delete / restore --------------------------------------------------------------

    def delete_selected(self) -> None:
        ids = self.list.table.selected_ids()
        if not ids and self.editor.incident_id is not None:
            ids = [self.editor.incident_id]
        if not ids:
            return
        if self.editor.incident_id in ids:
            self.editor.mark_clean()
            self.drafts.clear()
        following = self._row_after(ids)
        commands.set_deleted_now(self.db, ids, True)
        self.undo.push(commands.SetDeleted(self.db, ids, True, self._on_undo_change))
        if following is not None and self.open_incident(following, select=False):
            pass  # the editor moves on to the next row, as the table does
        elif self.editor.incident_id in ids:
            self.editor.load(None)
            self.update_heading()
            self._load_history()
        self._after_change(ids, select=following)
        self.status_message.emit(
            self.tr("Moved %Ln incident(s) to the Trash. Ctrl+Z brings them back.", "", len(ids))
        )

    def _row_after(self, ids: list[int]) -> int | None:
        """The incident the table shows after deleting ``ids``: the next row, else the one
        before."""
        model = self.list.model
        rows = sorted(r for r in (model.row_of(i) for i in ids) if r is not None)
        if not rows:
            return None
        gone = set(ids)
        for row in (*range(rows[-1] + 1, model.rowCount()), *range(rows[0] - 1, -1, -1)):
            candidate = model.id_at(row)
            if candidate is not None and candidate not in gone:
                return candidate
        return None

    def _on_undo_change(self, ids: list[int]) -> None:
        if self.editor.incident_id in ids and not self.editor.is_dirty():
            try:
                incident = get_incident(
                    self.db, ids[0] if len(ids) == 1 else self.editor.incident_id or 0
                )
            except NotFoundError:
                incident = None
            if incident is not None and incident.deleted_at is None:
                self.editor.load(incident)
            else:
                self.editor.load(None)
            self.update_heading()
            self._load_history()
        self._after_change(ids, select=ids[0] if len(ids) == 1 else None)

    def _after_change(self, ids: list[int], select: int | None = None) -> None:
        self.list.refresh(select=select)  # restored without signals: the editor stays put
        self.data_changed.emit()

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
        self._load_history()

    def _load_history(self) -> None:
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
