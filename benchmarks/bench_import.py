"""Benchmark of import and export (issue 5): 100,000 demo incidents out to CSV and back in.

Usage: python benchmarks/bench_import.py [--incidents 100000] [--dir DIR] [--formats csv json ...]
       [--repeat N]

Builds a database with the real ``demo`` generator, exports it in each format, imports each
export into an empty database and prints rows per second (target: 20,000 rows/s for CSV).
With ``--repeat N`` each import runs N times and the median is printed (the machine may be
shared with other work).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    # Imported here, not at the top: import worker processes start by importing this
    # script (multiprocessing's "spawn"), and the app's own entry point imports nothing
    # heavy at the top either, so the workers start as quickly as they do for the app.
    from incident_logger.services.demo import generate_demo
    from incident_logger.services.exchange.exporter import export_file
    from incident_logger.services.search import count_incidents
    from incident_logger.store.engine import open_database

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--formats", nargs="+", default=["csv", "json", "acled", "geojson"])
    parser.add_argument("--repeat", type=int, default=1, help="imports per format (median)")
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
    print(f"{'format':8} {'export s':>9} {'rows/s':>9} {'MB':>7} {'import s':>9} {'rows/s':>9}")
    for fmt in args.formats:
        out = folder / f"export.{fmt}"
        exported = export_file(db, out, fmt=fmt)
        if fmt == "geojson":  # export only
            print(
                f"{fmt:8} {exported.seconds:9.2f} {n / exported.seconds:9,.0f} "
                f"{out.stat().st_size / 1e6:7.1f} {'-':>9} {'-':>9}"
            )
            continue
        seconds = statistics.median(_import_once(folder, fmt, out, n) for _ in range(args.repeat))
        print(
            f"{fmt:8} {exported.seconds:9.2f} {n / exported.seconds:9,.0f} "
            f"{out.stat().st_size / 1e6:7.1f} {seconds:9.2f} {n / seconds:9,.0f}"
        )
    db.close()
    print(f"files in {folder}")


def _import_once(folder: Path, fmt: str, out: Path, n: int) -> float:
    from incident_logger.services.exchange.importer import import_file
    from incident_logger.store.engine import open_database

    target = folder / f"import-{fmt}.sqlite3"
    for leftover in folder.glob(f"import-{fmt}.sqlite3*"):
        leftover.unlink()
    fresh = open_database(target)
    report = import_file(fresh, out, fmt=fmt)
    assert report.written and report.imported == n, report.summary()
    fresh.close()
    return report.seconds


if __name__ == "__main__":
    main()
