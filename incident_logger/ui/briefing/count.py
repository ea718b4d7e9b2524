"""How many incidents a briefing would cover, counted on the worker after a pause in typing."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from incident_logger.services.briefing import BriefingRequest, covered
from incident_logger.store.engine import Database
from incident_logger.ui.tasks import Task, TaskRunner, alive

log = logging.getLogger(__name__)
DEBOUNCE_MS = 250


class LiveCount(QObject):
    """Says in ``label`` how many incidents and count statements a briefing would cover.

    One count on the worker at a time.
    """

    due = Signal()  # typing has paused: check the search, then count() it

    def __init__(
        self,
        db: Database,
        label: QLabel,
        runner: Callable[[], TaskRunner],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._label = label
        self._runner = runner
        self._task: Task[tuple[int, int]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.due)

    def schedule(self) -> None:
        """Ask for a count once the user stops typing for a moment."""
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        """Forget a scheduled count and abandon the one running."""
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def show_unknown(self) -> None:
        self._label.setText(self.tr("—"))

    def count(self, request: BriefingRequest) -> None:
        self.stop()
        self._label.setText(self.tr("Counting…"))
        self._task = self._runner().submit(
            covered,
            self._db,
            request,
            on_done=alive(self, self._counted),
            on_error=alive(self, self._failed),
            description="briefing count",
        )

    def _counted(self, found: tuple[int, int]) -> None:
        self._task = None
        n, statements = found
        if n == 0 and statements == 0:
            text = self.tr("No incidents match: the briefing would only have its title page.")
        elif n == 0:
            text = self.tr("No incidents")
        else:
            text = self.tr("%Ln incident(s)", "", n)
        if statements:
            text += self.tr(" and %Ln count statement(s)", "", statements)
        self._label.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        log.warning("briefing count failed", exc_info=exc)
        self._label.setText(
            self.tr("Could not count the incidents ({what}).").format(what=type(exc).__name__)
        )
