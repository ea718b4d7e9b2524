"""Benchmark of the foundation (issue 2): demo insert rate and search queries vs raw SQLite.

Usage: python benchmarks/bench_foundation.py [--sizes 100000 1000000] [--dir DIR] [--runs 7]
       python benchmarks/bench_foundation.py --db PATH   (an existing database, migrated on open)

Databases are built with the real ``demo`` generator and kept in DIR (default: a folder
under the system temp dir) so that reruns skip the build; pass --rebuild to measure inserts.
Each query runs through the service (what the app and CLI do) and as hand-written SQL
through Python's sqlite3 (the baseline); both must return the same rows. For a full-text
word the baseline is the faster of two hand-written plans: SQLite's own (gather the
matches, sort them) and walking the date index against the matches gathered once.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from incident_logger.demo.generate import generate_demo
from incident_logger.services.search import (
    SUMMARY_SQL,
    SortKey,
    count_incidents,
    search_incidents,
)
from incident_logger.store.engine import Database, connect_raw, open_database

PAGE = 200
# The baseline a developer would write by hand: the ids of the page in one statement, then
# the same columns the app shows (SUMMARY_SQL) for those ids.
_IDS = (
    "SELECT i.id FROM incident i WHERE i.deleted_at IS NULL AND {where} "
    "ORDER BY i.start_at DESC, i.id DESC LIMIT 200"
)
_FTS = "i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)"
_REGION_IDS = (
    "WITH RECURSIVE down(id) AS (SELECT id FROM place WHERE name = ? "
    "UNION SELECT p.id FROM place p JOIN down ON p.parent_id = down.id) "
    "SELECT id FROM down"
)
REGION = "Калужская область"

# (label, query in the search language, raw where-clause, raw parameters)
QUERIES: list[tuple[str, str, str, tuple[object, ...]]] = [
    ("first page by date", "", "1", ()),
    ("one-word full text", "pump", _FTS, ('"pump"',)),
    ("two-word phrase", '"pump station"', _FTS, ('"pump station"',)),
    # Words with other dictionary forms (and synonyms): the raw parameter is the word as
    # written for an index without word forms; FORMS holds the expression for one with them.
    ("one word with its forms", "беспилотников", _FTS, ('"беспилотников"',)),
    ("synonym group (БПЛА)", "БПЛА", _FTS, ('"бпла"',)),
    ("a word in a third of all incidents", "обломки", _FTS, ('"обломки"',)),
    ("a word in 3% of incidents", "школы", _FTS, ('"школы"',)),
    (
        "filter only (region + dates)",
        f'region:"{REGION}" from:2026-03-01 to:2026-06-30',
        "i.place_id IN ({places}) AND coalesce(i.end_at, i.start_at) >= ? AND i.start_at <= ?",
        ("2026-03-01T00:00", "2026-06-30T23:59"),
    ),
]

_DRONES = '("беспилотник" OR "бпла" OR "дрон" OR "безпілотник" OR "uav" OR "drone")'
# With word forms in the index a word is looked up by its dictionary form(s), and a word of a
# synonym group by every word of the group (the seeded groups of migration 7).
FORMS = {
    "one word with its forms": _DRONES,
    "synonym group (БПЛА)": _DRONES.replace('"беспилотник" OR "бпла"', '"бпла" OR "беспилотник"'),
    "a word in a third of all incidents": '"обломок"',
    "a word in 3% of incidents": '"школа"',
}

# Each sortable column's first page, newest/greatest first: (sort key, hand-written ORDER BY
# expression). Region and category sort by the place's and category's folded name.
SORTS: list[tuple[str, str]] = [
    ("title", "i.title"),
    ("region", "{place_key}"),
    ("locality", "i.locality"),
    ("category", "{category_key}"),
    ("grade", "i.best_grade"),
    ("damage", "i.damage_count"),
    ("status", "i.status"),
    ("injuries", "coalesce(i.injuries, -1)"),
    ("fatalities", "coalesce(i.fatalities, -1)"),
    ("updated", "i.updated_at"),
    # Every live incident's key is '': written by hand, the order is the ids' (schema 12
    # dropped the index of those '' keys), as the search orders them.
    ("deleted", "i.id"),
    ("ref", "i.id"),
]
_UNTIL = "coalesce(i.end_at, i.start_at) >= ?"
# Periods, the last one after all the data (it matches nothing).
PERIODS: list[tuple[str, str, str, tuple[object, ...]]] = [
    (
        "period: one week",
        "from:2026-03-01 to:2026-03-07",
        f"{_UNTIL} AND i.start_at <= ?",
        ("2026-03-01T00:00", "2026-03-07T23:59"),
    ),
    ("period: to: before all data", "to:2024-06-30", "i.start_at <= ?", ("2024-06-30T23:59",)),
    ("period: from: one month", "from:2026-10-20", _UNTIL, ("2026-10-20T00:00",)),
    ("period: from: after all data", "from:2027-01-01", _UNTIL, ("2027-01-01T00:00",)),
]
# Where the hand-written query names the index a developer would pick (if the schema has it).
HINTS = {"period: from: after all data": "ix_incident_live_until"}
PREFIXES: list[tuple[str, str, str, tuple[object, ...]]] = [
    ("prefix search d*", "d*", _FTS, ('"d"*',)),
    ("prefix search pu*", "pu*", _FTS, ('"pu"*',)),
]


def _keys(raw: sqlite3.Connection) -> dict[str, str]:
    """Region and category sort keys: the stored ones if the schema has them."""
    columns = {r[1] for r in raw.execute("PRAGMA table_info(incident)")}
    if "place_key" in columns:
        return {"place_key": "i.place_key", "category_key": "i.category_key"}
    return {
        "place_key": "coalesce((SELECT name_key FROM place WHERE id = i.place_id), '')",
        "category_key": "(SELECT name_key FROM category WHERE id = i.category_id)",
    }


def raw_page(
    raw: sqlite3.Connection,
    where: str,
    params: tuple[object, ...],
    order: str = "i.start_at",
    index: str | None = None,
    walk: bool = False,
) -> list[tuple]:
    if "{places}" in where:
        places = [r[0] for r in raw.execute(_REGION_IDS, (REGION,))]
        where = where.format(places=",".join(map(str, places)))
    sql = _IDS.format(where=where).replace("i.start_at DESC", f"{order} DESC")
    if index:
        sql = sql.replace("FROM incident i", f"FROM incident i INDEXED BY {index}")
    if walk:  # walk the date index, testing each row against the matches gathered once
        sql = sql.replace(_FTS, "+" + _FTS)
    ids = [r[0] for r in raw.execute(sql, params)]
    rows = {r[0]: r for r in raw.execute(SUMMARY_SQL.format(marks=",".join("?" * len(ids))), ids)}
    return [rows[i] for i in ids]


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    fn()  # warm the page cache
    samples = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), result


def build(path: Path, size: int, rebuild: bool) -> float | None:
    """Make the database; returns incidents per second when it was built now."""
    if path.exists() and not rebuild:
        return None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path)
    try:
        stats = generate_demo(db, size)
    finally:
        db.close()
    return stats.incidents / stats.seconds


def measure(db: Database, raw: sqlite3.Connection, runs: int) -> list[tuple[str, float, float]]:
    out = []
    declared = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'incident_fts'").fetchone()
    forms = "lemmas" in declared[0]
    for label, query, where, params in QUERIES:
        if forms and label in FORMS:
            params = (FORMS[label],)
        service_ms, page = timed(lambda q=query: search_incidents(db, q, limit=PAGE), runs)
        raw_ms, rows = timed(lambda w=where, p=params: raw_page(raw, w, p), runs)
        if where == _FTS:  # the faster of SQLite's own plan and walking the date index
            walk_ms, _ = timed(lambda w=where, p=params: raw_page(raw, w, p, walk=True), runs)
            raw_ms = min(raw_ms, walk_ms)
        got = [r.id for r in page.rows]  # type: ignore[attr-defined]
        want = [r[0] for r in rows]  # type: ignore[attr-defined]
        if got != want:
            raise SystemExit(f"{label}: the service and the raw SQL disagree")
        out.append((label, service_ms, raw_ms))
    keys = _keys(raw)
    for column, order in SORTS:
        order = order.format(**keys)
        service_ms, page = timed(
            lambda c=column: search_incidents(db, "", sort=SortKey(c, True), limit=PAGE), runs
        )
        raw_ms, rows = timed(lambda o=order: raw_page(raw, "1", (), o), runs)
        if [r.id for r in page.rows] != [r[0] for r in rows]:  # type: ignore[attr-defined]
            raise SystemExit(f"sort by {column}: the service and the raw SQL disagree")
        out.append((f"first page sorted by {column}", service_ms, raw_ms))
    indexes = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    for label, query, where, params in PERIODS + PREFIXES:
        hint = HINTS.get(label) if HINTS.get(label) in indexes else None
        service_ms, page = timed(lambda q=query: search_incidents(db, q, limit=PAGE), runs)
        raw_ms, rows = timed(lambda w=where, p=params, h=hint: raw_page(raw, w, p, index=h), runs)
        if [r.id for r in page.rows] != [r[0] for r in rows]:  # type: ignore[attr-defined]
            raise SystemExit(f"{label}: the service and the raw SQL disagree")
        out.append((label, service_ms, raw_ms))
    # Counts need no place lookup; a prefix search's total is counted once, after its page.
    for label, query, where, params in QUERIES[:2] + PREFIXES:
        service_ms, total = timed(lambda q=query: count_incidents(db, q), runs)
        sql = f"SELECT count(*) FROM incident i WHERE i.deleted_at IS NULL AND {where}"
        raw_ms, row = timed(lambda s=sql, p=params: raw.execute(s, p).fetchone()[0], runs)
        if total != row:
            raise SystemExit(f"count {label}: {total} != {row}")
        out.append((f"total count ({label})", service_ms, raw_ms))
    return out


def raw_count(path: Path) -> int:
    raw = connect_raw(path, read_only=True)
    try:
        return int(raw.execute("SELECT count(*) FROM incident").fetchone()[0])
    finally:
        raw.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "incident-logger-bench"
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--db", type=Path, help="measure this existing database instead")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    print(
        f"{datetime.date.today().isoformat()}, {os.cpu_count()} cores, SQLite "
        f"{sqlite3.sqlite_version}, median of {args.runs} warm runs"
    )
    targets = (
        [(args.db, None)] if args.db else [(args.dir / f"demo-{n}.sqlite3", n) for n in args.sizes]
    )
    columns: dict[int, dict[str, tuple[float, float]]] = {}
    for path, size in targets:
        rate = build(path, size, args.rebuild) if size else None
        db = open_database(path)
        raw = connect_raw(path, read_only=True)
        try:
            results = measure(db, raw, args.runs)
        finally:
            raw.close()
            db.close()
        count = raw_count(path)
        print(f"\n{count:,} incidents ({path})")
        print("insert rate: " + (f"{rate:,.0f} incidents/s" if rate else "(reused; --rebuild)"))
        print(f"{'query':45} {'service ms':>11} {'raw ms':>9} {'ratio':>6}")
        for label, service_ms, raw_ms in results:
            ratio = service_ms / raw_ms if raw_ms else float("inf")
            print(f"{label:45} {service_ms:11.2f} {raw_ms:9.2f} {ratio:6.2f}")
        column = 100_000 if count < 300_000 else 1_000_000
        columns[column] = {label: (s, r) for label, s, r in results}
    print_readme_rows(columns)


def _span(values: list[float]) -> str:
    low, high = min(values), max(values)
    return f"{low:.1f} ms" if f"{low:.1f}" == f"{high:.1f}" else f"{low:.1f}–{high:.1f} ms"


def print_readme_rows(columns: dict[int, dict[str, tuple[float, float]]]) -> None:
    """The README's rows for what this script measures (100k and 1M columns)."""
    groups = [
        (
            f"first page sorted by each other column ({', '.join(c for c, _ in SORTS)})",
            [f"first page sorted by {c}" for c, _ in SORTS],
        ),
        (
            "`from:`/`to:` period, first page (a week; before, a month into and after the data)",
            [label for label, *_ in PERIODS],
        ),
        ("prefix search `d*`, first page", ["prefix search d*"]),
        ("prefix search `pu*`, first page", ["prefix search pu*"]),
        ("total count of a prefix search (`d*`, `pu*`)", [f"total count ({p[0]})" for p in PREFIXES]),
    ]
    print("\nREADME rows (service; the hand-written SQL of the same run in brackets):")
    for title, labels in groups:
        cells = []
        for size in (100_000, 1_000_000):
            got = columns.get(size)
            if got is None:
                cells.append("")
                continue
            service = [got[label][0] for label in labels]
            raw = [got[label][1] for label in labels]
            cells.append(f"{_span(service)} (SQL {_span(raw)})")
        print(f"| {title} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
