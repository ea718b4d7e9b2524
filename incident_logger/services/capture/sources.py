"""The source of a statement, recognised by a name, handle or link known in the Sources table."""

from __future__ import annotations

import re

from incident_logger.domain.text import fold
from incident_logger.services.capture.model import Proposed, Span
from incident_logger.store.engine import Database
from incident_logger.store.repositories import sources

_HANDLE = re.compile(r"(?:@|t\.me/|x\.com/|twitter\.com/)([A-Za-z0-9_]{4,})")


def recognise_source(db: Database, text: str) -> Proposed[int]:
    """A live source whose name (4+ letters), @handle or channel link the text contains."""
    folded = fold(text)
    with db.read_sql() as sql:
        rows = sources.live_handles(sql)
    found: dict[int, Span] = {}
    handles = {m.group(1).lower(): m for m in _HANDLE.finditer(text)}
    for source_id, name, url, note in rows:
        key = fold(name)
        # fold() keeps lengths for the scripts statements use, so positions carry over
        at = folded.find(key) if len(key) >= 4 and len(folded) == len(text) else -1
        if at >= 0:
            found.setdefault(source_id, Span(at, at + len(key)))
            continue
        for h in _HANDLE.finditer(f"{url} {note}"):
            m = handles.get(h.group(1).lower())
            if m is not None:
                found.setdefault(source_id, Span(m.start(), m.end()))
    if len(found) == 1:
        source_id, span = next(iter(found.items()))
        return Proposed(source_id, span)
    return Proposed()
