"""Place names in any case, script and grammatical form: resolve_place, pickers, searches
and imports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from incident_logger.domain.enums import PlaceKind, TimePrecision
from incident_logger.domain.models import IncidentDraft
from incident_logger.services.exchange.acled import COLUMNS
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.incidents import create_incident
from incident_logger.services.place_match import resolve_place
from incident_logger.services.places import complete_places, get_place, list_places
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database
from tests.gazetteer_fixture import any_gdb, gazetteer_template

__all__ = ["any_gdb", "gazetteer_template"]


@pytest.fixture
def gdb(any_gdb: Database) -> Database:
    """The gazetteer's database on each engine in turn (tests/gazetteer_fixture.py)."""
    return any_gdb


def _best(db: Database, text: str, *kinds: PlaceKind) -> tuple[str, float]:
    found = resolve_place(db, text, kinds=kinds)
    assert found, f"nothing for {text!r}"
    return found[0].path, found[0].confidence


def test_inflected_names_find_their_place(gdb: Database) -> None:
    cases = {
        "Брянской области": "Россия › Брянская область",
        "над Брянской областью": "Россия › Брянская область",
        "Брянской": "Россия › Брянская область",
        "Калужская обл.": "Россия › Калужская область",
        "в Обнинске": "Россия › Калужская область › Обнинск",
        "на окраине Калуги": None,  # a phrase, not a name: see below
        "Калуги": "Россия › Калужская область › Калуга",
        "над Київщиною": "Україна › Київська область",
        "Київщина": "Україна › Київська область",
        "над Воронежской": "Россия › Воронежская область",
        "Тульской области": "Россия › Тульская область",
        "Києві": "Україна › Київ",
        "Kyiv region": "Україна › Київська область",
        "KALUGA OBLAST": "Россия › Калужская область",
        "г. Калуга": "Россия › Калужская область › Калуга",
        "Kharkov": "Україна › Харківська область › Харків",
    }
    for text, path in cases.items():
        if path is None:
            continue
        found, confidence = _best(gdb, text)
        assert found == path, text
        assert confidence >= 0.8, text


def test_ambiguous_names_share_the_confidence(gdb: Database) -> None:
    found = resolve_place(gdb, "Новомосковске")
    assert {c.path for c in found[:2]} >= {"Россия › Тульская область › Новомосковск"}
    assert found[0].confidence <= 0.5
    # A region asked for by its English short name: ACLED's admin1.
    region = resolve_place(gdb, "Bryansk", kinds=(PlaceKind.REGION,))
    assert region[0].iso_code == "RU-BRY" and region[0].confidence > 0.8
    town = resolve_place(gdb, "Bryansk")
    assert town[0].kind is PlaceKind.CITY and town[0].name == "Брянск"
    # "ленинградская": a станица of that name, and the region by its short form.
    both = {c.path for c in resolve_place(gdb, "ленинградская")[:2]}
    assert "Россия › Ленинградская область" in both
    assert resolve_place(gdb, "Ленинградской", kinds=(PlaceKind.REGION,))[0].iso_code == "RU-LEN"


def test_nothing_for_unknown_or_empty_names(gdb: Database) -> None:
    assert resolve_place(gdb, "Ыыхтрбрск") == []
    assert resolve_place(gdb, "  ") == []
    assert resolve_place(gdb, "Калуга", country="UA") == []


def test_pickers_offer_the_place_for_an_inflected_word(gdb: Database) -> None:
    names = [p.draft.name for p in complete_places(gdb, "Брянской", limit=10)]
    assert "Брянская область" in names
    names = [p.draft.name for p in complete_places(gdb, "Обнин", limit=10)]
    assert names[0] == "Обнинск"
    names = [p.draft.name for p in complete_places(gdb, "obnin", limit=10)]
    assert names[0] == "Обнинск"


def test_region_search_matches_any_form_of_the_name(gdb: Database) -> None:
    obninsk = resolve_place(gdb, "Обнинск")[0].place_id
    create_incident(
        gdb,
        IncidentDraft(
            title="Debris",
            start_at="2026-09-12",
            time_precision=TimePrecision.DAY,
            place_id=obninsk,
            category="debris impact",
        ),
    )
    for query in ("region:Калужской", 'region:"Калужской области"', "place:Обнинске",
                  "region:kaluga-oblast", "place:OBNINSK", 'region:"Kaluga region"'):
        expected = 0 if query == "region:kaluga-oblast" else 1
        assert count_incidents(gdb, query) == expected, query


def _acled_row(admin1: str, location: str) -> dict[str, str]:
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        event_id_cnty=f"RUS-{location}",
        event_date="2026-09-12",
        year="2026",
        time_precision="1",
        disorder_type="Political violence",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        iso="643",
        region="Europe",
        country="Russia",
        admin1=admin1,
        location=location,
        geo_precision="1",
        source="Governor",
        fatalities="0",
    )
    return row


def test_an_acled_row_lands_in_the_known_region_and_keeps_its_spelling(
    gdb: Database, tmp_path: Path
) -> None:
    before = len(list_places(gdb))
    path = tmp_path / "acled.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerow(_acled_row("Bryansk", "Klintsy"))
        writer.writerow(_acled_row("Kaluga", "Obninsk"))
    report = import_file(gdb, path)
    assert report.imported == 2, report.problems
    assert len(list_places(gdb)) == before  # nothing new: every name was known
    bryansk = next(p for p in list_places(gdb) if p.draft.iso_code == "RU-BRY")
    assert bryansk.draft.name == "Брянская область" and "Bryansk" in bryansk.draft.aliases
    klintsy = resolve_place(gdb, "Клинцы")[0]
    assert klintsy.path == "Россия › Брянская область › Клинцы"
    assert count_incidents(gdb, "region:Брянской") == 1
    kaluga = next(p for p in list_places(gdb) if p.draft.iso_code == "RU-KLU")
    assert "Kaluga" in kaluga.draft.aliases  # the file's spelling, new for the region
    assert get_place(gdb, klintsy.place_id).draft.aliases.count("Klintsy") == 1
