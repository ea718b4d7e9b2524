"""``incident-logger export FILE``: JSON, CSV, GeoJSON or ACLED CSV, all or a search."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from incident_logger.cli.common import fail, open_for
from incident_logger.services.exchange.exporter import FORMATS, export_file, guess_format
from incident_logger.services.exchange.problems import ExchangeError
from incident_logger.services.search import QuerySyntaxError
from incident_logger.store.engine import DatabaseError

NAME = "export"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="the file to write (replaced if it exists)")
    parser.add_argument("--query", "-q", default="", help="only incidents matching this search")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="json, csv, geojson or acled (default: from the file name)",
    )
    parser.add_argument(
        "--history", action="store_true", help="JSON only: include the change history"
    )


def run(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    fmt = args.format or guess_format(path)
    if fmt is None:
        return fail(
            f"cannot tell the format from '{path.name}'; add --format ({', '.join(FORMATS)})"
        )
    if args.history and fmt != "json":
        return fail("--history works with the JSON format only")
    db = open_for(args)
    if db is None:
        return 1
    try:
        report = export_file(db, path, fmt=fmt, query=args.query, with_history=args.history)
    except QuerySyntaxError as exc:
        return fail(f"bad query: {exc}")
    except (ExchangeError, DatabaseError) as exc:
        return fail(str(exc))
    finally:
        db.close()
    print(report.summary(), file=sys.stdout)
    return 0
