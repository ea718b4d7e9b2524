"""Compiles a parsed search query into an SQL condition over ``incident i``: SQLite's compiler.

``QueryCompiler`` holds everything of a search that is SQLite's own: the FTS5 condition and
its syntax, the damage column of the table's rows, and how a page and a count are planned
(``services/search_plan.py``). ``services/query_pg.py``'s subclass holds PostgreSQL's; the
shell (``services/search.py``) is one for both.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from incident_logger.domain.fields import QUERY_NAMES, IncidentField, Kind
from incident_logger.domain.messages import Message, msg
from incident_logger.domain.query import And, FieldFilter, Node, Not, Or, Term
from incident_logger.domain.text import fold
from incident_logger.services.place_match import place_ids_matching
from incident_logger.services.query_text import TextSyntax, text_expr
from incident_logger.services.synonyms import expand_terms
from incident_logger.services.word_forms import LEMMA_COLUMN, PLACES_COLUMN, search_keys
from incident_logger.store.sql import Sql

if TYPE_CHECKING:
    from incident_logger.services.search_page import Cursor, SortKey

FTS_CONDITION = "i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)"
# FTS_CONDITION asked of one row: the same rows, found without gathering every match.
PROBE_CONDITION = (
    "EXISTS (SELECT 1 FROM incident_fts WHERE incident_fts MATCH ? AND incident_fts.rowid = i.id)"
)
# The table's damage column: "3 vehicle, 1 home", kinds in the order of their first note.
DAMAGE_SUMMARY = """coalesce((SELECT group_concat(q || ' ' || kind, ', ') FROM (
           SELECT sum(coalesce(d.quantity, 1)) AS q, d.object_kind AS kind FROM damage_note d
           WHERE d.incident_id = i.id GROUP BY d.object_kind ORDER BY min(d.position))), '')"""
_LINK = "EXISTS (SELECT 1 FROM incident_source l {join} WHERE l.incident_id = i.id AND {cond})"
_SOURCE_JOIN = "JOIN source s ON s.id = l.source_id"
_HAS = {
    "damage": "EXISTS (SELECT 1 FROM damage_note d WHERE d.incident_id = i.id)",
    "coords": "i.latitude IS NOT NULL",
    "sources": "EXISTS (SELECT 1 FROM incident_source l WHERE l.incident_id = i.id)",
    "tags": "EXISTS (SELECT 1 FROM incident_tag t WHERE t.incident_id = i.id)",
    "narrative": "i.narrative != ''",
    "injuries": "i.injuries > 0",
    "fatalities": "i.fatalities > 0",
}
_OPS = {"=", "<", "<=", ">", ">="}
# Period bounds and the index of live incidents each can seek in (store/sort_keys.py, v1).
FROM_CONDITION = "coalesce(i.end_at, i.start_at) >= ?"
TO_CONDITION = "i.start_at <= ?"
PERIOD_INDEXES = {FROM_CONDITION: "ix_incident_live_until", TO_CONDITION: "ix_incident_live_start"}
# No name in the gazetteer is this long; a longer key matches nothing without asking SQLite
# (whose LIKE refuses patterns over 50,000 bytes; folding can lengthen text many times).
MAX_NAME_KEY = 1_000
_NAMED = re.compile(r":([kp])\b")


@dataclass
class Compiled:
    """An SQL condition with its parameters, and notes for the user (e.g. unknown region)."""

    sql: str
    params: list[Any]
    notes: list[Message] = field(default_factory=list)  # str() of each is English
    has_deleted_filter: bool = False
    # Full-text expressions every result must match (they bound the result's size).
    required_fts: list[str] = field(default_factory=list)
    # Period bounds every result must pass: (condition, value).
    periods: list[tuple[str, str]] = field(default_factory=list)
    # Whether a word start (``d*``) is in the query: its pages may use the window plan.
    word_start: bool = False
    # Whether any word is looked up by its dictionary forms (the index's ``lemmas`` column);
    # word starts, phrases and exact forms match the text as written only.
    word_forms: bool = True


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _fts_atom(term: Term) -> str | None:
    atom = _fts_words(term)
    if atom is not None and term.in_text:
        return f"- {{{PLACES_COLUMN}}} : ({atom})"
    return atom


def _fts_words(term: Term) -> str | None:
    text = fold(term.text)
    if not any(ch.isalnum() for ch in text):
        return None
    if term.phrase or term.prefix or term.exact:
        # As typed: the folded text only, never the keys column.
        return f"- {LEMMA_COLUMN} : " + _quote(text) + ("*" if term.prefix else "")
    # A word by its keys (its dictionary forms: one index term, rarely two) in any column:
    # as written, or in the lemmas column for a form that differs. A number as typed.
    keys = search_keys(term.text) or (text,)
    if len(keys) == 1:
        return _quote(keys[0])
    return "(" + " OR ".join(map(_quote, keys)) + ")"


FTS5 = TextSyntax(
    term=_fts_atom,
    any_of=lambda parts: "(" + " OR ".join(parts) + ")",
    all_of=lambda parts: "(" + " AND ".join(parts) + ")",
    but_not=lambda expr, excluded: f"{expr} NOT {excluded}",
)


class QueryCompiler:
    """Turns a query tree into SQL, resolving names (places, sources) through ``conn``.

    The SQL is written once for both engines; an engine's compiler names its full-text
    condition (one parameter: the expression) and the syntax of that expression
    (``services/query_pg.py`` for PostgreSQL).
    """

    fts_condition = FTS_CONDITION
    syntax = FTS5
    true, false = "1", "0"  # conditions that always and never hold
    same_as = "IS"  # equal, with NULL equal to NULL
    damage_summary = DAMAGE_SUMMARY  # the table's damage column
    id_chunk = 500  # ids per statement, far below SQLite's limit on parameters

    def __init__(self, conn: sqlite3.Connection | Sql) -> None:
        self.conn = conn
        self.notes: list[Message] = []
        self.deleted_filter = False
        self.root: Node | None = None
        self.required: list[str] = []
        self._places: dict[str, list[int]] = {}
        self.periods: list[tuple[str, str]] = []

    @staticmethod
    def ids_condition(ids: Sequence[int]) -> tuple[str, list[Any]]:
        """``i.id`` among ``ids`` (at most ``id_chunk`` of them), and its parameters."""
        return f"i.id IN ({','.join('?' * len(ids))})", list(ids)

    @staticmethod
    def page_keys(
        conn: Sql, compiled: Compiled, sort: SortKey, cursor: Cursor | None, limit: int
    ) -> list[tuple[int, Any]]:
        """(id, sort value) of each row of the page, planned by bounded looks at the data."""
        from incident_logger.services import search_plan  # it imports this module

        return search_plan.page_keys(conn.dbapi, compiled, sort, cursor, limit)

    @staticmethod
    def count(conn: Sql, compiled: Compiled) -> int:
        """How many incidents the compiled condition selects."""
        from incident_logger.services import search_plan

        return search_plan.count_compiled(conn.dbapi, compiled)

    def compile(self, node: Node | None) -> Compiled:
        if node is None:
            return Compiled(self.true, [], [], False)
        # Each plain word also looks for its synonyms and the other names of a place it names.
        self.root = node = expand_terms(self.conn, node)
        sql, params = self._node(node)
        self._note_period(sql, params)
        return Compiled(sql, params, self.notes, self.deleted_filter, self.required, self.periods)

    def _text(self, node: Node) -> str | None:
        return text_expr(node, self.syntax)

    def _node(self, node: Node) -> tuple[str, list[Any]]:
        expr = self._text(node)
        if expr is not None:
            if node is self.root:
                self.required.append(expr)
            return self.fts_condition, [expr]
        if isinstance(node, Term):  # a term with nothing searchable, e.g. "-" inside quotes
            return self.true, []
        if isinstance(node, Not):
            sql, params = self._node(node.child)
            return f"NOT ({sql})", params
        if isinstance(node, And | Or):
            return self._group(node)
        return self._field(node)

    def _group(self, node: And | Or) -> tuple[str, list[Any]]:
        children = list(node.children)
        parts: list[tuple[str, list[Any]]] = []
        if isinstance(node, And):
            # All free-text parts of an AND go to FTS as one expression (one index lookup).
            texty = [c for c in children if self._text(c if not isinstance(c, Not) else c.child)]
            positive = [c for c in texty if not isinstance(c, Not)]
            if positive:
                merged = self._text(And(tuple(texty)))
                if merged is not None:
                    parts.append((self.fts_condition, [merged]))
                    if node is self.root:
                        self.required.append(merged)
                    merged_ids = {id(c) for c in texty}
                    children = [c for c in children if id(c) not in merged_ids]
        for child in children:
            sql, params = self._node(child)
            if node is self.root and isinstance(node, And):
                self._note_period(sql, params)
            parts.append((sql, params))
        joiner = " AND " if isinstance(node, And) else " OR "
        sql = joiner.join(f"({s})" for s, _ in parts)
        params = [p for _, ps in parts for p in ps]
        return sql, params

    def _note_period(self, sql: str, params: list[Any]) -> None:
        if sql in PERIOD_INDEXES:
            self.periods.append((sql, params[0]))

    def _ids(self, sql: str, key: str) -> list[int]:
        if len(key) > MAX_NAME_KEY:
            return []
        # ``:k`` is the key, ``:p`` its LIKE prefix, written as ``?`` marks (either engine).
        values = {"k": key, "p": _like_prefix(key)}
        names = _NAMED.findall(sql)
        rows = self.conn.execute(_NAMED.sub("?", sql), [values[n] for n in names]).fetchall()
        return [r[0] for r in rows]

    def _place_ids(self, text: str) -> list[int]:
        key = fold(text)
        if key not in self._places:  # a name repeated in one query is looked up once
            self._places[key] = self._find_places(text, key)
        return self._places[key]

    def _find_places(self, text: str, key: str) -> list[int]:
        exact = self._ids(
            "SELECT id FROM place WHERE name_key = :k UNION "
            "SELECT place_id FROM place_alias WHERE alias_key = :k",
            key,
        )
        # Then any grammatical form of a name ("region:Брянской" -> Брянская область).
        roots = exact or sorted(place_ids_matching(self.conn, text)) or self._ids(
            "SELECT id FROM place WHERE name_key LIKE :p ESCAPE '\\' UNION "
            "SELECT place_id FROM place_alias WHERE alias_key LIKE :p ESCAPE '\\'",
            key,
        )
        if not roots:
            self.notes.append(msg("no_place_named", text=text))
            return []
        marks = ",".join("?" * len(roots))
        rows = self.conn.execute(
            f"WITH RECURSIVE down(id) AS (SELECT id FROM place WHERE id IN ({marks}) "
            "UNION SELECT p.id FROM place p JOIN down ON p.parent_id = down.id) "
            "SELECT id FROM down",
            roots,
        ).fetchall()
        return [r[0] for r in rows]

    def _field(self, f: FieldFilter) -> tuple[str, list[Any]]:
        op = f.op if f.op in _OPS else "="
        name, value = f.field, f.value
        if name == "region":
            ids = self._place_ids(value)
            return (f"i.place_id IN ({','.join(map(str, ids))})", []) if ids else (self.false, [])
        if name == "category":
            ids = self._ids(
                "SELECT id FROM category WHERE name_key = :k", fold(value)
            ) or self._ids(
                "SELECT id FROM category WHERE name_key LIKE :p ESCAPE '\\'", fold(value)
            )
            if not ids:
                self.notes.append(msg("no_category_named", value=value))
                return self.false, []
            return f"i.category_id IN ({','.join(map(str, ids))})", []
        if name == "source":
            key = fold(value)
            # The source named exactly so; failing that, every source whose name contains it.
            ids = self._ids("SELECT id FROM source WHERE name_key = :k", key) or self._ids(
                "SELECT id FROM source WHERE name_key LIKE '%' || :p ESCAPE '\\'", key
            )
            if not ids:
                self.notes.append(msg("no_source_contains", value=value))
                return self.false, []
            cond = f"l.source_id IN ({','.join(map(str, ids))})"
            return _LINK.format(join="", cond=cond), []
        if name == "tag":
            return (
                "EXISTS (SELECT 1 FROM incident_tag t WHERE t.incident_id = i.id "
                "AND t.tag_key = ?)",
                [fold(value)],
            )
        if name == "grade":
            return _LINK.format(
                join=_SOURCE_JOIN, cond="s.reliability = ? AND l.credibility = ?"
            ), [value[0], int(value[1])]
        if name == "reliability":
            return _LINK.format(join=_SOURCE_JOIN, cond=f"s.reliability {op} ?"), [value]
        if name == "credibility":
            return _LINK.format(join="", cond=f"l.credibility {op} ?"), [int(value)]
        if name == "from":
            bound = value if "T" in value else value + "T00:00"
            return FROM_CONDITION, [bound]
        if name == "to":
            bound = value if "T" in value else value + "T23:59"
            return TO_CONDITION, [bound]
        entry = QUERY_NAMES.get(name)
        if entry is not None and entry.column and entry.scalar:  # by the field's kind
            return self._scalar(entry, op, value)
        if name == "has":
            return _HAS[value], []
        if name == "deleted":
            self.deleted_filter = True
            return ("i.deleted_at IS NOT NULL" if value == "yes" else "i.deleted_at IS NULL"), []
        if name == "id":
            return "i.id = ?", [int(value)]
        raise ValueError(f"unhandled field {name}")  # the parser only yields known fields

    def column_words(self, column: str, value: str) -> tuple[str, list[Any]]:
        """Incidents whose full-text ``column`` holds the words of ``value`` in a row, folded
        (a searchable text field's filter: ``name:substation``, ``name:"apartment block"``)."""
        text = fold(value)
        if not any(ch.isalnum() for ch in text):
            return self.false, []
        return self.fts_condition, [f"{{{column}}} : {_quote(text)}"]

    def _scalar(self, entry: IncidentField, op: str, value: str) -> tuple[str, list[Any]]:
        """A filter on a field stored on the incident row, by its kind (domain/fields.py):
        the words of a searchable text in its full-text column, an enum or another text
        equal to the value, a count or number compared with it."""
        column = f"i.{entry.column}"
        if entry.kind in (Kind.COUNT, Kind.NUMBER):  # injuries:>2, fatalities:unknown
            if value == "unknown":
                return f"{column} IS NULL", []
            number = int(value) if entry.kind is Kind.COUNT else float(value)
            return f"{column} {op} ?", [number]
        if entry.kind is Kind.TEXT and entry.fulltext:  # its words, as the full text reads them
            return self.column_words(entry.fulltext, value)
        if entry.kind in (Kind.ENUM, Kind.TEXT):  # status:confirmed, means:drone
            # NULL-safe: -means:drone keeps the unset
            equal = self.same_as if entry.optional or entry.kind is Kind.ENUM else "="
            return f"{column} {equal} ?", [value]
        raise ValueError(f"no filter on the {entry.kind} field {entry.name}")  # periods: from/to


def _like_prefix(key: str) -> str:
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
