"""Benchmark of PDF briefings (issue 4): time and peak memory for 1,000 and 10,000 incidents.

Usage: python benchmarks/bench_briefing.py [--sizes 1000 10000] [--dir DIR] [--keep-pdf]

Each size gets its own database made by the real ``demo`` generator (kept in DIR, default a
folder under the system temp dir, so reruns skip the build). Each briefing runs in a fresh
subprocess that reads every incident of its database through the briefing service (search
language, bulk reads) and writes the PDF; the child reports its wall times and its peak
resident memory (``resource.getrusage(RUSAGE_SELF).ru_maxrss``). Targets: 1,000 incidents in
under 10 s; 10,000 in under 90 s with a peak under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {1_000: (10.0, None), 10_000: (90.0, 500.0)}  # seconds, MB


def child(db_path: Path, out: Path) -> None:
    """Run one briefing and print its numbers as JSON (runs in a fresh process)."""
    from pypdf import PdfReader

    from incident_logger.reports import build_briefing
    from incident_logger.services.briefing import BriefingRequest, briefing_data
    from incident_logger.store.engine import open_database

    started = time.perf_counter()
    db = open_database(db_path)
    data = briefing_data(
        db, BriefingRequest(title="Benchmark briefing", marking="For internal use")
    )
    read = time.perf_counter() - started
    db.close()
    result = build_briefing(data, out)
    total = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    print(
        json.dumps(
            {
                "incidents": len(data.incidents),
                "damage_notes": sum(len(i.damage) for i in data.incidents),
                "with_damage": sum(1 for i in data.incidents if i.damage),
                "statements": len(data.statements),
                "read_s": read,
                "total_s": total,
                "pages": result.pages,
                "pages_read_back": len(PdfReader(out).pages),
                "pdf_mb": out.stat().st_size / 1e6,
                "peak_rss_mb": rss_mb,
            }
        )
    )


def build(path: Path, size: int) -> None:
    from incident_logger.services.demo import generate_demo
    from incident_logger.store.engine import open_database

    if path.exists():
        return
    db = open_database(path)
    try:
        generate_demo(db, size, seed=7)
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "il-bench")
    parser.add_argument("--keep-pdf", action="store_true", help="keep the PDFs in DIR")
    parser.add_argument("--child", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    print(
        f"{'incidents':>9} {'damage':>7} {'stmts':>6} {'read s':>7} {'total s':>8} "
        f"{'pages':>6} {'PDF MB':>7} {'peak MB':>8}  target"
    )
    for size in args.sizes:
        db_path = args.dir / f"briefing-{size}.sqlite3"
        build(db_path, size)
        out = args.dir / f"briefing-{size}.pdf"
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(db_path), str(out)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        seconds, megabytes = TARGETS.get(size, (None, None))
        verdict = []
        if seconds is not None:
            verdict.append(f"{'ok' if r['total_s'] < seconds else 'SLOW'} (<{seconds:.0f} s)")
        if megabytes is not None:
            verdict.append(
                f"{'ok' if r['peak_rss_mb'] < megabytes else 'BIG'} (<{megabytes:.0f} MB)"
            )
        print(
            f"{r['incidents']:>9,} {r['damage_notes']:>7,} {r['statements']:>6,} "
            f"{r['read_s']:>7.1f} {r['total_s']:>8.1f} {r['pages']:>6,} {r['pdf_mb']:>7.1f} "
            f"{r['peak_rss_mb']:>8.0f}  {', '.join(verdict)}"
        )
        assert r["pages"] == r["pages_read_back"]
        if not args.keep_pdf:
            out.unlink()


if __name__ == "__main__":
    main()
