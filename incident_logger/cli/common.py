"""What commands share: opening the database and printing errors."""

from __future__ import annotations

import argparse
import sys

from incident_logger import paths
from incident_logger.store.engine import Database, DatabaseError, open_database


def open_for(args: argparse.Namespace) -> Database | None:
    """The database named by ``--db`` / the environment / the default, or None after a message."""
    path = paths.database_path(args.db)
    try:
        return open_database(path)
    except DatabaseError as exc:
        fail(str(exc))
        return None


def fail(message: str) -> int:
    print(f"incident-logger: error: {message}", file=sys.stderr)
    return 1
