"""``incident-logger backup``: write, list or restore verified backups of the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from incident_logger import paths
from incident_logger.cli.common import fail
from incident_logger.services.backup import (
    BackupError,
    backup_now,
    human_size,
    list_backups,
    restore_backup,
    rotate_backups,
)
from incident_logger.services.check import check_database
from incident_logger.services.recovery import restore_over_damaged
from incident_logger.store.engine import DatabaseError

NAME = "backup"


def configure(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--to", metavar="DIR", help="write the backup into DIR (default: the backup folder)"
    )
    group.add_argument("--list", action="store_true", help="list this database's backups")
    group.add_argument(
        "--restore",
        metavar="FILE",
        help="replace the database with a backup (the current state is backed up first)",
    )


def run(args: argparse.Namespace) -> int:
    target = paths.database_target(args.db)
    if isinstance(target, str):
        return _backup_team_database(target, args)
    db_path = target
    try:
        if args.list:
            return _list(db_path)
        if args.restore:
            return _restore(Path(args.restore).expanduser(), db_path)
        target = backup_now(db_path, Path(args.to).expanduser() if args.to else None)
        if not args.to:
            rotate_backups(db_path)
    except DatabaseError as exc:
        return fail(str(exc))
    print(f"Backed up {db_path} to {target} ({human_size(target.stat().st_size)}, verified).")
    return 0


def _list(db_path: Path) -> int:
    backups = list_backups(db_path)
    if not backups:
        print(f"No backups of {db_path} in {paths.backup_dir_for(db_path)} yet.")
        return 0
    print(f"Backups of {db_path} (newest first), in {paths.backup_dir_for(db_path)}:")
    for b in backups:
        incidents = "unreadable" if b.incidents is None else f"{b.incidents:,} incidents"
        print(
            f"  {b.created:%Y-%m-%d %H:%M:%S}  {b.kind_label:<15} {human_size(b.size):>10}  "
            f"{incidents:>18}  {b.path.name}"
        )
    return 0


def _restore(backup: Path, db_path: Path) -> int:
    damaged = db_path.exists() and not check_database(db_path, quick=True).ok
    if damaged:  # it cannot be backed up: keep it aside under a new name instead
        try:
            restored = restore_over_damaged(backup, db_path)
        except (BackupError, OSError) as exc:
            return fail(str(exc))
        print(f"Restored {restored.path} from {backup}.")
        if restored.moved_aside is not None:
            print(f"The damaged database was kept as {restored.moved_aside}.")
        return 0
    try:
        safety = restore_backup(backup, db_path)
    except BackupError as exc:
        return fail(str(exc))
    print(f"Restored {db_path} from {backup}.")
    if safety is not None:
        print(f"The state before the restore was backed up to {safety}.")
        print(f"To undo: incident-logger backup --restore {safety}")
    return 0


def _backup_team_database(url: str, args: argparse.Namespace) -> int:
    """A team database is backed up by PostgreSQL's pg_dump; restoring is the server's job."""
    from incident_logger.cli.common import ask_password
    from incident_logger.store.engine import open_database
    from incident_logger.store.pg.database import PgDatabase
    from incident_logger.store.pg.dump import dump

    if args.restore or args.list:
        return fail(
            "a team database's backups are pg_dump files, restored on the server by its "
            "administrator (pg_restore --clean --dbname=URL FILE); "
            "'incident-logger backup' without options writes one"
        )
    try:
        db = open_database(url, purpose="read", ask_password=ask_password)
        assert isinstance(db, PgDatabase)
        try:
            written = dump(db, Path(args.to).expanduser() if args.to else None)
        finally:
            db.close()
    except DatabaseError as exc:
        return fail(str(exc))
    print(
        f"Backed up the {db.label} to {written} ({human_size(written.stat().st_size)}, "
        "pg_dump's custom format: the administrator restores it with pg_restore)."
    )
    return 0
