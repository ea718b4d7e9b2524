"""Incidents: create, edit, move to the trash and restore, each with a history entry."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    EntityKind,
    GeoPrecision,
    HistoryAction,
    Status,
    TimePrecision,
)
from incident_logger.domain.errors import NotFoundError
from incident_logger.domain.models import DamageNote, Incident, IncidentDraft, SourceLink
from incident_logger.domain.text import fold
from incident_logger.domain.timefmt import normalise_when
from incident_logger.domain.validation import incident_errors, raise_if
from incident_logger.services import history
from incident_logger.services.categories import category_id
from incident_logger.services.context import now_iso, raw_connection
from incident_logger.services.places import place_exists
from incident_logger.services.sources import refresh_best_grades, source_exists
from incident_logger.store import fts
from incident_logger.store.engine import Database
from incident_logger.store.tables import (
    CategoryRow,
    DamageNoteRow,
    IncidentRow,
    IncidentSourceRow,
    IncidentTagRow,
)


def damage_total(notes: tuple[DamageNote, ...]) -> int:
    """Damaged objects: stated quantities, counting a note without a number as one."""
    return sum(1 if n.quantity is None else n.quantity for n in notes)


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


def _as_dict(draft: IncidentDraft) -> dict[str, Any]:
    return {k: getattr(draft, k) for k in IncidentDraft.__dataclass_fields__}


def _apply(row: IncidentRow, draft: IncidentDraft, cat_id: int) -> None:
    row.title, row.start_at, row.end_at = draft.title, draft.start_at, draft.end_at
    row.time_precision = TimePrecision(draft.time_precision).value
    row.place_id, row.locality = draft.place_id, draft.locality
    row.latitude, row.longitude = draft.latitude, draft.longitude
    row.geo_precision = GeoPrecision(draft.geo_precision).value
    row.category_id, row.narrative = cat_id, draft.narrative
    row.injuries, row.fatalities, row.response = draft.injuries, draft.fatalities, draft.response
    row.status = Status(draft.status).value
    row.external_id, row.external_type = draft.external_id, draft.external_type
    row.damage_count = damage_total(draft.damage)


def _write_children(session: Session, incident_id: int, draft: IncidentDraft) -> None:
    conn = raw_connection(session)
    session.flush()
    for table in ("incident_tag", "incident_source", "damage_note"):
        conn.execute(f"DELETE FROM {table} WHERE incident_id = ?", (incident_id,))
    for tag in draft.tags:
        session.add(IncidentTagRow(incident_id=incident_id, tag=tag, tag_key=fold(tag)))
    for pos, link in enumerate(draft.sources):
        session.add(
            IncidentSourceRow(
                incident_id=incident_id,
                source_id=link.source_id,
                credibility=link.credibility,
                url=link.url.strip(),
                note=link.note,
                position=pos,
            )
        )
    for pos, note in enumerate(draft.damage):
        session.add(
            DamageNoteRow(
                incident_id=incident_id,
                object_kind=note.object_kind.strip(),
                quantity=note.quantity,
                severity=DamageSeverity(note.severity).value,
                state=DamageState(note.state).value,
                note=note.note,
                position=pos,
            )
        )
    session.flush()
    refresh_best_grades(conn, [incident_id])
    fts.index_incident(conn, incident_id)


def add_incident(session: Session, draft: IncidentDraft, reason: str = "") -> int:
    """Create an incident inside the caller's transaction; returns its id."""
    draft = _validate(session, draft)
    cat_id = category_id(session, draft.category)
    assert cat_id is not None
    now = now_iso()
    row = IncidentRow(
        title="",
        start_at="",
        time_precision="",
        geo_precision="",
        status="",
        category_id=cat_id,
        created_at=now,
        updated_at=now,
    )
    _apply(row, draft, cat_id)
    session.add(row)
    session.flush()
    assert row.id is not None
    _write_children(session, row.id, draft)
    history.record(
        session,
        entity=EntityKind.INCIDENT,
        entity_id=row.id,
        action=HistoryAction.CREATE,
        changes=history.diff(None, _as_dict(draft)),
        reason=reason,
    )
    return row.id


