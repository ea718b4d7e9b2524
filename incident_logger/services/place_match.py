"""Matching place names in any case, script and grammatical form: the one resolver that
capture, import, pickers, search and the Places page share."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.text import fold
from incident_logger.language import Script, lemma_key, script_of, tokenize
from incident_logger.services.place_keys import query_keys
from incident_logger.store.engine import Database
from incident_logger.store.repositories import places
from incident_logger.store.sql import Sql, wrap

# Words written before a settlement's name ("г. Обнинск", "м. Київ", "city of Kaluga").
_DESIGNATORS = frozenset(
    {
        *("г", "гор", "город", "м", "місто", "с", "село", "сел", "пос", "посёлок", "поселок"),
        *("селище", "пгт", "смт", "д", "деревня", "ст", "станица", "рп", "city", "town"),
        "village",
    }
)
# Prepositions a name may still carry ("в Обнинске", "над Київщиною", "over Bryansk").
_PREPOSITIONS = frozenset(
    {
        *("в", "во", "на", "над", "под", "у", "из", "из-за", "около", "возле", "біля", "із"),
        *("з", "зі", "під", "по", "in", "at", "over", "near", "around", "of"),
    }
)
# Kinds preferred, in order, when several places answer equally well and no kind is asked.
_KIND_RANK = {
    PlaceKind.REGION.value: 0,
    PlaceKind.CITY.value: 1,
    PlaceKind.COUNTRY.value: 2,
    PlaceKind.DISTRICT.value: 3,
    PlaceKind.LOCALITY.value: 4,
}


_CLOSE = 0.1  # scores this close make two candidates rivals


@dataclass(frozen=True, slots=True)
class PlaceCandidate:
    """A place a name may stand for, with how sure the match is (0..1)."""

    place_id: int
    name: str
    path: str  # "Россия › Калужская область › Обнинск"
    kind: PlaceKind
    country_code: str
    iso_code: str
    confidence: float
    how: str  # 'name', 'alias', 'lemma' (the name's dictionary form), 'form' (a rarer reading)


def _variants(text: str, kinds: Sequence[PlaceKind]) -> list[tuple[str, float]]:
    """The text as typed, without a settlement designator, and (when a region is asked
    for by an English name) with "region" added: ACLED's admin1 "Bryansk"."""
    out = [(text, 1.0)]
    tokens = tokenize(text)
    weight, skip = 1.0, 0
    while len(tokens) > skip + 1 and fold(tokens[skip].text) in _PREPOSITIONS | _DESIGNATORS:
        skip, weight = skip + 1, weight * 0.97
    if skip:
        out.append((text[tokens[skip].start :], weight))
    if PlaceKind.REGION in kinds and script_of(text) is Script.LATIN:
        out.append((f"{text} region", 0.9))
    return out


def _path(sql: Sql, place_id: int) -> str:
    names: list[str] = []
    cursor: int | None = place_id
    seen: set[int] = set()
    while cursor is not None and cursor not in seen and len(names) < 20:
        seen.add(cursor)
        row = places.name_and_parent(sql, cursor)
        if row is None:
            break
        names.append(row[0])
        cursor = row[1]
    return " › ".join(reversed(names))


def _lookup(sql: Sql, keys: list[str]) -> dict[int, set[str]]:
    """Live places with any of ``keys`` among their name, alias or lemma keys."""
    if not keys:
        return {}
    found: dict[int, set[str]] = {}
    for pid, key in places.ids_with_keys(sql, keys):
        found.setdefault(pid, set()).add(key)
    return found


def name_keys(text: str) -> list[str]:
    """Keys to look ``text`` up by: its own, and without leading prepositions or designators
    ("над Брянской областью" -> the keys of "Брянской областью")."""
    out: dict[str, None] = {}
    for variant, _ in _variants(" ".join(text.split()), ()):
        out.update(dict.fromkeys(query_keys(variant)))
    return list(out)


def place_ids_matching(conn: sqlite3.Connection | Sql, text: str) -> set[int]:
    """Every live place one of whose names or aliases is ``text`` in any case, script form
    or grammatical form ("Брянской области" -> Брянская область)."""
    sql = wrap(conn)
    ids: set[int] = set()
    for variant, _ in _variants(text.strip(), ()):
        ids.update(_lookup(sql, query_keys(variant)))
    return ids


