"""The command line, run as a user would (a subprocess), on a temporary database."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from incident_logger.store.migrations import SCHEMA_VERSION


def cli(
    *args: str, db: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "incident_logger"]
    if db is not None:
        command += ["--db", str(db)]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = cli("demo", "--incidents", "3000", db=path)
    assert result.returncode == 0, result.stderr
    assert "Added 3,000 incidents" in result.stdout
    return path


def test_search_prints_a_table(demo_db: Path) -> None:
    result = cli("search", "region:Калужская", "--limit", "5", db=demo_db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Ref") and len(lines) == 2 + 5 + 1
    assert "Калужская область" in result.stdout
    assert "matching incidents shown" in lines[-1]


def test_search_json(demo_db: Path) -> None:
    result = cli("search", "калуга", "--json", "--limit", "3", db=demo_db)
    doc = json.loads(result.stdout)
    assert doc["total"] >= len(doc["incidents"]) == 3
    assert doc["incidents"][0]["ref"].startswith("INC-")


def test_bad_query_exits_non_zero_with_a_message(demo_db: Path) -> None:
    result = cli("search", '"unclosed', db=demo_db)
    assert result.returncode == 1
    assert "Unclosed quote at position 0" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_reports_ok_and_schema(demo_db: Path) -> None:
    result = cli("check", db=demo_db)
    assert result.returncode == 0, result.stdout
    version = f"Schema version: {SCHEMA_VERSION} "
    assert "Integrity: ok" in result.stdout and version in result.stdout


def test_check_fails_on_garbage(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    result = cli("check", db=junk)
    assert result.returncode == 1
    assert "Problem:" in result.stdout
    missing = cli("check", db=tmp_path / "nope.sqlite3")
    assert missing.returncode == 1 and "there is no database at" in missing.stderr


@pytest.mark.parametrize("command", ["frobnicate", "--frobnicate", "search2", "--db"])
def test_an_unknown_command_prints_usage_and_exits_2(command: str, tmp_path: Path) -> None:
    result = cli(command, env={"INCIDENT_LOGGER_DB": str(tmp_path / "x.sqlite3")})
    assert result.returncode == 2
    assert result.stderr.startswith("usage: incident-logger")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()


def test_only_no_command_opens_the_app() -> None:
    from incident_logger.cli.main import wants_app

    assert wants_app([]) and wants_app(["--db", "x.sqlite3"]) and wants_app(["--db=x"])
    assert wants_app(["-platform", "offscreen", "--db", "x", "-style=fusion", "-reverse"])
    for argv in (["frobnicate"], ["--db", "x", "frobnicate"], ["--bogus"], ["x.sqlite3"]):
        assert not wants_app(argv), argv
    assert not wants_app(["search"]) and not wants_app(["--help"]) and not wants_app(["--db"])


@pytest.mark.parametrize(
    "args",
    [("search", "pump"), ("export", "out.csv"), ("briefing", "out.pdf"), ("check",)],
)
def test_reading_commands_refuse_a_missing_database(args: tuple[str, ...], tmp_path: Path) -> None:
    typo = tmp_path / "mistyped" / "incidnets.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "incident_logger", "--db", str(typo), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1
    assert f"there is no database at {typo}" in result.stderr
    assert not typo.parent.exists(), "nothing may be created"
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "out.pdf").exists()


def test_an_import_may_create_the_database(tmp_path: Path) -> None:
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("title,start_at\nDebris,2026-09-12 01:00\n", encoding="utf-8")
    target = tmp_path / "new" / "incidents.sqlite3"
    done = cli("import", str(csv_file), db=target)
    assert done.returncode == 0, done.stderr
    assert target.exists()


def test_environment_variable_names_the_database(demo_db: Path) -> None:
    result = cli("search", "--limit", "1", "--json", env={"INCIDENT_LOGGER_DB": str(demo_db)})
    assert json.loads(result.stdout)["total"] == 3000


def test_search_does_not_import_qt(demo_db: Path) -> None:
    code = (
        "import sys; from incident_logger.__main__ import main; "
        f"main(['--db', {str(demo_db)!r}, 'search', 'x']); "
        "sys.exit(1 if any(m.startswith(('PySide6', 'qtawesome')) for m in sys.modules) else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_command_modules_are_named_after_their_commands() -> None:
    from incident_logger.cli.commands import HELP
    from incident_logger.cli.main import command_modules, command_names

    assert {m.NAME for m in command_modules()} == command_names() == set(HELP)
    assert {"search", "check", "demo"} <= command_names()


def test_help_loads_no_command_and_no_heavy_library() -> None:
    code = (
        "import sys; from incident_logger.__main__ import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'reportlab', 'PySide6', 'pydantic') "
        "or m.startswith('incident_logger.cli.commands.')]\n"
        "sys.exit(f'loaded {heavy[:5]}' if heavy else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "search" in result.stdout and "salvage" in result.stdout


def test_database_errors_are_messages_not_tracebacks(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from incident_logger.cli import main as cli_main
    from incident_logger.cli.commands import demo
    from incident_logger.store.engine import DatabaseError

    def full_disk(args: object) -> int:
        raise DatabaseError("The disk holding x is full; everything saved before is intact.")

    monkeypatch.setattr(demo, "run", full_disk)
    status = cli_main.run_command(["--db", str(tmp_path / "x.sqlite3"), "demo"])
    assert status == 1
    assert "error: The disk holding x is full" in capsys.readouterr().err


def test_an_option_given_as_double_dash_is_that_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--query=--`` reached the parser as an empty list (argparse drops a lone "--")."""
    from incident_logger.cli.main import run_command

    db = tmp_path / "dd.sqlite3"
    assert run_command(["--db", str(db), "demo", "--incidents", "5"]) == 0
    capsys.readouterr()
    for command in (["export", str(tmp_path / "x.csv")], ["briefing", str(tmp_path / "b.pdf")]):
        assert run_command(["--db", str(db), *command, "--query=--"]) == 1
        assert "bad query: '-' on its own at position 1" in capsys.readouterr().err


def test_an_upgrade_prints_its_progress(tmp_path: Path) -> None:
    import shutil

    old = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parent / "data" / "schema_v1.sqlite3", old)
    result = cli("search", "обломков", db=old)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert "incident-logger: upgrading the database: a safety copy" in lines[0], lines
    assert any("search index with word forms" in x and "40 of 40" in x for x in lines), lines
    assert "обломки" in result.stdout.casefold()  # the re-indexed forms are found
