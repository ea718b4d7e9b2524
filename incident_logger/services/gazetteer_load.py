"""Loads the built-in gazetteer into a database: on first start, and again (refreshing only
untouched places) when a release ships newer gazetteer data. Idempotent."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from incident_logger.domain.enums import EntityKind, HistoryAction
from incident_logger.domain.text import fold
from incident_logger.language import warm_up
from incident_logger.services import gazetteer_data
from incident_logger.services.context import current_actor, now_iso
from incident_logger.services.gazetteer_data import GAZETTEER_VERSION, Entry, Name, entry_names
from incident_logger.services.place_keys import (
    LEMMA_RULES,
    fill_missing_keys,
    keys_for,
    rebuild_all_keys,
    signature,
)
from incident_logger.store import fts, gazetteer_state, history
from incident_logger.store.engine import Database
from incident_logger.store.repositories import places
from incident_logger.store.sql import Sql

ORIGIN = "gazetteer"
REASON = "loaded from the built-in gazetteer (ISO 3166, GeoNames)"
NAMES_REASON = "names in other languages from the built-in gazetteer (ISO 3166, GeoNames)"
# Places the gazetteer adopts (the user's own, for the same entry) get its names in each
# language; "adopted_names" in gazetteer_state says a database's adopted places have them.
ADOPTED_NAMES = "1"


@dataclass(frozen=True, slots=True)
class LoadResult:
    created: int = 0
    refreshed: int = 0  # loaded by an older release, untouched by the user, brought up to date
    adopted: int = 0  # the user's own place for the same entry (kept as it is)
    kept: int = 0  # already there, or edited or deleted by the user: left alone
    keyed: int = 0  # places whose lemma keys were (re)written
    seconds: float = 0.0
    named: int = 0  # adopted places given the gazetteer's names in other languages


def is_current(db: Database) -> bool:
    """Whether this database holds the current gazetteer and lemma keys (one cheap query)."""
    with db.read_sql() as sql:
        state = gazetteer_state.read(sql)
    return (
        state.get("version") == str(GAZETTEER_VERSION)
        and state.get("lemma_rules") == LEMMA_RULES
        and state.get("adopted_names") == ADOPTED_NAMES
    )


class _Loader:
    def __init__(self, sql: Sql, reason: str) -> None:
        self.sql = sql
        self.reason = reason
        self.actor = current_actor()
        self.history_rows: list[tuple[object, ...]] = []
        self.shipped = gazetteer_data.shipped_keys(signature())
        self.now = now_iso()
        self.ids: dict[str, int] = {}  # ref -> place id
        self.created = self.refreshed = self.adopted = self.kept = 0
        self.named = 0  # adopted places given the entry's names in other languages
        self.place_rows: list[tuple[object, ...]] = []
        self.alias_rows: list[tuple[object, ...]] = []
        self.key_rows: list[tuple[str, int]] = []
        # Incidents whose index documents name a refreshed place: out of the index before
        # the names change, back in after ``flush`` (``store.fts``).
        self.reindex: dict[int, None] = {}
        if sql.kind == "postgresql":  # the loader numbers places itself: other writers wait
            from incident_logger.store.pg import bulk

            bulk.hold(sql, ("place",))
        self.next_id = places.max_id(sql)
        self.existing = {
            ref: (pid, origin, version, edited)
            for pid, ref, origin, version, edited in places.from_gazetteer(sql)
        }
        self._index_user_places()

    def _index_user_places(self) -> None:
        """The user's own live places, by ISO code, by country and by (kind, parent, name)."""
        self.user_iso: dict[str, int] = {}
        self.user_countries: dict[str, int] = {}
        self.user_names: dict[tuple[str, int | None, str], int] = {}
        rows = places.users_own(self.sql)
        kinds = {}
        for pid, kind, parent, country, iso, key in rows:
            kinds[pid] = (kind, parent)
            if iso:
                self.user_iso.setdefault(iso, pid)
            if kind == "country" and country:
                self.user_countries.setdefault(country, pid)
            self.user_names.setdefault((kind, parent, key), pid)
        if not rows:
            return
        for pid, key in places.users_own_aliases(self.sql):
            kind, parent = kinds[pid]
            self.user_names.setdefault((kind, parent, key), pid)

    def _adoptable(self, entry: Entry, parent_id: int | None) -> int | None:
        """The user's own live place for this entry, if there is one."""
        if not self.user_names:
            return None
        if entry.iso_code and entry.iso_code in self.user_iso:
            return self.user_iso[entry.iso_code]
        if entry.kind.value == "country" and entry.country_code in self.user_countries:
            return self.user_countries[entry.country_code]
        for n in (entry.name, *entry.aliases):
            found = self.user_names.get((entry.kind.value, parent_id, fold(n.text)))
            if found is not None:
                return found
        return None

    def add(self, entry: Entry) -> None:
        parent_id = self.ids.get(entry.parent_ref) if entry.parent_ref else None
        found = self.existing.get(entry.ref)
        if found is not None:
            pid, origin, version, edited = found
            self.ids[entry.ref] = pid
            if origin == ORIGIN and not edited and version < GAZETTEER_VERSION:
                self._refresh(pid, entry, parent_id)
            else:
                if origin != ORIGIN:  # adopted by an earlier load
                    self.adopt_names(pid, entry)
                self.kept += 1
            return
        adopted = self._adoptable(entry, parent_id)
        if adopted is not None:
            places.set_origin_ref(self.sql, adopted, entry.ref)
            self.user_iso = {k: v for k, v in self.user_iso.items() if v != adopted}
            self.ids[entry.ref] = adopted
            self.adopt_names(adopted, entry)
            self.adopted += 1
            return
        self.next_id += 1
        pid = self.next_id
        self.ids[entry.ref] = pid
        self.place_rows.append(
            (
                pid,
                entry.name.text,
                fold(entry.name.text),
                entry.kind.value,
                parent_id,
                entry.country_code,
                entry.iso_code,
                entry.latitude,
                entry.longitude,
                self.now,
                self.now,
                ORIGIN,
                entry.ref,
                GAZETTEER_VERSION,
                entry.population,
            )
        )
        self._names(pid, entry)
        self.history_rows.append(
            (
                self.now,
                self.actor,
                EntityKind.PLACE.value,
                pid,
                HistoryAction.CREATE.value,
                json.dumps(
                    {
                        "name": [None, entry.name.text],
                        "kind": [None, entry.kind.value],
                        "parent_id": [None, parent_id],
                        "country_code": [None, entry.country_code],
                        "iso_code": [None, entry.iso_code or None],
                        "latitude": [None, entry.latitude],
                        "longitude": [None, entry.longitude],
                        "aliases": [None, [a.text for a in entry.aliases]],
                    },
                    ensure_ascii=False,
                    sort_keys=True,
                ),
                self.reason,
            )
        )
        self.created += 1

    def _names(self, pid: int, entry: Entry) -> None:
        rows = [(pid, a.text, fold(a.text), a.lang) for a in entry.aliases]
        self.alias_rows += rows
        shipped = self.shipped.get(entry.ref)
        keys = set(shipped) if shipped is not None else keys_for(entry_names(entry))
        keys.update(r[2] for r in rows)
        keys.add(fold(entry.name.text))
        self.key_rows += [(k, pid) for k in keys if k]

    def adopt_names(self, pid: int, entry: Entry) -> None:
        """An adopted place keeps its own name and aliases and gains the entry's names in
        each language but its own name's, so it is shown in the interface's language and
        found by those names in the pickers, the region filter and capture. A name the user
        gave it already gets a second row that says its language (listed once, as
        services/places.py reads aliases).

        The rows the gazetteer adds carry their language; the index documents of a place
        the gazetteer did not make hold only its untagged names (``store/fts.py``), so no
        document changes and a million incidents under an adopted country need no
        re-indexing.
        """
        own, aliases = places.name_and_aliases(self.sql, pid)
        tagged = {(key, lang) for _, key, lang in aliases if lang}
        names = [n for n in (entry.name, *entry.aliases) if n.lang and fold(n.text)]
        # Its own name in a language the entry names it in: that language needs nothing.
        own_languages = {n.lang for n in names if fold(n.text) == fold(own)}
        added: list[Name] = []
        for n in names:
            key = fold(n.text)
            if n.lang in own_languages or (key, n.lang) in tagged:
                continue
            added.append(n)
            tagged.add((key, n.lang))
        if not added:
            return
        self.alias_rows += [(pid, n.text, fold(n.text), n.lang) for n in added]
        shipped = self.shipped.get(entry.ref)
        keys = set(shipped) if shipped is not None else keys_for(entry_names(entry))
        self.key_rows += [(k, pid) for k in keys if k]
        before = list(dict.fromkeys(a[0] for a in aliases))
        after = list(dict.fromkeys([*before, *(n.text for n in added)]))
        self.named += 1
        if after == before:  # only the languages of names it had
            return
        change = {"aliases": [before, after]}
        self.history_rows.append(
            (
                self.now,
                self.actor,
                EntityKind.PLACE.value,
                pid,
                HistoryAction.EDIT.value,
                json.dumps(change, ensure_ascii=False, sort_keys=True),
                NAMES_REASON,
            )
        )

    def _names_change(self, pid: int, entry: Entry, parent_id: int | None) -> bool:
        name, parent = places.name_and_parent(self.sql, pid) or ("", None)
        aliases = sorted(places.aliases_of(self.sql, pid))
        return (name, parent, aliases) != (
            entry.name.text,
            parent_id,
            sorted(a.text for a in entry.aliases),
        )

    def _refresh(self, pid: int, entry: Entry, parent_id: int | None) -> None:
        if self._names_change(pid, entry, parent_id):
            under = fts.incidents_under_place(self.sql, pid)
            fresh = [i for i in under if i not in self.reindex]
            fts.unindex_incidents(self.sql, fresh)
            self.reindex.update(dict.fromkeys(fresh))
        values = (
            entry.name.text,
            parent_id,
            entry.iso_code,
            entry.latitude,
            entry.longitude,
            entry.population,
        )
        places.refresh_from_gazetteer(self.sql, pid, values, GAZETTEER_VERSION, self.now)
        self._names(pid, entry)
        self.refreshed += 1

    def flush(self) -> None:
        self.sql.executemany(places.GAZETTEER_SQL, self.place_rows)
        self.sql.executemany(places.ALIAS_LANG_SQL, self.alias_rows)
        places.add_keys(self.sql, self.key_rows)
        history.add(self.sql, self.history_rows)
        fts.index_incidents(self.sql, self.reindex)
        self.reindex.clear()
        if self.sql.kind == "postgresql":  # a place saved later takes the next free id
            from incident_logger.store.pg import bulk

            bulk.catch_up(self.sql, ("place",))


