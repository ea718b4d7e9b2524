"""Benchmark of a CSV import into a team database, beside hand-written psycopg in the same run.

Usage: python benchmarks/bench_team_import.py SERVER_URL [--rows 10000] [--runs 3] [--json FILE]

SERVER_URL names a PostgreSQL server on which the benchmark may create and drop databases
(``tests/pg_server.sh start DIR`` starts a throwaway one and prints its URL). It makes the
demo's incidents in a file (the real ``demo`` generator), exports them as the app's CSV,
and for each run:

  * import: ``import_file`` of the CSV into a fresh team database (``team init``'s schema),
    as the app and ``incident-logger --db URL import`` run it: prepared, matched, checked
    for duplicates, written by COPY in one transaction with history and search documents;
  * anchor COPY: the rows that import wrote (incidents, damage notes, source links, tags,
    search documents, history), already in memory, into another fresh team database (its
    places, sources and categories copied first) with one plain ``COPY ... FROM STDIN`` per
    table in one transaction: the server's own work for the same rows;
  * anchor executemany: the same rows with psycopg's ``executemany`` (pipeline mode).

Prints the medians, rows per second and the ratio import / anchor, the anchor COPY's seconds
by table (where the server spends them: indexes, triggers, the search document), and the
load average (``os.getloadavg``): other work on the machine slows every column alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg

from incident_logger.store import fts
from incident_logger.store.repositories import incidents

# The rows an import writes, as the repositories name their columns: (table, columns).
WRITTEN = {
    "incident": ("incident", incidents.COLUMNS),
    "damage": (
        "damage_note",
        ("incident_id", "object_kind", "quantity", "severity", "state", "note", "position"),
    ),
    "links": (
        "incident_source",
        ("incident_id", "source_id", "credibility", "url", "note", "position"),
    ),
    "tags": ("incident_tag", ("incident_id", "tag", "tag_key")),
    "fts": ("incident_fts", ("incident_id", *fts.COLUMNS)),
    "history": ("history", ("at", "actor", "entity", "entity_id", "action", "changes", "reason")),
}
HEAD = ("category", "place", "place_alias", "place_lemma", "source")


def _database(server: str, name: str) -> str:
    from incident_logger.store.pg.url import parse

    return parse(server).with_database(name).text


class Server:
    """Fresh databases copied from one that ``team init`` set up."""

    def __init__(self, url: str) -> None:
        from incident_logger.store.pg.team import init_team_database

        self.url = url
        self.admin = psycopg.connect(url, autocommit=True)
        self.template = f"il_bench_import_tpl_{os.getpid()}"
        self.admin.execute(f"DROP DATABASE IF EXISTS {self.template}")
        self.admin.execute(f"CREATE DATABASE {self.template}")
        init_team_database(_database(url, self.template), role_prefix="il_bench")
        self.made: list[str] = []

    def fresh(self, name: str) -> str:
        full = f"il_bench_import_{name}_{os.getpid()}"
        self.admin.execute(f"DROP DATABASE IF EXISTS {full} WITH (FORCE)")
        self.admin.execute(f"CREATE DATABASE {full} TEMPLATE {self.template}")
        self.made.append(full)
        return _database(self.url, full)

    def close(self) -> None:
        for name in [*self.made, self.template]:
            self.admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.admin.close()


def import_once(url: str, source: Path) -> tuple[int, float]:
    from incident_logger.services.exchange.importer import import_file
    from incident_logger.store.engine import open_database

    db = open_database(url)
    try:
        report = import_file(db, source)
    finally:
        db.close()
    assert report.written, report.summary()
    return report.imported, report.seconds


def written_rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """The rows the import wrote, read back (the anchor's input, held in memory)."""
    with psycopg.connect(url) as conn:
        out = {}
        for name, (table, columns) in WRITTEN.items():
            key = "incident_id" if table == "incident_fts" else "id"
            where = " WHERE entity = 'incident'" if table == "history" else ""
            sql = f"SELECT {', '.join(columns)} FROM {table}{where} ORDER BY {key}"
            out[name] = conn.execute(sql).fetchall()  # type: ignore[arg-type]
        return out


def copy_head(source: str, target: str) -> None:
    """The places, sources and categories the import made, so the anchor's rows fit."""
    with psycopg.connect(source) as src, psycopg.connect(target) as dst:
        dst.execute("DELETE FROM category")
        for table in HEAD:
            cols = [
                r[0]
                for r in src.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                    "AND is_generated = 'NEVER' ORDER BY ordinal_position",
                    (table,),
                )
            ]
            rows = src.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()  # type: ignore[arg-type]
            with (
                dst.cursor() as cur,
                cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp,
            ):
                for row in rows:
                    cp.write_row(row)


