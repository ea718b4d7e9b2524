"""A titled, read-only list of incidents (those citing a source, those in a place) loaded on
the task runner beside a record's editor; Enter opens one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from incident_logger.services.citations import IncidentList
from incident_logger.ui import dates, place_names
from incident_logger.ui.i18n import number
from incident_logger.ui.tasks import Task, TaskRunner, alive, shared_runner
from incident_logger.ui.widgets.views import RoomyDelegate, style_header

INCIDENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class IncidentsPanel(QWidget):
    """A titled, read-only list of incidents loaded in the background; Enter opens one."""

    open_incident = Signal(int)
    loaded = Signal(int)  # total matching

    def __init__(self, title: str, idle_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.idle_hint = idle_hint
        self._task: Task[Any] | None = None
        self._runner: TaskRunner | None = None
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setAccessibleName(title)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RoomyDelegate(self.view))
        style_header(self.view.header())
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.show_list(IncidentList([], 0))

    def set_runner(self, runner: TaskRunner) -> None:
        self._runner = runner

    def load(self, job: Callable[[], IncidentList] | None) -> None:
        """Run ``job`` on the background runner and show its incidents (None: clear)."""
        self.cancel()
        if job is None:
            self.show_list(IncidentList([], 0))
            self.summary.setText(self.idle_hint)
            return
        self.summary.setText(self.tr("Loading…"))
        self._task = (self._runner or shared_runner()).submit(
            job, on_done=alive(self, self.show_list), description="incidents panel"
        )

    def is_loading(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def show_list(self, found: IncidentList) -> None:
        self._task = None
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Reference"),
                self.tr("When"),
                self.tr("Place"),
                self.tr("Title"),
                self.tr("Grade"),
            ]
        )
        for row in found.rows:
            place = (
                place_names.shown(row.place)
                if row.place == row.region or not row.region
                else (f"{place_names.shown(row.place)}, {place_names.shown(row.region)}")
            )
            cells = [
                row.ref,
                dates.when(row.start_at),
                place,
                row.title,
                found.grades.get(row.id, row.grade),
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(row.id, INCIDENT_ID_ROLE)
            items[3].setToolTip(row.title)
            self.model.appendRow(items)
        for column, chars in enumerate((11, 17, 30, 36)):
            self.view.setColumnWidth(column, self.fontMetrics().averageCharWidth() * chars + 12)
        if found.total > len(found.rows):
            text = self.tr(
                "The newest {0} of %Ln incident(s); search to see them all.", "", found.total
            ).format(number(len(found.rows)))
        else:
            text = (
                self.tr("%Ln incident(s)", "", found.total)
                if found.total
                else self.tr("No incidents yet.")
            )
        self.summary.setText(text)
        self.loaded.emit(found.total)

    def _activated(self, index: QModelIndex) -> None:
        value = self.model.index(index.row(), 0).data(INCIDENT_ID_ROLE)
        if value is not None:
            self.open_incident.emit(int(value))
