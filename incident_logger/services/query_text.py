"""The free-text part of a parsed query as one expression of a full-text engine's language.

A tree of words and phrases only (no field filters) becomes one expression: SQLite's FTS5
``MATCH`` syntax in ``services/query_sql.py``; a PostgreSQL dialect gives its tsquery syntax
(``'word':*``, ``&``, ``|``, ``!``) to the same walk. The engine says how to write one term
and how to join expressions; which parts of a tree can go to the index is decided here, once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from incident_logger.domain.query import And, Node, Not, Or, Term


@dataclass(frozen=True, slots=True)
class TextSyntax:
    """How one full-text engine writes terms and joins them."""

    term: Callable[[Term], str | None]  # None: nothing searchable in it (e.g. "-" alone)
    any_of: Callable[[list[str]], str]  # OR of two or more expressions
    all_of: Callable[[list[str]], str]  # AND of one or more expressions
    but_not: Callable[[str, str], str]  # the first expression without the second


def text_expr(node: Node, syntax: TextSyntax) -> str | None:
    """One expression for a tree of terms only, or None if it holds anything else (a field
    filter, or an AND of negations only, which a full-text index cannot answer alone)."""
    if isinstance(node, Term):
        return syntax.term(node)
    if isinstance(node, Or):
        parts = [text_expr(c, syntax) for c in node.children]
        if any(p is None for p in parts):
            return None
        return syntax.any_of(unique(parts))
    if isinstance(node, And):
        positive = [c for c in node.children if not isinstance(c, Not)]
        negative = [c.child for c in node.children if isinstance(c, Not)]
        if not positive:
            return None
        pos = [text_expr(c, syntax) for c in positive]
        neg = [text_expr(c, syntax) for c in negative]
        if any(p is None for p in pos + neg):
            return None
        expr = syntax.all_of(unique(pos))
        for n in unique(neg):
            expr = syntax.but_not(expr, n)
        return expr
    return None


def unique(parts: list[str | None]) -> list[str]:
    """Non-empty parts without repeats, in order (an index slows down on a repeated term)."""
    return list(dict.fromkeys(p for p in parts if p))