def ensure_gazetteer(db: Database) -> LoadResult:
    """Bring the database's gazetteer up to this release, in one transaction.

    New entries are added; places an older release loaded are refreshed unless the user
    edited them; a place the user made for the same entry (same ISO code, or same name under
    the same parent) is adopted as it is; deleted places stay deleted. Lemma keys are written
    for every place that lacks them. Returns quickly when nothing is to be done.
    """
    started = time.perf_counter()
    if is_current(db):
        return LoadResult(seconds=time.perf_counter() - started)
    entries = gazetteer_data.entries()
    with db.write_sql() as sql:
        state = gazetteer_state.read(sql)
        keyed = 0
        if state.get("lemma_rules") not in (None, LEMMA_RULES):
            keyed += rebuild_all_keys(sql)
        loader = _Loader(sql, REASON)
        if state.get("version") != str(GAZETTEER_VERSION):
            for entry in entries:
                loader.add(entry)
            loader.flush()
        elif state.get("adopted_names") != ADOPTED_NAMES:  # adopted by an older release
            adopted = {
                ref: pid for ref, (pid, origin, _, _) in loader.existing.items() if origin != ORIGIN
            }
            for entry in entries:
                if entry.ref in adopted:
                    loader.adopt_names(adopted[entry.ref], entry)
            loader.flush()
        keyed += len({pid for _, pid in loader.key_rows}) + fill_missing_keys(sql)
        gazetteer_state.write(
            sql,
            {
                "version": str(GAZETTEER_VERSION),
                "lemma_rules": LEMMA_RULES,
                "adopted_names": ADOPTED_NAMES,
            },
        )
    return LoadResult(
        loader.created,
        loader.refreshed,
        loader.adopted,
        loader.kept,
        keyed,
        time.perf_counter() - started,
        loader.named,
    )


