"""Import meets the gazetteer: a place named in a file ("Bryansk" as ACLED's admin1) is
resolved to the place already known (Брянская область) instead of a near-duplicate, and the
file's spelling is kept as a new alias."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from incident_logger.domain.enums import EntityKind, HistoryAction, PlaceKind
from incident_logger.domain.models import PlaceDraft
from incident_logger.domain.text import fold
from incident_logger.services.context import current_actor, now_iso
from incident_logger.services.place_keys import place_names, write_keys
from incident_logger.services.place_match import resolve_place_in
from incident_logger.store import history
from incident_logger.store.repositories import places
from incident_logger.store.sql import Sql, wrap

# Below this the file's name is not taken for a known place: a new place is made instead.
MIN_CONFIDENCE = 0.6


def _inside(sql: Sql, place_id: int, ancestor: int) -> bool:
    cursor: int | None = place_id
    for _ in range(20):
        cursor = places.parent_of(sql, cursor)
        if cursor is None:
            return False
        if cursor == ancestor:
            return True
    return False


def match_known_place(
    conn: sqlite3.Connection | Sql, draft: PlaceDraft, parent_id: int | None
) -> int | None:
    """The known place the file's ``draft`` stands for, or None.

    A candidate must be of the same kind, resolve with a confidence of at least
    ``MIN_CONFIDENCE`` and lie inside ``parent_id`` (a country: at the top level).
    """
    kind = PlaceKind(draft.kind)
    sql = wrap(conn)
    for candidate in resolve_place_in(
        sql, draft.name, kinds=(kind,), country=draft.country_code, limit=5
    ):
        if candidate.kind is not kind or candidate.confidence < MIN_CONFIDENCE:
            continue
        if parent_id is None:
            if places.parent_of(sql, candidate.place_id) is None:
                return candidate.place_id
        elif _inside(sql, candidate.place_id, parent_id):
            return candidate.place_id
    return None


def add_spellings(
    conn: sqlite3.Connection | Sql, spellings: Sequence[tuple[int, str]], reason: str
) -> int:
    """Keep each file spelling as an alias of its place where it is new (with history and
    lemma keys), inside the caller's transaction; returns how many were added."""
    sql = wrap(conn)
    added: dict[int, list[str]] = {}
    names = place_names(sql, sorted({pid for pid, _ in spellings}))
    for pid, spelling in spellings:
        known = {fold(n) for n in names.get(pid, [])}
        if spelling.strip() and fold(spelling) not in known:
            names.setdefault(pid, []).append(spelling.strip())
            added.setdefault(pid, []).append(spelling.strip())
    now, actor = now_iso(), current_actor(sql)
    for pid, new in added.items():
        before = names[pid][1 : len(names[pid]) - len(new)]
        places.add_aliases(sql, [(pid, a, fold(a)) for a in new])
        write_keys(sql, pid, names[pid])
        history.add(
            sql,
            [
                (
                    now,
                    actor,
                    EntityKind.PLACE.value,
                    pid,
                    HistoryAction.EDIT.value,
                    json.dumps({"aliases": [before, before + new]}, ensure_ascii=False),
                    f"{reason}: the file's spelling kept as another name",
                )
            ],
        )
    return sum(len(v) for v in added.values())
