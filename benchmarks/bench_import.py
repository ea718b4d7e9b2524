"""Benchmark of import and export: 100,000 demo incidents out to each format and back in.

Usage: python benchmarks/bench_import.py [--incidents 100000] [--dir DIR] [--formats csv json ...]
       [--repeat N]

Builds a database with the real ``demo`` generator, exports it in each format and imports
each export into an empty database, each import in a fresh process as the command line
runs it. For every import it prints rows per second and the peak memory of the import
(the resident memory of the importing process and its worker processes together, sampled
every 20 ms, and of the main process alone).

The anchor, measured in the same run: the rows the CSV import wrote (incidents, damage
notes, source links, tags, full-text documents and history entries), inserted into an
empty database of the same schema with plain ``executemany`` calls in one transaction,
with the rows already in memory (the index keeps no copy of its documents, so they are
made again from the tables first, outside the timing). The ratio import / anchor is what
the import costs above the engine's own work. A second anchor does the same but builds the
incident table's sort indexes after the inserts, as a big import does (``store/bulk.py``):
the engine's best way to load those rows, against which the import's own overhead shows.
With ``--repeat N`` imports and anchors alternate and medians are
printed (the machine may be shared with other work).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Run as a child: import FORMAT FILE DB, print "rows seconds main_peak_kb main_cpu
# workers_cpu" (CPU seconds of the main process, all its threads, and of its finished workers).
CHILD = """
import resource, sys, time
from pathlib import Path
def main():
    from incident_logger.services.exchange.importer import import_file
    from incident_logger.store.engine import open_database
    fmt, source, target = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    db = open_database(target)
    cpu = time.process_time()
    report = import_file(db, source, fmt=fmt)
    cpu = time.process_time() - cpu
    db.close()
    assert report.written, report.summary()
    peak = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM"))
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(report.imported, report.seconds, peak, cpu, kids.ru_utime + kids.ru_stime)
if __name__ == "__main__":
    main()
"""

TABLES = {
    # The columns the import writes, as the incident repository and the index name them.
    "incident": "SELECT {incident} FROM incident ORDER BY id",
    "damage": "SELECT incident_id, object_kind, quantity, severity, state, note, position "
    "FROM damage_note ORDER BY id",
    "links": "SELECT incident_id, source_id, credibility, url, note, position "
    "FROM incident_source ORDER BY id",
    "tags": "SELECT incident_id, tag, tag_key FROM incident_tag ORDER BY rowid",
    "history": "SELECT at, actor, entity, entity_id, action, changes, reason FROM history "
    "WHERE entity = 'incident' ORDER BY id",
}


# The anchor's page cache: at least the import's (16 MB); with every index kept up to date
# row by row, a smaller cache would slow the anchor down, not the import.
ANCHOR_CACHE_KB = 64 * 1024


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    """The process and its children (the import's workers and resource tracker)."""
    out = [pid]
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
            out.append(int(entry.name))
    return out


def import_once(
    folder: Path, fmt: str, source: Path
) -> tuple[int, float, float, float, float, float]:
    """(rows, seconds, peak MB of all processes, peak MB of the main process, CPU seconds of
    the main process and of its workers)."""
    target = folder / f"import-{fmt}.sqlite3"
    for leftover in folder.glob(f"import-{fmt}.sqlite3*"):
        leftover.unlink()
    script = folder / "bench_import_child.py"
    script.write_text(CHILD, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), fmt, str(source), str(target)],
        stdout=subprocess.PIPE,
        text=True,
    )
    peak = 0
    while child.poll() is None:
        peak = max(peak, sum(_rss_kb(p) for p in _tree(child.pid)))
        time.sleep(0.02)
    out = child.stdout.read() if child.stdout else ""
    if child.returncode != 0:
        raise SystemExit(f"import of {source} failed")
    rows, seconds, main_kb, cpu, workers_cpu = out.split()
    return (
        int(rows),
        float(seconds),
        peak / 1024,
        int(main_kb) / 1024,
        float(cpu),
        float(workers_cpu),
    )


