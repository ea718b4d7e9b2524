"""``incident-logger import FILE``: the app's JSON or CSV, or ACLED's event CSV."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from incident_logger.cli.common import fail, open_for
from incident_logger.services.exchange.importer import FORMATS, import_file
from incident_logger.services.exchange.problems import ExchangeError, ImportReport
from incident_logger.store.engine import DatabaseError

NAME = "import"
SHOWN = 30  # problems printed; --problems FILE writes them all


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="the file to import")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help="auto (default: by content), json, csv (the app's) or acled",
    )
    parser.add_argument(
        "--partial",
        action="store_true",
        help="import the good rows even when some are refused (default: all or nothing)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="check everything and report, but write nothing"
    )
    parser.add_argument(
        "--problems", metavar="CSV", help="write every problem to this CSV (file, line, field)"
    )


def _progress(done: int, total: int, text: object) -> None:
    if sys.stderr.isatty():
        print(f"\r{text}", end="", file=sys.stderr, flush=True)


def _print(report: ImportReport) -> None:
    for w in report.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for p in report.problems[:SHOWN]:
        print(f"problem: {p}", file=sys.stderr)
    if len(report.problems) > SHOWN:
        print(
            f"... and {len(report.problems) - SHOWN:,} more problems (use --problems FILE)",
            file=sys.stderr,
        )
    for d in report.duplicates[:5]:
        print(f"skipped: {d}", file=sys.stderr)
    if len(report.duplicates) > 5:
        print(f"... and {len(report.duplicates) - 5:,} more already there", file=sys.stderr)
    print(report.summary())
    if report.written and report.seconds:
        print(f"{report.rows:,} rows in {report.seconds:.1f} s ({report.rows_per_second:,.0f}/s)")
    if report.dry_run:
        print("Dry run: nothing was written.")


def _write_problems(report: ImportReport, target: str) -> None:
    with open(target, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "line", "field", "problem"])
        for p in [*report.problems, *report.duplicates]:
            writer.writerow([p.file, p.line, p.field, p.message])


def run(args: argparse.Namespace) -> int:
    db = open_for(args, create=True)
    if db is None:
        return 1
    try:
        report = import_file(
            db,
            Path(args.file).expanduser(),
            fmt=args.format,
            partial=args.partial,
            dry_run=args.dry_run,
            progress=_progress,
        )
    except (ExchangeError, DatabaseError) as exc:
        return fail(str(exc))
    finally:
        db.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print(report)
    if args.problems:
        _write_problems(report, args.problems)
    if report.problems and not report.written and not report.dry_run:
        return 1
    return 0 if not report.problems else 3  # 3: imported, but some rows were refused
