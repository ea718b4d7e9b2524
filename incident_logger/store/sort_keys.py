"""Stored sort keys and the indexes behind every sort and period the search offers.

``incident.place_key`` and ``incident.category_key`` copy the folded name of the incident's
place ('' without one) and category, so that sorting by them walks an index instead of
looking the name up for every incident. Writers may fill them (the bulk writers do, in the
same statement); triggers fill them when a writer leaves them NULL, when an incident moves
to another place or category, and when a place or category is renamed.
"""

from __future__ import annotations

import sqlite3

PLACE_KEY = "coalesce((SELECT name_key FROM place WHERE id = {p}), '')"
CATEGORY_KEY = "coalesce((SELECT name_key FROM category WHERE id = {c}), '')"


# Appended to an ``INSERT INTO incident(..., place_key, category_key) VALUES (?, ..., `` whose
# place id is parameter ``place`` and category id parameter ``category`` (1-based).
def key_values(place: int, category: int) -> str:
    return f"{PLACE_KEY.format(p=f'?{place:d}')}, {CATEGORY_KEY.format(c=f'?{category:d}')}"


_SET_KEYS = (
    "UPDATE incident SET place_key = "
    + PLACE_KEY.format(p="new.place_id")
    + ", category_key = "
    + CATEGORY_KEY.format(c="new.category_id")
    + " WHERE id = new.id"
)

TRIGGERS: tuple[str, ...] = (
    "CREATE TRIGGER incident_sort_keys_insert AFTER INSERT ON incident "
    f"WHEN new.place_key IS NULL OR new.category_key IS NULL BEGIN {_SET_KEYS}; END",
    "CREATE TRIGGER incident_sort_keys_update AFTER UPDATE OF place_id, category_id ON incident "
    f"BEGIN {_SET_KEYS}; END",
    "CREATE TRIGGER place_sort_key_rename AFTER UPDATE OF name_key ON place "
    "WHEN new.name_key IS NOT old.name_key BEGIN "
    "UPDATE incident SET place_key = new.name_key WHERE place_id = new.id; END",
    "CREATE TRIGGER category_sort_key_rename AFTER UPDATE OF name_key ON category "
    "WHEN new.name_key IS NOT old.name_key BEGIN "
    "UPDATE incident SET category_key = new.name_key WHERE category_id = new.id; END",
)

# One index per sort column of live incidents, in the keyset order (key, id); the expressions
# are exactly those of ``services.search.SORT_COLUMNS``. The last one serves ``from:`` (an
# incident lasts until its end, or is an instant at its start).
_LIVE = "WHERE deleted_at IS NULL"
INDEXES: tuple[str, ...] = (
    f"CREATE INDEX ix_incident_live_title ON incident(title, id) {_LIVE}",
    f"CREATE INDEX ix_incident_live_place_key ON incident(place_key, id) {_LIVE}",
    f"CREATE INDEX ix_incident_live_locality ON incident(locality, id) {_LIVE}",
    f"CREATE INDEX ix_incident_live_category_key ON incident(category_key, id) {_LIVE}",
    f"CREATE INDEX ix_incident_live_injuries ON incident(coalesce(injuries, -1), id) {_LIVE}",
    "CREATE INDEX ix_incident_live_fatalities ON incident(coalesce(fatalities, -1), id) " + _LIVE,
    f"CREATE INDEX ix_incident_live_damage ON incident(damage_count, id) {_LIVE}",
    f"CREATE INDEX ix_incident_live_grade ON incident(best_grade, id) {_LIVE}",
    f"CREATE INDEX ix_incident_live_status ON incident(status, id) {_LIVE}",
    f"CREATE INDEX ix_incident_live_updated ON incident(updated_at, id) {_LIVE}",
    f"CREATE INDEX ix_incident_live_deleted ON incident(coalesce(deleted_at, ''), id) {_LIVE}",
    f"CREATE INDEX ix_incident_live_until ON incident(coalesce(end_at, start_at), id) {_LIVE}",
)


def create(conn: sqlite3.Connection) -> None:
    """Add and fill the keys, then the triggers and indexes (a migration step)."""
    conn.execute("ALTER TABLE incident ADD COLUMN place_key TEXT")
    conn.execute("ALTER TABLE incident ADD COLUMN category_key TEXT")
    conn.execute(
        "UPDATE incident SET place_key = "
        + PLACE_KEY.format(p="incident.place_id")
        + ", category_key = "
        + CATEGORY_KEY.format(c="incident.category_id")
    )
    for statement in TRIGGERS + INDEXES:
        conn.execute(statement)
