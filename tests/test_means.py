"""The means of an incident (drone, missile, ...): stored, searched, exported, printed."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from incident_logger.domain.enums import Means
from incident_logger.domain.errors import ValidationError
from incident_logger.services.briefing import BriefingRequest, write_briefing
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.incidents import get_incident, update_incident
from incident_logger.services.search import SortKey, count_incidents, search_incidents
from incident_logger.store import migrations
from incident_logger.store.engine import Database, open_database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

DATA = Path(__file__).parent / "data"


def _set(db: Database, incident_id: int, means: Means | None) -> None:
    draft = get_incident(db, incident_id).draft
    update_incident(db, incident_id, replace(draft, means=means))


def test_a_means_is_stored_searched_and_sorted(db: Database, night: Night) -> None:
    _set(db, night.debris_incident, Means.DRONE)
    assert get_incident(db, night.debris_incident).draft.means is Means.DRONE
    assert count_incidents(db, "means:drone") == 1
    assert count_incidents(db, "means:Drone") == 1  # values ignore case, as status does
    assert count_incidents(db, "means:missile") == 0
    assert count_incidents(db, "-means:drone") == count_incidents(db) - 1
    rows = search_incidents(db, "", sort=SortKey("means", descending=True)).rows
    assert rows[0].id == night.debris_incident and rows[0].means == "drone"
    _set(db, night.debris_incident, None)  # not recorded again
    assert get_incident(db, night.debris_incident).draft.means is None


def test_a_word_that_is_no_means_is_refused_by_name(db: Database, night: Night) -> None:
    draft = get_incident(db, night.debris_incident).draft
    with pytest.raises(ValidationError, match="means"):
        update_incident(db, night.debris_incident, replace(draft, means="rocket"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="means"):
        count_incidents(db, "means:rocket")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_means_survives_export_and_import(
    db: Database, night: Night, tmp_path: Path, fmt: str
) -> None:
    _set(db, night.debris_incident, Means.DRONE)
    _set(db, night.fire_incident, Means.SABOTAGE)
    out = tmp_path / f"all.{fmt}"
    export_file(db, out, fmt=fmt)
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as fh:
            cells = sorted(row["means"] for row in csv.DictReader(fh))
    else:
        document = json.loads(out.read_text(encoding="utf-8"))
        cells = sorted(i["means"] or "" for i in document["incidents"])
    assert [c for c in cells if c] == ["drone", "sabotage"]
    other = open_database(tmp_path / f"in-{fmt}.sqlite3")
    try:
        report = import_file(other, out, fmt=fmt)
        assert report.written
        assert count_incidents(other, "means:drone") == 1
        assert count_incidents(other, "means:sabotage") == 1
    finally:
        other.close()


def test_a_csv_row_with_an_unknown_means_is_refused_naming_the_column(
    db: Database, night: Night, tmp_path: Path
) -> None:
    out = tmp_path / "all.csv"
    export_file(db, out, fmt="csv")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["means"] = "rocket"
    rows[1]["means"] = " Missile "  # a spreadsheet's spelling of a known means is read
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    other = open_database(tmp_path / "bad.sqlite3")
    try:
        report = import_file(other, bad, fmt="csv", partial=True)
        assert [(p.line, p.field) for p in report.problems] == [(2, "means")]
        assert "rocket" in report.problems[0].message
        assert count_incidents(other, "means:missile") == 1
    finally:
        other.close()


def test_acled_export_gives_the_means_as_sub_event(
    db: Database, night: Night, tmp_path: Path
) -> None:
    _set(db, night.fire_incident, Means.ARTILLERY)  # a fire: category "fire"
    _set(db, night.debris_incident, Means.DRONE)  # debris of an intercepted drone
    out = tmp_path / "acled.csv"
    export_file(db, out, fmt="acled")
    with out.open(encoding="utf-8", newline="") as fh:
        rows = {r["event_id_cnty"]: r for r in csv.DictReader(fh)}
    fire = rows[f"INC-{night.fire_incident:06d}"]
    assert (fire["event_type"], fire["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    debris = rows[f"INC-{night.debris_incident:06d}"]
    assert debris["sub_event_type"] == "Disrupted weapons use"  # an interception stays one


def test_the_briefing_prints_the_means(db: Database, night: Night, tmp_path: Path) -> None:
    _set(db, night.debris_incident, Means.DRONE)
    out = tmp_path / "night.pdf"
    write_briefing(db, BriefingRequest(period_start="2026-09-10", period_end="2026-09-12"), out)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Drone" in text


def test_a_first_release_database_gets_the_column(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "schema_v1.sqlite3", old)
    open_database(old).close()
    conn = sqlite3.connect(old)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        columns = [r[1] for r in conn.execute("PRAGMA table_info(incident)")]
        assert "means" in columns
        assert conn.execute("SELECT count(*) FROM incident WHERE means IS NOT NULL").fetchone()[0] == 0
    finally:
        conn.close()
