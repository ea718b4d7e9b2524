"""Likely duplicates of a new incident: nearby in time, in the same place (or above or
inside it), with similar words; and adding a new report to an existing incident instead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from incident_logger.domain.models import Incident, IncidentDraft, SourceLink
from incident_logger.domain.text import fold
from incident_logger.domain.timefmt import STORED_FORMAT, parse_when
from incident_logger.services.incidents import get_incident, update_incident
from incident_logger.services.search import IncidentSummary, summaries
from incident_logger.store import fts
from incident_logger.store.engine import Database
from incident_logger.store.repositories import incidents, places
from incident_logger.store.sql import Sql

SLACK = timedelta(hours=6)  # reports of one event often differ by a few hours
LONGEST_WINDOW = timedelta(days=35)  # how far back an overlapping window may start
MAX_CANDIDATES = 3000
# Words that say nothing about which event it was (English and Russian).
_STOP_WORDS = """
the and for with from near over after into onto about were was has have been that this are its
their there than then when what which while also other more some any all one two
был была были было это как что для при над под без или так его она они уже ещё еще все около
после возле года году районе области
"""
_STOP = frozenset(_STOP_WORDS.split())
_WORD = re.compile(r"\w+")


def significant_words(text: str) -> list[str]:
    """Folded words of three letters or more that are not stop words (numbers kept)."""
    words = []
    for word in _WORD.findall(fold(text)):
        if (len(word) >= 3 or word.isdigit()) and word not in _STOP and word not in words:
            words.append(word)
    return words


def _stem(word: str) -> str:
    """Enough of a word to match its other forms (drone/drones, Калуга/Калуге)."""
    return word[:4]


def _related_places(sql: Sql, place_id: int | None) -> set[int]:
    """The place, the places above it below country level, and every place inside it."""
    if place_id is None:
        return set()
    up = places.ancestry(sql, place_id)
    related = {pid for pid, kind in up if kind != "country" or pid == place_id}
    related.update(places.subtree_ids(sql, place_id))
    return related


def _window(draft: IncidentDraft) -> tuple[str, str, str]:
    start = parse_when(draft.start_at)
    end = parse_when(draft.end_at) if draft.end_at and draft.end_at.strip() else start
    lo, hi = start - SLACK, max(start, end) + SLACK
    return (
        lo.strftime(STORED_FORMAT),
        hi.strftime(STORED_FORMAT),
        (lo - LONGEST_WINDOW).strftime(STORED_FORMAT),
    )


def _variants(word: str) -> list[str]:
    """The word and its English singular or plural (exact FTS terms are fast; prefixes are
    not); other inflections are caught by the stem comparison of titles."""
    if word.isdigit() or not word.isascii():
        return [word]
    return [word, word[:-1]] if word.endswith("s") and len(word) > 3 else [word, word + "s"]


def _text_matches(sql: Sql, words: list[str], ids: list[int]) -> set[int]:
    """Candidates whose title or narrative holds one of the words (or its English
    singular or plural)."""
    return fts.title_or_narrative_has(sql, [v for w in words for v in _variants(w)], ids)


def find_likely_duplicates(
    db: Database, draft: IncidentDraft, limit: int = 5, *, exclude_id: int | None = None
) -> list[IncidentSummary]:
    """Live incidents that may be the same event as ``draft``, most likely first.

    A candidate's time window must overlap the draft's (give or take six hours). It is
    then likely when two of these hold: same place (or the place above or inside it),
    shared significant words in the title or narrative, same category; or when most of
    the title's words are shared wherever it is.
    """
    try:
        lo, hi, earliest = _window(draft)
    except ValueError:
        return []  # no usable time yet: nothing to compare
    words = significant_words(draft.title)
    stems = {_stem(w) for w in words}
    with db.read_sql() as sql:
        rows = incidents.in_window(sql, earliest, hi, lo, MAX_CANDIDATES)
        rows = [r for r in rows if r[0] != exclude_id]
        related = _related_places(sql, draft.place_id)
        texty = _text_matches(sql, words, [r[0] for r in rows])
        category = fold(draft.category)
        when = parse_when(draft.start_at)
        scored: list[tuple[float, float, int]] = []
        for incident_id, place_id, title, cat_key, start in rows:
            title_stems = {_stem(w) for w in significant_words(title)}
            overlap = len(stems & title_stems) / len(stems) if stems else 0.0
            place = place_id in related
            text = incident_id in texty
            same_category = bool(category) and cat_key == category
            if not ((place + text + same_category >= 2) or overlap >= 0.6):
                continue
            score = 2.0 * place + 1.0 * text + 3.0 * overlap + 1.0 * same_category
            distance = abs((datetime.fromisoformat(start) - when).total_seconds())
            scored.append((-score, distance, incident_id))
        scored.sort()
        ids = [incident_id for _, _, incident_id in scored[:limit]]
        return summaries(sql.dbapi, ids)


def add_corroborating_source(db: Database, incident_id: int, link: SourceLink) -> Incident:
    """Add a new report of an existing incident as one more source (with history).

    When the incident already cites that source, it is returned unchanged.
    """
    incident = get_incident(db, incident_id)
    if any(s.source_id == link.source_id for s in incident.draft.sources):
        return incident
    draft = replace(incident.draft, sources=(*incident.draft.sources, link))
    return update_incident(db, incident_id, draft, reason="corroborating report added")
