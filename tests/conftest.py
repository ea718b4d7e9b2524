"""Shared fixtures: a real SQLite database in a temporary folder, and a realistic night."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    PlaceKind,
    Reliability,
    SourceKind,
    TimePrecision,
)
from incident_logger.domain.models import (
    CountLine,
    CountReportDraft,
    DamageNote,
    IncidentDraft,
    PlaceDraft,
    SourceDraft,
    SourceLink,
)
from incident_logger.services.counts import create_count_report
from incident_logger.services.incidents import create_incident
from incident_logger.services.places import create_place
from incident_logger.services.sources import create_source
from incident_logger.store.engine import Database, open_database

pytest_plugins = ["tests.pg_fixtures"]  # the PostgreSQL fixtures and ``any_db`` (both engines)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the real user's data, config and backups."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("INCIDENT_LOGGER_DB", raising=False)


@pytest.fixture(autouse=True)
def _english_interface(request: pytest.FixtureRequest) -> None:
    """Widgets speak as the app starts them in English: plural forms ("1 incident",
    "3 incidents") from the English catalog, numbers grouped as English writes them."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return
    request.getfixturevalue("qapp")
    from incident_logger.ui import i18n

    if not i18n.installed_translators():
        i18n.install(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "incidents.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@dataclass(frozen=True)
class Night:
    """Ids of the records made by the ``night`` fixture (DESIGN.md section 1)."""

    russia: int
    kaluga_region: int
    kaluga: int
    obninsk: int
    bryansk_region: int
    kursk_region: int
    governor: int
    ministry: int
    debris_incident: int
    fire_incident: int
    ministry_report: int
    governor_report: int


@pytest.fixture
def night(db: Database, request: pytest.FixtureRequest) -> Night:
    """A governor's post, a ministry's tally (221, 66 unallocated) and a pump-station fire.

    On PostgreSQL ``any_db`` copies a database that already holds them (tests/pg_fixtures.py).
    """
    from tests.pg_fixtures import night_made_with

    return night_made_with(db, request) or make_night(db)


def make_night(db: Database) -> Night:
    """The ``night`` fixture's records, written into ``db`` by the services: their ids."""
    russia = create_place(
        db, PlaceDraft("Россия", PlaceKind.COUNTRY, country_code="RU", aliases=("Russia",))
    ).id
    kaluga_region = create_place(
        db, PlaceDraft("Калужская область", PlaceKind.REGION, russia, aliases=("Kaluga Oblast",))
    ).id
    kaluga = create_place(
        db, PlaceDraft("Калуга", PlaceKind.CITY, kaluga_region, aliases=("Kaluga",))
    ).id
    obninsk = create_place(
        db, PlaceDraft("Обнинск", PlaceKind.CITY, kaluga_region, aliases=("Obninsk",))
    ).id
    bryansk_region = create_place(
        db, PlaceDraft("Брянская область", PlaceKind.REGION, russia, aliases=("Bryansk Oblast",))
    ).id
    kursk_region = create_place(
        db, PlaceDraft("Курская область", PlaceKind.REGION, russia, aliases=("Kursk Oblast",))
    ).id
    governor = create_source(
        db, SourceDraft("Governor of Kaluga Oblast (Telegram)", SourceKind.OFFICIAL, Reliability.B)
    ).id
    ministry = create_source(
        db, SourceDraft("Ministry of Defence", SourceKind.MINISTRY, Reliability.B)
    ).id
    debris = create_incident(
        db,
        IncidentDraft(
            title="Drone debris damages three parked cars near a pond",
            start_at="2026-09-12 00:00",
            end_at="2026-09-12 06:00",
            time_precision=TimePrecision.WINDOW,
            place_id=kaluga,
            locality="near the pond on the edge of the city",
            category="debris impact",
            narrative="18 drones were intercepted over several districts and Калуга. The wreckage of "
            "one fell near a pond and struck three parked cars.",
            injuries=0,
            fatalities=0,
            response="Emergency services deployed; the city administration will help the car owners.",
            tags=("night", "drones"),
            sources=(SourceLink(governor, 2),),
            damage=(DamageNote("vehicle", 3, DamageSeverity.MODERATE),),
        ),
    ).id
    fire = create_incident(
        db,
        IncidentDraft(
            title="Pump station set on fire by an earlier attack",
            start_at="2026-09-10",
            time_precision=TimePrecision.DAY,
            place_id=kursk_region,
            category="fire",
            narrative="The fire was put out before it did serious damage.",
            sources=(SourceLink(ministry, 3),),
            damage=(
                DamageNote(
                    "utility",
                    1,
                    DamageSeverity.MINOR,
                    DamageState.FIRE_EXTINGUISHED,
                    "pump station",
                ),
            ),
        ),
    ).id
    ministry_report = create_count_report(
        db,
        CountReportDraft(
            source_id=ministry,
            issued_at="2026-09-12 09:00",
            period_start="2026-09-11 20:00",
            period_end="2026-09-12 07:00",
            subject="drones",
            outcome="shot down",
            stated_total=221,
            note="The rest over various regions.",
            lines=(
                CountLine(kaluga_region, 85),
                CountLine(bryansk_region, 42),
                CountLine(kursk_region, 28),
            ),
        ),
    ).id
    governor_report = create_count_report(
        db,
        CountReportDraft(
            source_id=governor,
            issued_at="2026-09-12 01:10",
            period_start="2026-09-11 22:00",
            period_end="2026-09-12 01:00",
            subject="drones",
            outcome="intercepted",
            stated_total=18,
            lines=(CountLine(kaluga_region, 18),),
        ),
    ).id
    return Night(
        russia,
        kaluga_region,
        kaluga,
        obninsk,
        bryansk_region,
        kursk_region,
        governor,
        ministry,
        debris,
        fire,
        ministry_report,
        governor_report,
    )
