"""Briefings from a real SQLite file: selection by query and period, the PDF, the CLI."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from incident_logger.domain.enums import Reliability
from incident_logger.services.briefing import (
    BriefingCancelled,
    BriefingRequest,
    QuerySyntaxError,
    briefing_data,
    write_briefing,
)
from incident_logger.services.incidents import set_incident_deleted
from incident_logger.store.engine import Database
from tests.conftest import Night
from tests.pg_fixtures import cli_db


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

NIGHT = BriefingRequest(period_start="2026-09-10", period_end="2026-09-12", title="The night")


def _others(folder: Path) -> list[str]:
    """Files in ``folder`` besides the database (and its -wal/-shm companions)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("incidents.sqlite3"))


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_data_for_a_period_holds_incidents_statements_and_sources(
    db: Database, night: Night
) -> None:
    data = briefing_data(db, NIGHT)
    assert (data.period_start, data.period_end) == ("2026-09-10T00:00", "2026-09-12T23:59")
    assert [i.ref for i in data.incidents] == [
        f"INC-{night.fire_incident:06d}",
        f"INC-{night.debris_incident:06d}",
    ]
    fire, debris = data.incidents
    assert debris.place == "Россия › Калужская область › Калуга"
    assert debris.region == "Калужская область"
    assert (debris.injuries, debris.fatalities) == (0, 0)
    assert (fire.injuries, fire.fatalities) == (None, None)  # not stated, not zero
    assert debris.sources[0].grade == "B2"
    assert fire.damage[0].note == "pump station"
    ministry = next(s for s in data.statements if s.stated_total == 221)
    assert [(line.region, line.count) for line in ministry.lines] == [
        ("Калужская область", 85),
        ("Брянская область", 42),
        ("Курская область", 28),
    ]
    assert ministry.reliability is Reliability.B
    assert {s.name for s in data.sources} == {
        "Governor of Kaluga Oblast (Telegram)",
        "Ministry of Defence",
    }


def test_the_pdf_shows_names_remainder_and_disagreement(
    db: Database, night: Night, tmp_path: Path
) -> None:
    out = tmp_path / "night.pdf"
    result = write_briefing(db, NIGHT, out)
    text = _text(out)
    assert result.pages == len(PdfReader(out).pages)
    for name in ("Калуга", "Калужская область", "Брянская область", "The night"):
        assert name in text
    assert re.search(r"221\s+155\s+66", text)
    assert "sources disagree" in text  # the ministry's 85 against the governor's 18
    assert re.search(r"85 — Ministry of Defence", text)
    assert re.search(r"18 — Governor of Kaluga Oblast", text)
    assert re.search(rf"Page 1 of\s*{result.pages}", text)
    assert f"fingerprint {result.fingerprint[:12]}" in text


def test_query_and_trash_narrow_the_selection(db: Database, night: Night) -> None:
    fires = briefing_data(db, BriefingRequest(query="category:fire"))
    assert [i.ref for i in fires.incidents] == [f"INC-{night.fire_incident:06d}"]
    # Without a period the briefing spans its incidents and the statements overlapping them.
    assert fires.period_start == "2026-09-10T00:00"
    assert fires.scope.startswith("category:fire (count statements: all in the period")
    set_incident_deleted(db, night.debris_incident, True)
    everything = briefing_data(db, BriefingRequest())
    assert [i.ref for i in everything.incidents] == [f"INC-{night.fire_incident:06d}"]


def test_bad_query_and_bad_period_are_refused(db: Database, night: Night) -> None:
    with pytest.raises(QuerySyntaxError, match="position 7"):
        briefing_data(db, BriefingRequest(query='region:"Калуга'))
    with pytest.raises(ValueError, match="period start"):
        briefing_data(db, BriefingRequest(period_start="2026-13-01"))
    with pytest.raises(ValueError, match="after it ends"):
        briefing_data(db, BriefingRequest(period_start="2026-09-12", period_end="2026-09-01"))


