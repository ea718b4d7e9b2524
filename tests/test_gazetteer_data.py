"""The shipped gazetteer data: every region of Russia and Ukraine named in ru, uk and en,
every GeoNames region code mapped to ISO 3166-2, every town attached to a region."""

from __future__ import annotations

import csv
from collections import Counter

import pycountry

from incident_logger.domain.enums import PlaceKind
from incident_logger.resources import resource_path
from incident_logger.services import gazetteer_data
from incident_logger.services.gazetteer_data import entries, regions, towns


def _rows(name: str) -> list[dict[str, str]]:
    with resource_path("gazetteer", name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_region_of_russia_and_ukraine_has_ru_uk_and_en_names() -> None:
    iso = {s.code for s in pycountry.subdivisions if s.country_code in ("RU", "UA")}
    rows = {r["iso_code"]: r for r in _rows("regions.csv")}
    assert set(rows) == iso
    for code, row in rows.items():
        for lang in ("ru", "uk", "en"):
            assert row[f"name_{lang}"].strip(), f"{code} has no {lang} name"
        assert any(ch in "абвгдежзиклмнопрстуфхцчшщыэюя" for ch in row["name_ru"].lower()), code
        assert row["name_en"].isascii() or "–" in row["name_en"], code


def test_region_names_carry_the_short_forms_people_write() -> None:
    by_code = {r.iso_code: r for r in regions()}
    kaluga = {a.text for a in by_code["RU-KLU"].aliases} | {by_code["RU-KLU"].name.text}
    assert {"Калужская область", "Калужская обл.", "Калужская", "Kaluga Oblast"} <= kaluga
    assert "Kaluga region" in kaluga and "Kaluzhskaya oblast'" in kaluga
    kyiv = {a.text for a in by_code["UA-32"].aliases} | {by_code["UA-32"].name.text}
    assert {"Київська область", "Київщина", "Kyiv Oblast", "Kyiv region"} <= kyiv
    assert by_code["RU-KLU"].name.text == "Калужская область"
    assert by_code["UA-32"].name.text == "Київська область"


def test_every_geonames_region_maps_to_an_iso_code_of_its_country() -> None:
    mapping = _rows("admin1_iso.csv")
    iso = {s.code for s in pycountry.subdivisions if s.country_code in ("RU", "UA")}
    assert {r["iso_code"] for r in mapping} == iso
    assert len({r["geonames_admin1"] for r in mapping}) == len(mapping)
    for row in mapping:
        assert row["geonames_admin1"][:2] == row["iso_code"][:2]


def test_towns_belong_to_known_regions() -> None:
    region_refs = {r.ref for r in regions()}
    found = towns()
    assert all(t.parent_ref in region_refs for t in found)
    per_country = Counter(t.country_code for t in found)
    assert per_country["RU"] > 2500 and per_country["UA"] > 900
    obninsk = next(t for t in found if t.name.text == "Обнинск")
    assert obninsk.parent_ref == "iso:RU-KLU" and obninsk.latitude is not None
    kharkiv = next(t for t in found if t.name.text == "Харків")
    assert {"Харьков", "Kharkiv", "Kharkov"} <= {a.text for a in kharkiv.aliases}


def test_a_city_that_is_a_region_is_not_repeated_as_a_town() -> None:
    everything = entries()
    assert not any(e.kind is PlaceKind.CITY and e.name.text == "Москва" for e in everything)
    moscow = next(e for e in everything if e.iso_code == "RU-MOW")
    assert moscow.latitude is not None and "Moscow" in {a.text for a in moscow.aliases}
    assert gazetteer_data.city_regions() >= {"RU-MOW", "RU-SPE", "UA-30", "UA-40"}


def test_every_country_is_there_with_translations() -> None:
    countries = [e for e in entries() if e.kind is PlaceKind.COUNTRY]
    assert len(countries) == len(pycountry.countries)
    by_code = {c.country_code: c for c in countries}
    assert by_code["RU"].name.text == "Россия" and by_code["UA"].name.text == "Україна"
    assert "Франция" in {a.text for a in by_code["FR"].aliases}
    assert all(a.lang in ("ru", "uk", "en", "") for c in countries for a in c.aliases)


def test_shipped_lemma_keys_are_what_the_loader_computes() -> None:
    from incident_logger.services.gazetteer_load import key_table
    from incident_logger.services.place_keys import signature

    shipped = gazetteer_data.shipped_keys(signature())
    assert shipped, "lemma_keys.csv is missing or was built under other dictionaries"
    assert {ref: sorted(keys) for ref, keys in shipped.items()} == key_table()
