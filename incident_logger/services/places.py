"""Places (the gazetteer): create, edit, delete, restore, complete and resolve names."""

from __future__ import annotations

from sqlmodel import Session, col, select

from incident_logger.domain.enums import EntityKind, PlaceKind
from incident_logger.domain.errors import FieldError, NotFoundError, ValidationError
from incident_logger.domain.messages import Message, msg
from incident_logger.domain.models import Place, PlaceDraft
from incident_logger.domain.text import fold
from incident_logger.domain.validation import place_errors, raise_if
from incident_logger.services import history, versions
from incident_logger.services.context import now_iso
from incident_logger.services.place_keys import write_keys
from incident_logger.services.place_match import lemma_prefix_ids
from incident_logger.store import fts
from incident_logger.store.engine import Database
from incident_logger.store.repositories import places as repo
from incident_logger.store.sql import Sql
from incident_logger.store.tables import PlaceAliasRow, PlaceRow


def _draft(row: PlaceRow, aliases: list[str]) -> PlaceDraft:
    return PlaceDraft(
        name=row.name,
        kind=PlaceKind(row.kind),
        parent_id=row.parent_id,
        country_code=row.country_code,
        iso_code=row.iso_code,
        latitude=row.latitude,
        longitude=row.longitude,
        aliases=tuple(aliases),
    )


def _aliases(session: Session, place_id: int) -> list[str]:
    """Each once (a name may have a second row saying its language, services/gazetteer_load)."""
    return list(
        dict.fromkeys(
            session.exec(
            select(PlaceAliasRow.alias)
            .where(PlaceAliasRow.place_id == place_id)
                .order_by(col(PlaceAliasRow.id))
            ).all()
        )
    )


def place_path(session: Session, place_id: int | None) -> str:
    """'Country › Region › City' for a place."""
    names: list[str] = []
    seen: set[int] = set()
    while place_id is not None and place_id not in seen and len(names) < 20:
        seen.add(place_id)
        row = session.get(PlaceRow, place_id)
        if row is None:
            break
        names.append(row.name)
        place_id = row.parent_id
    return " › ".join(reversed(names))


def _load(session: Session, place_id: int) -> tuple[PlaceRow, Place]:
    row = session.get(PlaceRow, place_id)
    if row is None:
        raise NotFoundError(msg("no_place", id=str(place_id)))
    place = Place(
        id=place_id,
        draft=_draft(row, _aliases(session, place_id)),
        path=place_path(session, place_id),
        deleted_at=row.deleted_at,
        version=row.version,
    )
    return row, place


def nesting_problem(kind: PlaceKind, parent_kind: PlaceKind | None) -> Message | None:
    """Why a place of ``kind`` cannot lie inside one of ``parent_kind`` (None: it can).

    A country stands at the top level and a region (admin 1) directly in a country; districts,
    cities and localities may lie in any place (a city district, a village in a district).
    """
    if kind is PlaceKind.COUNTRY and parent_kind is not None:
        return msg("country_top_level")
    if kind is PlaceKind.REGION and parent_kind not in (None, PlaceKind.COUNTRY):
        return msg("region_in_country", parent_kind=parent_kind)
    return None


def _nesting_errors(session: Session, draft: PlaceDraft, place_id: int | None) -> list[FieldError]:
    """The kind must fit the parent's kind, and the places inside must fit the new kind."""
    kind = PlaceKind(draft.kind)
    parent = session.get(PlaceRow, draft.parent_id) if draft.parent_id is not None else None
    problem = nesting_problem(kind, PlaceKind(parent.kind) if parent is not None else None)
    errors = [FieldError("parent", problem)] if problem else []
    if place_id is None:
        return errors
    for name, child_kind in repo.live_children(Sql.of(session), place_id):
        if nesting_problem(PlaceKind(child_kind), kind):
            problem = msg(
                "child_cannot_nest", name=name, child_kind=PlaceKind(child_kind), kind=kind
            )
            errors.append(FieldError("kind", problem))
            break
    return errors


def _loop_errors(session: Session, parent: int, place_id: int) -> list[FieldError]:
    """Walk up from the new parent: meeting this place would make a loop."""
    cursor: int | None = parent
    while cursor is not None:
        if cursor == place_id:
            return [FieldError("parent", msg("place_in_itself"))]
        row = session.get(PlaceRow, cursor)
        cursor = row.parent_id if row else None
    return []


def _check(session: Session, draft: PlaceDraft, place_id: int | None) -> None:
    errors = place_errors(draft)
    parent = draft.parent_id
    if parent is not None and session.get(PlaceRow, parent) is None:
        errors.append(FieldError("parent", msg("unknown_place", id=parent)))
    elif (
        parent is not None
        and place_id is not None
        and (loop := _loop_errors(session, parent, place_id))
    ):
        errors += loop
    elif not errors:
        errors += _nesting_errors(session, draft, place_id)
    raise_if(errors)


def _write_aliases(session: Session, place_id: int, aliases: tuple[str, ...]) -> None:
    # An alias kept keeps its rows' languages (the gazetteer's names in each language, which
    # the interface shows; services/gazetteer_load.py); a new one has none.
    langs: dict[str, list[str]] = {}
    old_rows = session.exec(
        select(PlaceAliasRow)
        .where(PlaceAliasRow.place_id == place_id)
        .order_by(col(PlaceAliasRow.id))
    )
    for old in old_rows:
        langs.setdefault(old.alias, []).append(old.lang)
        session.delete(old)
    session.flush()
    for alias in dict.fromkeys(a.strip() for a in aliases if a.strip()):
        for lang in langs.get(alias, [""]):
            row = PlaceAliasRow(place_id=place_id, alias=alias, alias_key=fold(alias), lang=lang)
            session.add(row)