def create_incident(db: Database, draft: IncidentDraft, reason: str = "") -> Incident:
    with db.write() as session:
        incident_id = add_incident(session, draft, reason)
    return get_incident(db, incident_id)


def update_incident(
    db: Database, incident_id: int, draft: IncidentDraft, reason: str = ""
) -> Incident:
    with db.write() as session:
        row, before = _load(session, incident_id)
        draft = _validate(session, draft)
        changes = history.diff(_as_dict(before.draft), _as_dict(draft))
        if changes:
            cat_id = category_id(session, draft.category)
            assert cat_id is not None
            _apply(row, draft, cat_id)
            row.updated_at = now_iso()
            session.add(row)
            _write_children(session, incident_id, draft)
            history.record(
                session,
                entity=EntityKind.INCIDENT,
                entity_id=incident_id,
                action=HistoryAction.EDIT,
                changes=changes,
                reason=reason,
            )
    return get_incident(db, incident_id)


def set_incident_deleted(
    db: Database, incident_id: int, deleted: bool, reason: str = ""
) -> Incident:
    """Soft delete (move to the trash) or restore an incident."""
    with db.write() as session:
        row, _ = _load(session, incident_id)
        history.mark_deleted(
            session,
            row,
            entity=EntityKind.INCIDENT,
            entity_id=incident_id,
            deleted=deleted,
            reason=reason,
        )
    return get_incident(db, incident_id)


def _load(session: Session, incident_id: int) -> tuple[IncidentRow, Incident]:
    row = session.get(IncidentRow, incident_id)
    if row is None:
        raise NotFoundError(f"No incident with id {incident_id}")
    category = session.get(CategoryRow, row.category_id)
    tags = session.exec(
        select(IncidentTagRow.tag)
        .where(IncidentTagRow.incident_id == incident_id)
        .order_by(col(IncidentTagRow.tag_key))
    ).all()
    links = session.exec(
        select(IncidentSourceRow)
        .where(IncidentSourceRow.incident_id == incident_id)
        .order_by(col(IncidentSourceRow.position))
    ).all()
    notes = session.exec(
        select(DamageNoteRow)
        .where(DamageNoteRow.incident_id == incident_id)
        .order_by(col(DamageNoteRow.position))
    ).all()
    draft = IncidentDraft(
        title=row.title,
        start_at=row.start_at,
        end_at=row.end_at,
        time_precision=TimePrecision(row.time_precision),
        place_id=row.place_id,
        locality=row.locality,
        latitude=row.latitude,
        longitude=row.longitude,
        geo_precision=GeoPrecision(row.geo_precision),
        category=category.name if category else "",
        narrative=row.narrative,
        injuries=row.injuries,
        fatalities=row.fatalities,
        response=row.response,
        status=Status(row.status),
        tags=tuple(tags),
        sources=tuple(
            SourceLink(
                source_id=link.source_id, credibility=link.credibility, url=link.url, note=link.note
            )
            for link in links
        ),
        damage=tuple(
            DamageNote(
                object_kind=n.object_kind,
                quantity=n.quantity,
                severity=DamageSeverity(n.severity),
                state=DamageState(n.state),
                note=n.note,
            )
            for n in notes
        ),
        external_id=row.external_id,
        external_type=row.external_type,
    )
    return row, Incident(
        id=incident_id,
        draft=draft,
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
    )


def get_incident(db: Database, incident_id: int) -> Incident:
    with db.read() as session:
        return _load(session, incident_id)[1]


def get_incidents(db: Database, incident_ids: list[int]) -> list[Incident]:
    """Several incidents in one read transaction, in the order of ``incident_ids``."""
    with db.read() as session:
        return [_load(session, i)[1] for i in incident_ids]
