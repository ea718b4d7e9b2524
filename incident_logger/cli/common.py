"""What commands share: opening the database and printing errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from incident_logger import paths
from incident_logger.store import migrations
from incident_logger.store.engine import Database, DatabaseError, open_database


def missing_database(path: Path) -> str | None:
    """A message when there is no database at ``path`` (a mistyped ``--db``, say)."""
    if path.is_file():
        return None
    if path.is_dir():
        return f"{path} is a folder, not a database file"
    return (
        f"there is no database at {path} (nothing was created; check the path, --db or "
        f"${paths.DB_ENV})"
    )


def ask_password(label: str) -> str | None:
    """The password of a team database, typed at the terminal (None without one)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(f"Password for {label}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def open_for(args: argparse.Namespace, *, create: bool = False) -> Database | None:
    """The database named by ``--db`` / the environment / the default, or None after a message.

    Only commands that write pass ``create``: reading commands refuse a missing file
    instead of leaving an empty database (and its folders) behind, and open without
    SQLite's quick check (see ``store.trust``). A ``postgresql://`` URL opens a team database.
    """
    path = paths.database_target(args.db)
    if isinstance(path, Path) and not create and (problem := missing_database(path)):
        fail(problem)
        return None
    migrations.set_progress(_MigrationPrinter())
    try:
        db = open_database(
            path, purpose="write" if create else "read", ask_password=ask_password
        )
    except DatabaseError as exc:
        fail(str(exc))
        return None
    finally:
        migrations.set_progress(None)
    if db.read_only:
        print(f"incident-logger: note: {db.read_only_reason}", file=sys.stderr)
    return db


class _MigrationPrinter:
    """Prints a long migration's progress on stderr, about every 5%."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, what: str, done: int, total: int) -> None:
        if not total:  # a step of unknown length
            print(f"incident-logger: upgrading the database: {what}…", file=sys.stderr, flush=True)
            return
        percent = 100 * done // total
        if percent // 5 == self.shown // 5 and done < total:
            return
        self.shown = percent
        print(
            f"incident-logger: upgrading the database, {what}: {done:,} of {total:,} "
            f"incidents ({percent}%)",
            file=sys.stderr,
            flush=True,
        )


def fail(message: str) -> int:
    print(f"incident-logger: error: {message}", file=sys.stderr)
    return 1
