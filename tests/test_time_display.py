"""A day-precision incident reads as a date in the CLI's search and in the import preview."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from incident_logger.domain.timefmt import display_window
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import preview_file
from incident_logger.store.engine import Database, open_database
from tests.conftest import Night
from tests.pg_fixtures import cli_db


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def test_display_window_reads_at_its_precision() -> None:
    assert display_window("2026-09-10T00:00", None, "day") == "2026-09-10"
    assert display_window("2026-09-10T00:00", "2026-09-12T00:00", "week") == (
        "2026-09-10 – 2026-09-12"
    )
    assert display_window("2026-09-01T00:00", None, "month") == "2026-09"
    assert display_window("2026-09-11T22:00", "2026-09-12T07:00", "window") == (
        "2026-09-11 22:00 – 09-12 07:00"
    )
    assert display_window("2026-09-12T01:30", None, "exact") == "2026-09-12 01:30"


def test_cli_search_shows_a_day_as_a_date(db: Database, night: Night) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "incident_logger", "--db", cli_db(db), "search", "pump"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if "INC-" in line)
    assert "2026-09-10" in row and "00:00" not in row


def test_import_preview_shows_a_day_as_a_date(db: Database, night: Night, tmp_path: Path) -> None:
    path = tmp_path / "night.json"
    export_file(db, path)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        rows = {r.title: r.when for r in preview_file(other, path).rows}
    finally:
        other.close()
    assert rows["Pump station set on fire by an earlier attack"] == "2026-09-10"
    assert rows["Drone debris damages three parked cars near a pond"] == "2026-09-12 00:00–06:00"
