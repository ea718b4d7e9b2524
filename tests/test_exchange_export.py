"""Exports: every format, a search, and files that are whole or absent (never half)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_logger.cli.main import run_command
from incident_logger.services.exchange import csv_format
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.problems import ExchangeError
from incident_logger.services.search import QuerySyntaxError, count_incidents
from incident_logger.store.engine import Database
from tests.conftest import Night
from tests.pg_fixtures import cli_db
from tests.test_recovery import small_filesystem


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def test_geojson_has_points_with_properties(db: Database, night: Night, tmp_path: Path) -> None:
    from incident_logger.domain.models import IncidentDraft
    from incident_logger.services.incidents import create_incident

    create_incident(
        db,
        IncidentDraft(
            title="Crater on the road", start_at="2026-09-13", latitude=54.51, longitude=36.26
        ),
    )
    path = tmp_path / "map.geojson"
    report = export_file(db, path)
    assert report.format == "geojson" and report.incidents == 1 and report.matched == 3
    assert "the others have no coordinates" in report.summary()
    doc = json.loads(path.read_text(encoding="utf-8"))
    [feature] = doc["features"]
    assert doc["type"] == "FeatureCollection"
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.26, 54.51]}
    assert feature["properties"]["title"] == "Crater on the road"
    assert feature["properties"]["injuries"] is None


def test_export_of_a_search(db: Database, night: Night, tmp_path: Path) -> None:
    path = tmp_path / "kaluga.json"
    report = export_file(db, path, query="калуга")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert report.incidents == 1 and [i["title"][:12] for i in doc["incidents"]] == ["Drone debris"]
    assert doc["query"] == "калуга" and doc["count_reports"] == []
    with pytest.raises(QuerySyntaxError):
        export_file(db, tmp_path / "bad.csv", query='"unclosed')


def test_a_folder_that_does_not_exist(db: Database, night: Night, tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="does not exist"):
        export_file(db, tmp_path / "nowhere" / "out.csv")
    assert not (tmp_path / "nowhere").exists()
    with pytest.raises(ExchangeError, match="is a folder"):
        export_file(db, tmp_path, fmt="csv")
    with pytest.raises(ExchangeError, match="Cannot tell the format"):
        export_file(db, tmp_path / "out.txt")


def test_a_failure_half_way_leaves_the_old_file_and_no_fragment(
    db: Database, night: Night, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.csv"
    path.write_text("the previous export\n", encoding="utf-8")
    calls = {"n": 0}
    real = csv_format.incident_row

    def breaks_on_the_second(*args: object) -> list[str]:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("power cut")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(csv_format, "incident_row", breaks_on_the_second)
    with pytest.raises(RuntimeError, match="power cut"):
        export_file(db, path)
    assert path.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("incidents.")] == [
        "out.csv"
    ]  # (the SQLite database's own files beside it aside)


def test_a_full_disk_leaves_nothing_behind(db: Database, night: Night, tmp_path: Path) -> None:
    from incident_logger.domain.models import IncidentDraft
    from incident_logger.services.incidents import create_incident

    for i in range(40):
        create_incident(
            db, IncidentDraft(title=f"Long {i}", start_at="2026-09-12", narrative="z" * 5000)
        )
    with small_filesystem(tmp_path / "tiny", "64k") as folder:
        with pytest.raises(ExchangeError, match=r"the disk is full\. Nothing was written"):
            export_file(db, folder / "big.json")
        assert list(folder.iterdir()) == []


def test_cli_export_and_import(
    db: Database, night: Night, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.json"
    assert run_command(["--db", cli_db(db), "export", str(out), "--history"]) == 0
    assert "Exported 2 incidents" in capsys.readouterr().out
    other = tmp_path / "other.sqlite3"
    assert run_command(["--db", str(other), "import", str(out), "--dry-run"]) == 0
    captured = capsys.readouterr().out
    assert "would import 2 of 2" in captured and "nothing was written" in captured
    assert run_command(["--db", str(other), "import", str(out)]) == 0
    assert "imported 2 of 2" in capsys.readouterr().out
    assert run_command(["--db", str(other), "import", str(out)]) == 0
    assert "2 incidents and 2 count reports already in the" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("title,start_at\nok,2026-09-01\nbad,2026-13-01\n", encoding="utf-8")
    problems = tmp_path / "problems.csv"
    code = run_command(["--db", str(other), "import", str(bad), "--problems", str(problems)])
    err = capsys.readouterr().err
    assert code == 1 and "bad.csv, line 3, start_at" in err
    assert "bad.csv,3,start_at" in problems.read_text(encoding="utf-8")
    assert run_command(["--db", str(other), "import", str(bad), "--partial"]) == 3
    assert run_command(["--db", cli_db(db), "export", str(tmp_path / "x.txt")]) == 1
    assert "cannot tell the format" in capsys.readouterr().err
    assert run_command(["--db", cli_db(db), "export", str(tmp_path / "no" / "x.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert run_command(["--db", cli_db(db), "import", str(tmp_path / "missing.csv")]) == 1
    assert "There is no file" in capsys.readouterr().err
    assert count_incidents(db) == 2
