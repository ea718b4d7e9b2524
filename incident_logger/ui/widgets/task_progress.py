"""Status-bar progress for long background work, with a Cancel button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from incident_logger.ui.icons import themed
from incident_logger.ui.incidents.table_model import IncidentTableModel
from incident_logger.ui.tasks import Task, TaskRunner, accepted_keywords

SHOW_AFTER_MS = 300  # quick searches never flash a progress bar


class TaskProgress(QWidget):
    """Shows the newest task submitted with ``progress=True`` until it finishes."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task[Any] | None = None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel = QToolButton(self)
        themed(self.cancel, "cancel")
        self.cancel.setToolTip(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel.setAutoRaise(True)
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.watch(runner)
        self.hide()

    def watch(self, runner: TaskRunner) -> None:
        """Also show the progress of tasks submitted to ``runner``."""
        runner.task_started.connect(self._on_started)

    def _on_started(self, task: Task[Any]) -> None:
        self._task = task
        self.label.setText(task.description or self.tr("Working…"))
        self.bar.setRange(0, 0)  # busy until the first progress report
        # Cancel only what can stop: a function that takes a ``cancelled`` callback.
        self.cancel.setVisible("cancelled" in accepted_keywords(task.fn))
        task.progress_changed.connect(self._on_progress)
        task.finished.connect(lambda t=task: self._on_finished(t))
        self.show()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text:
            self.label.setText(text)

    def _on_finished(self, task: Task[Any]) -> None:
        if task is self._task:
            self._task = None
            self.hide()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.label.setText(self.tr("Cancelling…"))


class SearchProgress(QWidget):
    """ "Searching…" with a Cancel button, shown when a search takes longer than a moment."""

    def __init__(self, model: IncidentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.label = QLabel(self.tr("Searching…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Search in progress"))
        self.cancel = QToolButton(self)
        themed(self.cancel, "cancel")
        self.cancel.setAutoRaise(True)
        self.cancel.setToolTip(self.tr("Stop waiting for this search"))
        self.cancel.setAccessibleName(self.tr("Cancel the search"))
        self.cancel.clicked.connect(model.cancel_loading)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show_if_loading)
        model.loading_changed.connect(self._on_loading)
        self.hide()

    def _on_loading(self, loading: bool) -> None:
        if loading:
            self._timer.start()
        else:
            self._timer.stop()
            self.hide()

    def _show_if_loading(self) -> None:
        self.setVisible(self._model.loading)
