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
    assert missing.returncode == 1 and "does not exist" in missing.stdout


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
    from incident_logger.cli.main import command_modules, command_names

    assert {m.NAME for m in command_modules()} == command_names()
    assert {"search", "check", "demo"} <= command_names()


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
