"""Totals per region over a chosen period, side by side by source, computed off the GUI thread."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incident_logger.services.counts import RegionSourceTotal, totals_by_region
from incident_logger.store.engine import Database
from incident_logger.ui import icons, theme
from incident_logger.ui.models.counts_totals_model import RegionTotalsModel
from incident_logger.ui.pages.counts_editor import SUBJECTS
from incident_logger.ui.pages.counts_form import alive
from incident_logger.ui.tasks import Task, TaskRunner, shared_runner


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class RegionTotalsView(QWidget):
    """Pick a period (and what was counted); see each source's total per region."""

    status_message = Signal(str)
    computed = Signal()  # the table shows the result of the latest request

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner: TaskRunner | None = None
        self._task: Task[Any] | None = None
        self.model = RegionTotalsModel(self)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.recompute)
        self._build()

    def _build(self) -> None:
        today = date.today()
        self.start = QDateEdit(_qdate(today - timedelta(days=30)))
        self.end = QDateEdit(_qdate(today))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(self.tr("Totals period {0}").format(name.lower()))
            edit.dateChanged.connect(self._debounce.start)
        self.subject = QComboBox()
        self.subject.setAccessibleName(self.tr("What was counted"))
        self.subject.addItem(self.tr("Everything counted"), None)
        for s in SUBJECTS:
            self.subject.addItem(s, s)
        self.subject.currentIndexChanged.connect(self._debounce.start)
        self.only_disputed = QCheckBox(self.tr("Only regions where sources &disagree"))
        self.only_disputed.setAccessibleName(self.tr("Only regions where sources disagree"))
        self.only_disputed.toggled.connect(self.model.set_only_disputed)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setAccessibleName(self.tr("Totals summary"))
        self._busy = QLabel(self.tr("Computing…"))
        self._busy.setObjectName("muted")
        self._busy.hide()

        controls = QHBoxLayout()
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.start)
        to_label = QLabel(self.tr("t&o"))
        to_label.setBuddy(self.end)
        for w in (from_label, self.start, to_label, self.end, self.subject, self.only_disputed):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self._busy)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Totals per region by source"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(170)
        header.setStretchLastSection(True)
        self.model.modelReset.connect(self._fit_columns)

        legend = QHBoxLayout()
        self._legend_icon = QLabel()
        legend.addWidget(self._legend_icon)
        legend.addWidget(self.summary, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.subject)
        QWidget.setTabOrder(self.subject, self.only_disputed)
        QWidget.setTabOrder(self.only_disputed, self.table)

    def _fit_columns(self) -> None:
        self.table.setColumnWidth(0, max(220, self.fontMetrics().horizontalAdvance("M" * 16)))

    def set_runner(self, runner: TaskRunner) -> None:
        self._runner = runner

    def set_period(self, start: date, end: date) -> None:
        """Choose the period and recompute at once (no debounce)."""
        for edit, value in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(value))
            edit.blockSignals(False)
        self.recompute()

    def is_busy(self) -> bool:
        return self._task is not None

    def recompute(self) -> None:
        """Ask the background runner for the totals of the chosen period."""
        self._debounce.stop()
        if self._task is not None:
            self._task.cancel()
        start = self.start.date().toString("yyyy-MM-dd")
        end = self.end.date().toString("yyyy-MM-dd") + " 23:59"
        if end < start:
            self.model.set_totals([])
            self.summary.setText(self.tr("The period ends before it starts."))
            return
        runner = self._runner or shared_runner()
        self._busy.show()
        job = partial(
            totals_by_region, self._db, start=start, end=end, subject=self.subject.currentData()
        )
        self._task = runner.submit(
            job,
            on_done=alive(self, self._show),
            on_error=alive(self, self._failed),
            description="totals by region",
        )

    def _show(self, totals: list[RegionSourceTotal]) -> None:
        self._task = None
        self._busy.hide()
        self.model.set_totals(totals)
        regions, disputed = self.model.region_count(), self.model.disputed_count()
        if not regions:
            text = self.tr("No count report covers this period.")
        elif disputed:
            text = self.tr(
                "{0} regions; sources disagree on {1} (highlighted). Totals are the sum of each "
                "source's reports whose period overlaps the chosen dates."
            ).format(regions, disputed)
        else:
            text = self.tr("{0} regions; the sources agree everywhere.").format(regions)
        self.summary.setText(text)
        self._legend_icon.setPixmap(
            icons.icon("warning", theme.tones().warning).pixmap(16, 16)
            if disputed
            else icons.icon("check", theme.tones().success).pixmap(16, 16)
        )
        self._legend_icon.setVisible(bool(regions))
        self.computed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self._busy.hide()
        self.summary.setText(self.tr("Could not compute the totals: {0}").format(exc))
        self.status_message.emit(self.summary.text())

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self._busy.hide()
