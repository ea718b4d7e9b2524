"""Exports onto existing files, links, pipes and read-only files: permissions are kept,
new files follow the umask, and odd targets are refused with a clear message."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_logger.cli.main import run_command
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.problems import ExchangeError
from incident_logger.store.engine import Database
from tests.conftest import Night
from tests.pg_fixtures import cli_db


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def test_a_private_file_stays_private(db: Database, night: Night, tmp_path: Path) -> None:
    path = tmp_path / "secret.csv"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o600)
    export_file(db, path)
    assert _mode(path) == 0o600
    assert path.read_text(encoding="utf-8-sig").startswith("ref,title")


def test_new_files_follow_the_umask(
    db: Database, night: Night, tmp_path: Path, umask_027: None
) -> None:
    for name in ("new.csv", "new.json", "new.geojson"):
        export_file(db, tmp_path / name)
        assert _mode(tmp_path / name) == 0o640, name


def test_a_read_only_file_is_refused_and_left_alone(
    db: Database, night: Night, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "frozen.csv"
    path.write_text("keep me\n", encoding="utf-8")
    path.chmod(0o444)
    with pytest.raises(ExchangeError, match="read-only"):
        export_file(db, path)
    assert path.read_text(encoding="utf-8") == "keep me\n" and _mode(path) == 0o444
    assert run_command(["--db", cli_db(db), "export", str(path)]) == 1
    err = capsys.readouterr().err
    assert "frozen.csv is read-only" in err and "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".frozen")] == []


def test_a_named_pipe_is_refused(db: Database, night: Night, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    reader_done = threading.Event()

    def drain() -> None:  # if the export wrongly opened the pipe, do not hang the test
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        reader_done.wait(5)
        os.close(fd)

    thread = threading.Thread(target=drain)
    thread.start()
    try:
        with pytest.raises(ExchangeError, match="named pipe"):
            export_file(db, fifo)
    finally:
        reader_done.set()
        thread.join()
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_link_is_written_through_to_its_target(
    db: Database, night: Night, tmp_path: Path
) -> None:
    real = tmp_path / "data" / "real.json"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    export_file(db, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("{") and _mode(real) == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["real.json"]
    dangling = tmp_path / "next.json"
    dangling.symlink_to(tmp_path / "data" / "new.json")
    export_file(db, dangling)
    assert dangling.is_symlink() and (tmp_path / "data" / "new.json").read_text().startswith("{")


def test_a_link_to_a_read_only_file_is_refused(db: Database, night: Night, tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("keep\n", encoding="utf-8")
    real.chmod(0o444)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with pytest.raises(ExchangeError, match="read-only"):
        export_file(db, link)
    assert real.read_text(encoding="utf-8") == "keep\n" and link.is_symlink()