def anchor_once(
    url: str,
    rows: dict[str, list[tuple[Any, ...]]],
    *,
    use_copy: bool,
    tables: dict[str, list[float]] | None = None,
) -> float:
    """Seconds to write ``rows`` in one transaction, by COPY or by executemany (each table's
    seconds appended to ``tables``)."""
    with psycopg.connect(url) as conn:
        started = time.perf_counter()
        with conn.transaction(), conn.cursor() as cur:
            for name, (table, columns) in WRITTEN.items():
                at = time.perf_counter()
                if use_copy:
                    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp:
                        for row in rows[name]:
                            cp.write_row(row)
                else:
                    marks = ", ".join(["%s"] * len(columns))
                    cur.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # type: ignore[arg-type]
                        rows[name],
                    )
                if tables is not None:
                    tables.setdefault(table, []).append(time.perf_counter() - at)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("server")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    from incident_logger.demo.generate import generate_demo
    from incident_logger.services.exchange.exporter import export_file
    from incident_logger.store.engine import open_database

    load_before = os.getloadavg()
    server = Server(args.server)
    try:
        with tempfile.TemporaryDirectory(prefix="il-bench-team-import-") as folder:
            made = open_database(Path(folder) / "demo.sqlite3")
            generate_demo(made, args.rows)
            source = Path(folder) / "demo.csv"
            export_file(made, source)
            made.close()
            imports, copies, manys = [], [], []
            rows: dict[str, list[tuple[Any, ...]]] = {}
            per_table: dict[str, list[float]] = {}
            for run in range(args.runs):
                target = server.fresh(f"import{run}")
                imported, seconds = import_once(target, source)
                imports.append(seconds)
                if not rows:
                    rows = written_rows(target)
                for use_copy, out in ((True, copies), (False, manys)):
                    anchor = server.fresh(f"anchor{run}{int(use_copy)}")
                    copy_head(target, anchor)
                    split = per_table if use_copy else None
                    out.append(anchor_once(anchor, rows, use_copy=use_copy, tables=split))
    finally:
        server.close()
    load_after = os.getloadavg()
    imp, cop, many = (statistics.median(x) for x in (imports, copies, manys))
    print(f"CSV import of {imported:,} rows into a team database (median of {args.runs} runs)")
    print(f"  import_file            {imp:7.2f} s  {imported / imp:9,.0f} rows/s")
    print(
        f"  anchor COPY            {cop:7.2f} s  {imported / cop:9,.0f} rows/s  ratio {imp / cop:.2f}"
    )
    print(
        f"  anchor executemany     {many:7.2f} s  {imported / many:9,.0f} rows/s  ratio {imp / many:.2f}"
    )
    split = ", ".join(f"{t} {statistics.median(v):.2f} s" for t, v in per_table.items())
    print(f"  the anchor COPY's seconds by table: {split}")
    print(f"  load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "rows": imported,
                    "import_seconds": imp,
                    "anchor_copy_seconds": cop,
                    "anchor_executemany_seconds": many,
                    "ratio_copy": imp / cop,
                    "ratio_executemany": imp / many,
                    "anchor_copy_seconds_by_table": {
                        t: statistics.median(v) for t, v in per_table.items()
                    },
                    "load": [load_before[0], load_after[0]],
                },
                indent=2,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
