"""SQLite-style statements (``?`` and ``:name`` parameters) on a psycopg connection.

The search compiler and the place look-ups write their SQL once, in the subset both engines
read alike; this wrapper turns SQLite's parameter marks into psycopg's (``%s``,
``%(name)s``), doubling a literal ``%``, and leaves string literals alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

# A string literal, a ``?``, a ``:name`` (not ``::type``) or a ``%``, in reading order.
_TOKEN = re.compile(r"'(?:[^']|'')*'|\?|(?<![:\w]):([A-Za-z_]\w*)|%")


@functools.lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """``sql`` with SQLite's parameter marks written as psycopg's."""

    def mark(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token.replace("%", "%%")
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return f"%({match.group(1)})s"

    return _TOKEN.sub(mark, sql)


class QmarkConnection:
    """The part of ``sqlite3.Connection`` the search code uses, over a psycopg connection."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.pg = conn

    def execute(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> psycopg.Cursor[Any]:
        if isinstance(params, Mapping):
            return self.pg.execute(translate(sql), dict(params))
        return self.pg.execute(translate(sql), list(params))