def test_cancel_while_reading_leaves_nothing(db: Database, night: Night, tmp_path: Path) -> None:
    with pytest.raises(BriefingCancelled):
        write_briefing(db, NIGHT, tmp_path / "b.pdf", cancelled=lambda: True)
    assert _others(tmp_path) == []


def _cli(*args: str, db: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "incident_logger", "--db", str(db), "briefing", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def test_cli_writes_a_briefing(db: Database, night: Night, tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    done = _cli(str(out), "--from", "2026-09-10", "--to", "2026-09-12", db=cli_db(db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {out}")
    text = _text(out)
    # The app's default marking, without asking for it; the selection names the period.
    assert "For internal use" in text and "Обнинск" not in text  # no incident in Обнинск
    assert "Калуга" in text
    assert re.search(r"Selection\s*All incidents, 10 Sep 2026, 00:00 – 12 Sep 2026, 23:59", text)
    bare = _cli(
        str(out), "--marking", "", "--query", "category:fire", "--from", "2026-09-11", db=cli_db(db)
    )
    assert bare.returncode == 0, bare.stderr
    text = _text(out)
    assert "For internal use" not in text
    assert re.search(r"Selection\s*category:fire, from 11 Sep 2026, 00:00", text)


def test_cli_refuses_bad_query_and_unwritable_path(
    db: Database, night: Night, tmp_path: Path
) -> None:
    out = tmp_path / "bad.pdf"
    bad = _cli(str(out), "--query", "(region:Калуга", db=cli_db(db))
    assert bad.returncode != 0
    assert "bad query" in bad.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    nowhere = _cli(str(blocker / "out.pdf"), db=cli_db(db))
    assert nowhere.returncode != 0
    assert "does not exist" in nowhere.stderr
    bad_date = _cli(str(out), "--from", "yesterday", db=cli_db(db))
    assert bad_date.returncode != 0 and "period start" in bad_date.stderr
    assert _others(tmp_path) == ["a-file"]


def test_the_search_selects_count_statements_too(db: Database, night: Night) -> None:
    """A word in a count report's note selects that report, as it selects incidents."""
    everything = briefing_data(db, NIGHT)
    assert {s.ref for s in everything.statements} == {
        f"CR-{night.ministry_report:06d}",
        f"CR-{night.governor_report:06d}",
    }
    various = briefing_data(db, replace(NIGHT, query="various"))  # only the ministry's note
    assert [s.ref for s in various.statements] == [f"CR-{night.ministry_report:06d}"]
    assert various.incidents == ()
    kursk = briefing_data(db, replace(NIGHT, query="region:Курская"))
    assert [s.ref for s in kursk.statements] == [f"CR-{night.ministry_report:06d}"]
    # Without a period the search alone selects: here no incident, one statement.
    alone = briefing_data(db, BriefingRequest(query="various"))
    assert [s.ref for s in alone.statements] == [f"CR-{night.ministry_report:06d}"]


def test_a_search_about_incidents_only_keeps_every_statement_of_the_period(
    db: Database, night: Night
) -> None:
    fires = briefing_data(db, replace(NIGHT, query="category:fire"))
    assert len(fires.statements) == 2
    assert fires.scope == (
        "category:fire, 10 Sep 2026, 00:00 – 12 Sep 2026, 23:59 "
        "(count statements: all in the period; the search applies to incidents)"
    )


def test_cli_past_200_incidents_prints_a_chronology_and_details_on_request(
    db_path: Path, tmp_path: Path
) -> None:
    from incident_logger.demo.generate import generate_demo
    from incident_logger.store.engine import open_database

    database = open_database(db_path)
    generate_demo(database, 230, seed=3)
    database.close()
    out = tmp_path / "list.pdf"
    plain = _cli(str(out), db=db_path)
    assert plain.returncode == 0, plain.stderr
    text = _text(out)
    assert "Chronology (230)" in text and "Annex: incidents in detail" not in text
    detailed = _cli(str(out), "--details", db=db_path)
    assert detailed.returncode == 0, detailed.stderr
    text = _text(out)
    assert "Chronology (230)" in text and "Annex: incidents in detail (230)" in text
