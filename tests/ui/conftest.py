"""UI test fixtures: a window on a real database, and a guard against live workers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from incident_logger.store.engine import Database
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.tasks import live_runners, shutdown_shared_runner
from tests.ui.window_support import running_window


@pytest.fixture(autouse=True)
def _no_worker_outlives_its_test() -> Iterator[None]:
    """Fail a test that leaves a TaskRunner thread (or a Python thread) running."""
    before = set(threading.enumerate())
    yield
    shutdown_shared_runner()
    leaked = live_runners()
    for runner in leaked:
        runner.shutdown()
    extra = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not isinstance(t, threading._DummyThread)
    ]
    assert not leaked, f"{len(leaked)} TaskRunner worker thread(s) outlived the test"
    assert not extra, f"threads outlived the test: {extra}"


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on ``db``, shown, active and loaded; closed after the test."""
    with running_window(qtbot, db, tmp_path / "settings.ini") as win:
        yield win
