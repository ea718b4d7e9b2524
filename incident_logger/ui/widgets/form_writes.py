"""A page's saves, deletes and restores on the task runner, one at a time, the form locked.

The page hands over a job that was given everything it needs on the GUI thread (the form's
draft, the version it opened); the job runs on the runner. Meanwhile the form is locked: keys
typed into it are held (``InputLock``) and typed in once the write is over, clicks into it are
blocked and the pointer shows the form is busy. ``done`` or ``failed`` then run on the GUI
thread; the form is unlocked before ``failed`` runs, so a message box can take keys, and after
``done`` has shown the stored record, so held keys go into it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from incident_logger.ui.tasks import TaskRunner, alive, shared_runner
from incident_logger.ui.widgets.input_lock import InputLock

T = TypeVar("T")


class FormWrites(QObject):
    busy_changed = Signal(bool)
    released = Signal()  # the form is unlocked and the keys held meanwhile typed into it

    def __init__(self, form: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._runner: TaskRunner | None = None
        self._lock = InputLock(self)
        self._busy = False

    def set_runner(self, runner: TaskRunner) -> None:
        self._runner = runner

    def is_busy(self) -> bool:
        return self._busy

    def run(
        self,
        job: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
        description: str = "",
    ) -> bool:
        """Start ``job`` on the runner; False (nothing started) while another write runs."""
        if self._busy:
            return False
        self._set_busy(True)
        self._lock.hold(self._form)
        (self._runner or shared_runner()).submit(
            job,
            on_done=alive(self, lambda result: self._done(done, result)),
            on_error=alive(self, lambda exc: self._failed(failed, exc)),
            description=description,
        )
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self._form.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._form.unsetCursor()
        self.busy_changed.emit(busy)

    def _done(self, done: Callable[[Any], None], result: Any) -> None:
        self._set_busy(False)
        try:
            done(result)
        finally:
            self._lock.release()  # keys typed meanwhile go into the form as now shown
            self.released.emit()

    def _failed(self, failed: Callable[[BaseException], None], exc: BaseException) -> None:
        self._set_busy(False)
        self._lock.release()
        self.released.emit()
        failed(exc)
