"""The search language on PostgreSQL: the parsed query as ``tsquery`` over the weighted document.

The walk over the tree is ``services/query_text.py``'s and the field filters, place look-ups
and synonyms are ``QueryCompiler``'s (written once for both engines, ``?`` marks run
through ``store/sql.py``); what differs is the full-text part. A term becomes tsquery text read
by ``il_query`` (``to_tsquery('simple', unaccent(...))``): its tokens split as SQLite's index
splits them (``store/pg/fulltext.py``), a phrase as ``<->``, a word start as ``:*``, and the
column filters SQLite writes (``- lemmas :``, ``- {places} :``) as weights of the document:
A the incident's own text, B its places' names, C the dictionary forms.

- a plain word: its keys (dictionary forms) in any column, as on SQLite;
- ``"a phrase"``, ``word*`` and ``=exact``: the text and place names only (weights AB), never
  the dictionary forms;
- another name of a place a search word names (``in_text``): not the place names (AC; with a
  phrase, A).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from incident_logger.domain.query import Term
from incident_logger.domain.text import fold
from incident_logger.services.query_sql import Compiled, QueryCompiler
from incident_logger.services.query_text import TextSyntax
from incident_logger.services.search_page import Cursor, SortKey, page_sql
from incident_logger.services.word_forms import search_keys
from incident_logger.store.pg.fulltext import (
    LEMMAS_WEIGHT,
    PLACES_WEIGHT,
    TEXT_WEIGHT,
    tokens,
    tsquery_phrase,
)
from incident_logger.store.sql import Sql

FTS_CONDITION = "i.id IN (SELECT f.incident_id FROM incident_fts f WHERE f.document @@ il_query(?))"
# The table's damage column in PostgreSQL's words (``query_sql.DAMAGE_SUMMARY``).
DAMAGE_SUMMARY = """coalesce((SELECT string_agg(g.q || ' ' || g.kind, ', ' ORDER BY g.pos) FROM (
           SELECT sum(coalesce(d.quantity, 1)) AS q, d.object_kind AS kind,
                  min(d.position) AS pos
           FROM damage_note d WHERE d.incident_id = i.id GROUP BY d.object_kind) AS g), '')"""
_ALL = TEXT_WEIGHT + PLACES_WEIGHT + LEMMAS_WEIGHT


def _phrase(words: list[str], weights: str, prefix: bool = False) -> str:
    """Tokens in a row: ``'a':AB <-> 'b':*AB`` (weights all three: no restriction)."""
    return tsquery_phrase(words, "" if weights == _ALL else weights, prefix)


def _tsquery_term(term: Term) -> str | None:
    text = fold(term.text)
    words = tokens(text)
    if not words:
        return None
    as_typed = term.phrase or term.prefix or term.exact
    weights = _ALL
    if as_typed:  # the folded text only, never the dictionary forms
        weights = weights.replace(LEMMAS_WEIGHT, "")
    if term.in_text:  # the incident's own text, not the names of its places
        weights = weights.replace(PLACES_WEIGHT, "")
    if as_typed:
        return _phrase(words, weights, term.prefix)
    keys = search_keys(term.text) or (text,)
    parts = list(dict.fromkeys(_phrase(tokens(k), weights) for k in keys if tokens(k)))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"


TSQUERY = TextSyntax(
    term=_tsquery_term,
    any_of=lambda parts: "(" + " | ".join(parts) + ")",
    all_of=lambda parts: parts[0] if len(parts) == 1 else "(" + " & ".join(parts) + ")",
    but_not=lambda expr, excluded: f"({expr} & !{excluded})",
)


class PgQueryCompiler(QueryCompiler):
    """``QueryCompiler`` with PostgreSQL's full text, over a ``store.sql.Sql`` connection (its
    SQL keeps the ``?`` marks that ``Sql`` writes in psycopg's way).

    PostgreSQL's planner chooses between the GIN index and a walk of the sort index itself,
    so a page is the keyset page as it is (read by one process) and a count a plain
    ``count(*)``.
    """

    fts_condition = FTS_CONDITION
    syntax = TSQUERY
    true, false = "TRUE", "FALSE"
    same_as = "IS NOT DISTINCT FROM"
    damage_summary = DAMAGE_SUMMARY
    id_chunk = 1_000

    @staticmethod
    def ids_condition(ids: Sequence[int]) -> tuple[str, list[Any]]:
        return "i.id = ANY(?)", [list(ids)]

    def column_words(self, column: str, value: str) -> tuple[str, list[Any]]:
        # The document's text columns hold the tokens space-separated (store/pg/fulltext.py),
        # letters and digits only: nothing in the pattern needs escaping.
        words = tokens(value)
        if not words:
            return self.false, []
        return (
            f"i.id IN (SELECT f.incident_id FROM incident_fts f "
            f"WHERE ' ' || f.{column} || ' ' LIKE ?)",
            [f"% {' '.join(words)} %"],
        )

    @staticmethod
    def page_keys(
        conn: Sql, compiled: Compiled, sort: SortKey, cursor: Cursor | None, limit: int
    ) -> list[tuple[int, Any]]:
        # A page is a few hundred rows. Parallel workers would each walk the sort index and
        # test documents until the page is full: at 1M, a word in 3% of the incidents had
        # 18,000 documents tested by three processes where one process tests 9,500
        # (EXPLAIN ANALYZE), and the page came 1.7-2.4 times slower on a loaded server.
        conn.execute("SET LOCAL max_parallel_workers_per_gather = 0")
        sql, params = page_sql(compiled, sort, cursor, limit)
        return conn.execute(sql, params).fetchall()

    @staticmethod
    def count(conn: Sql, compiled: Compiled) -> int:
        row = conn.execute(f"SELECT count(*) FROM incident i WHERE {compiled.sql}", compiled.params)
        return int(row.fetchone()[0])
