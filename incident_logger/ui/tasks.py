"""One serial background executor: database work off the GUI thread, results back by signal.

Usage::

    runner = TaskRunner(parent)
    task = runner.submit(count_incidents, db, "region:Kaluga", on_done=show_count)
    task.cancel()  # optional; ``on_done`` is then never called

Functions run one at a time, in submission order, on one worker ``QThread``. A function that
accepts ``cancelled`` and/or ``progress`` keyword arguments receives a ``cancelled() -> bool``
callable and a ``progress(done: int, total: int, text: str = "") -> None`` callable. Results,
errors and progress reach the GUI thread through queued signals; workers never touch widgets.
"""

from __future__ import annotations

import inspect
import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from shiboken6 import Shiboken

from incident_logger.domain.messages import Message
from incident_logger.ui.messages import text as message_text

T = TypeVar("T")
log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised by a task function (or on its behalf) when it noticed it was cancelled."""


class Task(QObject, Generic[T]):
    """A handle on one submitted function: cancel it, watch its progress, know when it ends."""

    progress_changed = Signal(int, int, str)  # done, total, text (GUI thread)
    finished = Signal()  # emitted on the GUI thread after on_done / on_error / cancellation

    def __init__(
        self,
        task_id: int,
        fn: Callable[..., T],
        args: tuple[Any, ...],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        wants_progress: bool,
        description: str,
    ) -> None:
        super().__init__()
        self.id = task_id
        self.fn = fn
        self.args = args
        self.on_done = on_done
        self.on_error = on_error
        self.wants_progress = wants_progress
        self.description = description
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        """Ask the task to stop; its callbacks will not be called. Safe from any thread."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


def accepted_keywords(fn: Callable[..., Any]) -> set[str]:
    """Which of ``cancelled`` / ``progress`` the function takes."""
    return _keywords(fn)


def _keywords(fn: Callable[..., Any]) -> set[str]:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return set()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return {"cancelled", "progress"}
    return {name for name in ("cancelled", "progress") if name in params}


class _Worker(QObject):
    """Lives on the worker thread; pulls tasks from the queue and runs them in order.

    Outcomes go into ``outbox`` and an argument-less signal wakes the GUI thread: Python
    objects are never carried by a queued signal (PySide6 6.12 can mis-count their
    references across threads).
    """

    notify = Signal()

    def __init__(self, tasks: queue.Queue[Task[Any] | None]) -> None:
        super().__init__()
        self._tasks = tasks
        self.outbox: queue.SimpleQueue[tuple[str, Task[Any], Any]] = queue.SimpleQueue()

    def _post(self, kind: str, task: Task[Any], payload: Any) -> None:
        self.outbox.put((kind, task, payload))
        self.notify.emit()

    @Slot()
    def run(self) -> None:
        while True:
            task = self._tasks.get()
            if task is None:
                return
            if task.is_cancelled():
                self._post("error", task, TaskCancelled())
                continue
            self._run_one(task)

    def _run_one(self, task: Task[Any]) -> None:
        kwargs: dict[str, Any] = {}
        wanted = _keywords(task.fn)
        if "cancelled" in wanted:
            kwargs["cancelled"] = task.is_cancelled
        if "progress" in wanted:

            def report(done: int, total: int, text: str = "") -> None:
                if task.is_cancelled():
                    raise TaskCancelled()
                said = text if isinstance(text, Message) else str(text)  # translated below
                self._post("progress", task, (int(done), int(total), said))

            kwargs["progress"] = report
        try:
            value = task.fn(*task.args, **kwargs)
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._post("error", task, exc)
        else:
            self._post("result", task, value)


