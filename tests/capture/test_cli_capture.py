"""``incident-logger capture`` as a user runs it: prints drafts, saves only with --save."""

import json
from pathlib import Path

from incident_logger.services.counts import list_count_reports
from incident_logger.store.engine import Database
from tests.capture.conftest import MINISTRY_TALLY, Gazetteer
from tests.test_cli import cli


def test_prints_json_with_spans_and_saves_nothing(
    db: Database, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    statement = tmp_path / "tally.txt"
    statement.write_text(MINISTRY_TALLY, encoding="utf-8")
    result = cli("capture", str(statement), "--issued", "2026-09-12 07:45", "--json", db=db.path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    report = data["count_reports"][0]
    assert report["stated_total"]["value"]["count"] == 221
    assert report["stated_total"]["text"] == "221"
    assert [ln["count"]["value"]["count"] for ln in report["lines"]] == [85, 42, 28]
    assert report["remainder"]["value"]["count"] == 66
    assert report["period"]["value"]["start"] == "2026-09-11T20:00"
    assert list_count_reports(db) == []


def test_save_needs_a_source_and_then_saves(
    db: Database, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    statement = tmp_path / "tally.txt"
    statement.write_text(MINISTRY_TALLY, encoding="utf-8")
    no_source = cli("capture", str(statement), "--issued", "2026-09-12 07:45", "--save", db=db.path)
    assert no_source.returncode == 1 and "--source" in no_source.stderr
    assert "Traceback" not in no_source.stderr
    saved = cli(
        "capture",
        str(statement),
        "--issued",
        "2026-09-12 07:45",
        "--source",
        "минобороны россии",
        "--save",
        db=db.path,
    )
    assert saved.returncode == 0, saved.stderr
    (summary,) = list_count_reports(db)
    assert summary.report.draft.stated_total == 221 and summary.tally.remainder == 66
    assert summary.report.draft.note == MINISTRY_TALLY


def test_bad_input_gets_a_message(db: Database, gazetteer: Gazetteer, tmp_path: Path) -> None:
    missing = cli("capture", str(tmp_path / "nope.txt"), db=db.path)
    assert missing.returncode == 1 and "no file" in missing.stderr
    bad_time = cli("capture", "-", "--issued", "yesterday", db=db.path)
    assert bad_time.returncode == 1 and "--issued" in bad_time.stderr
    bad_night = cli("capture", "-", "--night", "late", db=db.path)
    assert bad_night.returncode == 1 and "night" in bad_night.stderr
    for output in (missing, bad_time, bad_night):
        assert "Traceback" not in output.stderr
