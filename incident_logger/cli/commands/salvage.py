"""``incident-logger salvage OUT``: what a damaged database still holds, into a new file."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from incident_logger import paths
from incident_logger.cli.common import fail, missing_database
from incident_logger.services.salvage import NotAFile, refuse_team_database, salvage_database
from incident_logger.store.engine import DatabaseError, open_database

NAME = "salvage"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "out",
        metavar="OUT",
        help="a new database (OUT.sqlite3) or, for a name ending in .json, a JSON export",
    )


def run(args: argparse.Namespace) -> int:
    try:
        refuse_team_database(paths.database_target(args.db))
    except NotAFile as exc:
        return fail(str(exc))
    source = paths.database_path(args.db)
    if problem := missing_database(source):
        return fail(problem)
    out = Path(args.out).expanduser()
    if out.exists():
        return fail(f"{out} already exists; salvage writes a new file only")
    if out.absolute() == source.absolute():
        return fail("salvage writes a new file; give another name than the database's")
    if not out.parent.is_dir():
        return fail(f"cannot write {out}: the folder {out.parent} does not exist")

    def progress(table: str, rows: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{table}: {rows:,} rows", end="", file=sys.stderr, flush=True)

    if out.suffix.lower() != ".json":
        report = salvage_database(source, out, progress=progress)
        print(report.summary())
        return 0
    from incident_logger.services.exchange.exporter import export_file

    with tempfile.TemporaryDirectory(prefix="incident-logger-salvage-") as folder:
        report = salvage_database(source, Path(folder) / "salvaged.sqlite3", progress=progress)
        db = open_database(report.target)
        try:
            exported = export_file(db, out, fmt="json")
        except DatabaseError as exc:
            return fail(str(exc))
        finally:
            db.close()
    print(report.summary().replace(str(report.target), str(out)))
    print(exported.summary())
    return 0
