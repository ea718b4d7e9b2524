"""The built-in gazetteer as plain entries: countries (pycountry), the regions of Russia and
Ukraine and their towns (resources/gazetteer/*.csv), each with its names by language."""

from __future__ import annotations

import csv
import gettext
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry

from incident_logger.domain.enums import PlaceKind
from incident_logger.resources import resource_path

# Raise when the shipped data changes: places loaded from an older release are then
# refreshed (unless the user edited them).
GAZETTEER_VERSION = 1
COUNTRIES_WITH_TOWNS = ("RU", "UA")
# ISO 3166-2 subdivisions that are cities: GeoNames lists the city itself as a town too.
_CITY_TYPES = {"City", "Autonomous city"}


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    lang: str  # 'ru', 'uk', 'en' or '' (romanised ISO names, other spellings)


@dataclass(frozen=True, slots=True)
class Entry:
    """One place of the built-in gazetteer; ``ref`` is stable across releases."""

    ref: str  # 'iso:RU', 'iso:RU-KLU', 'geonames:553915'
    parent_ref: str
    kind: PlaceKind
    name: Name
    aliases: tuple[Name, ...]
    country_code: str
    iso_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None


def _csv(name: str) -> list[dict[str, str]]:
    path: Path = resource_path("gazetteer", name)
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


