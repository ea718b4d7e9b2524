"""Undoable incident changes for the session's QUndoStack; each calls the services.

The change is made before the command is pushed (so a refused save never enters the stack);
the first ``redo`` that Qt calls on push is therefore skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from incident_logger.domain.models import IncidentDraft, incident_ref
from incident_logger.services.incidents import set_incident_deleted, update_incident
from incident_logger.store.engine import Database

Changed = Callable[[list[int]], None]


class _Command(QUndoCommand):
    def __init__(self, db: Database, text: str, on_change: Changed) -> None:
        super().__init__(text)
        self._db = db
        self._on_change = on_change
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._on_change(self.apply(forward=True))

    def undo(self) -> None:
        self._on_change(self.apply(forward=False))

    def apply(self, forward: bool) -> list[int]:
        raise NotImplementedError


class CreateIncident(_Command):
    """Undo moves the new incident to the trash; redo brings it back."""

    def __init__(self, db: Database, incident_id: int, on_change: Changed) -> None:
        super().__init__(db, f"create {incident_ref(incident_id)}", on_change)
        self.incident_id = incident_id

    def apply(self, forward: bool) -> list[int]:
        set_incident_deleted(
            self._db, self.incident_id, not forward, reason="undo" if not forward else "redo"
        )
        return [self.incident_id]


class EditIncident(_Command):
    def __init__(
        self,
        db: Database,
        incident_id: int,
        before: IncidentDraft,
        after: IncidentDraft,
        on_change: Changed,
    ) -> None:
        super().__init__(db, f"edit {incident_ref(incident_id)}", on_change)
        self.incident_id = incident_id
        self.before = before
        self.after = after

    def apply(self, forward: bool) -> list[int]:
        update_incident(
            self._db,
            self.incident_id,
            self.after if forward else self.before,
            reason="redo" if forward else "undo",
        )
        return [self.incident_id]


class SetDeleted(_Command):
    """Move incidents to the trash (``deleted=True``) or restore them."""

    def __init__(
        self, db: Database, incident_ids: list[int], deleted: bool, on_change: Changed
    ) -> None:
        what = "delete" if deleted else "restore"
        label = (
            incident_ref(incident_ids[0])
            if len(incident_ids) == 1
            else f"{len(incident_ids)} incidents"
        )
        super().__init__(db, f"{what} {label}", on_change)
        self.incident_ids = list(incident_ids)
        self.deleted = deleted

    def apply(self, forward: bool) -> list[int]:
        state = self.deleted if forward else not self.deleted
        for incident_id in self.incident_ids:
            set_incident_deleted(self._db, incident_id, state, reason="" if forward else "undo")
        return self.incident_ids


def set_deleted_now(db: Database, incident_ids: list[int], deleted: bool) -> None:
    """Make the change a ``SetDeleted`` command stands for (before pushing it)."""
    for incident_id in incident_ids:
        set_incident_deleted(db, incident_id, deleted)
