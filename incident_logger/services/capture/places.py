"""Places a statement names, found through the gazetteer by lemma ("в Обнинске" -> Обнинск)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from itertools import islice, product

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.text import fold
from incident_logger.language import lemma_keys
from incident_logger.services.capture.model import PlaceRef
from incident_logger.services.capture.words import Lexicon, Statement, Word
from incident_logger.store.engine import Database
from incident_logger.store.repositories import places

MAX_WORDS = 4
_LANGUAGE_COUNTRY = {"ru": "RU", "uk": "UA"}
# Words that make a lower-case name a place ("брянской области"), and words after a name that
# make it a district or community rather than the town it is named after.
REGION_WORDS = Lexicon(
    [
        "область",
        "обл",
        "oblast",
        "region",
        "край",
        "республика",
        "республіка",
        "krai",
        "republic",
        "регион",
        "регіон",
    ]
)
DISTRICT_WORDS = Lexicon(
    [
        "район",
        "district",
        "округ",
        "громада",
        "raion",
        "community",
        "муниципальный",
        "городской",
        "міська",
        "сільська",
        "селищна",
    ]
)


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    id: int
    name: str
    kind: str
    parent_id: int | None
    iso_code: str
    country_code: str
    names: tuple[str, ...]  # name and aliases


@dataclass(frozen=True, slots=True)
class PlaceMention:
    first: int  # word indexes, inclusive
    last: int
    start: int
    end: int
    place: PlaceRef | None  # None: the words name several places (unsure)
    district: bool = False  # "в Козельском районе": only its region is meant
    candidates: tuple[int, ...] = ()


class PlaceIndex:
    """Every live place by the lemma keys of its name and aliases."""

    def __init__(self, entries: list[PlaceEntry], keys: dict[str, set[int]] | None = None) -> None:
        """``keys``: the gazetteer's stored lemma keys (else computed here from the names)."""
        self.entries = {e.id: e for e in entries}
        self._by_key: dict[str, set[int]] = defaultdict(set)
        if keys is not None:
            for key, ids in keys.items():
                live = {i for i in ids if i in self.entries}
                if live:
                    self._by_key[key] = live
            return
        for entry in entries:
            for name in entry.names:
                for key in lemma_keys(name):
                    self._by_key[key].add(entry.id)
                self._by_key[fold(name)].add(entry.id)

    def region_of(self, place_id: int) -> int | None:
        seen = 0
        cursor: int | None = place_id
        while cursor is not None and seen < 20:
            entry = self.entries.get(cursor)
            if entry is None:
                return None
            if entry.kind == PlaceKind.REGION:
                return entry.id
            cursor, seen = entry.parent_id, seen + 1
        return None

    def ref(self, place_id: int) -> PlaceRef:
        e = self.entries[place_id]
        return PlaceRef(
            e.id, e.name, e.kind, self.region_of(e.id), e.iso_code, e.iso_code or e.name
        )

    def lookup(self, words: tuple[Word, ...]) -> set[int]:
        found: set[int] = set()
        combos = product(*(w.forms for w in words))
        for combo in islice(combos, 64):
            found |= self._by_key.get(" ".join(combo), set())
        return found

    def find(self, st: Statement) -> list[PlaceMention]:
        """Longest names first, left to right; a word belongs to one mention at most."""
        words = st.words
        out: list[PlaceMention] = []
        i = 0
        while i < len(words):
            hit: PlaceMention | None = None
            for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
                group = words[i : i + n]
                if any(w.is_number for w in group) or not _plausible(st, group):
                    continue
                ids = self.lookup(group)
                if ids:
                    hit = self._mention(st, group, ids)
                    break
            if hit is None:
                i += 1
                continue
            out.append(hit)
            i = hit.last + 1
        return self._settle(out, st.language)

    def _settle(self, found: list[PlaceMention], language: str) -> list[PlaceMention]:
        """A name several places bear ("Новомосковск") is the one in a region or country the
        statement names elsewhere, or in the country of the statement's language."""
        regions = {m.place.region_id for m in found if m.place is not None}
        countries = {
            self.entries[m.place.place_id].country_code for m in found if m.place is not None
        }
        countries.discard("")
        if not countries and language in _LANGUAGE_COUNTRY:
            countries = {_LANGUAGE_COUNTRY[language]}
        out = []
        for m in found:
            if m.place is None and m.candidates:
                for test in (
                    lambda e: self.region_of(e.id) in regions,
                    lambda e: e.country_code in countries,
                ):
                    fits = [c for c in m.candidates if test(self.entries[c])]
                    if len(fits) == 1:
                        m = replace(m, place=self.ref(fits[0]))
                        break
            out.append(m)
        return out

    def _mention(self, st: Statement, group: tuple[Word, ...], ids: set[int]) -> PlaceMention:
        first, last = group[0], group[-1]
        nxt = st.words[last.index + 1] if last.index + 1 < len(st.words) else None
        district = (
            nxt is not None and DISTRICT_WORDS.matches(nxt) and not REGION_WORDS.matches(last)
        )
        chosen = self._choose(ids, group)
        if (
            chosen is not None
            and nxt is not None
            and REGION_WORDS.matches(nxt)
            and self.entries[chosen].kind not in (PlaceKind.REGION, PlaceKind.COUNTRY)
        ):
            # "Kursk region" where only "Kursk" is known: the region the town lies in
            chosen = self.region_of(chosen)
            last = nxt
        return PlaceMention(
            first.index,
            last.index,
            first.start,
            last.end,
            None if chosen is None else self.ref(chosen),
            district,
            tuple(sorted(ids)),
        )

    def _choose(self, ids: set[int], group: tuple[Word, ...]) -> int | None:
        if len(ids) == 1:
            return next(iter(ids))
        entries = [self.entries[i] for i in ids]
        regional = any(REGION_WORDS.matches(w) for w in group)
        if regional:
            regions = [e for e in entries if e.kind == PlaceKind.REGION]
            return regions[0].id if len(regions) == 1 else None
        # "Kaluga": the town rather than the region named after it, when the town lies in it;
        # "Курская": the region rather than a village of that name elsewhere.
        towns = [e for e in entries if e.kind not in (PlaceKind.REGION, PlaceKind.COUNTRY)]
        regions = [e for e in entries if e.kind == PlaceKind.REGION]
        if len(regions) == 1:
            inside = [t for t in towns if self.region_of(t.id) == regions[0].id]
            if len(inside) == 1:
                return inside[0].id
            if not inside:
                return regions[0].id
            return None
        if not regions and len(towns) > 1:
            # several towns of one name: the largest is meant only if it is the only city
            cities = [t for t in towns if t.kind == PlaceKind.CITY]
            return cities[0].id if len(cities) == 1 else None
        return None