@dataclass(frozen=True, slots=True)
class CountryRegions:
    country_id: int
    created: int
    skipped: int  # already there (loaded, the user's own, or deleted by the user)


def load_country_regions(db: Database, country_code: str) -> CountryRegions:
    """Add a country of the built-in gazetteer (Russia, Ukraine) and its regions, with their
    Russian, Ukrainian and English names; places already there are left as they are."""
    code = country_code.upper()
    wanted = [
        e
        for e in [*gazetteer_data.countries(), *gazetteer_data.regions()]
        if e.ref == f"iso:{code}" or e.parent_ref == f"iso:{code}"
    ]
    with db.write_sql() as sql:
        loader = _Loader(sql, "seeded from the built-in gazetteer")
        for entry in wanted:
            loader.add(entry)
        loader.flush()
    return CountryRegions(loader.ids[f"iso:{code}"], loader.created, loader.kept + loader.adopted)


def key_table() -> dict[str, list[str]]:
    """Lemma keys of every entry as the loader computes them (for ``lemma_keys.csv``)."""
    return {e.ref: sorted(keys_for(entry_names(e))) for e in gazetteer_data.entries()}


def load_language_and_gazetteer(db: Database) -> LoadResult:
    """What the app does at start, on a worker: load the morphological dictionaries (so no
    later action waits for them) and the gazetteer."""
    warm_up()
    return ensure_gazetteer(db)
