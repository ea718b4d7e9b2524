"""Backups of a team database: PostgreSQL's own ``pg_dump``, when it is installed here."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from incident_logger.store.errors import DatabaseError
from incident_logger.store.pg.database import PgDatabase, local_folder

NO_PG_DUMP = (
    "pg_dump (PostgreSQL's backup program) is not installed on this computer, so the team "
    "database cannot be backed up from here. Install PostgreSQL's client programs (Debian and "
    "Ubuntu: sudo apt install postgresql-client), or let the server's administrator back it "
    "up: pg_dump or pg_basebackup on the server covers every analyst's work. "
    "'incident-logger copy URL FILE' also copies the whole team database into a file."
)


def find_pg_dump() -> str | None:
    """pg_dump on the PATH, else the newest under /usr/lib/postgresql (Debian's layout)."""
    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_dump"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return str(candidates[-1]) if candidates else None


def backup_folder(db: PgDatabase) -> Path:
    return local_folder(db.url) / "backups"


def dump(db: PgDatabase, folder: Path | None = None, *, program: str | None = None) -> Path:
    """Write a custom-format dump (restore with pg_restore); returns its path."""
    pg_dump = program or find_pg_dump()
    if pg_dump is None:
        raise DatabaseError(NO_PG_DUMP, reason="unsupported")
    target_dir = folder or backup_folder(db)
    target_dir.mkdir(parents=True, exist_ok=True)
    name = f"{db.url.database or 'team'}-{datetime.now():%Y%m%d-%H%M%S}.dump"
    target = target_dir / name
    partial = target.with_suffix(".dump.partial")
    env = dict(os.environ)
    password = db.password_in_memory()
    if password is not None:
        env["PGPASSWORD"] = password  # the child's environment only, never a file
    from psycopg.conninfo import make_conninfo

    info = make_conninfo("", **dict(db.url.params))
    try:
        done = subprocess.run(
            [pg_dump, "--format=custom", f"--file={partial}", f"--dbname={info}"],
            env=env,
            capture_output=True,
            text=True,
            timeout=6 * 3600,
            check=False,
        )
    except OSError as exc:
        raise DatabaseError(f"pg_dump could not run ({exc}). {NO_PG_DUMP}") from exc
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise DatabaseError(
            f"pg_dump could not back up the {db.label}: {detail[-1] if detail else 'failed'}. "
            "Nothing was written.",
            reason="io",
        )
    partial.replace(target)
    return target
