"""Incidents: create, edit, move to the trash and restore, each with a history entry."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlmodel import Session

from incident_logger.domain.enums import EntityKind
from incident_logger.domain.errors import NotFoundError
from incident_logger.domain.messages import msg
from incident_logger.domain.models import Incident, IncidentDraft
from incident_logger.domain.text import fold
from incident_logger.domain.timefmt import normalise_when
from incident_logger.domain.validation import incident_errors, raise_if
from incident_logger.services import history, versions
from incident_logger.services.categories import category_id
from incident_logger.services.context import now_iso
from incident_logger.services.places import place_exists
from incident_logger.services.sources import source_exists
from incident_logger.store import fts
from incident_logger.store.engine import Database
from incident_logger.store.repositories import incidents as repo
from incident_logger.store.sql import Sql
from incident_logger.store.tables import IncidentRow


def normalised(draft: IncidentDraft) -> IncidentDraft:
    """The draft as it will be stored: trimmed text, canonical times, unique tags."""
    from dataclasses import replace

    # One tag per folded form: "Night" and "night" are the same tag (the first spelling wins).
    unique: dict[str, str] = {}
    for tag in draft.tags:
        if tag.strip():
            unique.setdefault(fold(tag), " ".join(tag.split()))
    tags = tuple(unique.values())
    return replace(
        draft,
        title=" ".join(draft.title.split()),
        start_at=normalise_when(draft.start_at),
        end_at=normalise_when(draft.end_at) if draft.end_at and draft.end_at.strip() else None,
        locality=draft.locality.strip(),
        category=" ".join(draft.category.split()),
        tags=tags,
    )


def _validate(session: Session, draft: IncidentDraft) -> IncidentDraft:
    raise_if(
        incident_errors(
            draft, lambda i: place_exists(session, i), lambda i: source_exists(session, i)
        )
    )
    return normalised(draft)


def _write_children(session: Session, incident_id: int, draft: IncidentDraft) -> None:
    sql = Sql.of(session)
    repo.write_children(sql, incident_id, draft)
    repo.refresh_best_grades(sql, [incident_id])
    fts.index_incident(sql, incident_id)


def add_incident(session: Session, draft: IncidentDraft, reason: str = "") -> int:
    """Create an incident inside the caller's transaction; returns its id."""
    draft = _validate(session, draft)
    cat_id = category_id(session, draft.category)
    assert cat_id is not None
    session.flush()  # anything the session holds reaches the database before the plain writes
    incident_id = repo.insert(Sql.of(session), draft, cat_id, now_iso())
    _write_children(session, incident_id, draft)
    history.created(session, EntityKind.INCIDENT, incident_id, draft, reason)
    return incident_id


def create_incident(db: Database, draft: IncidentDraft, reason: str = "") -> Incident:
    with db.write() as session:
        incident_id = add_incident(session, draft, reason)
    return get_incident(db, incident_id)


def update_incident(
    db: Database,
    incident_id: int,
    draft: IncidentDraft,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> Incident:
    """Save a changed incident. With ``expected_version`` (the version the analyst opened),
    a newer save by someone else raises ``ConflictError`` and nothing is written."""
    with db.write() as session:
        versions.claim(session, EntityKind.INCIDENT, incident_id, expected_version)
        before = _load(session, incident_id)
        draft = _validate(session, draft)
        changes = history.changes_between(before.draft, draft)
        if changes:
            cat_id = category_id(session, draft.category)
            assert cat_id is not None
            # Out of the index as indexed, before anything changes (``store.fts``).
            fts.unindex_incident(Sql.of(session), incident_id)
            session.flush()
            repo.update(Sql.of(session), incident_id, draft, cat_id, now_iso())
            _write_children(session, incident_id, draft)
            history.edited(session, EntityKind.INCIDENT, incident_id, changes, reason)
    return get_incident(db, incident_id)


def set_incident_deleted(
    db: Database,
    incident_id: int,
    deleted: bool,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> Incident:
    """Soft delete (move to the trash) or restore an incident (``ConflictError`` as for
    ``update_incident`` when it changed since ``expected_version``)."""
    seen = {incident_id: expected_version} if expected_version is not None else None
    set_incidents_deleted(db, [incident_id], deleted, reason, expected_versions=seen)
    return get_incident(db, incident_id)


def set_incidents_deleted(
    db: Database,
    incident_ids: Sequence[int],
    deleted: bool,
    reason: str = "",
    *,
    expected_versions: Mapping[int, int] | None = None,
    expected_drafts: Mapping[int, IncidentDraft] | None = None,
) -> dict[int, IncidentDraft]:
    """Move incidents to the trash (``deleted``) or restore them, all in one transaction:
    either all move or none does.

    ``expected_versions`` holds the version the analyst saw of some of them, and
    ``expected_drafts`` the fields an undo step left them with (a move to the trash and back
    changes no field, so it does not count). One that someone else saved since raises
    ``ConflictError`` and nothing moves. Returns each incident's fields (a move changes none).
    """
    seen_versions = expected_versions or {}
    seen_drafts = expected_drafts or {}
    ids = sorted(set(incident_ids))  # rows locked in one order: two movers never deadlock
    with db.write() as session:
        for incident_id in ids:
            seen = seen_versions.get(incident_id)
            versions.claim(session, EntityKind.INCIDENT, incident_id, seen)
        sql = Sql.of(session)
        found = {i.id: i for i in repo.iter_incidents(sql, ids)}
        for incident_id in ids:
            current = found.get(incident_id)
            if current is None:
                raise NotFoundError(msg("no_incident", id=str(incident_id)))
            left = seen_drafts.get(incident_id)
            if left is not None and current.draft != left:
                raise versions.conflict(
                    session,
                    EntityKind.INCIDENT,
                    incident_id,
                    expected=current.version,
                    version=current.version,
                    deleted=current.deleted_at is not None,
                )
        for incident_id in ids:
            row = session.get(IncidentRow, incident_id)
            assert row is not None  # read above, locked by the claim
            history.mark_deleted(
                session,
                row,
                entity=EntityKind.INCIDENT,
                entity_id=incident_id,
                deleted=deleted,
                reason=reason,
            )
    return {i: found[i].draft for i in ids}


def _load(session: Session, incident_id: int) -> Incident:
    found = repo.get(Sql.of(session), incident_id)
    if found is None:
        raise NotFoundError(msg("no_incident", id=str(incident_id)))
    return found


def get_incident(db: Database, incident_id: int) -> Incident:
    with db.read() as session:
        return _load(session, incident_id)


def get_incidents(db: Database, incident_ids: list[int]) -> list[Incident]:
    """Several incidents in one read transaction, in the order of ``incident_ids``."""
    with db.read() as session:
        found = {i.id: i for i in repo.iter_incidents(Sql.of(session), incident_ids)}
    missing = [i for i in incident_ids if i not in found]
    if missing:
        raise NotFoundError(msg("no_incident", id=str(missing[0])))
    return [found[i] for i in incident_ids]
