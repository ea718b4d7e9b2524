"""The Incidents page: the searchable table on the left, the editor and history on the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from incident_logger.domain.errors import ConflictError, NotFoundError, ValidationError
from incident_logger.domain.messages import msg
from incident_logger.domain.models import Incident, IncidentDraft, SourceLink, incident_ref
from incident_logger.store.engine import Database
from incident_logger.store.errors import DatabaseError
from incident_logger.ui import prompts
from incident_logger.ui.dialogs.duplicate_dialog import DuplicateChoice
from incident_logger.ui.icons import icon, themed
from incident_logger.ui.incidents import commands, recovery_draft
from incident_logger.ui.incidents.editor import IncidentEditor
from incident_logger.ui.incidents.history_view import HistoryView
from incident_logger.ui.incidents.list_pane import IncidentListPane
from incident_logger.ui.messages import error_text
from incident_logger.ui.messages import text as message_text
from incident_logger.ui.tasks import TaskRunner
from incident_logger.ui.widgets.form_writes import FormWrites

if TYPE_CHECKING:
    from incident_logger.services import incident_edits

AUTOSAVE_MS = 3000


def _short_time(stamp: str) -> str:
    """'14:05' for today, '2026-09-12' otherwise."""
    from datetime import date

    day, _, clock = stamp.partition("T")
    return clock[:5] if day == date.today().isoformat() else day


def as_fields(draft: IncidentDraft) -> dict[str, Any]:
    """An incident draft's fields by name, in their declared order (for comparing)."""
    return {name: getattr(draft, name) for name in IncidentDraft.__dataclass_fields__}


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
            self.drafts.clear()
            self.editor.mark_clean()
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
        self.editor.load(incident)
        self.update_heading()
        self._load_history()
        if select:
            self._switching = True
            self.list.select_id(incident_id)
            self._switching = False
        return True

    def new_incident(self, draft: IncidentDraft | None = None) -> None:
        if not self.maybe_leave(then=lambda: self.new_incident(draft)):
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
        self.save(then=self.new_incident)

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

    # --- saving (on the task runner) ---------------------------------------------------

    def is_saving(self) -> bool:
        return self.writes.is_busy()

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Start saving the form; False when it has errors or a write is running already.

        The service runs on the task runner. Meanwhile the form is locked: keys typed into it
        are held and typed in after the save, so none is lost. A refused save brings its errors
        to their fields and leaves the form as typed; ``then`` runs after a successful save.
        """
        if self.writes.is_busy():
            return False
        self.editor.reveal_all_errors()
        draft, errors = self.editor.all_errors()
        if errors:
            self.editor.show_errors(errors)
            self.status_message.emit(
                self.tr("Not saved: %Ln field(s) need attention.", "", len(errors))
            )
            return False
        from incident_logger.services import incident_edits

        before = self.editor.incident
        if before is None:
            self._write(
                partial(incident_edits.create, self.db, draft),
                lambda r: self._created(draft, r, then),
            )
        else:
            self._update(before, draft, then)
        return True

    def _write(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``job`` on the runner through ``FormWrites``: the form locked meanwhile, the keys
        typed into it held and typed in after; then ``done`` or ``failed`` (default: said)."""
        self.writes.run(job, done, failed or self._save_failed, self.tr("Saving…"))

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.state.setText(self.tr("saving…"))
            self.save_button.setEnabled(False)
            self.revert_button.setEnabled(False)
        self.saving_changed.emit(busy)

    def _save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.editor.show_errors(exc.errors)
            self.status_message.emit(self.tr("Not saved: {e}").format(e=error_text(exc)))
            return
        self.status_message.emit(self.tr("Not saved: {e}").format(e=error_text(exc)))
        prompts.show_error(
            self,
            self.tr("Not saved"),
            error_text(exc),
            self.tr("What you typed is still in the form. Try again, or copy it somewhere safe."),
        )

    def _created(
        self,
        draft: IncidentDraft,
        result: incident_edits.Saved | incident_edits.LooksLikeDuplicate,
        then: Callable[[], object] | None,
    ) -> None:
        from incident_logger.services import incident_edits
        from incident_logger.services.incidents import get_incident

        if isinstance(result, incident_edits.Saved):
            self._saved(result, then)
            return
        choice, chosen_id = prompts.choose_duplicate(self, result.candidates, bool(draft.sources))
        if choice is DuplicateChoice.SAVE_ANYWAY:
            self._write(
                partial(incident_edits.create, self.db, draft, check_duplicates=False),
                lambda r: self._created(draft, r, then),
            )
            return
        if chosen_id is None or choice is DuplicateChoice.CANCEL:
            return
        if choice is DuplicateChoice.OPEN:
            self.drafts.clear()
            self.editor.mark_clean()
            self.open_incident(chosen_id)
            return
        existing = get_incident(self.db, chosen_id)
        cited = {link.source_id for link in existing.draft.sources}
        extra: tuple[SourceLink, ...] = tuple(
            link for link in draft.sources if link.source_id not in cited
        )
        merged = replace(existing.draft, sources=existing.draft.sources + extra)
        self._update(existing, merged, then, reason="corroborating source")

    def _update(
        self,
        before: Incident,
        draft: IncidentDraft,
        then: Callable[[], object] | None,
        reason: str = "",
    ) -> None:
        """Save ``draft`` over ``before``, refused if someone saved after ``before`` was read."""
        from incident_logger.services import incident_edits

        self._write(
            partial(
                incident_edits.update,
                self.db,
                before.id,
                draft,
                reason=reason,
                expected_version=before.version,
            ),
            lambda s: self._saved(s, then),
            failed=lambda exc: self._update_failed(exc, draft, then),
        )

    def _update_failed(
        self, exc: BaseException, mine: IncidentDraft, then: Callable[[], object] | None
    ) -> None:
        if not isinstance(exc, ConflictError):
            self._save_failed(exc)
            return
        self._resolve_conflict(exc, mine, then)

    def _resolve_conflict(
        self, conflict: ConflictError, mine: IncidentDraft, then: Callable[[], object] | None
    ) -> None:
        """Someone saved this incident after it was opened here: show both versions field by
        field; save mine over theirs, take theirs, or go back to editing (nothing saved)."""
        from incident_logger.services.incidents import get_incident, normalised
        from incident_logger.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog

        try:
            theirs: Incident | None = get_incident(self.db, conflict.entity_id)
        except NotFoundError:
            theirs = None
        dialog = ConflictDialog(
            conflict,
            as_fields(normalised(mine)),
            as_fields(theirs.draft) if theirs else None,
            self,
        )
        dialog.exec()
        if dialog.choice is ConflictChoice.SAVE_MINE and theirs is not None:
            self._update(theirs, mine, then)  # a third save in between: compared again
            return
        if dialog.choice is ConflictChoice.TAKE_THEIRS and theirs is not None:
            self.drafts.clear()
            self.editor.load(theirs)
            self.update_heading()
            self._load_history()
            self.status_message.emit(
                self.tr("Loaded the version saved by {who}.").format(who=conflict.by or "?")
            )
            return
        self.status_message.emit(self.tr("Not saved: {e}").format(e=conflict))

    def _saved(self, saved: incident_edits.Saved, then: Callable[[], object] | None) -> None:
        incident = saved.incident
        if saved.before is None:
            self.undo.push(
                commands.CreateIncident(
                    self.db, self.runner, incident.id, self._on_undo_change, self._undo_failed
                )
            )
        elif saved.before != incident.draft:
            self.undo.push(
                commands.EditIncident(
                    self.db,
                    self.runner,
                    incident.id,
                    saved.before,
                    incident.draft,
                    self._on_undo_change,
                    self._undo_failed,
                )
            )
        self.drafts.clear()
        self.editor.show_saved(incident)
        self.update_heading()
        self._load_history()
        self._after_change(saved.changes, select=incident.id)
        self.status_message.emit(self.tr("Saved {ref}.").format(ref=incident.ref))
        if then is not None:
            then()

    # --- delete / restore --------------------------------------------------------------

    def delete_selected(self) -> None:
        if self.writes.is_busy():
            return
        ids = self.list.table.selected_ids()
        if not ids and self.editor.incident_id is not None:
            ids = [self.editor.incident_id]
        if not ids:
            return
        # The versions the analyst is looking at (the list's rows, the editor's incident): a
        # colleague's save since refuses the whole move.
        seen = self.list.model.versions_of(ids)
        shown = self.editor.incident
        if shown is not None and shown.id in ids:
            seen[shown.id] = shown.version
        # Typed edits of the incident open in the editor are dropped only once the move is
        # done: a refused or failed move leaves them in the form (and in the crash draft).
        following = self._row_after(ids)
        from incident_logger.services import incident_edits

        self._write(
            partial(incident_edits.move, self.db, ids, True, expected_versions=seen),
            lambda moved: self._deleted(ids, following, moved),
            failed=lambda exc: self._delete_failed(ids, exc),
        )

    def _delete_failed(self, ids: list[int], exc: BaseException) -> None:
        if not isinstance(exc, ConflictError):
            self._save_failed(exc)
            return
        # Nothing moved: show the colleague's version so the analyst can decide again. Typing
        # in the editor stays: saving it later shows both versions field by field.
        if not self.editor.is_dirty():
            self.open_incident(exc.entity_id, select=False)
        self.list.refresh(select=exc.entity_id)
        if len(ids) > 1:
            said = message_text(msg("changed_before_move", ref=incident_ref(exc.entity_id)))
        else:
            said = message_text(msg("changed_before_trash"))
        self.status_message.emit(self.tr("Nothing changed: {e}").format(e=said))
        prompts.show_error(self, self.tr("Nothing changed"), said)

    def _deleted(self, ids: list[int], following: int | None, moved: incident_edits.Moved) -> None:
        if self.editor.incident_id in ids:  # its typing went with it (Ctrl+Z brings it back)
            self.editor.mark_clean()
            self.drafts.clear()
        changes = moved.changes
        self.undo.push(
            commands.SetDeleted(
                self.db,
                self.runner,
                ids,
                True,
                self._on_undo_change,
                self._undo_failed,
                moved.drafts,
            )
        )
        if following is not None and self.open_incident(following, select=False):
            pass  # the editor moves on to the next row, as the table does
        elif self.editor.incident_id in ids:
            self.editor.load(None)
            self.update_heading()
            self._load_history()
        self._after_change(changes, select=following)
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

    def _on_undo_change(self, changes: Changes) -> None:
        ids = sorted(changes.incidents)
        if self.editor.incident_id in ids and not self.editor.is_dirty():
            from incident_logger.services.incidents import get_incident

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
        self._after_change(changes, select=ids[0] if len(ids) == 1 else None)

    def _undo_failed(self, exc: BaseException) -> None:
        said = commands.refusal_text(exc)
        self.status_message.emit(self.tr("Cannot undo: {e}").format(e=said))
        if isinstance(exc, ConflictError):  # the step is dropped (commands.py)
            advice = self.tr(
                "The step is dropped. Open the incident again to see its newer version."
            )
        else:
            advice = self.tr("The record may have been changed elsewhere.")
        prompts.show_error(self, self.tr("Cannot undo or redo"), said, advice)

    def _after_change(self, changes: Changes, select: int | None = None) -> None:
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
