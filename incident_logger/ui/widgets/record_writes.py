"""Saving, trashing and restoring the one record a page edits, on the task runner.

The Sources, Places and Regional counts pages edit one record at a time beside a list. This is
their write flow, written once: the page (a ``RecordHost``) says how to read its form into a
job, how to show the stored record and what to say; ``RecordWrites`` runs the job through
``FormWrites`` (one write at a time, the form locked, keys typed meanwhile kept) and handles
what comes back. A refused save brings its errors to the fields; a colleague's newer version
opens the conflict dialog (save mine over theirs, use theirs, keep editing); any other failure
is said in a dialog. In every case the form keeps what was typed. Leaving with unsaved edits
asks first; choosing Save goes on (``then``) once the save succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from incident_logger.domain.changes import Changes
from incident_logger.domain.errors import ConflictError, ValidationError
from incident_logger.domain.messages import msg
from incident_logger.services.record_edits import RecordEdits, Written
from incident_logger.store.engine import Database
from incident_logger.ui import prompts
from incident_logger.ui.dialogs import conflict_dialog
from incident_logger.ui.dialogs.conflict_dialog import ConflictChoice
from incident_logger.ui.messages import error_text
from incident_logger.ui.messages import text as message_text
from incident_logger.ui.tasks import TaskRunner
from incident_logger.ui.widgets import record_texts as texts
from incident_logger.ui.widgets.form_writes import FormWrites

Fields = dict[str, object]


class RecordHost(Protocol):
    """What a page tells its ``RecordWrites`` about the record open in its form."""

    edits: RecordEdits[Any, Any]  # the kind's writes (read at each write)
    loaded_version: int | None  # the version the form opened (None: a new record)

    @property
    def record_id(self) -> int | None:
        """The record open in the form (None: a new one)."""
        ...

    def in_trash(self) -> bool:
        """The page shows the trash (nothing there is saved)."""
        ...

    def has_unsaved_changes(self) -> bool: ...

    def unsaved_label(self) -> str:
        """The record as the unsaved-edits question names it ("The source")."""
        ...

    def current_draft(self) -> Any | None:
        """The form as a draft, read on the GUI thread; None, or ``ValidationError``, when it
        cannot make one (its errors are shown, or to show)."""
        ...

    def show_errors(self, error: ValidationError) -> None: ...

    def compared(self, conflict: ConflictError) -> tuple[Fields, Fields | None]:
        """The form's fields and the stored version's (None: gone), to show side by side."""
        ...

    def reopen(self, record_id: int | None) -> None:
        """Show the stored record (None: a new one), the form clean."""
        ...

    def show_saved(self, written: Written[Any]) -> str:
        """Show the record as stored and the list with it; what to say."""
        ...

    def show_trashed(self, record_id: int, deleted: bool) -> str:
        """Show the list without (or with) the record; what to say."""
        ...

    def show_newer(self, record_id: int) -> None:
        """A colleague saved the record since it was opened here: nothing was moved; show
        their version, the form clean."""
        ...


class RecordWrites(QObject):
    """The write flow of one page; ``status`` and ``changed`` are the page's to pass on."""

    status = Signal(str)
    changed = Signal(object)  # Changes of a save, a move to the trash or a restore
    busy_changed = Signal(bool)

    def __init__(self, host: RecordHost, db: Database, form: QWidget, page: QWidget) -> None:
        super().__init__(page)
        self._host = host
        self._db = db
        self._page = page
        self._form_writes = FormWrites(form, self)
        self._form_writes.busy_changed.connect(self.busy_changed)

    def set_runner(self, runner: TaskRunner) -> None:
        self._form_writes.set_runner(runner)

    def is_busy(self) -> bool:
        return self._form_writes.is_busy()

    # --- saving --------------------------------------------------------------------

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Start saving the form on the runner; False when it has errors or a write runs.
        ``then`` runs after a successful save."""
        if self._host.in_trash() or self.is_busy():
            return False
        host = self._host
        try:
            draft = host.current_draft()
        except ValidationError as exc:
            host.show_errors(exc)
            draft = None
        if draft is None:
            self.status.emit(texts.t(texts.FIX_FIELDS))
            return False
        version = host.loaded_version
        job = partial(host.edits.save, self._db, host.record_id, draft, expected_version=version)
        self.status.emit(texts.t(texts.SAVING))
        return self._form_writes.run(
            job,
            lambda written: self._saved(written, then),
            lambda exc: self._save_failed(exc, then),
            texts.t(texts.SAVING),
        )

    def _saved(self, written: Written[Any], then: Callable[[], object] | None) -> None:
        said = self._host.show_saved(written)
        self.changed.emit(written.changes)
        self.status.emit(said)
        if then is not None:
            then()

    def _save_failed(self, exc: BaseException, then: Callable[[], object] | None) -> None:
        if isinstance(exc, ValidationError):
            self._host.show_errors(exc)
            self.status.emit(texts.t(texts.FIX_FIELDS))
        elif isinstance(exc, ConflictError):
            self._resolve_conflict(exc, then)
        else:
            self.status.emit(texts.t(texts.NOT_SAVED_BECAUSE).format(error_text(exc)))
            prompts.show_error(
                self._page,
                texts.t(texts.NOT_SAVED),
                error_text(exc),
                texts.t(texts.STILL_TYPED),
            )

    def _resolve_conflict(self, conflict: ConflictError, then: Callable[[], object] | None) -> None:
        """Someone saved this record after it was opened here: both versions field by field;
        save mine over theirs, take theirs, or keep editing."""
        mine, theirs = self._host.compared(conflict)
        choice = conflict_dialog.ask(self._page, conflict, mine, theirs)
        if choice is ConflictChoice.SAVE_MINE:
            self._host.loaded_version = conflict.version
            self.save(then)
        elif choice is ConflictChoice.TAKE_THEIRS:
            self._host.reopen(conflict.entity_id)
            self.status.emit(texts.t(texts.TOOK_THEIRS))
        else:
            self.status.emit(texts.t(texts.NOT_SAVED_BECAUSE).format(error_text(conflict)))

    def discard(self) -> None:
        """Show the stored record again over what was typed."""
        self._host.reopen(self._host.record_id)
        self.status.emit(texts.t(texts.DISCARDED))

    def confirm_leave(self, then: Callable[[], object] | None = None) -> bool:
        """True when it is fine to leave now (nothing typed, or edits discarded). When the
        user chooses Save, the save starts on the runner and ``then`` runs once it succeeded."""
        if self.is_busy():
            self.status.emit(texts.t(texts.SAVING))
            return False
        if not self._host.has_unsaved_changes():
            return True
        answer = prompts.ask_unsaved(self._page, self._host.unsaved_label())
        if answer is prompts.Unsaved.SAVE:
            self.save(then)
            return False
        if answer is prompts.Unsaved.DISCARD:
            self._host.reopen(self._host.record_id)
            return True
        return False

    # --- the trash -----------------------------------------------------------------

    def may_switch_trash(self, on: bool, action: QAction) -> bool:
        """Whether the page may show the trash (``on``) or its records now. Going to the
        trash asks about unsaved edits first; if the user saves, ``action`` (the page's Trash
        toggle) is checked again once the save succeeded."""
        if on == self._host.in_trash():
            return False
        if on and not self.confirm_leave(then=lambda: action.setChecked(True)):
            action.setChecked(False)
            return False
        return True

    def move(self, record_id: int, deleted: bool) -> None:
        """Move the record to the trash (or out of it) on the runner. The version the analyst
        is looking at goes with it: a colleague's save since refuses the move."""
        if self.is_busy():
            return
        host = self._host
        seen = host.loaded_version if record_id == host.record_id else None
        self._form_writes.run(
            partial(host.edits.trash, self._db, record_id, deleted, expected_version=seen),
            lambda changes: self._moved(changes, record_id, deleted),
            lambda exc: self._move_failed(exc, record_id),
            texts.t(texts.MOVING) if deleted else texts.t(texts.RESTORING),
        )

    def _moved(self, changes: Changes, record_id: int, deleted: bool) -> None:
        said = self._host.show_trashed(record_id, deleted)
        self.changed.emit(changes)
        self.status.emit(said)

    def _move_failed(self, exc: BaseException, record_id: int) -> None:
        if isinstance(exc, ConflictError):
            self._host.show_newer(record_id)
            said = message_text(msg("changed_before_trash"))
        elif isinstance(exc, ValidationError):  # a source cited, a place in use
            said = "\n".join(message_text(e.msg) for e in exc.errors)
            QMessageBox.information(
                self._page,
                texts.t(texts.CANNOT_MOVE),
                said,
            )
            return
        else:
            said = error_text(exc)
        self.status.emit(texts.t(texts.NOTHING_CHANGED_BECAUSE).format(said))
        prompts.show_error(self._page, texts.t(texts.NOTHING_CHANGED), said)
