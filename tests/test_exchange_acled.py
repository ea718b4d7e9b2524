"""ACLED's 31-column event CSV: detected by its header, mapped into our model and back."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from incident_logger.domain.enums import GeoPrecision, PlaceKind, TimePrecision
from incident_logger.services.exchange.acled import COLUMNS, split_block
from incident_logger.services.exchange.cells import restore
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.incidents import get_incident
from incident_logger.services.places import get_place, list_places
from incident_logger.services.search import count_incidents, matching_ids
from incident_logger.services.sources import list_sources
from incident_logger.store.engine import Database, open_database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

EVENTS = [
    {
        "event_id_cnty": "RUS12345",
        "event_date": "2026-09-12",
        "year": "2026",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Ukraine (2019-)",
        "assoc_actor_1": "",
        "inter1": "1",
        "actor2": "Civilians (Russia)",
        "assoc_actor_2": "",
        "inter2": "7",
        "interaction": "17",
        "civilian_targeting": "",
        "iso": "643",
        "region": "Europe",
        "country": "Russia",
        "admin1": "Kaluga",
        "admin2": "Kaluga",
        "admin3": "",
        "location": "Kaluga",
        "latitude": "54.5293",
        "longitude": "36.2754",
        "geo_precision": "1",
        "source": "Telegram; Kaluga Governor",
        "source_scale": "Subnational",
        "notes": "On 12 September 2026, a drone struck a car park in Kaluga. No casualties.",
        "fatalities": "0",
        "tags": "",
        "timestamp": "1757700000",
    },
    {
        "event_id_cnty": "RUS12346",
        "event_date": "2026-09-15",
        "year": "2026",
        "time_precision": "2",
        "disorder_type": "Strategic developments",
        "event_type": "Strategic developments",
        "sub_event_type": "Disrupted weapons use",
        "actor1": "Military Forces of Russia (2000-)",
        "assoc_actor_1": "",
        "inter1": "1",
        "actor2": "",
        "assoc_actor_2": "",
        "inter2": "0",
        "interaction": "10",
        "civilian_targeting": "",
        "iso": "643",
        "region": "Europe",
        "country": "Russia",
        "admin1": "Bryansk",
        "admin2": "",
        "admin3": "",
        "location": "Bryansk",
        "latitude": "53.2434",
        "longitude": "34.3654",
        "geo_precision": "2",
        "source": "Ministry of Defence of Russia",
        "source_scale": "National",
        "notes": "Week of 15 September: air defence intercepted drones over Bryansk.",
        "fatalities": "",
        "tags": "",
        "timestamp": "1757900000",
    },
    {
        "event_id_cnty": "UKR99001",
        "event_date": "2026-09-20",
        "year": "2026",
        "time_precision": "3",
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Military Forces of Russia (2000-)",
        "assoc_actor_1": "",
        "inter1": "8",
        "actor2": "Civilians (Ukraine)",
        "assoc_actor_2": "",
        "inter2": "7",
        "interaction": "17",
        "civilian_targeting": "Civilian targeting",
        "iso": "804",
        "region": "Europe",
        "country": "Ukraine",
        "admin1": "Kharkiv",
        "admin2": "Kharkivskyi",
        "admin3": "Kharkivska",
        "location": "Kharkiv",
        "latitude": "49.9935",
        "longitude": "36.2304",
        "geo_precision": "3",
        "source": "Suspilne; Kharkiv Regional",
        "source_scale": "National-Regional",
        "notes": "=Shelling hit a residential block.",
        "fatalities": "2",
        "tags": "women targeted: girls",
        "timestamp": "1758300000",
    },
]


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def _read(path: Path) -> list[dict[str, str]]:
    """The rows as a spreadsheet user means them (formula guards taken off)."""
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    return [{k: restore(v) for k, v in row.items()} for row in rows]


def test_an_acled_file_is_recognised_and_mapped(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "acled_export.csv"
    _write(path, EVENTS)
    report = import_file(db, path)  # auto: the header says ACLED
    assert report.format == "acled" and report.imported == 3, report.problems
    kaluga = get_incident(db, matching_ids(db, "")[0]).draft
    assert kaluga.external_id == "RUS12345"
    assert kaluga.external_type == "Explosions/Remote violence / Air/drone strike"
    assert kaluga.category == "strike" and kaluga.title == "Air/drone strike in Kaluga"
    assert kaluga.time_precision is TimePrecision.DAY and kaluga.geo_precision is GeoPrecision.EXACT
    assert kaluga.fatalities == 0 and kaluga.injuries is None
    place = get_place(db, kaluga.place_id or 0)
    assert place.path == "Russia › Kaluga › Kaluga › Kaluga" and place.draft.kind is PlaceKind.CITY
    notes, block = split_block(kaluga.narrative)
    assert notes == EVENTS[0]["notes"]
    assert block["actor1"] == "Military Forces of Ukraine (2019-)" and block["interaction"] == "17"
    names = sorted(s.draft.name for s in list_sources(db))
    assert names == sorted(
        [
            "Telegram",
            "Kaluga Governor",
            "Ministry of Defence of Russia",
            "Suspilne",
            "Kharkiv Regional",
        ]
    )
    russia = next(p for p in list_places(db) if p.path == "Russia")
    assert russia.draft.country_code == "RU" and russia.draft.kind is PlaceKind.COUNTRY
    later = [get_incident(db, i).draft for i in matching_ids(db, "")]
    assert [d.time_precision for d in later] == [
        TimePrecision.DAY,
        TimePrecision.WEEK,
        TimePrecision.MONTH,
    ]
    assert later[1].fatalities is None and later[2].tags == ("women targeted: girls",)


def test_acled_in_and_out_loses_nothing(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "acled.csv"
    _write(source, EVENTS)
    import_file(db, source)
    out = tmp_path / "again.csv"
    export_file(db, out, fmt="acled")
    assert _read(out) == EVENTS
    # A formula-like note is neutralised on the way out, and restored on the way in.
    assert "'=Shelling" in out.read_text(encoding="utf-8")
    other = open_database(tmp_path / "other.sqlite3")
    import_file(other, out, fmt="acled")
    out2 = tmp_path / "again2.csv"
    export_file(other, out2, fmt="acled")
    assert out2.read_bytes() == out.read_bytes()
    other.close()


def test_acled_names_match_existing_places_by_alias(
    db: Database, night: Night, tmp_path: Path
) -> None:
    path = tmp_path / "acled.csv"
    _write(path, EVENTS[:1])
    import_file(db, path)
    d = get_incident(db, max(matching_ids(db, ""))).draft
    assert get_place(db, d.place_id or 0).path.startswith("Россия › Kaluga")


def test_the_same_acled_events_twice_are_skipped(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "acled.csv"
    _write(path, EVENTS)
    import_file(db, path)
    again = import_file(db, path)
    assert again.imported == 0 and len(again.duplicates) == 3
    assert "RUS12345 is already in the database" in str(again.duplicates[0])
    assert count_incidents(db) == 3


def test_acled_problems_name_acled_columns(db: Database, tmp_path: Path) -> None:
    rows = [dict(e) for e in EVENTS]
    rows[1]["event_date"] = "sometime"
    rows[2]["latitude"] = "north"
    rows[2]["geo_precision"] = "7"
    path = tmp_path / "bad.csv"
    _write(path, rows)
    report = import_file(db, path)
    assert {(p.line, p.field) for p in report.problems} == {
        (3, "event_date"),
        (4, "latitude"),
        (4, "geo_precision"),
    }
    assert count_incidents(db) == 0


def test_acled_dates_written_out_in_words(db: Database, tmp_path: Path) -> None:
    rows = [dict(EVENTS[0], event_date="12 September 2026")]
    path = tmp_path / "words.csv"
    _write(path, rows)
    report = import_file(db, path)
    assert report.imported == 1
    assert get_incident(db, matching_ids(db, "")[0]).draft.start_at == "2026-09-12T00:00"


def test_our_own_incidents_in_acled_shape(db: Database, night: Night, tmp_path: Path) -> None:
    out = tmp_path / "ours.csv"
    export_file(db, out, fmt="acled")
    rows = _read(out)
    assert len(rows[0]) == 31
    debris = next(r for r in rows if "pond" in r["notes"])
    assert debris["event_id_cnty"].startswith("INC-")
    assert (debris["country"], debris["admin1"], debris["location"]) == (
        "Россия",
        "Калужская область",
        "Калуга",
    )
    assert debris["sub_event_type"] == "Disrupted weapons use"  # debris of an interception
    assert debris["source"] == "Governor of Kaluga Oblast (Telegram)"
    assert debris["notes"].startswith("Drone debris damages three parked cars near a pond — 18")
    fire = next(r for r in rows if r["admin1"] == "Курская область")
    assert fire["location"] == "Курская область" and fire["geo_precision"] == "2"
    assert fire["fatalities"] == ""  # not stated stays not stated