def lemma_prefix_ids(conn: sqlite3.Connection | Sql, prefix: str, limit: int = 50) -> list[int]:
    """Places with a lemma key starting with the lemma key of ``prefix`` (for pickers:
    "Брянской" offers Брянская область), shortest key first."""
    key = lemma_key(prefix) if script_of(prefix) is Script.CYRILLIC else ""
    if not key or key == fold(prefix):
        return []
    return places.ids_with_key_prefix(wrap(conn), key, limit)


def resolve_place_in(
    conn: sqlite3.Connection | Sql,
    text: str,
    *,
    kinds: Sequence[PlaceKind] = (),
    country: str = "",
    limit: int = 10,
) -> list[PlaceCandidate]:
    """Places ``text`` may name, best first (see ``resolve_place``)."""
    text = " ".join(text.split())
    if not fold(text):
        return []
    sql = wrap(conn)
    scores: dict[int, tuple[float, str]] = {}
    for variant, weight in _variants(text, kinds):
        folded = fold(variant)
        keys = query_keys(variant)
        best = lemma_key(variant)
        for pid, matched in _lookup(sql, keys).items():
            if folded in matched:
                own = places.name_key_of(sql, pid) == folded
                score, how = (1.0, "name") if own else (0.95, "alias")
            elif best in matched:
                score, how = 0.9, "lemma"
            else:
                score, how = 0.75, "form"
            score *= weight
            if score > scores.get(pid, (0.0, ""))[0]:
                scores[pid] = (score, how)
    if not scores:
        return []
    rows = places.facts(sql, list(scores))
    wanted = {PlaceKind(k).value for k in kinds}
    country = country.strip().upper()
    ranked = []
    for pid, (score, how) in scores.items():
        name, kind, code, iso, population = rows[pid]
        if country and code and code != country:
            continue
        if wanted and kind not in wanted:
            score *= 0.6
        ranked.append((score, pid, name, kind, code, iso, population, how))
    ranked.sort(key=lambda r: (-r[0], _KIND_RANK.get(r[3], 9), -r[6], r[1]))
    out = []
    for score, pid, name, kind, code, iso, _, how in ranked[:limit]:
        # Places scoring about as well are rivals: the confidence is shared among them.
        rivals = sum(1 for r in ranked if r[0] >= score - _CLOSE)
        out.append(
            PlaceCandidate(
                pid,
                name,
                _path(sql, pid),
                PlaceKind(kind),
                code,
                iso,
                round(score / rivals, 3),
                how,
            )
        )
    return out


def resolve_place(
    db: Database,
    text: str,
    *,
    kinds: Sequence[PlaceKind] = (),
    country: str = "",
    limit: int = 10,
) -> list[PlaceCandidate]:
    """Places ``text`` may name, best first, each with a confidence in 0..1.

    ``text`` may be in any case, script and grammatical form ("Брянской области",
    "в Обнинске" without the "в", "Київщиною", "Bryansk region", "г. Калуга"). A name that
    is a place's own name scores 1, an alias 0.95, a lemma match 0.9, a rarer reading 0.75;
    places of a kind not in ``kinds`` score less, places of another ``country`` (ISO alpha-2)
    are left out. When several places answer equally well the confidence is shared among
    them (two towns called "Каменка" get 0.5 each, and so do a town named exactly and a
    region known by that alias), so a caller can take the first
    candidate only when its confidence is high. When ``kinds`` holds REGION, an English name
    is also tried with "region" added (ACLED's admin1 "Bryansk" -> Брянская область).
    """
    with db.read_sql() as sql:
        return resolve_place_in(sql, text, kinds=kinds, country=country, limit=limit)


def lemma_index(db: Database) -> dict[str, tuple[int, ...]]:
    """Every lemma key of live places with the places having it (for editors that resolve
    many typed names locally, such as the lines of a count report)."""
    out: dict[str, list[int]] = {}
    with db.read_sql() as sql:
        for key, pid in places.live_lemma_keys(sql):
            out.setdefault(key, []).append(pid)
    return {k: tuple(v) for k, v in out.items()}