def anchor_rows(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    from incident_logger.store import fts
    from incident_logger.store.repositories import incidents

    names = {"incident": ", ".join(incidents.COLUMNS)}
    conn = sqlite3.connect(db_path)
    try:
        rows = {name: conn.execute(sql.format(**names)).fetchall() for name, sql in TABLES.items()}
        # The index keeps no copy of its documents: they are made again from the tables.
        rows["fts"] = [doc for batch in fts.document_batches(conn) for doc in batch]
        return rows
    finally:
        conn.close()


def anchor_once(
    folder: Path, imported: Path, rows: dict[str, list[tuple[object, ...]]], *, defer: bool = False
) -> tuple[float, float]:
    """Seconds (and CPU seconds) to insert ``rows`` with executemany into an empty database
    (same schema).

    With ``defer``, the incident table's indexes are dropped first and built after the
    inserts, in the same transaction, as a big import into an empty table does
    (``store/bulk.py``).
    """
    from incident_logger.services.exchange.writer import SQL
    from incident_logger.store.bulk import DeferredIndexes
    from incident_logger.store.engine import open_database

    target = folder / "anchor.sqlite3"
    for leftover in folder.glob("anchor.sqlite3*"):
        leftover.unlink()
    open_database(target).close()  # the schema, made by the app
    conn = sqlite3.connect(target, isolation_level=None)
    source = sqlite3.connect(imported)
    try:
        for table in ("category", "place", "source"):
            data = source.execute(f"SELECT * FROM {table}").fetchall()
            if data:
                marks = ",".join("?" * len(data[0]))
                conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", data)
        conn.execute(f"PRAGMA cache_size = -{ANCHOR_CACHE_KB}")
        started, cpu = time.perf_counter(), time.process_time()
        conn.execute("BEGIN IMMEDIATE")
        deferred = DeferredIndexes(conn, "incident", frozenset())  # as into an empty table
        if defer:
            deferred.drop()
        for name in ("incident", "damage", "links", "tags", "fts", "history"):
            conn.executemany(SQL[name], rows[name])
        deferred.restore()
        conn.execute("COMMIT")
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        source.close()
        conn.close()


def main() -> None:
    # Imported here, not at the top: the app's own entry point imports nothing heavy at
    # the top either, so worker processes start as quickly as they do for the app.
    from incident_logger.demo.generate import generate_demo
    from incident_logger.services.exchange.exporter import export_file
    from incident_logger.services.search import count_incidents
    from incident_logger.store.engine import open_database

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--formats", nargs="+", default=["csv", "json", "acled", "geojson"])
    parser.add_argument("--repeat", type=int, default=1, help="imports per format (median)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"source-{args.incidents}.sqlite3"
    db = open_database(source)
    if count_incidents(db) < args.incidents:
        started = time.perf_counter()
        generate_demo(db, args.incidents - count_incidents(db))
        print(f"demo: {args.incidents:,} incidents in {time.perf_counter() - started:.1f} s")
    n = count_incidents(db)
    print(
        f"bench_import {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{n:,} incidents, median of {args.repeat}"
    )
    figures: dict[str, object] = {
        "date": f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        "cores": os.cpu_count(),
        "load_start": round(os.getloadavg()[0], 1),
        "incidents": n,
        "repeat": args.repeat,
        "formats": {},
    }
    print(
        f"{'format':8} {'export s':>9} {'MB':>6} {'import s':>9} {'rows/s':>8} "
        f"{'peak MB':>8} {'main MB':>8} {'anchor s':>9} {'ratio':>6}"
    )
    for fmt in args.formats:
        out = folder / f"export.{fmt}"
        exported = export_file(db, out, fmt=fmt)
        size = out.stat().st_size / 1e6
        if fmt == "geojson":  # export only
            print(f"{fmt:8} {exported.seconds:9.2f} {size:6.1f}")
            continue
        runs, anchors, deferred = [], [], []
        rows: dict[str, list[tuple[object, ...]]] | None = None
        for _ in range(args.repeat):
            runs.append(import_once(folder, fmt, out))
            if fmt == "csv":
                rows = rows or anchor_rows(folder / "import-csv.sqlite3")
                anchors.append(anchor_once(folder, folder / "import-csv.sqlite3", rows))
                deferred.append(
                    anchor_once(folder, folder / "import-csv.sqlite3", rows, defer=True)
                )
        imported = runs[0][0]
        seconds = statistics.median(r[1] for r in runs)
        main_cpu = statistics.median(r[4] for r in runs)
        workers_cpu = statistics.median(r[5] for r in runs)
        peak = max(r[2] for r in runs)
        main_peak = max(r[3] for r in runs)
        line = (
            f"{fmt:8} {exported.seconds:9.2f} {size:6.1f} {seconds:9.2f} "
            f"{imported / seconds:8,.0f} {peak:8.0f} {main_peak:8.0f}"
        )
        entry: dict[str, object] = {
            "rows": imported,
            "seconds": seconds,
            "rows_per_s": imported / seconds,
            "peak_mb": peak,
            "main_peak_mb": main_peak,
            "main_cpu_s": main_cpu,
            "workers_cpu_s": workers_cpu,
        }
        figures["formats"][fmt] = entry  # type: ignore[index]
        anchor_cpu = 0.0
        if anchors:
            anchor = statistics.median(a[0] for a in anchors)
            anchor_cpu = statistics.median(a[1] for a in anchors)
            line += f" {anchor:9.2f} {seconds / anchor:6.2f}"
            entry["anchor_seconds"] = anchor
            entry["anchor_cpu_s"] = anchor_cpu
            entry["anchor_deferred_seconds"] = statistics.median(a[0] for a in deferred)
        print(line)
        # CPU, which other work on the machine inflates less than wall time. The workers run
        # beside the main process: on free cores the wall time is about the main process's.
        print(
            f"{'':8} CPU: main process {main_cpu:.2f} s ({imported / main_cpu:,.0f} rows/s), "
            f"workers {workers_cpu:.2f} s"
            + (
                f"; anchor {anchor_cpu:.2f} s ({imported / anchor_cpu:,.0f} rows/s), "
                f"main / anchor {main_cpu / anchor_cpu:.2f}"
                if anchors
                else ""
            )
        )
        if rows is not None:
            print(
                f"{'anchor':8} {'':9} {'':6} {anchor:9.2f} {imported / anchor:8,.0f}"
                "   (executemany of the same rows, full-text documents included)"
            )
            best = statistics.median(a[0] for a in deferred)
            best_cpu = statistics.median(a[1] for a in deferred)
            print(
                f"{'anchor 2':8} {'':9} {'':6} {best:9.2f} {imported / best:8,.0f}"
                f"   (the same, sort indexes built after the inserts; import / this "
                f"{seconds / best:.2f}; CPU {best_cpu:.2f} s)"
            )
            rows = None
    db.close()
    figures["load_end"] = round(os.getloadavg()[0], 1)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(f"files in {folder}")


if __name__ == "__main__":
    main()
