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

# Below this the file's name is not taken for a known place: a new place is made instead.
MIN_CONFIDENCE = 0.6


def _inside(conn: sqlite3.Connection, place_id: int, ancestor: int) -> bool:
    cursor: int | None = place_id
    for _ in range(20):
        row = conn.execute("SELECT parent_id FROM place WHERE id = ?", (cursor,)).fetchone()
        cursor = row[0] if row else None
        if cursor is None:
            return False
        if cursor == ancestor:
            return True
    return False


def match_known_place(
    conn: sqlite3.Connection, draft: PlaceDraft, parent_id: int | None
) -> int | None:
    """The known place the file's ``draft`` stands for, or None.

    A candidate must be of the same kind, resolve with a confidence of at least
    ``MIN_CONFIDENCE`` and lie inside ``parent_id`` (a country: at the top level).
    """
    kind = PlaceKind(draft.kind)
    for candidate in resolve_place_in(
        conn, draft.name, kinds=(kind,), country=draft.country_code, limit=5
    ):
        if candidate.kind is not kind or candidate.confidence < MIN_CONFIDENCE:
            continue
        row = conn.execute(
            "SELECT parent_id FROM place WHERE id = ?", (candidate.place_id,)
        ).fetchone()
        if parent_id is None:
            if row[0] is None:
                return candidate.place_id
        elif _inside(conn, candidate.place_id, parent_id):
            return candidate.place_id
    return None


def add_spellings(
    conn: sqlite3.Connection, spellings: Sequence[tuple[int, str]], reason: str
) -> int:
    """Keep each file spelling as an alias of its place where it is new (with history and
    lemma keys), inside the caller's transaction; returns how many were added."""
    added: dict[int, list[str]] = {}
    names = place_names(conn, sorted({pid for pid, _ in spellings}))
    for pid, spelling in spellings:
        known = {fold(n) for n in names.get(pid, [])}
        if spelling.strip() and fold(spelling) not in known:
            names.setdefault(pid, []).append(spelling.strip())
            added.setdefault(pid, []).append(spelling.strip())
    now, actor = now_iso(), current_actor()
    for pid, new in added.items():
        before = names[pid][1 : len(names[pid]) - len(new)]
        conn.executemany(
            "INSERT INTO place_alias(place_id, alias, alias_key) VALUES (?, ?, ?)",
            [(pid, a, fold(a)) for a in new],
        )
        write_keys(conn, pid, names[pid])
        conn.execute(
            "INSERT INTO history(at, actor, entity, entity_id, action, changes, reason) "
            "VALUES (?,?,?,?,?,?,?)",
            (
                now,
                actor,
                EntityKind.PLACE.value,
                pid,
                HistoryAction.EDIT.value,
                json.dumps({"aliases": [before, before + new]}, ensure_ascii=False),
                f"{reason}: the file's spelling kept as another name",
            ),
        )
    return sum(len(v) for v in added.values())
