"""Every problem an import reports, an integrity check finds or a database refusal gives
carries a message code (domain/messages.py), so the interface can say it in its language;
the English text of each stays what the command line prints."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from incident_logger.domain.errors import ConflictError
from incident_logger.services.check import check_database
from incident_logger.services.exchange.importer import import_file, preview_file
from incident_logger.store.engine import Database, DatabaseError, open_database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

ROOT = Path(__file__).resolve().parent.parent
CELLS = (
    "title,start_at,place,sources,damage,injuries\n"
    "A,2026-09-01 01:30,Россия, | B2,,\n"
    "B,2026-09-01 01:30,Россия,Reuters | Q9,,\n"
    "C,2026-09-01 01:30,Россия,,house | 2.5,\n"
    "D,2026-09-01 01:30,Россия ›  › Курск,,,\n"
    "E,2026-09-01 01:30,Россия,,,3.5\n"
    "F,2026-09-01 01:30,Россия,,,99999999999\n"
    "G,2026-09-01 01:30,Россия,,house | 1 | bad,\n"
    "H,2026-09-01 01:30,Россия,,,,,\n"
    "I,2026-09-01 01:30,Россия,,,1\n"
)


def test_each_csv_cell_problem_has_its_code_and_english_text(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "cells.csv"
    path.write_text(CELLS, encoding="utf-8")
    report = preview_file(db, path, rows=20).report
    found = {(p.line, p.field): (p.said.code, p.message) for p in report.problems}
    assert found == {
        (2, "sources"): ("source_no_name", "source 1 has no name"),
        (3, "sources"): ("source_grade", "source 1: grade 'Q9' should look like B2"),
        (4, "damage"): ("damage_quantity", "item 1: quantity '2.5' is not a whole number"),
        (5, "place"): (
            "path_empty_name",
            "'Россия ›  › Курск' has an empty name between the '›' signs",
        ),
        (6, "injuries"): (
            "not_whole_leave_empty",
            "'3.5' is not a whole number (leave it empty if not stated)",
        ),
        (7, "injuries"): ("count_too_large", "'99999999999' is too large (at most 1,000,000,000)"),
        (8, "damage"): (
            "damage_severity",
            "item 1: unknown severity 'bad' (one of: unknown, minor, moderate, severe, destroyed)",
        ),
        (9, ""): (
            "cells_count",
            "has 8 cells where the header has 6 (a stray separator or an unclosed quote?)",
        ),
    }
    assert all(p.msg is not None for p in report.problems)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "file_empty"),
        ("title;start_at\nA;2026-09-01 01:30\n", "separated_by"),
        ("title,title,start_at\n", "column_twice"),
        ("title,place\nA,B\n", "no_column"),
        ('title,start_at\n"A,2026-09-01 01:30\n', "csv_unclosed_quote"),
    ],
)
def test_a_csv_files_layout_problems_have_codes(
    db: Database, tmp_path: Path, text: str, code: str
) -> None:
    path = tmp_path / "layout.csv"
    path.write_text(text, encoding="utf-8")
    report = preview_file(db, path, rows=5).report
    codes = [p.said.code for p in [*report.problems, *report.warnings]]
    assert code in codes, [str(p) for p in [*report.problems, *report.warnings]]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('{"format": "incident-logger", "version": 1 "incidents": []}', "json_expect_comma_brace"),
        ('{"format": "incident-logger", "incidents": [1 2]}', "json_expect_comma_bracket"),
        ('{"format": "incident-logger", "incidents": [{"title": "A}]}', "json_unterminated"),
        ('{"format": "incident-logger", "incidents": [tru]}', "json_expect_value"),
        ('["not an object"]', "json_expect_object"),
        ('{"format": "incident-logger"} x', "json_extra"),
    ],
)
def test_json_syntax_errors_name_the_problem_by_code(
    db: Database, tmp_path: Path, text: str, inner: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    report = import_file(db, path)
    said = report.problems[0].said
    assert said.code == "json_invalid", str(report.problems[0])
    assert said.params["problem"].code == inner  # type: ignore[union-attr]
    assert str(said).startswith("not valid JSON: ") and "(column " in str(said)


@pytest.mark.sqlite_only("the check of a SQLite file, broken by hand")
def test_the_integrity_check_finds_by_code(
    db: Database, db_path: Path, night: Night, tmp_path: Path
) -> None:
    missing = check_database(tmp_path / "none.sqlite3")
    assert [p.code for p in missing.problems] == ["check_no_database"]
    db.close()
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER IF EXISTS incident_ad")  # no trigger may mend what follows
    conn.execute("DELETE FROM incident WHERE id = ?", (night.fire_incident,))
    conn.commit()
    conn.close()
    report = check_database(db_path)
    codes = [p.code for p in report.problems]
    assert codes == ["check_dangling", "check_index_count"], report.problems
    assert str(report.problems[1]) == "the search index holds 2 documents for 1 incidents"


def test_database_refusals_carry_codes(tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(DatabaseError) as refused:
        open_database(folder)
    assert refused.value.msg is not None and refused.value.msg.code == "db_is_folder"
    assert str(refused.value) == f"{folder} is a folder, not a database file."
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 10)
    with pytest.raises(DatabaseError) as refused:
        open_database(junk)
    assert refused.value.msg is not None and refused.value.msg.code == "db_not_sqlite"


def test_a_conflict_says_who_and_when_by_code() -> None:
    error = ConflictError(
        "count_report", 3, expected=1, version=2, by="anna", at="2026-09-01T10:05:33"
    )
    assert error.msg.code == "conflict_by"
    assert error.msg.params["at"] == "2026-09-01 10:05"
    assert error.msg.params["entity"].code == "record_count_report"  # type: ignore[union-attr]
    assert "by anna at 2026-09-01T10:05:33" in str(error)  # the command line's words as before


def test_no_import_problem_is_made_from_a_sentence() -> None:
    """A Problem is built with its message code (problems.problem() or msg=)."""
    for path in (ROOT / "incident_logger" / "services").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
                continue
            if call.func.id != "Problem":
                continue
            keywords = {k.arg for k in call.keywords}
            assert "msg" in keywords or len(call.args) >= 6, f"{path.name}:{call.lineno}"
