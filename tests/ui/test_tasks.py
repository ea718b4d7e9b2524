"""The serial background executor: order, results on the GUI thread, errors, cancel, progress."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from incident_logger.ui.tasks import TaskRunner


def test_runs_in_order_and_delivers_on_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[tuple[int, bool]] = []
    main = threading.get_ident()
    workers: set[int] = set()

    def work(n: int) -> int:
        workers.add(threading.get_ident())
        return n * n

    for n in range(5):
        runner.submit(work, n, on_done=lambda v: results.append((v, threading.get_ident() == main)))
    qtbot.waitUntil(lambda: len(results) == 5)
    assert results == [(n * n, True) for n in range(5)]
    assert main not in workers and len(workers) == 1
    runner.shutdown()
    assert not runner.is_running()


def test_errors_reach_on_error(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("bad")

    runner.submit(boom, on_done=lambda _: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    runner.shutdown()


def test_cancel_and_progress(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    seen: list[tuple[int, int, str]] = []
    done: list[object] = []

    def slow(cancelled: object = None, progress: object = None) -> str:
        assert callable(cancelled) and callable(progress)
        progress(1, 3, "one")
        gate.wait(5)
        for _ in range(100):
            if cancelled():
                return "stopped"
        return "finished"

    task = runner.submit(slow, on_done=done.append, progress=True)
    task.progress_changed.connect(lambda a, b, c: seen.append((a, b, c)))
    queued = runner.submit(lambda: "never", on_done=done.append)
    qtbot.waitUntil(lambda: bool(seen))
    task.cancel()
    queued.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert seen == [(1, 3, "one")]
    assert done == []  # cancelled tasks never call on_done
    runner.shutdown()
