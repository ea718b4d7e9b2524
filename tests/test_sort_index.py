"""Every sort and period of the search walks an index, and gives what the old unindexed
queries gave: the same ids in the same order, page after page."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from incident_logger.demo.generate import generate_demo
from incident_logger.domain.models import IncidentDraft
from incident_logger.services.incidents import create_incident, get_incident, update_incident
from incident_logger.services.places import get_place, update_place
from incident_logger.services.search import (
    SORT_COLUMNS,
    Cursor,
    SortKey,
    compile_query,
    search_incidents,
)
from incident_logger.services.search_plan import page_query
from incident_logger.store.engine import Database, open_database

V1_FILE = Path(__file__).parent / "data" / "schema_v1.sqlite3"

# The sort expressions before the stored keys and indexes (schema 3), written out in full.
OLD_SORT = {
    **SORT_COLUMNS,
    "region": "coalesce((SELECT name_key FROM place WHERE id = i.place_id), '')",
    "category": "(SELECT name_key FROM category WHERE id = i.category_id)",
}
OLD_FROM = "coalesce(i.end_at, i.start_at) >= ?"
# (query, the old condition, its parameters); the demo's data runs from 2025-01 to 2026-11.
PERIODS = [
    ("from:2027-01-01", OLD_FROM, ["2027-01-01T00:00"]),
    ("from:2026-11-19", OLD_FROM, ["2026-11-19T00:00"]),
    ("to:2024-12-31", "i.start_at <= ?", ["2024-12-31T23:59"]),
    ("to:2025-01-03", "i.start_at <= ?", ["2025-01-03T23:59"]),
    ("from:2026-03-01 to:2026-03-20", f"{OLD_FROM} AND i.start_at <= ?",
     ["2026-03-01T00:00", "2026-03-20T23:59"]),
    ("from:2027-01-01 to:2027-02-01", f"{OLD_FROM} AND i.start_at <= ?",
     ["2027-01-01T00:00", "2027-02-01T23:59"]),
    ("from:2026-06-01 fire", f"{OLD_FROM} AND i.id IN (SELECT rowid FROM incident_fts "
     "WHERE incident_fts MATCH ?)", ["2026-06-01T00:00", '"fire"']),
]  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("sort") / "demo.sqlite3")
    generate_demo(db, 1_500, seed=11)
    with db.raw() as conn:  # some deleted, some without a place, some ties on every key
        conn.execute("UPDATE incident SET deleted_at = updated_at WHERE id % 13 = 0")
        conn.execute("UPDATE incident SET place_id = NULL WHERE id % 17 = 0")
        conn.execute("UPDATE incident SET title = 'Same title' WHERE id % 19 = 0")
        conn.commit()
    yield db
    db.close()


def old_ids(db: Database, where: str, params: list[object], sort: SortKey) -> list[int]:
    direction = "DESC" if sort.descending else "ASC"
    expr = OLD_SORT[sort.column]
    sql = (
        f"SELECT i.id FROM incident i WHERE i.deleted_at IS NULL AND {where} "
        f"ORDER BY {expr} {direction}, i.id {direction}"
    )
    with db.raw() as conn:
        return [r[0] for r in conn.execute(sql, params)]


def paged_ids(db: Database, query: str, sort: SortKey, limit: int) -> list[int]:
    seen: list[int] = []
    cursor: Cursor | None = None
    while True:
        page = search_incidents(db, query, sort=sort, cursor=cursor, limit=limit)
        seen.extend(r.id for r in page.rows)
        if page.next_cursor is None:
            return seen
        cursor = page.next_cursor


@pytest.mark.parametrize("column", sorted(SORT_COLUMNS))
def test_each_sort_pages_as_the_old_query_ordered(demo: Database, column: str) -> None:
    for descending in (True, False):
        sort = SortKey(column, descending)
        assert paged_ids(demo, "", sort, 173) == old_ids(demo, "1", [], sort), sort


@pytest.mark.parametrize(("query", "where", "params"), PERIODS)
def test_each_period_pages_as_the_old_query(
    demo: Database, query: str, where: str, params: list[object]
) -> None:
    for sort in (SortKey(), SortKey("title", False), SortKey("region")):
        want = old_ids(demo, where, params, sort)
        assert paged_ids(demo, query, sort, 37) == want, (query, sort)


def plan(db: Database, query: str, sort: SortKey, cursor: Cursor | None = None) -> str:
    with db.raw() as conn:
        sql, params = page_query(conn, compile_query(conn, query), sort, cursor, 200)
        rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return "\n".join(r[-1] for r in rows)


@pytest.mark.parametrize("column", sorted(SORT_COLUMNS))
def test_each_sort_walks_an_index_in_its_order(demo: Database, column: str) -> None:
    for descending in (True, False):
        first = plan(demo, "", SortKey(column, descending))
        later = plan(demo, "", SortKey(column, descending), Cursor("m", 700))
        for text in (first, later):
            assert "TEMP B-TREE" not in text, text
            if column in ("ref", "deleted"):  # id order: the table's own b-tree is the index
                assert text.startswith(("SCAN i", "SEARCH i USING INTEGER PRIMARY KEY")), text
            else:
                assert text.startswith(("SCAN i USING INDEX", "SEARCH i USING INDEX")), text
        assert "SEARCH i" in later, later  # a later page seeks to its cursor


def test_periods_seek_in_an_index(demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from incident_logger.services import search_plan

    monkeypatch.setattr(search_plan, "NARROW_PERIOD", 50)  # as if the demo were large
    assert "SEARCH i USING INDEX ix_incident_live_until" in plan(demo, "from:2027-01-01", SortKey())
    assert "SEARCH i USING INDEX ix_incident_live_until" in plan(
        demo, "from:2027-01-01", SortKey("title")
    )
    assert "SEARCH i USING INDEX ix_incident_live_start" in plan(
        demo, "to:2024-12-31", SortKey("region")
    )
    wide = plan(demo, "from:2026-03-01 to:2026-03-20", SortKey())  # many incidents each side
    assert wide.startswith("SEARCH i USING INDEX ix_incident_live_start"), wide
    assert "TEMP B-TREE" not in wide, wide


def keys_out_of_step(db: Database) -> int:
    with db.raw() as conn:
        return int(
            conn.execute(
                "SELECT count(*) FROM incident i WHERE "
                "i.place_key IS NOT coalesce((SELECT name_key FROM place WHERE id = i.place_id), "
                "'') OR i.category_key IS NOT (SELECT name_key FROM category "
                "WHERE id = i.category_id)"
            ).fetchone()[0]
        )


def test_sort_keys_follow_renames_and_moves(db: Database) -> None:
    generate_demo(db, 200, seed=3)
    assert keys_out_of_step(db) == 0
    with db.raw() as conn:
        place_id, incident_id = conn.execute(
            "SELECT place_id, id FROM incident WHERE place_id IS NOT NULL LIMIT 1"
        ).fetchone()
        other = conn.execute(
            "SELECT id FROM place WHERE id != ? ORDER BY id LIMIT 1", (place_id,)
        ).fetchone()[0]
    place = get_place(db, place_id)
    update_place(db, place_id, replace(place.draft, name="Zzz renamed"))
    made = create_incident(db, IncidentDraft("Fresh one", "2026-07-01", place_id=other))
    incident = get_incident(db, incident_id)
    update_incident(db, incident_id, replace(incident.draft, place_id=other))
    with db.raw() as conn:
        conn.execute("UPDATE category SET name_key = 'zzz' WHERE id = 1")
        conn.commit()
    assert keys_out_of_step(db) == 0
    with db.raw() as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM incident WHERE place_key = 'zzz renamed'"
            ).fetchone()[0]
            > 0
        )
        assert (
            conn.execute("SELECT place_key FROM incident WHERE id = ?", (made.id,)).fetchone()[0]
            != ""
        )


def test_schema_1_database_gets_filled_keys(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(V1_FILE, path)
    db = open_database(path)
    try:
        assert keys_out_of_step(db) == 0
        region = [r.id for r in search_incidents(db, "", sort=SortKey("region")).rows]
        assert region == old_ids(db, "1", [], SortKey("region"))
    finally:
        db.close()
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    conn.close()
    assert {"ix_incident_live_title", "ix_incident_live_until"} <= names
