"""Benchmark of PDF briefings (issue 11 item 4): seconds, pages and peak memory by size.

Usage: python benchmarks/bench_briefing.py [--sizes 1000 10000] [--details] [--dir DIR]
                                            [--repeat N] [--keep-pdf]

Each size gets its own database made by the real ``demo`` generator (kept in DIR, default a
folder under the system temp dir, so reruns skip the build). Every measurement runs in a fresh
process, timed from opening the database to the PDF on disk:

- **briefing**: the briefing service reads every incident (search language, bulk reads) and
  writes the default briefing (past 200 incidents a compact chronology, one line each);
- **details** (with ``--details``): the same with every incident's full entry as an annex;
- **anchor**: plain reportlab platypus on the same data: the same service read, then one
  paragraph per incident (title, time, place and narrative, escaped, in the same embedded
  font) in a SimpleDocTemplate: the least a PDF of these incidents costs with this library.

The table gives medians of ``--repeat`` runs, the ratio of each figure to the anchor measured
in the same run, the machine's core count and the date. Targets: 1,000 incidents under 3 s
and 10,000 under 20 s (default layout); peak memory under 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

TARGETS = {1_000: 3.0, 10_000: 20.0}  # seconds, default layout
PEAK_MB = 500.0


def child(kind: str, db_path: Path, out: Path) -> None:
    """One measurement in a fresh process; prints its numbers as JSON."""
    from pypdf import PdfReader

    from incident_logger.reports import BriefingSections, build_briefing
    from incident_logger.services.briefing import BriefingRequest, briefing_data
    from incident_logger.store.engine import open_database

    started = time.perf_counter()
    db = open_database(db_path)
    sections = BriefingSections(details=kind == "details")
    data = briefing_data(db, BriefingRequest(title="Benchmark briefing", sections=sections))
    db.close()
    if kind == "anchor":
        pages = _plain_platypus(data.incidents, out)
    else:
        pages = build_briefing(data, out).pages
    total = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    assert pages == len(PdfReader(out).pages)
    print(json.dumps({"incidents": len(data.incidents), "s": total, "pages": pages, "mb": rss_mb}))


def _plain_platypus(incidents: object, out: Path) -> int:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from incident_logger.reports.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12.4, spaceAfter=4)
    head = ParagraphStyle("head", parent=body, fontName=BOLD, spaceAfter=1)
    story = []
    for incident in incidents:  # type: ignore[attr-defined]
        story.append(Paragraph(escape(f"{incident.ref} {incident.title}"), head))
        story.append(Paragraph(escape(f"{incident.start_at} · {incident.place}"), body))
        story.append(Paragraph(escape(incident.narrative).replace("\n", "<br/>"), body))
    doc = SimpleDocTemplate(str(out), initialFontName=REGULAR)
    doc.build(story)
    return int(doc.page)


def build(path: Path, size: int) -> None:
    from incident_logger.demo.generate import generate_demo
    from incident_logger.store.engine import open_database

    if path.exists():
        return
    db = open_database(path)
    try:
        generate_demo(db, size, seed=7)
    finally:
        db.close()


def measure(kind: str, db_path: Path, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(db_path), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--details", action="store_true", help="also time the details annex")
    parser.add_argument("--repeat", type=int, default=1, help="runs per figure (median)")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "il-bench")
    parser.add_argument("--keep-pdf", action="store_true", help="keep the PDFs in DIR")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    kinds = ["briefing", *(["details"] if args.details else []), "anchor"]
    print(
        f"PDF briefings, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, median of {args.repeat} run(s)"
    )
    print()
    print("| incidents | layout | pages | seconds | anchor s | ratio | peak MB | target |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for size in args.sizes:
        db_path = args.dir / f"briefing-{size}.sqlite3"
        build(db_path, size)
        runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
        for _ in range(args.repeat):
            for kind in kinds:  # interleaved, so a busy moment hits all kinds alike
                out = args.dir / f"briefing-{size}-{kind}.pdf"
                runs[kind].append(measure(kind, db_path, out))
                if not args.keep_pdf:
                    out.unlink(missing_ok=True)
        anchor = statistics.median(r["s"] for r in runs["anchor"])
        for kind in kinds:
            seconds = statistics.median(r["s"] for r in runs[kind])
            mb = max(r["mb"] for r in runs[kind])
            pages = int(runs[kind][-1]["pages"])
            incidents = int(runs[kind][-1]["incidents"])
            target = ""
            if kind == "briefing" and size in TARGETS:
                limit = TARGETS[size]
                ok = seconds < limit and mb < PEAK_MB
                target = f"{'ok' if ok else 'MISSED'} (< {limit:.0f} s, < {PEAK_MB:.0f} MB)"
            layout = {
                "briefing": "chronology" if incidents > 200 else "full entries",
                "details": "chronology + details annex",
                "anchor": "plain platypus",
            }[kind]
            ratio = "1.00" if kind == "anchor" else f"{seconds / anchor:.2f}"
            print(
                f"| {incidents:,} | {layout} | {pages:,} | {seconds:.2f} | {anchor:.2f} | "
                f"{ratio} | {mb:.0f} | {target} |"
            )


if __name__ == "__main__":
    main()