@cache
def _translator(domain: str, lang: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _translated(domain: str, text: str) -> list[Name]:
    out = []
    for lang in ("ru", "uk"):
        found = _translator(domain, lang).gettext(text)
        if found and found != text:
            out.append(Name(found, lang))
    return out


def _unique(name: Name, names: list[Name]) -> tuple[Name, ...]:
    """Names without repeats (same text) and without the place's own name."""
    seen = {name.text.casefold()}
    out = []
    for n in names:
        if n.text.casefold() not in seen:
            seen.add(n.text.casefold())
            out.append(n)
    return tuple(out)


def countries() -> list[Entry]:
    """Every ISO 3166-1 country: English names and pycountry's ru/uk translations; Russia and
    Ukraine under their own names (resources/gazetteer/countries.csv)."""
    local = {r["alpha_2"]: r for r in _csv("countries.csv")}
    out = []
    for c in pycountry.countries:
        english = getattr(c, "common_name", None) or c.name
        names = [Name(english, "en")]
        for attr in ("name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.append(Name(value, "en"))
        names += _translated("iso3166-1", c.name)
        name = names[0]
        row = local.get(c.alpha_2)
        if row:
            name = Name(row["name"], row["name_lang"])
            names += [Name(n, "") for n in _split(row["other_names"])]
        out.append(
            Entry(f"iso:{c.alpha_2}", "", PlaceKind.COUNTRY, name, _unique(name, names), c.alpha_2)
        )
    return out


def _short_forms(text: str, lang: str) -> list[Name]:
    """The forms people write for a region: "Калужская обл.", "Калужская", "Kaluga region"."""
    words = text.split()
    out: list[str] = []
    last = words[-1].casefold() if words else ""
    if lang in ("ru", "uk") and len(words) >= 2:
        if last == "область":
            out += [" ".join([*words[:-1], "обл."]), " ".join(words[:-1])]
        elif last == "край" or text.casefold().endswith(("автономный округ", "автономний округ")):
            out.append(" ".join(words[:-2] if last == "округ" else words[:-1]))
        elif words[0].casefold() in ("республика", "республіка"):
            out.append(" ".join(words[1:]))
    if lang == "en" and len(words) >= 2:
        if last in ("oblast", "krai"):
            # Not the bare "Kyiv" or "Bryansk": that is the city's name (resolve_place tries
            # "<name> region" when a region is asked for).
            out.append(f"{' '.join(words[:-1])} region")
        elif words[0].casefold() == "republic" and words[1:2] == ["of"]:
            out.append(" ".join(words[2:]))
    return [Name(t, lang) for t in out if t.strip()]


@cache
def regions() -> tuple[Entry, ...]:
    """First-level regions of Russia and Ukraine with their ru/uk/en names and short forms."""
    by_code = {s.code: s for s in pycountry.subdivisions if s.country_code in ("RU", "UA")}
    out = []
    for row in _csv("regions.csv"):
        code = row["iso_code"]
        country = code[:2]
        sub = by_code[code]
        local = "ru" if country == "RU" else "uk"
        name = Name(row[f"name_{local}"], local)
        names = [Name(row[f"name_{lang}"], lang) for lang in ("ru", "uk", "en")]
        for n in list(names):
            names += _short_forms(n.text, n.lang)
        names += [Name(n, "") for n in _split(row["other_names"])]
        names.append(Name(sub.name, ""))  # ISO's romanised name, as older databases hold it
        out.append(
            Entry(
                f"iso:{code}",
                f"iso:{country}",
                PlaceKind.REGION,
                name,
                _unique(name, names),
                country,
                iso_code=code,
            )
        )
    return tuple(out)


@cache
def city_regions() -> frozenset[str]:
    """ISO codes of regions that are a city (Moscow, Kyiv, ...)."""
    return frozenset(
        s.code
        for s in pycountry.subdivisions
        if s.country_code in COUNTRIES_WITH_TOWNS and s.type in _CITY_TYPES
    )


@cache
def towns() -> tuple[Entry, ...]:
    """Towns of Russia and Ukraine from GeoNames (population 5,000 and more)."""
    out = []
    for row in _csv("towns.csv"):
        local = "ru" if row["country"] == "RU" else "uk"
        other = "uk" if local == "ru" else "ru"
        local_name = row[f"name_{local}"] or row[f"name_{other}"]
        name = Name(local_name, local) if local_name else Name(row["name_en"], "en")
        names = [Name(row[f"name_{x}"], x) for x in ("ru", "uk", "en") if row[f"name_{x}"]]
        names += [Name(n, "") for n in _split(row["other_names"])]
        out.append(
            Entry(
                f"geonames:{row['geonameid']}",
                f"iso:{row['iso_region']}",
                PlaceKind.CITY,
                name,
                _unique(name, names),
                row["country"],
                latitude=float(row["latitude"]),
                longitude=float(row["longitude"]),
                population=int(row["population"]),
            )
        )
    return tuple(out)


def entries() -> list[Entry]:
    """The whole built-in gazetteer, parents before children.

    A town that is its own region (GeoNames' "Moscow" in ISO's RU-MOW) is not repeated: its
    names and coordinates go to the region.
    """
    region_list = list(regions())
    by_ref = {r.ref: i for i, r in enumerate(region_list)}
    cities = city_regions()
    kept = []
    for town in towns():
        region_ref = town.parent_ref
        region = region_list[by_ref[region_ref]] if region_ref in by_ref else None
        if region is not None and region.iso_code in cities:
            own = {n.text.casefold() for n in (region.name, *region.aliases)}
            if town.name.text.casefold() in own or any(
                a.text.casefold() in own for a in town.aliases if a.lang == "en"
            ):
                merged = _unique(region.name, [*region.aliases, town.name, *town.aliases])
                region_list[by_ref[region_ref]] = Entry(
                    region.ref,
                    region.parent_ref,
                    region.kind,
                    region.name,
                    merged,
                    region.country_code,
                    region.iso_code,
                    town.latitude,
                    town.longitude,
                    town.population,
                )
                continue
        kept.append(town)
    return [*countries(), *region_list, *kept]


def entry_names(entry: Entry) -> list[tuple[str, str]]:
    """The names of an entry to compute lemma keys for, with their language: the name and
    every name in a known language (and every name of a region or country); a town's other
    GeoNames spellings are matched as written."""
    return [(entry.name.text, entry.name.lang)] + [
        (a.text, a.lang) for a in entry.aliases if a.lang or entry.kind is not PlaceKind.CITY
    ]


@cache
def shipped_keys(signature: str) -> dict[str, tuple[str, ...]]:
    """Lemma keys computed when the data was built (``lemma_keys.csv``), by entry ref, if they
    were computed under ``signature``; else empty (they are computed at load time)."""
    path = resource_path("gazetteer", "lemma_keys.csv")
    if not path.exists():
        return {}
    rows = _csv("lemma_keys.csv")
    if not rows or rows[0]["ref"] != "#signature" or rows[0]["keys"] != signature:
        return {}
    return {r["ref"]: tuple(_split(r["keys"])) for r in rows[1:]}
