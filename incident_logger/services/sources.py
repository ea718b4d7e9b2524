"""Sources: who said it, where, and how reliable they are (Admiralty A-F)."""

from __future__ import annotations

from sqlmodel import Session, select

from incident_logger.domain.enums import EntityKind, Reliability, SourceKind
from incident_logger.domain.errors import FieldError, NotFoundError, ValidationError
from incident_logger.domain.messages import msg
from incident_logger.domain.models import Source, SourceDraft
from incident_logger.domain.text import fold
from incident_logger.domain.validation import raise_if, source_errors
from incident_logger.services import history, versions
from incident_logger.services.context import now_iso
from incident_logger.store import fts
from incident_logger.store.engine import Database
from incident_logger.store.repositories import incidents
from incident_logger.store.sql import Sql
from incident_logger.store.tables import SourceRow


def _to_source(row: SourceRow) -> Source:
    return Source(
        id=row.id or 0,
        draft=SourceDraft(
            name=row.name,
            kind=SourceKind(row.kind),
            reliability=Reliability(row.reliability),
            url=row.url,
            note=row.note,
        ),
        deleted_at=row.deleted_at,
        version=row.version,
    )


def _get(session: Session, source_id: int) -> SourceRow:
    row = session.get(SourceRow, source_id)
    if row is None:
        raise NotFoundError(msg("no_source", id=str(source_id)))
    return row


def add_source(session: Session, draft: SourceDraft, reason: str = "") -> int:
    raise_if(source_errors(draft))
    now = now_iso()
    row = SourceRow(
        name=draft.name.strip(),
        name_key=fold(draft.name),
        kind=SourceKind(draft.kind).value,
        reliability=str(draft.reliability).upper(),
        url=draft.url.strip(),
        note=draft.note,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    history.created(session, EntityKind.SOURCE, row.id, draft, reason)
    return row.id


def create_source(db: Database, draft: SourceDraft, reason: str = "") -> Source:
    with db.write() as session:
        source_id = add_source(session, draft, reason)
    return get_source(db, source_id)


def update_source(
    db: Database,
    source_id: int,
    draft: SourceDraft,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> Source:
    raise_if(source_errors(draft))
    with db.write() as session:
        versions.claim(session, EntityKind.SOURCE, source_id, expected_version)
        row = _get(session, source_id)
        changes = history.changes_between(_to_source(row).draft, draft)
        citing: list[int] = []
        if "name" in changes:  # out of the index as indexed, before the name changes
            sql = Sql.of(session)
            citing = fts.incidents_citing_source(sql, source_id)
            fts.unindex_incidents(sql, citing)
        if changes:
            row.name, row.name_key = draft.name.strip(), fold(draft.name)
            row.kind = SourceKind(draft.kind).value
            row.reliability = str(draft.reliability).upper()
            row.url, row.note, row.updated_at = draft.url.strip(), draft.note, now_iso()
            session.add(row)
            session.flush()
            history.edited(session, EntityKind.SOURCE, source_id, changes, reason)
            sql = Sql.of(session)
            if citing:
                fts.index_incidents(sql, citing)
            if "reliability" in changes:
                incidents.refresh_best_grades(sql, fts.incidents_citing_source(sql, source_id))
    return get_source(db, source_id)


def set_source_deleted(
    db: Database,
    source_id: int,
    deleted: bool,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> Source:
    """Trash or restore a source; a source cited by live incidents cannot be trashed."""
    with db.write() as session:
        versions.claim(session, EntityKind.SOURCE, source_id, expected_version)
        row = _get(session, source_id)
        if deleted:
            used = incidents.count_citing(Sql.of(session), source_id)
            if used:
                said = msg("source_cited", n=used, name=row.name)
                raise ValidationError([FieldError("source", said)])
        history.mark_deleted(
            session,
            row,
            entity=EntityKind.SOURCE,
            entity_id=source_id,
            deleted=deleted,
            reason=reason,
        )
    return get_source(db, source_id)


def get_source(db: Database, source_id: int) -> Source:
    with db.read() as session:
        return _to_source(_get(session, source_id))


def list_sources(db: Database, *, deleted: bool = False) -> list[Source]:
    with db.read() as session:
        rows = session.exec(select(SourceRow)).all()
        sources = [_to_source(r) for r in rows if (r.deleted_at is not None) == deleted]
    return sorted(sources, key=lambda s: fold(s.draft.name))


def source_exists(session: Session, source_id: int) -> bool:
    row = session.get(SourceRow, source_id)
    return row is not None and row.deleted_at is None
