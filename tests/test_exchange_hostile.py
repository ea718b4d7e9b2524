"""Hostile and odd input files: every one ends in problems naming file, line and field
(never a traceback), and nothing is written from a refused file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from incident_logger.cli.main import run_command
from incident_logger.services.exchange.acled import COLUMNS as ACLED_COLUMNS
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.incidents import get_incident
from incident_logger.services.search import count_incidents, matching_ids
from incident_logger.store.engine import Database
from tests.test_exchange_acled import EVENTS


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

WHEN = "2026-09-01T10:00"


def _doc(incidents: list[Any] | str, **extra: Any) -> str:
    head = {"format": "incident-logger", "version": 1, **extra}
    body = incidents if isinstance(incidents, str) else json.dumps(incidents)
    return json.dumps(head)[:-1] + f', "incidents": {body}}}'


def _csv(
    path: Path, header: list[str], *rows: list[str], sep: str = ",", end: str = "\r\n"
) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator=end)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _one_problem(report: Any, line: int, field: str, words: str) -> None:
    assert not report.written and report.imported == 0
    found = [p for p in report.problems if p.line == line and p.field == field]
    assert found, [str(p) for p in report.problems]
    assert words in found[0].message, str(found[0])


# --- item 2: no tracebacks from numbers, nesting or broken text ---------------------------


@pytest.mark.parametrize(
    ("column", "value"),
    [("injuries", "99999999999999999999999"), ("fatalities", "1" + "0" * 5000)],
)
def test_a_huge_count_in_csv_is_a_problem(
    db: Database, tmp_path: Path, column: str, value: str
) -> None:
    path = _csv(
        tmp_path / "big.csv", ["title", "start_at", column], ["ok", WHEN, "1"], ["a", WHEN, value]
    )
    report = import_file(db, path)
    _one_problem(report, 3, column, "too large")
    assert str(report.problems[0]).startswith("big.csv, line 3, " + column)


@pytest.mark.parametrize(
    ("incident", "field", "words"),
    [
        ({"injuries": 10**30}, "injuries", "too large"),
        ({"latitude": 10**400, "longitude": 1}, "latitude", "out of range"),
        ({"fatalities": 10**4400}, "fatalities", "too long"),
        (
            {"damage": [{"object_kind": "car", "quantity": 10**25}]},
            "damage[1].quantity",
            "too large",
        ),
        ({"title": "a\ud800b"}, "title", "surrogate"),
        ({"narrative": "x\udfff"}, "narrative", "surrogate"),
        ({"tags": ["ok", "\udbff"]}, "tags", "surrogate"),
        ({"sources": [{"source": "S\ud800"}]}, "sources[1].source", "surrogate"),
    ],
)
def test_json_numbers_and_text_that_cannot_be_stored(
    db: Database, tmp_path: Path, incident: dict[str, Any], field: str, words: str
) -> None:
    import sys

    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        text = _doc(
            [{"title": "fine", "start_at": WHEN}, {"title": "t", "start_at": WHEN, **incident}]
        )
    finally:
        sys.set_int_max_str_digits(limit)
    lines = text.replace("}, {", "},\n{", 1)  # the bad one on line 2
    path = tmp_path / "bad.json"
    path.write_text(lines, encoding="utf-8")
    report = import_file(db, path)
    _one_problem(report, 2, field, words)
    str(report.problems[0]).encode("utf-8")  # printable
    assert count_incidents(db) == 0


def test_a_huge_stated_total_is_a_problem(db: Database, tmp_path: Path) -> None:
    doc = json.loads(_doc([]))
    doc["sources"] = [{"key": "S1", "name": "Ministry"}]
    doc["count_reports"] = [
        {
            "source": "S1",
            "issued_at": WHEN,
            "period_start": WHEN,
            "period_end": WHEN,
            "stated_total": 10**20,
            "lines": [],
        }
    ]
    path = tmp_path / "total.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    report = import_file(db, path)
    assert not report.written
    assert [p.field for p in report.problems] == ["stated_total"], report.problems
    assert "too large" in report.problems[0].message


@pytest.mark.parametrize(
    "body",
    [
        "[" * 100_000 + "]" * 100_000,
        "[" + '{"a": ' * 1_000 + "1" + "}" * 1_000 + "]",
        '[{"title": "deep", "start_at": "2026-09-01", "tags": ' + "[" * 5000 + "]" * 5000 + "}]",
    ],
)
def test_deep_nesting_is_a_problem(db: Database, tmp_path: Path, body: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(_doc(body), encoding="utf-8")
    report = import_file(db, path)
    assert not report.written and report.problems
    assert "nested" in report.problems[0].message, report.problems


def test_deep_nesting_anywhere_in_the_document(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(
        '{"format": "incident-logger", "version": 1, "x": ' + "[" * 50_000 + "]" * 50_000 + "}"
    )
    report = import_file(db, path)
    assert not report.written and "nested" in report.problems[0].message


def test_a_lone_surrogate_in_history_is_a_warning_not_a_crash(db: Database, tmp_path: Path) -> None:
    doc = json.loads(_doc([{"key": "I1", "title": "t", "start_at": WHEN}]))
    doc["history"] = [
        {
            "at": WHEN,
            "entity": "incident",
            "record": "I1",
            "action": "create",
            "changes": {"title": [None, "t\ud800"]},
        }
    ]
    path = tmp_path / "h.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    report = import_file(db, path)
    assert report.written and report.imported == 1
    assert any("surrogate" in w.message for w in report.warnings), report.warnings


def test_an_unknown_section_named_with_a_surrogate_prints(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    path.write_text(_doc([{"title": "t", "start_at": WHEN}], **{"x\ud800": 1}), encoding="utf-8")
    report = import_file(db, path)
    assert report.written
    for warning in report.warnings:
        str(warning).encode("utf-8")


# --- item 6: duplicates inside one file ----------------------------------------------------


def test_the_same_row_twice_in_one_csv(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "twice.csv",
        ["title", "start_at", "place"],
        ["Fire", WHEN, "Россия › Калуга"],
        ["Other", WHEN, ""],
        ["Fire", WHEN, "Россия › Калуга"],
    )
    report = import_file(db, path)
    assert report.written and report.imported == 2
    [dup] = report.duplicates
    assert dup.line == 4 and "line 2" in dup.message
    assert count_incidents(db) == 2
    assert "1 row repeating an earlier line, skipped" in report.summary()
    assert "already in the database" not in report.summary()


def test_the_same_acled_event_twice_in_one_file(db: Database, tmp_path: Path) -> None:
    rows = [EVENTS[0], EVENTS[1], {**EVENTS[0], "notes": "a later copy"}]
    path = tmp_path / "acled.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    report = import_file(db, path)
    assert report.imported == 2
    [dup] = report.duplicates
    assert dup.line == 4 and "RUS12345" in dup.message and "line 2" in dup.message


def test_the_same_incident_twice_in_one_json(db: Database, tmp_path: Path) -> None:
    one = {"title": "Fire", "start_at": WHEN}
    path = tmp_path / "twice.json"
    path.write_text(_doc([one, {"title": "x", "start_at": WHEN}, one]).replace("}, {", "},\n{"))
    report = import_file(db, path)
    assert report.imported == 2
    [dup] = report.duplicates
    assert dup.line == 3 and "line 1" in dup.message


# --- item 7: duplicate headers -------------------------------------------------------------


def test_a_column_twice_in_the_header_is_refused(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path / "dup.csv", ["title", "start_at", "Title"], ["a", WHEN, "b"])
    report = import_file(db, path)
    _one_problem(report, 1, "title", "twice")


def test_an_acled_column_twice_is_refused(db: Database, tmp_path: Path) -> None:
    header = [*ACLED_COLUMNS, "notes"]
    row = [EVENTS[0][c] for c in ACLED_COLUMNS] + ["0"]
    path = _csv(tmp_path / "acled.csv", header, row)
    report = import_file(db, path)
    _one_problem(report, 1, "notes", "twice")
    assert count_incidents(db) == 0


# --- item 8: line ends, and nothing is not success -----------------------------------------


def test_cr_only_line_ends_are_read(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "mac.csv",
        ["title", "start_at", "narrative"],
        ["one", WHEN, "first"],
        ["two", WHEN, "quoted\rline"],
        ["three", "2026-13-01", ""],
        end="\r",
    )
    report = import_file(db, path)
    assert report.rows == 3 and not report.written
    assert [(p.line, p.field) for p in report.problems] == [(5, "start_at")]
    report = import_file(db, path, partial=True)
    assert report.written and report.imported == 2
    texts = sorted(get_incident(db, i).draft.narrative for i in matching_ids(db, ""))
    assert texts == ["first", "quoted\rline"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("header.csv", "title,start_at\r\n"),
        ("blank.csv", "title,start_at\r\n\r\n,\r\n"),
        ("empty.csv", ""),
        ("empty.json", _doc([])),
    ],
)
def test_a_file_with_no_rows_is_not_a_success(
    db: Database, tmp_path: Path, name: str, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = import_file(db, path)
    assert not report.written and report.problems, report.summary()
    assert "Nothing was imported" in report.summary()
    code = run_command(["--db", str(tmp_path / "cli.sqlite3"), "import", str(path)])
    assert code == 1
    assert "no incidents" in capsys.readouterr().err


# --- item 9: integral floats ---------------------------------------------------------------


def test_pandas_floats_are_whole_numbers_in_acled(db: Database, tmp_path: Path) -> None:
    rows = []
    for event in EVENTS:
        row = dict(event)
        for column in ("year", "time_precision", "inter1", "inter2", "interaction", "iso"):
            if row.get(column):
                row[column] = f"{row[column]}.0"
        row["geo_precision"] = f"{row['geo_precision']}.0"
        row["fatalities"] = f"{row['fatalities']}.0" if row["fatalities"] else ""
        rows.append(row)
    path = tmp_path / "pandas.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    report = import_file(db, path)
    assert report.written and report.imported == 3, report.problems
    first = get_incident(db, matching_ids(db, "")[0]).draft
    assert first.fatalities == 0 and first.geo_precision.value == "exact"


def test_whole_floats_are_counts_and_halves_are_not(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "f.csv",
        ["title", "start_at", "injuries", "fatalities"],
        ["a", WHEN, "2.0", "0.0"],
        ["b", WHEN, "1.5", ""],
    )
    report = import_file(db, path)
    _one_problem(report, 3, "injuries", "'1.5' is not a whole number")
    report = import_file(db, path, partial=True)
    assert report.imported == 1
    [draft] = [get_incident(db, i).draft for i in matching_ids(db, "")]
    assert (draft.injuries, draft.fatalities) == (2, 0)
    js = tmp_path / "f.json"
    js.write_text(
        _doc(
            [
                {"title": "c", "start_at": WHEN, "injuries": 3.0},
                {"title": "d", "start_at": WHEN, "injuries": 0.5},
            ]
        )
    )
    report = import_file(db, js)
    assert [(p.field, p.line) for p in report.problems] == [("injuries", 1)]


# --- item 16: small things -----------------------------------------------------------------


def test_a_text_version_says_it_must_be_a_number(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "v.json"
    path.write_text(_doc([]).replace('"version": 1', '"version": "1"'), encoding="utf-8")
    report = import_file(db, path)
    _one_problem(report, 1, "version", "must be a number")
    path.write_text(_doc([]).replace('"version": 1', '"version": 99'), encoding="utf-8")
    _one_problem(import_file(db, path), 1, "version", "newer")


@pytest.mark.parametrize(("sep", "name"), [(";", "semicolons"), ("\t", "tabs")])
def test_semicolons_and_tabs_are_read(db: Database, tmp_path: Path, sep: str, name: str) -> None:
    path = _csv(
        tmp_path / "excel.csv",
        ["title", "start_at", "narrative"],
        ["a, b", WHEN, "x; y"],
        ["c", WHEN, "z"],
        sep=sep,
    )
    report = import_file(db, path)
    assert report.written and report.imported == 2, report.problems
    assert any(name in w.message for w in report.warnings), report.warnings
    titles = sorted(get_incident(db, i).draft.title for i in matching_ids(db, ""))
    assert titles == ["a, b", "c"]


def test_semicolon_acled_is_recognised(db: Database, tmp_path: Path) -> None:
    rows = [[e[c] for c in ACLED_COLUMNS] for e in EVENTS]
    path = _csv(tmp_path / "acled.csv", list(ACLED_COLUMNS), *rows, sep=";")
    report = import_file(db, path)
    assert report.format == "acled" and report.imported == 3, report.problems
