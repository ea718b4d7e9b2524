"""Optimistic concurrency: every incident, place, source and count report has a version.

A save says which version it started from (the one the analyst opened); ``claim`` compares
it with the stored one inside the write transaction and refuses with ``ConflictError`` when
someone saved in between, so nothing is ever silently overwritten. On PostgreSQL the row is
locked first (SELECT ... FOR UPDATE), so two analysts saving the same record at the same
moment are put in order and the second is refused; on SQLite the write transaction already
holds the file's write lock. ``history.record`` adds one to the version with every change it
records, in the same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from incident_logger.domain.enums import EntityKind
from incident_logger.domain.errors import ConflictError
from incident_logger.services.history import plain
from incident_logger.store import versions as store_versions
from incident_logger.store.sql import Sql


def claim(session: Session, entity: EntityKind, entity_id: int, expected: int | None) -> None:
    """Refuse the save unless the record is still at ``expected`` (None: no check)."""
    sql = Sql.of(session)
    found = store_versions.current(sql, entity, entity_id)
    if expected is None or found is None or found[0] == expected:
        return
    version, deleted = found
    raise conflict(session, entity, entity_id, expected=expected, version=version, deleted=deleted)


def conflict(
    session: Session,
    entity: EntityKind,
    entity_id: int,
    *,
    expected: int,
    version: int,
    deleted: bool = False,
) -> ConflictError:
    """The refusal of a save over someone else's change, naming who made the last one and
    when (as the history records it)."""
    by, at = store_versions.last_change(Sql.of(session), entity, entity_id) or ("", "")
    return ConflictError(
        entity.value,
        entity_id,
        expected=expected,
        version=version,
        by=by,
        at=at,
        deleted=deleted,
    )


def differing_fields(mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """The fields where two versions of a record differ, in the order of ``mine``."""
    return [k for k in mine if plain(mine.get(k)) != plain(theirs.get(k))]
