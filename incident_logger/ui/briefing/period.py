"""A briefing's period and its search: whole-day from:/to: lifted out, and put back to count."""

from __future__ import annotations

import re

from incident_logger.domain.query import And, FieldFilter, QuerySyntaxError, parse_query

ISO = "yyyy-MM-dd"
_DATE_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _token_end(query: str, start: int) -> int:
    """Index after the ``name:value`` token at ``start`` (the tokenizer's own rule)."""
    j = start
    while j < len(query) and not query[j].isspace() and query[j] not in '()"':
        j += 1
    if query[j - 1 : j] == ":" and query[j : j + 1] == '"':
        close = query.find('"', j + 1)
        j = len(query) if close < 0 else close + 1
    return j


def lift_period(query: str) -> tuple[str, str | None, str | None]:
    """Move a search's top-level ``from:``/``to:`` dates into the period fields.

    Returns the query without them and the dates (``yyyy-mm-dd``). Only whole-day bounds that
    restrict every result are lifted; anything else (times, bounds under ``or``/``-``, two
    ``from:``) stays in the query, where it still applies, and the period is left open.
    """
    try:
        node = parse_query(query)
    except QuerySyntaxError:
        return query, None, None
    children = node.children if isinstance(node, And) else (node,) if node is not None else ()
    found: dict[str, list[FieldFilter]] = {"from": [], "to": []}
    for child in children:
        if isinstance(child, FieldFilter) and child.field in found:
            found[child.field].append(child)
    spans: list[tuple[int, int]] = []
    bounds: dict[str, str] = {}
    for name, filters in found.items():
        if len(filters) == 1 and _DATE_ONLY.fullmatch(filters[0].value):
            spans.append((filters[0].position, _token_end(query, filters[0].position)))
            bounds[name] = filters[0].value
    if not spans:
        return query, None, None
    rest = query
    for start, end in sorted(spans, reverse=True):
        left, right = rest[:start].rstrip(), rest[end:].lstrip()
        glue = "" if not left or not right or left[-1] == "(" or right[0] == ")" else " "
        rest = left + glue + right
    try:
        parse_query(rest)
    except QuerySyntaxError:  # e.g. "fire and from:…" would leave a dangling "and"
        return query, None, None
    return rest, bounds.get("from"), bounds.get("to")


def counting_query(query: str, start: str | None, end: str | None) -> str:
    """The search the briefing will run: the user's query within the period."""
    parts = [f"({query})"] if query.strip() else []
    if start:
        parts.append(f"from:{start}")
    if end:
        parts.append(f"to:{end}")
    return " ".join(parts)
