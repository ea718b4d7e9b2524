"""The change history: every create, edit, delete and restore with old and new values."""

from __future__ import annotations

import json
from typing import Any, Protocol

from sqlmodel import Session, col, select

from incident_logger.domain.enums import EntityKind, HistoryAction
from incident_logger.domain.field_diff import diff as diff
from incident_logger.domain.field_diff import plain as plain
from incident_logger.domain.models import HistoryEntry
from incident_logger.services.context import current_actor, now_iso
from incident_logger.store import versions
from incident_logger.store.engine import Database
from incident_logger.store.sql import Sql
from incident_logger.store.tables import HistoryRow


def record(
    session: Session,
    *,
    entity: EntityKind,
    entity_id: int,
    action: HistoryAction,
    changes: dict[str, list[Any]],
    reason: str = "",
) -> None:
    if action is not HistoryAction.CREATE:
        # The record's version goes up with every change recorded (services.versions).
        versions.count_up(Sql.of(session), entity, entity_id)
    session.add(
        HistoryRow(
            at=now_iso(),
            actor=current_actor(session),
            entity=entity.value,
            entity_id=entity_id,
            action=action.value,
            changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
            reason=reason,
        )
    )


def fields(draft: Any) -> dict[str, Any]:
    """A draft's fields by name, one level deep (``diff`` makes the values plain)."""
    return {k: getattr(draft, k) for k in draft.__dataclass_fields__}


def changes_between(before: Any, after: Any) -> dict[str, list[Any]]:
    """What an edit changes from draft ``before`` to draft ``after`` (see ``diff``)."""
    return diff(fields(before), fields(after))


def created(
    session: Session, entity: EntityKind, entity_id: int, draft: Any, reason: str = ""
) -> None:
    """The history entry of a new record: every field of its draft, from nothing."""
    record(
        session,
        entity=entity,
        entity_id=entity_id,
        action=HistoryAction.CREATE,
        changes=diff(None, fields(draft)),
        reason=reason,
    )


def edited(
    session: Session,
    entity: EntityKind,
    entity_id: int,
    changes: dict[str, list[Any]],
    reason: str = "",
) -> None:
    """The history entry of an edit (``changes`` from ``changes_between``); version + 1."""
    record(
        session,
        entity=entity,
        entity_id=entity_id,
        action=HistoryAction.EDIT,
        changes=changes,
        reason=reason,
    )


class SoftDeletable(Protocol):
    deleted_at: str | None


def mark_deleted(
    session: Session,
    row: SoftDeletable,
    *,
    entity: EntityKind,
    entity_id: int,
    deleted: bool,
    reason: str = "",
) -> bool:
    """Move a record to the trash (or back) with a history entry; False if already there."""
    new_value = now_iso() if deleted else None
    if (row.deleted_at is None) == (new_value is None):
        return False
    record(
        session,
        entity=entity,
        entity_id=entity_id,
        action=HistoryAction.DELETE if deleted else HistoryAction.RESTORE,
        changes={"deleted_at": [row.deleted_at, new_value]},
        reason=reason,
    )
    row.deleted_at = new_value
    session.add(row)
    return True


def history_of(db: Database, *, entity: EntityKind, entity_id: int) -> list[HistoryEntry]:
    """The history of one record, oldest first."""
    with db.read() as session:
        rows = session.exec(
            select(HistoryRow)
            .where(HistoryRow.entity == entity.value, HistoryRow.entity_id == entity_id)
            .order_by(col(HistoryRow.id))
        ).all()
        return [
            HistoryEntry(
                id=r.id or 0,
                at=r.at,
                actor=r.actor,
                entity=r.entity,
                entity_id=r.entity_id,
                action=r.action,
                changes=json.loads(r.changes),
                reason=r.reason,
            )
            for r in rows
        ]