class TaskRunner(QObject):
    """Runs submitted functions one at a time on a worker thread."""

    busy_changed = Signal(bool)  # True while any task is queued or running
    task_started = Signal(object)  # a Task with progress=True was submitted
    task_finished = Signal(object)  # any Task, after its callbacks

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[Task[Any] | None] = queue.Queue()
        self._ids = itertools.count(1)
        self._pending: dict[int, Task[Any]] = {}
        self._thread = QThread()
        self._thread.setObjectName("incident-logger-worker")
        self._worker = _Worker(self._queue)
        self._worker.moveToThread(self._thread)
        self._worker.notify.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._thread.started.connect(self._worker.run)
        self._thread.start()
        self._stopped = False
        _all_runners.add(self)

    def submit(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress: bool = False,
        description: str = "",
    ) -> Task[T]:
        """Queue ``fn(*args)``; ``on_done(result)`` or ``on_error(exc)`` run on the GUI thread."""
        task: Task[T] = Task(next(self._ids), fn, args, on_done, on_error, progress, description)
        if self._stopped:  # late work from a closing window: never run, never reported
            log.debug("task %s submitted after shutdown; dropped", description or fn)
            task.cancel()
            task.done = True
            return task
        was_idle = not self._pending
        self._pending[task.id] = task
        self._queue.put(task)
        if was_idle:
            self.busy_changed.emit(True)
        if progress:
            self.task_started.emit(task)
        return task

    def is_busy(self) -> bool:
        return bool(self._pending)

    def pending(self) -> list[Task[Any]]:
        return list(self._pending.values())

    def cancel_all(self) -> None:
        for task in list(self._pending.values()):
            task.cancel()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel what is queued, let the running function finish, and stop the thread."""
        if self._stopped:
            return
        self._stopped = True
        self.cancel_all()
        self._queue.put(None)
        self._thread.quit()
        if not self._thread.wait(timeout_ms):
            log.warning("worker thread did not stop within %d ms", timeout_ms)
        else:
            _all_runners.discard(self)
        self._pending.clear()

    # --- GUI-thread side -------------------------------------------------------------

    def _finish(self, task: Task[Any]) -> None:
        task.done = True
        self._pending.pop(task.id, None)
        task.finished.emit()
        self.task_finished.emit(task)
        if not self._pending:
            self.busy_changed.emit(False)

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                kind, task, payload = self._worker.outbox.get_nowait()
            except queue.Empty:
                return
            if kind == "result":
                self._on_result(task, payload)
            elif kind == "error":
                self._on_failed(task, payload)
            else:
                self._on_progress(task, *payload)

    def _on_result(self, task: Task[Any], value: object) -> None:
        try:
            if not task.is_cancelled() and not self._stopped and task.on_done is not None:
                task.on_done(value)
        finally:
            self._finish(task)

    def _on_failed(self, task: Task[Any], exc: BaseException) -> None:
        try:
            cancelled = task.is_cancelled() or isinstance(exc, TaskCancelled)
            if not cancelled and not self._stopped:
                if task.on_error is not None:
                    task.on_error(exc)
                else:
                    log.error(
                        "background task %s failed", task.description or task.fn, exc_info=exc
                    )
        finally:
            self._finish(task)

    def _on_progress(self, task: Task[Any], done: int, total: int, said: str | Message) -> None:
        if not task.is_cancelled():
            text = message_text(said) if isinstance(said, Message) else said
            task.progress_changed.emit(done, total, text)


_shared: TaskRunner | None = None
# Strong references: a runner whose wrapper was collected would kill a running thread.
_all_runners: set[TaskRunner] = set()


def live_runners() -> list[TaskRunner]:
    """Runners whose worker thread is still running (tests use this to catch leaks)."""
    return [r for r in list(_all_runners) if r.is_running()]


def shared_runner() -> TaskRunner:
    """The application's one runner (created on first use, on the GUI thread)."""
    global _shared
    if _shared is None or not _shared.is_running():
        _shared = TaskRunner()
    return _shared


def shutdown_shared_runner() -> None:
    global _shared
    if _shared is not None:
        _shared.shutdown()
        _shared = None


def alive(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """Wrap a task callback so it does nothing once ``owner`` has been deleted."""

    def call(*args: Any) -> None:
        if Shiboken.isValid(owner):
            callback(*args)

    return call
