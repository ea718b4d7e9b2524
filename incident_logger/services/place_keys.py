"""Lemma keys of places: every name and alias, folded and in each plausible lemma form,
so "Брянской области", "брянская обл." and "Bryansk regions" find their place."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from incident_logger.domain.text import fold
from incident_logger.language import Script, lemma_keys, script_of
from incident_logger.store.repositories import places
from incident_logger.store.sql import Sql, wrap

# Raise when the language layer's rules change: stored keys are then rebuilt.
LEMMA_RULES = "1"


def signature() -> str:
    """What lemma keys depend on: these rules and the analyser's and dictionaries' versions."""
    from importlib import metadata  # slow to import; only the gazetteer's upkeep needs it

    parts = [f"rules={LEMMA_RULES}"]
    for package in ("pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk"):
        try:
            parts.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{package}=?")
    return " ".join(parts)


def keys_for(names: Iterable[str | tuple[str, str]]) -> set[str]:
    """The folded form of each name, and every lemma key of each Cyrillic name.

    A name may come with its language, ``(text, 'ru')``, to be read in that language only.
    Latin names (transliterations, English names) are matched as written: English does not
    inflect place names, and a typed "Bryansk region" folds to the stored key.
    """
    out: set[str] = set()
    for item in names:
        name, lang = (item, "") if isinstance(item, str) else item
        folded = fold(name)
        if folded:
            out.add(folded)
            if script_of(name) is Script.CYRILLIC:
                out.update(lemma_keys(name, lang if lang in ("ru", "uk") else ""))
    return out


def query_keys(text: str) -> list[str]:
    """Keys to look a typed name up by: its folded form first, then its lemma keys."""
    folded = fold(text)
    if not folded:
        return []
    return list(dict.fromkeys([folded, *lemma_keys(text)]))


def write_keys(conn: sqlite3.Connection | Sql, place_id: int, names: Iterable[str]) -> None:
    """Replace the stored keys of one place (inside the caller's transaction)."""
    places.replace_keys(wrap(conn), place_id, sorted(keys_for(names)))


def place_names(conn: sqlite3.Connection | Sql, place_ids: list[int]) -> dict[int, list[str]]:
    """Name and aliases of each place, name first."""
    return places.names_by_place(wrap(conn), place_ids)


def fill_missing_keys(conn: sqlite3.Connection | Sql) -> int:
    """Write keys for places that have none (made by an import or an older release)."""
    sql = wrap(conn)
    missing = places.ids_without_keys(sql)
    rows = [(k, pid) for pid, names in place_names(sql, missing).items() for k in keys_for(names)]
    places.add_keys(sql, rows)
    return len(missing)


def rebuild_all_keys(conn: sqlite3.Connection | Sql) -> int:
    places.drop_all_keys(wrap(conn))
    return fill_missing_keys(conn)
