"""Looking at a database file before trusting it: header, schema, version, quick check."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from incident_logger.domain.messages import msg
from incident_logger.store import migrations
from incident_logger.store.connection import connect_raw
from incident_logger.store.errors import OpenProblem, sqlite_error_code, translate_error

# --- Looking at a file before trusting it -----------------------------------------------

_MAGIC = b"SQLite format 3\x00"
_OUR_TABLES = frozenset({"incident", "place", "source", "category", "history", "incident_fts"})
QUICK_CHECK_SECONDS = 0.5  # for a look at a file that failed to open (the recovery dialog)


def _header_problem(path: Path) -> OpenProblem | None:
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        detail = str(exc.strerror or exc)
        return OpenProblem("cannot_open", msg("db_cannot_read", path=str(path), detail=detail))
    if not header.startswith(_MAGIC):
        return OpenProblem("not_sqlite", msg("db_not_sqlite", path=str(path)))
    if len(header) < 100:
        return OpenProblem("damaged", msg("db_cut_off", path=str(path), size=size))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # the header's page count is current
    wal = path.with_name(path.name + "-wal")
    wal_has_data = wal.exists() and wal.stat().st_size > 0
    if counted and pages and not wal_has_data and size < pages * page_size:
        return OpenProblem(
            "damaged", msg("db_short", path=str(path), size=size, expected=pages * page_size)
        )
    return None


def _quick_check(conn: sqlite3.Connection, seconds: float | None) -> list[str]:
    """SQLite's quick_check, stopped (and taken as passed) after ``seconds`` unless None."""
    if seconds is None:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(20)")]
        return [] if rows == ["ok"] else rows
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 20_000)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(20)")]
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            return []
        raise
    finally:
        conn.set_progress_handler(None, 0)
    return [] if rows == ["ok"] else rows


def _raise_unless_immutable_helps(exc: sqlite3.OperationalError, path: Path) -> None:
    wal = path.with_name(path.name + "-wal")
    if sqlite_error_code(exc) not in (8, 14) or os.access(path.parent, os.W_OK) or wal.exists():
        raise exc


def connect_for_inspection(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A read-only connection; immutable (no -shm needed) where the folder cannot be written."""
    try:
        conn = connect_raw(path, read_only=True)
    except sqlite3.OperationalError as exc:
        _raise_unless_immutable_helps(exc, path)
    else:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn, False
        except sqlite3.OperationalError as exc:
            conn.close()
            _raise_unless_immutable_helps(exc, path)
    # A WAL file in a folder nobody can write: no -shm can be made, and none is needed.
    return connect_raw(path, read_only=True, immutable=True), True


def inspect_database(
    path: Path,
    *,
    read_only: bool,
    quick_check: bool = True,
    check_seconds: float | None = QUICK_CHECK_SECONDS,
) -> tuple[OpenProblem | None, bool]:
    """Check an existing file without changing it; returns (problem, needs immutable mode).

    The header, the tables and the schema version are always looked at (a few pages).
    ``quick_check`` adds SQLite's quick check, stopped (and taken as passed) after
    ``check_seconds``, or run over the whole file when that is None (``store.trust`` says
    when opening needs it).
    """
    problem = _header_problem(path)
    if problem is not None:
        return problem, False
    try:
        conn, immutable = connect_for_inspection(path)
    except UnicodeDecodeError as exc:  # sqlite3 decoding a garbled schema or error text
        return OpenProblem(
            "damaged", msg("db_schema_unreadable", path=str(path), detail=str(exc.reason))
        ), False
    except sqlite3.Error as exc:
        explained = translate_error(exc, path)
        return explained or OpenProblem(
            "cannot_open", msg("db_cannot_open", path=str(path), detail=str(exc))
        ), False
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = migrations.current_version(conn)
        if version > migrations.SCHEMA_VERSION:
            return OpenProblem(
                "too_new",
                msg("db_too_new", path=str(path), version=version, known=migrations.SCHEMA_VERSION),
            ), immutable
        if (version == 0 and tables) or (version >= 1 and not _OUR_TABLES.issubset(tables)):
            return OpenProblem("foreign", msg("db_foreign", path=str(path))), immutable
        if read_only and version < migrations.SCHEMA_VERSION:
            return OpenProblem("read_only", msg("db_needs_upgrade", path=str(path))), immutable
        found = _quick_check(conn, check_seconds) if quick_check else []
        if found:
            shown = f"{len(found)}{'+' if len(found) >= 20 else ''}"
            return OpenProblem(
                "damaged", msg("db_check_found", path=str(path), found=shown)
            ), immutable
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return OpenProblem(
            "damaged", msg("db_damaged_or_not", path=str(path), detail=str(exc))
        ), immutable
    finally:
        conn.close()
    return None, immutable
