"""Ordered schema migrations; ``PRAGMA user_version`` holds the applied version."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from incident_logger.domain.enums import DEFAULT_CATEGORIES
from incident_logger.domain.text import fold
from incident_logger.store import count_fts, fts, slim_indexes, sort_keys
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


# Who hears how far a long migration has come: (description, done, total). The CLI sets a
# printer (``set_progress``); nothing is reported when it is None.
Progress = Callable[[str, int, int], None]
_progress: list[Progress | None] = [None]


def set_progress(callback: Progress | None) -> None:
    """Report the progress of long migrations to ``callback`` (None: to nobody)."""
    _progress[0] = callback


def announce(what: str) -> None:
    """Tell whoever hears the progress that a step of unknown length starts (0 of 0)."""
    callback = _progress[0]
    if callback is not None:
        callback(what, 0, 0)


def _report(what: str) -> fts.Progress | None:
    callback = _progress[0]
    if callback is None:
        return None
    return lambda done, total: callback(what, done, total)


_LEMMAS = "search index with word forms (lemmas)"
_CONTENTLESS = "search index without a second copy of the text (word forms as one term)"


def _index_at_the_end(conn: sqlite3.Connection) -> None:
    """Step 6 built the index with word forms, step 8 made it contentless; both now leave it
    to the end of the upgrade (``_index_as_built``). Built here, with this release's
    ``store/fts.py``, it would read and write the columns of the newest schema into a file
    that has only this step's: a later full-text field would break every older file."""


# The progress of the index built at the end of an upgrade (``_index_as_built``): the words
# step 6 showed, as before (the index this release builds has the word forms).
REINDEX = _LEMMAS


def _index_as_built(conn: sqlite3.Connection) -> None:
    """Declare and fill the full-text index as this release builds it, unless it is so
    already (a file from before steps 6 or 8, or before a migration that gave the document
    a column). Runs at the end of the last migration, in its transaction: on the newest
    schema, with the code that goes with it, once however many steps asked for it."""
    if not fts.is_current(conn):
        fts.rebuild(conn, _report(REINDEX))


# Words a search treats as one: a group's words find each other (the user edits them).
SEEDED_SYNONYMS = (
    ("БПЛА", "БпЛА", "беспилотник", "дрон", "безпілотник", "UAV", "drone"),
    ("ПВО", "ППО", "air defence", "air defense"),
)


def _synonyms(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE synonym (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL,
        word TEXT NOT NULL,
        word_key TEXT NOT NULL,
        UNIQUE (group_id, word_key)
    )"""
    )
    conn.execute("CREATE INDEX ix_synonym_key ON synonym(word_key)")
    for group_id, words in enumerate(SEEDED_SYNONYMS, start=1):
        conn.executemany(
            "INSERT OR IGNORE INTO synonym(group_id, word, word_key) VALUES (?, ?, ?)",
            [(group_id, word, fold(word)) for word in words],
        )


def _means(conn: sqlite3.Connection) -> None:
    # The weapon or cause (drone, missile, ...); NULL: not recorded. Sorted like the others.
    conn.execute("ALTER TABLE incident ADD COLUMN means TEXT")
    conn.execute(
        "CREATE INDEX ix_incident_live_means ON incident(coalesce(means, ''), id) "
        "WHERE deleted_at IS NULL"
    )


# Optimistic concurrency: a version on every record an analyst edits (services/versions.py).
VERSIONED_TABLES = ("incident", "place", "source", "count_report")


def _record_versions(conn: sqlite3.Connection) -> None:
    for table in VERSIONED_TABLES:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _team_search_document(conn: sqlite3.Connection) -> None:
    """Nothing to do in a file: the step weighs the team database's search document by
    column (PostgreSQL revision 0011); SQLite's index has its columns already."""


def _slim_indexes(conn: sqlite3.Connection) -> None:
    slim_indexes.apply(conn, _progress[0])


# Append only. Never edit a released migration: write a new one.
MIGRATIONS: Sequence[Migration] = (
    Migration(1, "initial schema", _v1),
    Migration(2, "full-text index of count reports", count_fts.create),
    Migration(3, "approximate counts (shown 30+)", _approximate_counts),
    Migration(4, "gazetteer origin, alias languages and lemma keys", _gazetteer),
    Migration(5, "stored sort keys and an index for every sort and period", sort_keys.create),
    Migration(6, _LEMMAS, _index_at_the_end),
    Migration(7, "search synonyms the user can edit", _synonyms),
    Migration(8, _CONTENTLESS, _index_at_the_end),
    Migration(9, "the means of an incident (drone, missile, ...)", _means),
    Migration(10, "a version on every record, so no save overwrites another", _record_versions),
    Migration(11, "the team database's search document by column", _team_search_document),
    Migration(12, "smaller sort indexes", _slim_indexes),
    Migration(13, "count reports found by ё, й, ї, ў as by е, и, і, у", count_fts.fold_documents),
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
            if migration.version == SCHEMA_VERSION:
                _index_as_built(conn)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(migration.version)
    return applied
