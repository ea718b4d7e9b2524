"""Benchmark of count report search: the service against raw SQLite, and the index's write cost.

Usage: python benchmarks/bench_count_search.py [--reports 5000] [--runs 7] [--dir DIR]

Builds a database with the demo gazetteer and N count reports (4 to 8 region lines each,
one in ten naming a town in its note), inserted with executemany. Prints:
  * insert time with the trigger-maintained index, and the same rows inserted into a copy of
    the tables without the index triggers (the anchor), with their ratio;
  * for each query, the median time of ``list_count_reports(query=...)`` (what the page does)
    and of a hand-written sqlite3 statement that selects the same ids (the anchor).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from incident_logger.demo.generate import generate_demo
from incident_logger.services.counts import list_count_reports
from incident_logger.store.engine import Database, connect_raw, open_database

TOWNS = ("Обнинск", "Брянск", "Курск", "Белгород", "Шебекино", "Льгов", "Kupiansk", "Izium")
NOTE = "The rest were shot down over various regions."
# The anchor: the same report columns and lines, selected by hand-written SQL.
RAW_REPORTS = (
    "SELECT r.id, r.source_id, r.issued_at, r.period_start, r.period_end, r.subject, "
    "r.outcome, r.stated_total, r.note, r.created_at, r.updated_at, r.deleted_at, s.name, "
    "s.reliability FROM count_report r JOIN source s ON s.id = r.source_id "
    "WHERE r.deleted_at IS NULL AND {where} ORDER BY r.issued_at DESC, r.id DESC"
)
RAW_LINES = (
    "SELECT report_id, place_id, count, note FROM count_line WHERE report_id IN "
    "(SELECT value FROM json_each(?)) ORDER BY report_id, position"
)
WORD = (
    "(r.id IN (SELECT rowid FROM count_report_fts WHERE count_report_fts MATCH ?1) OR r.id IN "
    "(SELECT report_id FROM count_line WHERE id IN "
    "(SELECT rowid FROM count_line_fts WHERE count_line_fts MATCH ?1)))"
)
SOURCE = "r.source_id IN (SELECT id FROM source WHERE name_key LIKE '%ministry%')"


def _anchor(raw: sqlite3.Connection, where: str, params: tuple[object, ...]) -> list[int]:
    reports = raw.execute(RAW_REPORTS.format(where=where), params).fetchall()
    ids = [r[0] for r in reports]
    raw.execute(RAW_LINES, (json.dumps(ids),)).fetchall()
    return ids


def _rows(n: int, regions: list[int], sources: list[int]) -> tuple[list[tuple], list[tuple]]:
    rng = random.Random(5)
    reports, lines = [], []
    for i in range(n):
        day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
        note = f"Debris fell near {rng.choice(TOWNS)}." if i % 10 == 0 else NOTE
        reports.append(
            (
                i + 1,
                rng.choice(sources),
                f"{day}T09:00",
                f"{day}T00:00",
                f"{day}T07:00",
                "drones",
                "intercepted",
                rng.randint(50, 300),
                note,
                day,
                day,
            )
        )
        for pos, place in enumerate(rng.sample(regions, rng.randint(4, 8))):
            lines.append((i + 1, place, rng.randint(1, 40), pos))
    return reports, lines


def _insert(conn, reports: list[tuple], lines: list[tuple], table: str = "") -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        f"INSERT INTO count_report{table}(id, source_id, issued_at, period_start, period_end, "
        "subject, outcome, stated_total, note, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        reports,
    )
    conn.executemany(
        f"INSERT INTO count_line{table}(report_id, place_id, count, position) VALUES (?,?,?,?)",
        lines,
    )
    conn.execute("COMMIT")
    return time.perf_counter() - started


def _median(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-counts-"))
    path = folder / f"counts-{args.reports}.sqlite3"
    path.unlink(missing_ok=True)
    db: Database = open_database(path)
    generate_demo(db, 0)
    with db.raw() as conn:
        conn.execute("DELETE FROM count_line")
        conn.execute("DELETE FROM count_report")
        regions = [r[0] for r in conn.execute("SELECT id FROM place WHERE kind = 'region'")]
        sources = [r[0] for r in conn.execute("SELECT id FROM source")]
        reports, lines = _rows(args.reports, regions, sources)
        for table in ("count_report", "count_line"):  # the same tables, without triggers
            sql = conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()[0]
            sql = sql.replace(f"TABLE {table}", f"TABLE {table}_plain", 1)
            conn.execute(sql.replace("REFERENCES count_report(", "REFERENCES count_report_plain("))
        plain = _insert(conn, reports, lines, "_plain")
        indexed = _insert(conn, reports, lines)
    print(f"{args.reports:,} count reports, {len(lines):,} lines")
    print(
        f"insert with the index: {indexed:.2f} s   without (anchor): {plain:.2f} s   "
        f"ratio {indexed / plain:.1f}x"
    )
    raw = connect_raw(path)
    queries = [
        ("one word in notes", "Обнинск", WORD, ('"Обнинск"',)),
        ("a region's name", "Брянская", WORD, ('"Брянская"',)),
        ("source filter", "source:ministry", SOURCE, ()),
    ]
    print(f"{'query':<22} {'service':>10} {'raw sqlite3':>12} {'ratio':>6} {'rows':>7}")
    for label, query, sql, params in queries:
        service, found = _median(lambda q=query: list_count_reports(db, query=q), args.runs)
        anchor, ids = _median(lambda s=sql, p=params: _anchor(raw, s, p), args.runs)
        assert [s.report.id for s in found] == ids, label  # type: ignore[union-attr]
        print(
            f"{label:<22} {service * 1000:>8.1f} ms {anchor * 1000:>9.1f} ms "
            f"{service / anchor:>5.1f}x {len(ids):>7,}"  # type: ignore[arg-type]
        )
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
