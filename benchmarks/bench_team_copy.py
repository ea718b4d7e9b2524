"""How long ``incident-logger copy`` takes, both ways, beside a bare copy of the same rows.

    tests/pg_server.sh start /tmp/il-pg
    .venv/bin/python benchmarks/bench_team_copy.py --pg 'postgresql://postgres@/postgres?host=/tmp/il-pg' \
        --incidents 100000

Makes a demo database file, then times: file -> team database (``copy``: every table, the
search documents made afresh, counts and SHA-256 hashes compared before the commit) and the
team database -> a new file. The anchor is the bare work in the same run: each table read
with one SELECT from the file and written with PostgreSQL's COPY into a fresh database, no
checks and no search documents. Prints seconds, rows per second and the ratio.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from team_support import print_load, team_database


def _bare_copy(source: Path, url: str) -> int:
    """Every table's rows, read with one SELECT and written with COPY: no checks."""
    import sqlite3

    import psycopg

    from incident_logger.store.transfer import TABLES

    rows = 0
    lite = sqlite3.connect(source)
    with psycopg.connect(url) as conn:
        for table, _ in reversed(TABLES):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("ALTER TABLE place DISABLE TRIGGER ALL")  # parents in any order
        for table, _ in TABLES:
            cols = [r[1] for r in lite.execute(f"PRAGMA table_info({table})")]
            with conn.cursor().copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                for row in lite.execute(f"SELECT {', '.join(cols)} FROM {table}"):
                    copy.write_row(row)
                    rows += 1
        conn.execute("ALTER TABLE place ENABLE TRIGGER ALL")
    lite.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", metavar="URL", required=True, help="a server's URL")
    parser.add_argument("--incidents", type=int, default=20000)
    args = parser.parse_args()
    from incident_logger.store.transfer import copy_database_between

    folder = Path(tempfile.mkdtemp(prefix="il-copy-"))
    source = folder / "source.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "incident_logger", "--db", str(source), "demo", "--incidents",
         str(args.incidents), "--quiet"],
        check=True,
    )  # fmt: skip
    print_load()
    bare_url = team_database(args.pg, f"il_copy_bare_{os.getpid()}", "il_bench", force=True)
    began = time.perf_counter()
    bare_rows = _bare_copy(source, bare_url)
    bare = time.perf_counter() - began
    url = team_database(args.pg, f"il_copy_{os.getpid()}", "il_bench", force=True)
    began = time.perf_counter()
    there = copy_database_between(source, url)
    forth = time.perf_counter() - began
    began = time.perf_counter()
    back = copy_database_between(url, folder / "back.sqlite3")
    back_s = time.perf_counter() - began
    rows = sum(t.rows for t in there.tables)
    print(f"{args.incidents:,} incidents, {rows:,} rows in all (search documents included)")
    print(f"  anchor, bare SELECT + COPY of {bare_rows:,} rows:   {bare:7.1f} s")
    print(
        f"  copy file -> PostgreSQL (checked):        {forth:7.1f} s  "
        f"({rows / forth:,.0f} rows/s, {forth / bare:.1f}x the anchor)"
    )
    print(
        f"  copy PostgreSQL -> file (checked):        {back_s:7.1f} s  "
        f"({rows / back_s:,.0f} rows/s, {back_s / bare:.1f}x the anchor)"
    )
    assert there.digest == back.digest
    print(f"  both ways the same content hash: {there.digest[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
