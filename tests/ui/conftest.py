"""UI test fixtures: a Qt theme, a window on a real database, and a guard against live workers."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from incident_logger.ui.tasks import live_runners, shutdown_shared_runner


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
