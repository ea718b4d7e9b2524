"""Count reports selected by the search language: the condition over ``count_report r``.

Free words and phrases go to the engine's full-text index of count reports: SQLite's FTS5
tables (``store/count_fts.py``) or PostgreSQL's ``tsvector`` tables (revision 0005's
``count_report_fts`` and ``count_line_fts``), both kept by triggers. A report matches a word
when its own document (what was counted, the total, the note, the source's name) or one of
its lines (the region's names, the count, the line's note) holds it. Filters (``source:``,
``region:``, ``from:``/``to:``, ``reliability:``) are the same SQL on both engines, with
named parameters (``:q0`` ...) that ``store.sql.Sql`` passes to either driver.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from incident_logger.domain.messages import msg
from incident_logger.domain.query import And, FieldFilter, Node, Not, QuerySyntaxError, Term
from incident_logger.domain.text import fold
from incident_logger.store.count_fts import MATCH_CONDITION, fold_letters
from incident_logger.store.pg.fulltext import tsquery_phrase
from incident_logger.store.repositories import places, sources
from incident_logger.store.sql import Sql

# PostgreSQL: the same two places a word may be found, through the GIN indexes.
PG_MATCH_CONDITION = (
    "(r.id IN (SELECT f.report_id FROM count_report_fts f "
    "WHERE f.document @@ il_query(:{name})) "
    "OR r.id IN (SELECT l.report_id FROM count_line l WHERE l.id IN "
    "(SELECT f.line_id FROM count_line_fts f WHERE f.document @@ il_query(:{name}))))"
)
# Runs of letters and digits: the words FTS5's tokenizer sees in a search term.
_WORD = re.compile(r"[^\W_]+")


@dataclass
class CountCondition:
    """An SQL condition over ``count_report r`` with named parameters, and notes for the user."""

    sql: str = "TRUE"
    params: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def fts5_text(term: Term) -> str | None:
    """An FTS5 string for a term, left for the index's tokenizer to fold like the documents."""
    if not any(ch.isalnum() for ch in term.text):
        return None
    text = fold_letters(term.text)
    return '"' + text.replace('"', '""') + '"' + ("*" if term.prefix else "")


def tsquery_text(term: Term) -> str | None:
    """The term as ``tsquery`` text for ``il_query``: its words as the documents hold them
    (``il_count_words``: split as SQLite splits, ``FOLDED_LETTERS`` folded, accents left to
    ``unaccent``) in a row, the last a word start for ``word*``."""
    words = _WORD.findall(fold_letters(term.text).lower())
    if not words:
        return None
    return tsquery_phrase(words, prefix=term.prefix)


def _like_prefix(key: str) -> str:
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class _Compiler:
    def __init__(self, sql: Sql) -> None:
        self.sql = sql
        self.params: dict[str, Any] = {}
        self.notes: list[str] = []
        postgres = sql.kind == "postgresql"
        self.text: Callable[[Term], str | None] = tsquery_text if postgres else fts5_text
        self.match = PG_MATCH_CONDITION if postgres else MATCH_CONDITION

    def param(self, value: Any) -> str:
        name = f"q{len(self.params)}"
        self.params[name] = value
        return name

    def node(self, node: Node) -> str:
        if isinstance(node, Term):
            # Each word is looked up on its own: one may be in the note and another on a line.
            text = self.text(node)
            return self.match.format(name=self.param(text)) if text else "TRUE"
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
                return "FALSE"
            return f"r.source_id IN ({','.join(map(str, ids))})"
        if name == "region":
            ids = self.places(value)
            if not ids:
                return "FALSE"
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


def condition(sql: Sql, node: Node | None) -> CountCondition:
    """The condition for a parsed query (names of places and sources looked up in ``sql``)."""
    if node is None:
        return CountCondition()
    compiler = _Compiler(sql)
    return CountCondition(compiler.node(node), compiler.params, compiler.notes)
