"""The search language over count reports: source:, region:, from:/to:, reliability:, words.

Queries parse with the incidents' parser (``domain.query``); fields that only make sense for
incidents (category:, status: …) are refused with their position. The parsed query becomes
SQL in the count reports' repository (``store/repositories/count_search.py``), on either
engine.
"""

from __future__ import annotations

from collections.abc import Iterator

from incident_logger.domain.messages import msg
from incident_logger.domain.query import (
    FieldFilter,
    Node,
    Not,
    QuerySyntaxError,
    Term,
    as_query,
)

COUNT_FIELDS = ("source", "region", "from", "to", "reliability")


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
