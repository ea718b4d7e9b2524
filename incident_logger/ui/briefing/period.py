"""A briefing's period and its search: whole-day from:/to: lifted out of the search text."""

from __future__ import annotations

from incident_logger.domain.query import FieldFilter, QuerySyntaxError, parse_query, split_period

ISO = "yyyy-MM-dd"


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

    Returns the query without them and the dates (``yyyy-mm-dd``). Which bounds are lifted is
    :func:`split_period`'s rule (whole-day bounds that restrict every result); the text keeps
    the user's own wording around them. If taking them out would leave text that does not
    parse (``fire and from:…``), nothing is lifted.
    """
    try:
        _rest, start, end = split_period(parse_query(query))
    except QuerySyntaxError:
        return query, None, None
    lifted: list[FieldFilter] = [f for f in (start, end) if f is not None]
    if not lifted:
        return query, None, None
    rest = query
    for f in sorted(lifted, key=lambda f: f.position, reverse=True):
        left, right = rest[: f.position].rstrip(), rest[_token_end(query, f.position) :].lstrip()
        glue = "" if not left or not right or left[-1] == "(" or right[0] == ")" else " "
        rest = left + glue + right
    try:
        parse_query(rest)
    except QuerySyntaxError:  # e.g. "fire and from:…" would leave a dangling "and"
        return query, None, None
    return rest, start.value if start else None, end.value if end else None
