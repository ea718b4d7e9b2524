"""Copy a whole database between engines (SQLite file <-> PostgreSQL team database), checked.

Every table of records is copied with its ids: categories, places (with aliases, lemma keys
and the gazetteer's state), sources, incidents (tags, source links, damage), count reports
and their lines, history and saved searches, and the incidents' full-text documents. The
count reports' full-text documents and the sort keys are rebuilt by the target's triggers.

The copy is one transaction on the target: before it commits, every table's row count and
a content hash (SHA-256 over the rows in id order, values in one canonical form) are
compared with the source's, read in one snapshot; any difference rolls everything back.
Both databases must have the same schema version.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from incident_logger.store import fts, migrations
from incident_logger.store.connection import connect_raw
from incident_logger.store.engine import Database, open_database
from incident_logger.store.errors import DatabaseError
from incident_logger.store.pg import fulltext as pg_fulltext
from incident_logger.store.pg.credentials import AskPassword
from incident_logger.store.pg.database import PgDatabase
from incident_logger.store.pg.url import is_url

if TYPE_CHECKING:
    import psycopg

# In the order that keeps every reference valid. (table, primary key columns)
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("category", ("id",)),
    ("place", ("id",)),
    ("place_alias", ("id",)),
    ("place_lemma", ("key", "place_id")),
    ("gazetteer_state", ("name",)),
    ("source", ("id",)),
    ("incident", ("id",)),
    ("incident_tag", ("id",)),
    ("incident_source", ("id",)),
    ("damage_note", ("id",)),
    ("count_report", ("id",)),
    ("count_line", ("id",)),
    ("history", ("id",)),
    ("saved_search", ("id",)),
    ("synonym", ("id",)),
)
# The incidents' full-text documents: rebuilt on the target, never copied.
FTS_TABLE = "incident_fts"
# Tables whose rows make a database "not empty" (a fresh one holds only categories).
RECORDS = ("place", "source", "incident", "count_report", "history", "saved_search")
BATCH = 5_000


def _canonical(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return repr(value)
    return value


class Side(Protocol):
    name: str

    def version(self) -> int: ...
    def columns(self, table: str) -> list[str]: ...
    def rows(self, table: str, cols: Sequence[str], order: Sequence[str]) -> Iterator[tuple]: ...
    def insert(self, table: str, cols: Sequence[str], rows: Iterable[tuple]) -> None: ...
    def count(self, table: str) -> int: ...
    def execute(self, sql: str) -> None: ...


class SqliteSide:
    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self.conn, self.name = conn, name

    def version(self) -> int:
        return migrations.current_version(self.conn)

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]

    def rows(self, table: str, cols: Sequence[str], order: Sequence[str]) -> Iterator[tuple]:
        cur = self.conn.execute(
            f"SELECT {', '.join(cols)} FROM {table} ORDER BY {', '.join(order)}"
        )
        while batch := cur.fetchmany(BATCH):
            yield from batch

    def insert(self, table: str, cols: Sequence[str], rows: Iterable[tuple]) -> None:
        marks = ", ".join("?" for _ in cols)
        self.conn.executemany(f"INSERT INTO {table}({', '.join(cols)}) VALUES ({marks})", rows)

    def count(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def execute(self, sql: str) -> None:
        self.conn.execute(sql)


class PgSide:
    def __init__(self, conn: psycopg.Connection, name: str) -> None:
        self.conn, self.name = conn, name

    def version(self) -> int:
        row = self.conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return int(row[0]) if row else 0

    def columns(self, table: str) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "AND table_schema = current_schema() AND is_generated = 'NEVER' "
                "ORDER BY ordinal_position",
                (table,),
            )
        ]

    def rows(self, table: str, cols: Sequence[str], order: Sequence[str]) -> Iterator[tuple]:
        with self.conn.cursor(name=f"copy_{table}") as cur:
            cur.itersize = BATCH
            cur.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {', '.join(order)}")
            yield from cur

    def insert(self, table: str, cols: Sequence[str], rows: Iterable[tuple]) -> None:
        with (
            self.conn.cursor() as cur,
            cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    def count(self, table: str) -> int:
        row = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def execute(self, sql: str) -> None:
        self.conn.execute(sql)


@dataclass
class TableResult:
    table: str
    rows: int
    digest: str


@dataclass
class CopyResult:
    tables: list[TableResult] = field(default_factory=list)

    @property
    def digest(self) -> str:
        whole = hashlib.sha256()
        for t in self.tables:
            whole.update(f"{t.table}:{t.rows}:{t.digest}\n".encode())
        return whole.hexdigest()


def _plan(source: Side, target: Side) -> list[tuple[str, list[str], list[str]]]:
    plan = []
    for table, key in TABLES:
        src = source.columns(table)
        dst = target.columns(table)
        missing = [c for c in src if c not in dst]
        if missing:
            raise DatabaseError(
                f"The {target.name} has no column {table}.{missing[0]} that the "
                f"{source.name} has: the two schemas differ. Nothing was copied.",
                reason="other",
            )
        plan.append((table, src, list(key)))
    return plan


def _rebuild_documents(source: Side, target: Side) -> TableResult:
    """The incidents' full-text documents, made afresh on the target from its copied tables
    (SQLite's index keeps no copy of the text to carry over) by the same code that makes them
    on every save; then one document per incident is checked."""
    if isinstance(target, SqliteSide):
        made = fts.rebuild_all(target.conn)
    elif isinstance(target, PgSide) and isinstance(source, SqliteSide):
        columns = [c for c in target.columns(FTS_TABLE) if c != "incident_id"]
        if len(columns) != len(fts.COLUMNS):
            raise DatabaseError(
                f"The {target.name}'s search index has {len(columns)} columns and this "
                f"release makes {len(fts.COLUMNS)}: the schemas differ. Nothing was copied.",
                reason="other",
            )
        columns = list(fts.COLUMNS)

        def documents() -> Iterator[tuple[Any, ...]]:
            # The tokens SQLite's index holds, written so PostgreSQL's parser sees the same.
            for batch in fts.document_batches(source.conn):
                for incident_id, *document in batch:
                    yield (incident_id, *pg_fulltext.document([str(c) for c in document]))

        target.insert(FTS_TABLE, ["incident_id", *columns], documents())
        made = target.count(FTS_TABLE)
    else:
        raise DatabaseError(
            "Copying between two team databases is the server's work: use pg_dump and pg_restore.",
            reason="other",
        )
    incidents = target.count("incident")
    if made != incidents:
        raise DatabaseError(
            f"The search index of the {target.name} holds {made:,} documents for {incidents:,} "
            "incidents. Nothing was copied.",
            reason="other",
        )
    return TableResult(f"{FTS_TABLE} (rebuilt)", made, "")


def table_digest(side: Side, table: str, cols: Sequence[str], key: Sequence[str]) -> TableResult:
    digest = hashlib.sha256()
    count = 0
    for row in side.rows(table, cols, key):
        digest.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False).encode())
        digest.update(b"\n")
        count += 1
    return TableResult(table, count, digest.hexdigest())


def _copy_rows(source: Side, target: Side, table: str, cols: list[str], key: list[str]) -> None:
    if table == "place" and "parent_id" in cols:
        # A place may name a parent with a larger id: parents are set in a second pass.
        at = cols.index("parent_id")
        target.insert(
            table,
            cols,
            ((*row[:at], None, *row[at + 1 :]) for row in source.rows(table, cols, key)),
        )
        pairs = [
            (row[0], row[1])
            for row in source.rows(table, ["id", "parent_id"], key)
            if row[1] is not None
        ]
        _set_parents(target, pairs)
        return
    target.insert(table, cols, source.rows(table, cols, key))


def _set_parents(target: Side, pairs: list[tuple[int, int]]) -> None:
    if isinstance(target, SqliteSide):
        target.conn.executemany(
            "UPDATE place SET parent_id = ? WHERE id = ?", [(p, i) for i, p in pairs]
        )
    elif isinstance(target, PgSide):
        with target.conn.cursor() as cur:
            cur.executemany(
                "UPDATE place SET parent_id = %s WHERE id = %s", [(p, i) for i, p in pairs]
            )


def copy_between(source: Side, target: Side) -> CopyResult:
    """Copy every table (the target is in a transaction the caller commits or rolls back),
    then compare counts and hashes; raises ``DatabaseError`` on any difference."""
    if source.version() != target.version():
        raise DatabaseError(
            f"The {source.name} has schema version {source.version()} and the {target.name} "
            f"{target.version()}: open (or 'team init') the older one with this release first.",
            reason="other",
        )
    busy = [(t, n) for t in RECORDS if (n := target.count(t))]
    if busy:
        raise DatabaseError(
            f"The {target.name} is not empty (it holds {busy[0][1]:,} rows of {busy[0][0]}). "
            "Copy only into a new database file or a team database fresh from 'team init'.",
            reason="other",
        )
    plan = _plan(source, target)
    for table, _cols, _key in reversed(plan):
        target.execute(f"DELETE FROM {table}")  # a fresh database's default categories
    result = CopyResult()
    for table, cols, key in plan:
        _copy_rows(source, target, table, cols, key)
        expected = table_digest(source, table, cols, key)
        got = table_digest(target, table, cols, key)
        if (expected.rows, expected.digest) != (got.rows, got.digest):
            raise DatabaseError(
                f"The copy of {table} does not match: {expected.rows:,} rows in the "
                f"{source.name}, {got.rows:,} in the {target.name}"
                + ("" if expected.rows != got.rows else " (same count, different content)")
                + ". Nothing was copied.",
                reason="other",
            )
        result.tables.append(got)
    result.tables.append(_rebuild_documents(source, target))
    if isinstance(target, PgSide):
        for table, pk in TABLES:
            if pk == ("id",):
                target.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                )
    return result


def _new_file(path: Path) -> None:
    if path.exists() and path.stat().st_size > 0:
        raise DatabaseError(
            f"{path} already exists. Copy into a new file (nothing is ever overwritten).",
            reason="other",
            path=path,
        )


@contextmanager
def _source_side(db: Database) -> Iterator[Side]:
    """The source, read in one snapshot."""
    if isinstance(db, PgDatabase):
        from psycopg import IsolationLevel

        conn = db.connect()
        conn.isolation_level = IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        try:
            with db._errors_explained():
                yield PgSide(conn, db.label)
        finally:
            conn.rollback()
            conn.close()
        return
    with db.raw() as raw:
        raw.execute("BEGIN")
        try:
            yield SqliteSide(raw, str(db.path))
        finally:
            raw.execute("ROLLBACK")


def copy_database_between(
    source: Path | str, target: Path | str, *, ask_password: AskPassword | None = None
) -> CopyResult:
    """Copy the database ``source`` (a file or a URL) into ``target`` (a new file, or a team
    database fresh from ``team init``), checked before it commits."""
    if is_url(target) == is_url(source) and str(source) == str(target):
        raise DatabaseError("The source and the target are the same database.", reason="other")
    if not is_url(source) and not Path(source).is_file():
        raise DatabaseError(f"There is no database at {source}.", reason="cannot_open")
    if not is_url(target):
        _new_file(Path(target))
    src = open_database(source, purpose="read", ask_password=ask_password)
    try:
        with _source_side(src) as side:
            if is_url(target):
                return _into_postgres(side, str(target), ask_password)
            return _into_file(side, Path(target))
    finally:
        src.close()


def _into_postgres(source: Side, url: str, ask_password: AskPassword | None) -> CopyResult:
    db = open_database(url, ask_password=ask_password)
    assert isinstance(db, PgDatabase)
    try:
        if db.read_only:
            raise DatabaseError(f"The {db.label} is read-only: {db.read_only_reason}")
        with db._errors_explained(), db.connect() as conn:
            result = copy_between(source, PgSide(conn, db.label))
            conn.commit()
        return result
    finally:
        db.close()


def _into_file(source: Side, path: Path) -> CopyResult:
    open_database(path).close()  # a new file with the newest schema
    conn = connect_raw(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = copy_between(source, SqliteSide(conn, str(path)))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    conn.close()
    return result
