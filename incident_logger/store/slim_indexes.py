"""Schema step 12: smaller indexes, the same plans.

Every entry of an SQLite index ends with the row's rowid, and ``incident.id`` and
``history.id`` are rowids. The sort and period indexes were declared ``(key, id)``, so each
entry held the id twice: an index on ``(key)`` alone holds the same entries in the same
order, and SQLite's planner knows it: ``ORDER BY key, id`` walks it, and a later page
seeks on the key as it did before (``tests/test_sort_index.py``). Measured on the 1M demo:
about 4 MB less per index. ``ix_incident_live_deleted`` goes: over live incidents every
key was ``''``, and the search sorts live incidents by deletion time in id order, by the
table itself.

The full-text index keeps its column lengths (17 MB at 1M, which only ranking reads):
without them (``columnsize=0``) FTS5 refuses to scan a contentless table, so every
``count(*)`` of the index, on which the checks and tests of both engines rely, would fail;
and the step would re-index every incident (137 s at 1M) instead of only sorting.

PostgreSQL's revision 0012 changes nothing: a PostgreSQL index holds no id of its own, so
its ``(key, id)`` indexes need the id for the same order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_LIVE = "WHERE deleted_at IS NULL"

# Each index as step 12 leaves it (the name is kept: queries name some of them).
INDEXES: tuple[tuple[str, str], ...] = tuple(
    (name, f"CREATE INDEX {name} ON {table}({columns}){where}")
    for name, table, columns, where in (
        ("ix_incident_live_start", "incident", "start_at", f" {_LIVE}"),
        ("ix_incident_live_title", "incident", "title", f" {_LIVE}"),
        ("ix_incident_live_place_key", "incident", "place_key", f" {_LIVE}"),
        ("ix_incident_live_locality", "incident", "locality", f" {_LIVE}"),
        ("ix_incident_live_category_key", "incident", "category_key", f" {_LIVE}"),
        ("ix_incident_live_injuries", "incident", "coalesce(injuries, -1)", f" {_LIVE}"),
        ("ix_incident_live_fatalities", "incident", "coalesce(fatalities, -1)", f" {_LIVE}"),
        ("ix_incident_live_damage", "incident", "damage_count", f" {_LIVE}"),
        ("ix_incident_live_grade", "incident", "best_grade", f" {_LIVE}"),
        ("ix_incident_live_status", "incident", "status", f" {_LIVE}"),
        ("ix_incident_live_means", "incident", "coalesce(means, '')", f" {_LIVE}"),
        ("ix_incident_live_updated", "incident", "updated_at", f" {_LIVE}"),
        ("ix_incident_live_until", "incident", "coalesce(end_at, start_at)", f" {_LIVE}"),
        ("ix_history_entity", "history", "entity, entity_id", ""),
    )
)
DROPPED = ("ix_incident_live_deleted",)

Progress = Callable[[str, int, int], None]
INDEXES_STEP = "smaller sort indexes"


def apply(conn: sqlite3.Connection, progress: Progress | None = None) -> None:
    """Declare the indexes again (in the caller's transaction); ``progress(step, done,
    total)`` before and after each index."""
    total = len(INDEXES) + len(DROPPED)
    done = 0
    for name in DROPPED:
        conn.execute(f"DROP INDEX IF EXISTS {name}")
        done += 1
    for name, sql in INDEXES:
        if progress is not None:
            progress(INDEXES_STEP, done, total)
        conn.execute(f"DROP INDEX IF EXISTS {name}")
        conn.execute(sql)
        done += 1
    if progress is not None:
        progress(INDEXES_STEP, done, total)
