"""``incident-logger copy SOURCE TARGET``: a whole database between a file and a team database."""

from __future__ import annotations

import argparse
from pathlib import Path

from incident_logger.cli.common import ask_password, fail
from incident_logger.store.errors import DatabaseError

NAME = "copy"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Copy a whole database (incidents, places, sources, count reports, history, saved "
        "searches) from a file to a team database or back. The target must be a new file, "
        "or a team database fresh from 'team init'. The copy is checked by row counts and "
        "a content hash before it is committed."
    )
    parser.add_argument("source", metavar="SOURCE", help="a database file or postgresql:// URL")
    parser.add_argument("target", metavar="TARGET", help="a new file or postgresql:// URL")


def _where(text: str) -> Path | str:
    from incident_logger.store.pg.url import is_url

    return text.strip() if is_url(text) else Path(text).expanduser()


def run(args: argparse.Namespace) -> int:
    from incident_logger.store.transfer import copy_database_between

    try:
        result = copy_database_between(
            _where(args.source), _where(args.target), ask_password=ask_password
        )
    except DatabaseError as exc:
        return fail(str(exc))
    width = max(len(t.table) for t in result.tables)
    for t in result.tables:
        print(f"  {t.table:<{width}}  {t.rows:>10,} rows")
    print(
        f"Copied and checked: every table's rows and content match (SHA-256 {result.digest[:16]})."
    )
    return 0
