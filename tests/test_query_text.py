"""The free-text walk (services/query_text.py) over the parsed tree, in two engines' syntax:
SQLite's FTS5 (what the app runs) and a tsquery-like one (what a second dialect gives)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from incident_logger.domain.query import Term, parse_query
from incident_logger.services.query_sql import FTS5
from incident_logger.services.query_text import TextSyntax, text_expr

TSQUERY = TextSyntax(
    term=lambda t: "'" + t.text.lower() + "'" + (":*" if t.prefix else ""),
    any_of=lambda parts: "(" + " | ".join(parts) + ")",
    all_of=lambda parts: "(" + " & ".join(parts) + ")",
    but_not=lambda expr, excluded: f"{expr} & !{excluded}",
)


# FTS5's joiners with plain atoms (the atoms themselves, word forms and columns, are
# tested with the word-form search).
PLAIN_FTS5 = replace(FTS5, term=lambda t: '"' + t.text.lower() + '"' + ("*" if t.prefix else ""))


def both(text: str) -> tuple[str | None, str | None]:
    node = parse_query(text)
    assert node is not None
    return text_expr(node, PLAIN_FTS5), text_expr(node, TSQUERY)


@pytest.mark.parametrize(
    ("text", "fts5", "tsquery"),
    [
        ("pump", '"pump"', "'pump'"),
        ("d*", '"d"*', "'d':*"),
        ("a b", '("a" AND "b")', "('a' & 'b')"),
        ("a or b", '("a" OR "b")', "('a' | 'b')"),
        ("a (b or c) -d", '("a" AND ("b" OR "c")) NOT "d"', "('a' & ('b' | 'c')) & !'d'"),
        ("a a or a", '("a" AND ("a"))', "('a' & ('a'))"),  # repeats dropped
    ],
)
def test_one_walk_two_syntaxes(text: str, fts5: str, tsquery: str) -> None:
    assert both(text) == (fts5, tsquery)


@pytest.mark.parametrize("text", ["a region:Kaluga", "-a", "-a -b", "a or status:closed"])
def test_trees_with_filters_or_only_negations_are_not_free_text(text: str) -> None:
    assert both(text) == (None, None)


def test_a_term_without_letters_leaves_the_expression() -> None:
    assert text_expr(Term("-", phrase=True), FTS5) is None
