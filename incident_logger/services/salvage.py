"""Salvage: read what can still be read from a damaged database into a new, sound one.

Each table is read in blocks of rows by rowid; a block that SQLite cannot read is split in
halves down to single rows, so a damaged page costs only the rows on it. The new database
gets this release's schema, rows whose parent record was lost are repaired (the link
cleared where it may be empty) or left out, and the search index is rebuilt. The damaged
file is only ever read (through a read-only, immutable connection).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from incident_logger.domain.messages import MessageError, msg
from incident_logger.store import fts
from incident_logger.store.connection import uri_path
from incident_logger.store.engine import Database, DatabaseError, open_database
from incident_logger.store.pg.url import UrlError, is_url, parse

_BLOCK = 512
_GIVE_UP_AFTER = 64  # unreadable or empty blocks in a row past the last rowid seen
_SKIPPED = frozenset({"incident_fts"})


@dataclass
class SalvageReport:
    source: Path
    target: Path
    recovered: dict[str, int] = field(default_factory=dict)  # rows per table
    unreadable: dict[str, int] = field(default_factory=dict)  # unreadable stretches of rows
    dropped: dict[str, int] = field(default_factory=dict)  # rows whose parent was lost
    highest_id: int | None = None  # the damaged file's highest incident number, if readable

    @property
    def incidents(self) -> int:
        return self.recovered.get("incident", 0) - self.dropped.get("incident", 0)

    def summary(self) -> str:
        kept = {t: n - self.dropped.get(t, 0) for t, n in self.recovered.items()}
        parts = ", ".join(f"{n:,} {t}" for t, n in kept.items() if n and t != "incident")
        lost = sum(self.unreadable.values())
        text = f"Recovered {self.incidents:,} incidents"
        if self.highest_id is not None:
            text += f" (of at most {self.highest_id:,})"
        if parts:
            text += f", and {parts} rows"
        text += f" from {self.source} into {self.target}."
        if lost:
            text += f" {lost:,} unreadable stretches of rows were skipped."
        dropped = sum(self.dropped.values())
        if dropped:
            text += f" {dropped:,} rows that pointed at lost records were left out."
        return text


def _reader(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{uri_path(path)}?mode=ro&immutable=1", uri=True)
    conn.text_factory = lambda b: b.decode("utf-8", "replace")
    return conn


def _rows(
    conn: sqlite3.Connection, table: str, columns: list[str], lost: list[int]
) -> Iterator[tuple[object, ...]]:
    """Every readable row of ``table``, block by block; unreadable ones counted in ``lost``."""
    cols = ", ".join(f'"{c}"' for c in columns)
    sql = f'SELECT rowid, {cols} FROM "{table}" WHERE rowid >= ? AND rowid < ? ORDER BY rowid'
    try:
        top = conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = 0
    start, misses = 1, 0
    while start <= top or misses < _GIVE_UP_AFTER:
        block = list(_read_range(conn, sql, start, start + _BLOCK, lost))
        misses = 0 if block else misses + 1
        yield from block
        start += _BLOCK
        if block:
            top = max(top, int(block[-1][0]))  # type: ignore[call-overload]


def _read_range(
    conn: sqlite3.Connection, sql: str, low: int, high: int, lost: list[int]
) -> Iterator[tuple[object, ...]]:
    try:
        rows = conn.execute(sql, (low, high)).fetchall()
    except sqlite3.DatabaseError:
        if high - low == 1:
            if lost[1] != low - 1:  # a new stretch (not right after the last lost row)
                lost[0] += 1
            lost[1] = low
            return
        middle = (low + high) // 2
        yield from _read_range(conn, sql, low, middle, lost)
        yield from _read_range(conn, sql, middle, high, lost)
        return
    yield from rows


def _tables(conn: sqlite3.Connection) -> list[str]:
    names = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid"
    ).fetchall()
    return [n for (n,) in names if n not in _SKIPPED and not n.startswith("incident_fts_")]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _repair_links(conn: sqlite3.Connection, report: SalvageReport) -> None:
    """Clear links to lost records where they may be empty; leave out the rest."""
    for _ in range(8):  # leaving a row out can orphan its own children: repeat until sound
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if not broken:
            return
        for table, rowid, _parent, fkid in broken:
            links = conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
            column = next(link[3] for link in links if link[0] == fkid)
            notnull = {r[1]: r[3] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            if notnull.get(column):
                conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                report.dropped[table] = report.dropped.get(table, 0) + 1
            else:
                conn.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))


class NotAFile(MessageError):
    """Salvage was asked of a team database: it says what to do instead."""


def refuse_team_database(source: Path | str) -> None:
    """Raise ``NotAFile`` for a team database's URL: a server recovers by itself, and its
    backups are pg_dump's (``salvage_team_database`` says so, in the reader's language)."""
    if is_url(source):
        label = parse(str(source)).label if _parses(str(source)) else str(source)
        raise NotAFile(msg("salvage_team_database", database=label))


def _parses(text: str) -> bool:
    try:
        parse(text)
    except UrlError:
        return False
    return True


def salvage_database(
    source: Path | str, target: Path, *, progress: Callable[[str, int], None] | None = None
) -> SalvageReport:
    """Copy every readable row of ``source`` into a new database at ``target``.

    ``source`` is a database file; a team database's URL raises ``NotAFile``."""
    refuse_team_database(source)
    source, target = Path(source), Path(target)
    if target.exists():
        raise DatabaseError(f"{target} already exists; salvage writes a new file only.")
    if not source.is_file():
        raise DatabaseError(f"There is no database at {source}.")
    report = SalvageReport(source, target)
    reader = _reader(source)
    made: Database | None = None
    try:
        try:
            found = set(_tables(reader))
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                f"Nothing can be salvaged from {source}: even its list of tables is "
                f"unreadable ({exc}). Restore a backup instead."
            ) from exc
        try:
            report.highest_id = reader.execute("SELECT max(id) FROM incident").fetchone()[0]
        except sqlite3.DatabaseError:
            report.highest_id = None
        made = open_database(target)
        with made.raw() as out:
            out.execute("PRAGMA foreign_keys = OFF")
            out.execute("BEGIN IMMEDIATE")
            for table in _tables(out):
                if table not in found:
                    continue
                try:
                    theirs = set(_columns(reader, table))
                except sqlite3.DatabaseError:
                    continue
                columns = [c for c in _columns(out, table) if c in theirs]
                lost = [0, -2]  # stretches, last lost rowid
                marks = ", ".join("?" * (len(columns) + 1))
                names = ", ".join(f'"{c}"' for c in columns)
                insert = f'INSERT OR REPLACE INTO "{table}" (rowid, {names}) VALUES ({marks})'
                count = 0
                for row in _rows(reader, table, columns, lost):
                    try:
                        out.execute(insert, row)
                    except sqlite3.IntegrityError:  # e.g. a NOT NULL cell read as NULL
                        lost[0] += 1
                        continue
                    count += 1
                    if progress and count % 10_000 == 0:
                        progress(table, count)
                report.recovered[table] = count
                if lost[0]:
                    report.unreadable[table] = lost[0]
            _repair_links(out, report)
            fts.rebuild_all(out)
            out.execute("COMMIT")
            out.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        if made is not None:
            made.close()
            made = None
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        reader.close()
        if made is not None:
            made.close()
    return report
