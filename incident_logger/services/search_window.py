"""The window plan of a page: full-text conditions tested on the next rows in sort order only.

A word start such as ``d*`` can match most of a large database. SQLite's full-text index
then merges the posting lists of every word with that start before it yields one row
(~0.4 s at a million incidents), and does so again for every page. For such a search the
page is found another way: take the next live rows in the sort order (an index walk), put
their full-text documents (made from the tables: the index keeps no copy of the text) into
a small in-memory index of the same definition (the window), and run the query's own
condition with the window in place of the full index, bounded to those rows. Each row
matches exactly as it would in the full index (a document matches on its own), so the rows
and their order are the full plan's. When few of the rows looked at match, the page goes on
with the full plan from where the window stopped.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from collections.abc import Sequence

from incident_logger.domain.query import Node, Not, Term
from incident_logger.store import fts

FTS_TABLE = "incident_fts"
_ID_CHUNK = 500
_OPTION = re.compile(r"^\s*([A-Za-z_]+)\s*=\s*(.*?)\s*$", re.S)
_DDL = re.compile(r"^\s*CREATE\s+VIRTUAL\s+TABLE\s+.*?\bUSING\s+fts5\s*\((.*)\)\s*$", re.I | re.S)
# Options about where the documents are kept: the window keeps none (only which rows match).
_STORAGE = frozenset({"content", "content_rowid", "contentless_delete", "contentless_unindexed"})


def has_prefix_term(node: Node | None) -> bool:
    """Whether the query has a word start (``d*``, ``"pump st"*``) anywhere."""
    if node is None:
        return False
    if isinstance(node, Term):
        return node.prefix
    if isinstance(node, Not):
        return has_prefix_term(node.child)
    if hasattr(node, "children"):
        return any(has_prefix_term(child) for child in node.children)
    return False


def has_word_forms(node: Node | None) -> bool:
    """Whether the query has a plain word, which is looked up by its dictionary forms (in the
    index's ``lemmas`` column too); word starts, phrases and ``=exact`` forms are not."""
    if node is None:
        return False
    if isinstance(node, Term):
        return not (node.prefix or node.phrase or node.exact)
    if isinstance(node, Not):
        return has_word_forms(node.child)
    if hasattr(node, "children"):
        return any(has_word_forms(child) for child in node.children)
    return False


def _arguments(body: str) -> list[str]:
    """The comma-separated arguments of ``fts5(...)``, quotes and brackets respected."""
    parts, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(body):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch == "[":
            quote = "]"
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return [p.strip() for p in parts if p.strip()]


def window_definition(sql: str) -> str | None:
    """The window's arguments to ``fts5(...)`` for the full index created by ``sql``: the same
    columns, tokenizer and options, keeping no documents."""
    match = _DDL.match(sql)
    if match is None:
        return None
    kept = []
    for argument in _arguments(match.group(1)):
        option = _OPTION.match(argument)
        name = option.group(1).lower() if option else ""
        if name not in _STORAGE:
            kept.append(argument)
    return ", ".join([*kept, "content=''"])


def window_table(conn: sqlite3.Connection) -> tuple[str, list[str]] | None:
    """The connection's window (made on first use) and the columns to copy, or None."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).fetchone()
    definition = window_definition(row[0]) if row and row[0] else None
    if definition is None:
        return None
    # Named after its definition: a connection that outlives a change of the index (a
    # migration) makes a new window instead of copying into an old shape.
    name = f"search_window_{zlib.crc32(definition.encode()):08x}"
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name} USING fts5({definition})")
    columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({FTS_TABLE})")]
    return name, columns


def fill_window(
    conn: sqlite3.Connection,
    name: str,
    columns: Sequence[str],
    ids: Sequence[int],
    *,
    lemmas: bool = True,
) -> None:
    """Make the window hold the documents of ``ids`` (and nothing else). ``lemmas=False``: a
    query with no plain word never reads the dictionary forms, so they are left empty (making
    them is a third of the cost of a document)."""
    conn.execute(f"INSERT INTO temp.{name}({name}) VALUES ('delete-all')")
    names = ", ".join(f'"{c}"' for c in columns)
    declared = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).fetchone()
    if fts.CONTENTLESS_MARK in declared[0]:  # the index keeps no text: made from the tables
        marks = ", ".join("?" * (len(columns) + 1))
        for start in range(0, len(ids), _ID_CHUNK):
            conn.executemany(
                f"INSERT INTO temp.{name}(rowid, {names}) VALUES ({marks})",
                fts.documents(conn, list(ids[start : start + _ID_CHUNK]), lemmas=lemmas),
            )
        return
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = list(ids[start : start + _ID_CHUNK])
        conn.execute(
            f"INSERT INTO temp.{name}(rowid, {names}) SELECT rowid, {names} FROM main.{FTS_TABLE} "
            f"WHERE rowid IN ({','.join('?' * len(chunk))})",
            chunk,
        )


def window_condition(name: str) -> str:
    """The full-text condition over the window (one parameter: the match expression)."""
    return f"i.id IN (SELECT rowid FROM temp.{name} WHERE {name} MATCH ?)"
