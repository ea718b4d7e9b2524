"""The app's JSON document: exact round trips, line numbers in problems, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_logger.domain.enums import EntityKind
from incident_logger.domain.models import IncidentDraft
from incident_logger.services.counts import list_count_reports
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import import_file, preview_file
from incident_logger.services.history import history_of
from incident_logger.services.incidents import create_incident, set_incident_deleted
from incident_logger.services.places import list_places
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database, open_database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def _fresh(tmp_path: Path, name: str) -> Database:
    return open_database(tmp_path / f"{name}.sqlite3")


@pytest.mark.parametrize("with_history", [False, True])
def test_export_import_export_gives_the_same_document(
    db: Database, night: Night, tmp_path: Path, with_history: bool
) -> None:
    set_incident_deleted(db, night.fire_incident, True, reason="test the trash")
    first = tmp_path / "first.json"
    export_file(db, first, with_history=with_history)
    other = _fresh(tmp_path, "other")
    report = import_file(other, first)
    assert report.written and report.imported == 2 and report.count_reports == 2
    second = tmp_path / "second.json"
    export_file(other, second, with_history=with_history)
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert count_incidents(other, "deleted:yes") == 1  # the trash came along
    other.close()


def test_imported_history_belongs_to_the_new_ids(
    db: Database, night: Night, tmp_path: Path
) -> None:
    path = tmp_path / "h.json"
    export_file(db, path, with_history=True)
    other = _fresh(tmp_path, "other")
    import_file(other, path)
    [incident_id] = [i for i in report_ids(other) if i]
    entries = history_of(other, entity=EntityKind.INCIDENT, entity_id=incident_id)
    assert entries and entries[0].action == "create"
    other.close()


def report_ids(db: Database) -> list[int]:
    with db.raw() as conn:
        return [r[0] for r in conn.execute("SELECT id FROM incident WHERE title LIKE 'Drone%'")]


def test_the_document_uses_keys_not_database_ids(
    db: Database, night: Night, tmp_path: Path
) -> None:
    path = tmp_path / "doc.json"
    export_file(db, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "incident-logger" and doc["version"] == 1
    places = {p["key"]: p for p in doc["places"]}
    debris = next(i for i in doc["incidents"] if i["title"].startswith("Drone debris"))
    assert places[debris["place"]]["name"] == "Калуга"
    assert places[places[debris["place"]]["parent"]]["name"] == "Калужская область"
    assert debris["sources"][0]["source"].startswith("S")
    assert debris["injuries"] == 0 and debris["damage"][0]["quantity"] == 3


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_a_json_cut_in_half_reports_its_line_and_writes_nothing(
    db: Database, night: Night, tmp_path: Path
) -> None:
    path = tmp_path / "full.json"
    export_file(db, path)
    text = path.read_text(encoding="utf-8")
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    other = _fresh(tmp_path, "other")
    report = import_file(other, cut)
    assert not report.written and report.imported == 0
    [problem] = report.problems
    assert problem.line == len(_lines(cut)) and "not valid JSON" in problem.message
    assert count_incidents(other) == 0 and list_places(other) == []
    other.close()


def test_a_bad_date_is_reported_with_its_line_and_field(
    db: Database, night: Night, tmp_path: Path
) -> None:
    path = tmp_path / "doc.json"
    export_file(db, path)
    lines = _lines(path)
    at = next(n for n, line in enumerate(lines) if '"title": "Pump station' in line)
    lines[at] = lines[at].replace('"start_at": "2026-09-10T00:00"', '"start_at": "2026-09-31"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    other = _fresh(tmp_path, "other")
    report = import_file(other, path)
    assert [(p.line, p.field) for p in report.problems] == [(at + 1, "start_at")]
    assert "2026-09-31" in str(report.problems[0]) and "doc.json, line" in str(report.problems[0])
    assert count_incidents(other) == 0 and list_places(other) == []  # all or nothing
    partial = import_file(other, path, partial=True)
    assert partial.written and partial.imported == 1 and partial.refused == 1
    assert count_incidents(other) == 1
    other.close()


def test_importing_the_same_file_twice_adds_nothing(
    db: Database, night: Night, tmp_path: Path
) -> None:
    path = tmp_path / "doc.json"
    export_file(db, path)
    other = _fresh(tmp_path, "other")
    import_file(other, path)
    again = import_file(other, path)
    assert again.imported == 0 and len(again.duplicates) == 4  # 2 incidents, 2 count reports
    assert count_incidents(other) == 2 and len(list_count_reports(other)) == 2
    assert again.new_places == again.new_sources == 0
    other.close()


def test_importing_into_the_same_database_finds_everything_there(
    db: Database, night: Night, tmp_path: Path
) -> None:
    path = tmp_path / "doc.json"
    export_file(db, path)
    report = import_file(db, path)
    assert report.imported == 0 and report.new_places == 0 and report.new_sources == 0


def test_not_our_json_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    report = import_file(db, path)
    assert not report.written and "not an Incident Logger export" in str(report.problems[0])


def test_wrong_types_are_named(db: Database, tmp_path: Path) -> None:
    doc = {
        "format": "incident-logger",
        "version": 1,
        "incidents": [
            {"key": "I1", "title": "ok", "start_at": "2026-09-12T01:00"},
            {"key": "I2", "title": 5, "start_at": "2026-09-12", "injuries": "three"},
            {"key": "I3", "title": "x", "start_at": "2026-09-12", "place": "P9"},
        ],
    }
    path = tmp_path / "typed.json"
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    report = import_file(db, path)
    found = {(p.field, p.message.split(",")[0]) for p in report.problems}
    assert ("title", "should be text") in {(f, m[:14]) for f, m in found}
    assert any(p.field == "injuries" for p in report.problems)
    assert any(p.field == "place" and "P9" in p.message for p in report.problems)
    assert count_incidents(db) == 0


def test_preview_lists_rows_and_problems_without_writing(
    db: Database, night: Night, tmp_path: Path
) -> None:
    path = tmp_path / "doc.json"
    export_file(db, path)
    other = _fresh(tmp_path, "other")
    create_incident(other, IncidentDraft(title="Already here", start_at="2026-01-01"))
    preview = preview_file(other, path)
    assert preview.report.imported == 2 and not preview.report.written
    assert preview.rows[0].title.startswith("Drone debris")
    assert preview.rows[0].place == "Калуга"
    assert count_incidents(other) == 1
    other.close()
