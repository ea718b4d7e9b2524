"""Seeds a country's regions from ISO 3166-2 (pycountry), with translated names as aliases."""

from __future__ import annotations

import gettext
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import pycountry

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import PlaceDraft
from incident_logger.domain.text import fold
from incident_logger.services.gazetteer_data import COUNTRIES_WITH_TOWNS
from incident_logger.services.gazetteer_load import load_country_regions
from incident_logger.services.places import add_place
from incident_logger.store.engine import Database
from incident_logger.store.repositories import places
from incident_logger.store.sql import Sql

DEFAULT_LANGUAGES = ("en", "ru", "uk")


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str


@dataclass(frozen=True, slots=True)
class SeedResult:
    country_id: int
    created: int
    skipped: int  # already in the gazetteer (same ISO code or name under the country)


@cache
def _translator(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


def _translations(domain: str, name: str, languages: Sequence[str]) -> list[str]:
    found = (_translator(domain, lang).gettext(name) for lang in languages)
    return [t for t in dict.fromkeys(found) if t and t != name]


def countries() -> list[Country]:
    """Every ISO 3166-1 country that has subdivisions, by name."""
    with_subdivisions = {s.country_code for s in pycountry.subdivisions}
    found = [
        Country(c.alpha_2, getattr(c, "common_name", None) or c.name)
        for c in pycountry.countries
        if c.alpha_2 in with_subdivisions
    ]
    return sorted(found, key=lambda c: fold(c.name))


def seed_regions(
    db: Database, country_code: str, *, languages: Sequence[str] = DEFAULT_LANGUAGES
) -> SeedResult:
    """Add the country (if missing) and its top-level subdivisions as regions, in one transaction.

    Russia and Ukraine come from the built-in gazetteer (names in Russian, Ukrainian and
    English, short forms as aliases). For other countries names are pycountry's (ISO)
    names; translations in ``languages`` become aliases. Places
    already present (same ISO code anywhere, or same name under the country) are skipped, so
    seeding twice adds nothing.
    """
    code = country_code.strip().upper()
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise ValueError(f"'{country_code}' is not an ISO 3166-1 alpha-2 country code")
    if code in COUNTRIES_WITH_TOWNS:  # the built-in gazetteer has their names in ru/uk/en
        loaded = load_country_regions(db, code)
        return SeedResult(loaded.country_id, loaded.created, loaded.skipped)
    regions = [s for s in pycountry.subdivisions.get(country_code=code) or [] if not s.parent_code]
    created = skipped = 0
    with db.write() as session:
        sql = Sql.of(session)
        found = places.live_country(sql, code)
        if found is not None:
            country_id = int(found)
        else:
            name = getattr(country, "common_name", None) or country.name
            aliases = _translations("iso3166-1", country.name, languages)
            if name != country.name:
                aliases.insert(0, country.name)
            country_id = add_place(
                session,
                PlaceDraft(name, PlaceKind.COUNTRY, country_code=code, aliases=tuple(aliases)),
                reason="seeded from ISO 3166",
            )
            created += 1
        known_codes = places.iso_codes(sql)
        known_names = places.child_name_keys(sql, country_id)
        for sub in sorted(regions, key=lambda s: s.code):
            names = [sub.name, *_translations("iso3166-2", sub.name, languages)]
            if sub.code.upper() in known_codes or any(fold(n) in known_names for n in names):
                skipped += 1
                continue
            add_place(
                session,
                PlaceDraft(
                    sub.name,
                    PlaceKind.REGION,
                    parent_id=country_id,
                    country_code=code,
                    iso_code=sub.code,
                    aliases=tuple(names[1:]),
                ),
                reason="seeded from ISO 3166-2",
            )
            created += 1
    return SeedResult(country_id, created, skipped)
