"""Place names in a language: the gazetteer's name of each place in Russian, Ukrainian or English.

The gazetteer stores a place's names by language (``place_alias.lang``). The interface shows a
place under its name in the interface's language where there is one; elsewhere under its own
name. Names are keyed by the place's own name, the form searches and summaries carry.
"""

from __future__ import annotations

from incident_logger.store.engine import Database
from incident_logger.store.repositories import places


def names_in_language(db: Database, lang: str) -> dict[str, str]:
    """Own name -> name in ``lang``, for live places that have one that differs.

    A name two places share, whose names in ``lang`` differ, is left out (it stays as it is).
    """
    with db.read_sql() as sql:
        rows = places.names_in_language(sql, lang)
    # A place's first name in the language is its full name; its short forms ("Воронежская
    # обл.", "Воронежская") follow it, and a short form of the place's own name means the own
    # name is already in that language.
    first: dict[int, tuple[str, str]] = {}
    for place_id, own, alias in rows:
        if alias.split()[:1] == own.split()[:1]:
            continue
        first.setdefault(place_id, (own, alias))
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for own, alias in first.values():
        if own in clashes:
            continue
        if found.setdefault(own, alias) != alias:
            clashes.add(own)
    for own in clashes:
        del found[own]
    return {own: alias for own, alias in found.items() if own != alias}