def _write_name_keys(session: Session, place_id: int, draft: PlaceDraft) -> None:
    """Lemma keys of the name and aliases, so inflected forms find the place."""
    write_keys(Sql.of(session), place_id, [draft.name, *draft.aliases])


def add_place(session: Session, draft: PlaceDraft, reason: str = "") -> int:
    """Create a place inside the caller's transaction; returns its id."""
    _check(session, draft, None)
    now = now_iso()
    row = PlaceRow(
        name=draft.name.strip(),
        name_key=fold(draft.name),
        kind=PlaceKind(draft.kind).value,
        parent_id=draft.parent_id,
        country_code=draft.country_code.upper(),
        iso_code=draft.iso_code.upper(),
        latitude=draft.latitude,
        longitude=draft.longitude,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    _write_aliases(session, row.id, draft.aliases)
    _write_name_keys(session, row.id, draft)
    history.created(session, EntityKind.PLACE, row.id, draft, reason)
    return row.id


def create_place(db: Database, draft: PlaceDraft, reason: str = "") -> Place:
    with db.write() as session:
        place_id = add_place(session, draft, reason)
    return get_place(db, place_id)


def update_place(
    db: Database,
    place_id: int,
    draft: PlaceDraft,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> Place:
    with db.write() as session:
        versions.claim(session, EntityKind.PLACE, place_id, expected_version)
        row, before = _load(session, place_id)
        _check(session, draft, place_id)
        changes = history.changes_between(before.draft, draft)
        affected: list[int] = []
        if {"name", "aliases", "parent_id"} & changes.keys():
            # Out of the index as indexed, before the names change (``store.fts``).
            sql = Sql.of(session)
            affected = fts.incidents_under_place(sql, place_id)
            fts.unindex_incidents(sql, affected)
        if changes:
            row.name = draft.name.strip()
            row.name_key = fold(draft.name)
            row.kind = PlaceKind(draft.kind).value
            row.parent_id = draft.parent_id
            row.country_code = draft.country_code.upper()
            row.iso_code = draft.iso_code.upper()
            row.latitude, row.longitude = draft.latitude, draft.longitude
            row.updated_at = now_iso()
            row.user_edited = 1  # a later gazetteer release leaves this place alone
            session.add(row)
            _write_aliases(session, place_id, draft.aliases)
            session.flush()
            _write_name_keys(session, place_id, draft)
            history.edited(session, EntityKind.PLACE, place_id, changes, reason)
            if affected:
                fts.index_incidents(Sql.of(session), affected)
    return get_place(db, place_id)


def set_place_deleted(
    db: Database,
    place_id: int,
    deleted: bool,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> Place:
    """Move a place to the trash or restore it. A place still in use cannot be deleted."""
    with db.write() as session:
        versions.claim(session, EntityKind.PLACE, place_id, expected_version)
        row, _ = _load(session, place_id)
        if deleted and row.deleted_at is None:
            used = repo.uses(Sql.of(session), place_id)
            if used:
                said = msg("place_in_use", n=used, name=row.name)
                raise ValidationError([FieldError("place", said)])
        history.mark_deleted(
            session,
            row,
            entity=EntityKind.PLACE,
            entity_id=place_id,
            deleted=deleted,
            reason=reason,
        )
    return get_place(db, place_id)


def get_place(db: Database, place_id: int) -> Place:
    with db.read() as session:
        return _load(session, place_id)[1]


def list_places(db: Database, *, deleted: bool = False) -> list[Place]:
    """Every place, sorted by its path, with aliases.

    Read with plain SQL: the built-in gazetteer holds some 4,000 places and 18,000 other
    names, which the ORM would take seconds to turn into objects.
    """
    with db.read_sql() as sql:
        rows = repo.list_rows(sql)
        aliases = repo.aliases_by_place(sql)
    by_id = {r[0]: r for r in rows}
    paths: dict[int, str] = {}

    def path(pid: int) -> str:
        found = paths.get(pid)
        if found is None:
            names: list[str] = []
            cursor: int | None = pid
            seen: set[int] = set()
            while cursor is not None and cursor in by_id and cursor not in seen and len(seen) < 21:
                seen.add(cursor)
                names.append(by_id[cursor][1])
                cursor = by_id[cursor][3]
            found = paths[pid] = " › ".join(reversed(names))
        return found

    places = [
        Place(
            id=r[0],
            draft=repo.draft_from_row(r, aliases),
            path=path(r[0]),
            deleted_at=r[8],
            version=r[9],
        )
        for r in rows
        if (r[8] is not None) == deleted
    ]
    return sorted(places, key=lambda p: fold(p.path))


def complete_places(db: Database, prefix: str, limit: int = 20) -> list[Place]:
    """Places whose name or an alias starts with ``prefix`` (folded), shortest first."""
    key = fold(prefix)
    with db.read() as session:
        sql = Sql.of(session)
        ids = repo.ids_with_name_prefix(sql, key, limit)
        ids += _inflected_completions(sql, prefix, ids, limit)
        return [_load(session, i)[1] for i in ids]


def _inflected_completions(sql: Sql, prefix: str, found: list[int], limit: int) -> list[int]:
    """More places for an inflected word ("Брянской" -> Брянская область), after ``found``."""
    if len(found) >= limit:
        return []
    extra = [i for i in lemma_prefix_ids(sql, prefix, limit) if i not in found]
    return extra[: limit - len(found)]


def place_exists(session: Session, place_id: int) -> bool:
    row = session.get(PlaceRow, place_id)
    return row is not None and row.deleted_at is None
