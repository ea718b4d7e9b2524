"""The search language over count reports: source:, region:, from:/to:, reliability:, words.

Queries parse with the incidents' parser (``domain.query``); fields that only make sense for
incidents (category:, status: …) are refused with their position. Free words and phrases go
to the full-text index (``store.count_fts``: notes, what was counted, the source's name, and
lines with their regions' names and notes); filters become indexed SQL over ``count_report r``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from incident_logger.domain.messages import msg
from incident_logger.domain.query import (
    And,
    FieldFilter,
    Node,
    Not,
    QuerySyntaxError,
    Term,
    as_query,
)
from incident_logger.domain.text import fold
from incident_logger.store.count_fts import MATCH_CONDITION
from incident_logger.store.repositories import places, sources
from incident_logger.store.sql import Sql, wrap

COUNT_FIELDS = ("source", "region", "from", "to", "reliability")


@dataclass
class CountCondition:
    """An SQL condition over ``count_report r`` with named parameters, and notes for the user."""

    sql: str = "1"
    params: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _leaves(node: Node) -> Iterator[Term | FieldFilter]:
    if isinstance(node, Term | FieldFilter):
        yield node
    elif isinstance(node, Not):
        yield from _leaves(node.child)
    else:
        for child in node.children:
            yield from _leaves(child)


def parse_count_query(text: str | Node | None) -> Node | None:
    """Parse ``text`` (a tree is checked as it is); QuerySyntaxError for malformed text or a
    field count reports lack."""
    node = as_query(text)
    if node is None:
        return None
    for leaf in _leaves(node):
        if isinstance(leaf, FieldFilter) and leaf.field not in COUNT_FIELDS:
            raise QuerySyntaxError(
                leaf.position,
                msg("counts_field", name=leaf.field),
                msg("counts_fields_known"),
            )
    return node


def _match_text(term: Term) -> str | None:
    """An FTS5 string for a term, left for the index's tokenizer to fold like the documents."""
    if not any(ch.isalnum() for ch in term.text):
        return None
    return '"' + term.text.replace('"', '""') + '"' + ("*" if term.prefix else "")


def _like_prefix(key: str) -> str:
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class _Compiler:
    def __init__(self, conn: sqlite3.Connection | Sql) -> None:
        self.sql = wrap(conn)
        self.params: dict[str, Any] = {}
        self.notes: list[str] = []

    def param(self, value: Any) -> str:
        name = f"q{len(self.params)}"
        self.params[name] = value
        return name

    def node(self, node: Node) -> str:
        if isinstance(node, Term):
            text = _match_text(node)
            return MATCH_CONDITION.format(name=self.param(text)) if text else "1"
        if isinstance(node, FieldFilter):
            return self.field(node)
        if isinstance(node, Not):
            return f"NOT ({self.node(node.child)})"
        parts = [f"({self.node(child)})" for child in node.children]
        return (" AND " if isinstance(node, And) else " OR ").join(parts)

    def places(self, text: str) -> list[int]:
        """The places named ``text``, what lies inside them, and the regions they lie in.

        Counts are given per region: asking for a city finds the lines of its region.
        """
        key = fold(text)
        roots = places.ids_with_key(self.sql, key) or places.ids_with_key_like(
            self.sql, _like_prefix(key)
        )
        if not roots:
            self.notes.append(f"No place is named '{text}'.")
            return []
        return sorted(places.inside_and_regions_above(self.sql, roots))

    def field(self, f: FieldFilter) -> str:
        name, value = f.field, f.value
        if name == "source":
            key = fold(value)
            ids = sources.ids_with_key(self.sql, key) or sources.ids_with_key_like(
                self.sql, "%" + _like_prefix(key)
            )
            if not ids:
                self.notes.append(f"No source name contains '{value}'.")
                return "0"
            return f"r.source_id IN ({','.join(map(str, ids))})"
        if name == "region":
            ids = self.places(value)
            if not ids:
                return "0"
            return (
                "EXISTS (SELECT 1 FROM count_line l WHERE l.report_id = r.id "
                f"AND l.place_id IN ({','.join(map(str, ids))}))"
            )
        if name == "reliability":
            op = f.op if f.op in ("=", "<", "<=", ">", ">=") else "="
            graded = f"SELECT id FROM source WHERE reliability {op} :{self.param(value)}"
            return f"r.source_id IN ({graded})"
        if name == "from":
            bound = value if "T" in value else value + "T00:00"
            return f"r.period_end >= :{self.param(bound)}"
        if name == "to":
            bound = value if "T" in value else value + "T23:59"
            return f"r.period_start <= :{self.param(bound)}"
        raise QuerySyntaxError(f.position, msg("counts_field", name=name))


def compile_count_query(conn: sqlite3.Connection | Sql, node: Node | None) -> CountCondition:
    """The SQL condition for a parsed query (names of places and sources looked up in ``conn``)."""
    if node is None:
        return CountCondition()
    compiler = _Compiler(conn)
    # Each word is looked up on its own: one may be in the note and another on a line.
    sql = compiler.node(node)
    return CountCondition(sql, compiler.params, compiler.notes)
