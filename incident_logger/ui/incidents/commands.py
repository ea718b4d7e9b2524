"""Undoable incident changes for the session's QUndoStack; each calls the services.

The change is made before the command is pushed (so a refused save never enters the stack);
the first ``redo`` that Qt calls on push is therefore skipped. Undo and redo run on the task
runner; ``on_change`` gets the ``Changes`` they made, ``on_error`` what went wrong. An undo or
redo that a colleague's later change refuses (``ConflictError``) makes its step obsolete: it
does nothing more, and Qt drops it from the stack the next time it is undone or redone.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from incident_logger.domain.changes import Changes
from incident_logger.domain.errors import ConflictError
from incident_logger.domain.messages import msg
from incident_logger.domain.models import IncidentDraft, incident_ref
from incident_logger.store.engine import Database
from incident_logger.ui.messages import error_text, text
from incident_logger.ui.tasks import TaskRunner
from incident_logger.ui.words import QT_TRANSLATE_NOOP

Changed = Callable[[Changes], None]
Failed = Callable[[BaseException], None]


# A step's name as the Edit menu shows it: "Undo edit INC-000012".
_STEPS = {
    "create": QT_TRANSLATE_NOOP("UndoSteps", "create {ref}"),
    "edit": QT_TRANSLATE_NOOP("UndoSteps", "edit {ref}"),
    "delete": QT_TRANSLATE_NOOP("UndoSteps", "delete {ref}"),
    "restore": QT_TRANSLATE_NOOP("UndoSteps", "restore {ref}"),
    "delete_all": QT_TRANSLATE_NOOP("UndoSteps", "delete the selected incidents ({n})"),
    "restore_all": QT_TRANSLATE_NOOP("UndoSteps", "restore the selected incidents ({n})"),
}


def _step(key: str, **values: object) -> str:
    return QCoreApplication.translate("UndoSteps", _STEPS[key]).format(**values)


def refusal_text(exc: BaseException) -> str:
    """Why an undo or redo did not happen, in the interface's language."""
    if isinstance(exc, ConflictError) and exc.entity == "incident":
        return text(msg("step_refused", ref=incident_ref(exc.entity_id)))
    return error_text(exc)


class _Command(QUndoCommand):
    def __init__(
        self, db: Database, runner: TaskRunner, text: str, on_change: Changed, on_error: Failed
    ) -> None:
        super().__init__(text)
        self._db = db
        self._runner = runner
        self._on_change = on_change
        self._on_error = on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._submit(forward=True)

    def undo(self) -> None:
        self._submit(forward=False)

    def _submit(self, forward: bool) -> None:
        if self.isObsolete():
            return  # refused once already: Qt drops the step now
        self._runner.submit(
            self.apply,
            forward,
            on_done=self._on_change,
            on_error=self._failed,
            description=self.text(),
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError) and shiboken6.isValid(self):
            self.setObsolete(True)
        self._on_error(exc)

    def apply(self, forward: bool) -> Changes:
        """Runs on the worker."""
        raise NotImplementedError


class CreateIncident(_Command):
    """Undo moves the new incident to the trash; redo brings it back."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        incident_id: int,
        on_change: Changed,
        on_error: Failed,
    ) -> None:
        what = _step("create", ref=incident_ref(incident_id))
        super().__init__(db, runner, what, on_change, on_error)
        self.incident_id = incident_id

    def apply(self, forward: bool) -> Changes:
        # The ORM behind it loads on first use, not at start-up.
        from incident_logger.services import incident_edits

        return incident_edits.set_deleted(
            self._db, [self.incident_id], not forward, reason="undo" if not forward else "redo"
        )


class EditIncident(_Command):
    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        incident_id: int,
        before: IncidentDraft,
        after: IncidentDraft,
        on_change: Changed,
        on_error: Failed,
    ) -> None:
        what = _step("edit", ref=incident_ref(incident_id))
        super().__init__(db, runner, what, on_change, on_error)
        self.incident_id = incident_id
        self.before = before
        self.after = after

    def apply(self, forward: bool) -> Changes:
        from incident_logger.services import incident_edits
        from incident_logger.services.incidents import get_incident

        # Undo expects the incident as this step left it, redo as it was before: a
        # colleague's change in between (of any field) refuses the step instead of being
        # overwritten. Moving it to the trash and back changes no field, so it does not.
        expected = self.before if forward else self.after
        current = get_incident(self._db, self.incident_id)
        if current.draft != expected:
            raise ConflictError(
                "incident",
                self.incident_id,
                expected=current.version,
                version=current.version,
                by="someone else",
            )
        saved = incident_edits.update(
            self._db,
            self.incident_id,
            self.after if forward else self.before,
            reason="redo" if forward else "undo",
            expected_version=current.version,
        )
        return saved.changes


class SetDeleted(_Command):
    """Move incidents to the trash (``deleted=True``) or restore them."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        incident_ids: list[int],
        deleted: bool,
        on_change: Changed,
        on_error: Failed,
        drafts: dict[int, IncidentDraft] | None = None,
    ) -> None:
        if len(incident_ids) == 1:
            what = _step("delete" if deleted else "restore", ref=incident_ref(incident_ids[0]))
        else:  # a count in brackets needs no plural forms
            what = _step("delete_all" if deleted else "restore_all", n=len(incident_ids))
        super().__init__(db, runner, what, on_change, on_error)
        self.incident_ids = list(incident_ids)
        self.deleted = deleted
        # Each incident's fields as the last step left it: a colleague's change of any field
        # since refuses the undo or redo (``ConflictError``) instead of moving their version.
        # Moving it to the trash and back (this or another step) changes no field.
        self.drafts: dict[int, IncidentDraft] = dict(drafts or {})

    def apply(self, forward: bool) -> Changes:
        from incident_logger.services import incident_edits

        # One transaction for all of them: a colleague's change of any one refuses the step
        # and none moves.
        moved = incident_edits.move(
            self._db,
            self.incident_ids,
            self.deleted if forward else not self.deleted,
            reason="" if forward else "undo",
            expected_drafts=self.drafts,
        )
        self.drafts = moved.drafts
        return moved.changes