def _plausible(st: Statement, group: tuple[Word, ...]) -> bool:
    """A name starts with a capital letter, unless a word like "области" follows it."""
    if group[0].capitalised:
        return True
    return len(group) > 1 and REGION_WORDS.matches(group[-1])


def load_place_index(db: Database) -> PlaceIndex:
    """The gazetteer as capture reads it (live places with their aliases)."""
    with db.read_sql() as sql:
        aliases: dict[int, list[str]] = defaultdict(list)
        for place_id, alias in places.all_aliases(sql):
            aliases[place_id].append(alias)
        entries = [
            PlaceEntry(pid, name, kind, parent, iso, country, (name, *aliases.get(pid, [])))
            for pid, name, kind, parent, iso, country in places.live_outline(sql)
        ]
        # The gazetteer keeps every name's lemma keys (services/place_keys.py): the same
        # keys the place pickers and searches match on, read here instead of recomputed.
        keys: dict[str, set[int]] = defaultdict(set)
        for key, place_id in places.all_lemma_keys(sql):
            keys[key].add(place_id)
    missing = {e.id for e in entries} - {i for ids in keys.values() for i in ids}
    for entry in entries:
        if entry.id in missing:  # a place made before its keys were written
            for name in entry.names:
                for key in (*lemma_keys(name), fold(name)):
                    keys[key].add(entry.id)
    return PlaceIndex(entries, keys)
