"""Ordered schema migrations; ``PRAGMA user_version`` holds the applied version."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from incident_logger.domain.enums import DEFAULT_CATEGORIES
from incident_logger.domain.text import fold
from incident_logger.store import count_fts, sort_keys
from incident_logger.store.schema_gazetteer import SCHEMA_GAZETTEER
from incident_logger.store.schema_v1 import SCHEMA_V1


def _v1(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA_V1:
        conn.execute(statement)
    conn.executemany(
        "INSERT INTO category(name, name_key) VALUES (?, ?)",
        [(name, fold(name)) for name in DEFAULT_CATEGORIES],
    )


def _approximate_counts(conn: sqlite3.Connection) -> None:
    # "more than 30" is a lower bound: kept as 30 with a flag, shown "30+"
    conn.execute("ALTER TABLE count_report ADD COLUMN total_approximate INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE count_line ADD COLUMN approximate INTEGER NOT NULL DEFAULT 0")


def _gazetteer(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA_GAZETTEER:
        conn.execute(statement)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


# Append only. Never edit a released migration: write a new one.
MIGRATIONS: Sequence[Migration] = (
    Migration(1, "initial schema", _v1),
    Migration(2, "full-text index of count reports", count_fts.create),
    Migration(3, "approximate counts (shown 30+)", _approximate_counts),
    Migration(4, "gazetteer origin, alias languages and lemma keys", _gazetteer),
    Migration(5, "stored sort keys and an index for every sort and period", sort_keys.create),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer release than this one."""


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: sqlite3.Connection) -> list[Migration]:
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"This database has schema version {version}, but this release of Incident Logger "
            f"knows only up to {SCHEMA_VERSION}. Open it with a newer release."
        )
    return [m for m in MIGRATIONS if m.version > version]


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[int]:
    """Apply pending migrations, each in its own transaction. Returns applied versions."""
    applied: list[int] = []
    for migration in pending(conn):
        if upto is not None and migration.version > upto:
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(migration.version)
    return applied
