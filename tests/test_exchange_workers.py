"""A killed import leaves no worker processes (nor multiprocessing's resource tracker)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from incident_logger.services.exchange.csv_import import PARALLEL_FROM

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _status(pid: int) -> tuple[int, str, float] | None:
    """(parent pid, state, CPU seconds) of a process, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return int(fields[1]), fields[0], (int(fields[11]) + int(fields[12])) / ticks


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            found = _status(int(entry.name))
            if found is not None and found[0] == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    found = _status(pid)
    return found is not None and found[1] != "Z"


def _big_csv(path: Path) -> Path:
    narrative = "Обломки упали на окраине, повреждены три автомобиля. " * 14
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("title,start_at,narrative,place\r\n")
        n = 0
        while fh.tell() < PARALLEL_FROM * 3:
            fh.write(f'Debris {n},2026-09-{1 + n % 28:02d}T10:00,"{narrative}",Россия › Калуга\r\n')
            n += 1
    return path


def test_workers_exit_when_the_import_is_killed(tmp_path: Path) -> None:
    source = _big_csv(tmp_path / "big.csv")
    command = [sys.executable, "-m", "incident_logger", "--db", str(tmp_path / "db.sqlite3")]
    process = subprocess.Popen(
        [*command, "import", str(source)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while time.monotonic() < deadline and process.poll() is None:
            children = _children(process.pid)
            workers = [
                c
                for c in children
                if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()
                and (_status(c) or (0, "", 0.0))[2] > 0.3  # started and working
            ]
            if workers:
                break
            time.sleep(0.05)
        assert workers, "the import never started its workers"
        leftovers = _children(process.pid)  # the workers and the resource tracker
        assert len(leftovers) >= 2
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in leftovers):
        time.sleep(0.1)
    assert [p for p in leftovers if _alive(p)] == []
