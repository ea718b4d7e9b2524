"""Totals per region over a chosen period, side by side by source, computed off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from incident_logger.services.counts import (
    CountReportSummary,
    RegionSourceTotal,
    SourcePeriodTally,
    list_count_reports,
    tallies_by_source,
    totals_by_region,
)
from incident_logger.store.engine import Database
from incident_logger.ui import dates, icons, theme
from incident_logger.ui.counts.editor import SUBJECTS
from incident_logger.ui.counts.list_model import period_text
from incident_logger.ui.counts.overlaps import (
    RegionStatement,
    conflicts,
    statements_by_region,
)
from incident_logger.ui.counts.totals_model import PLACE_ID_ROLE, Conflict, RegionTotalsModel
from incident_logger.ui.i18n import number
from incident_logger.ui.tasks import Task, TaskRunner, alive, shared_runner
from incident_logger.ui.widgets.views import RoomyDelegate, style_header


@dataclass(frozen=True, slots=True)
class TotalsResult:
    totals: list[RegionSourceTotal]
    statements: dict[int, list[RegionStatement]]
    conflicts: dict[int, list[Conflict]]
    by_source: list[SourcePeriodTally]


def compute_totals(
    db: Database, start: str, end: str, subject: str | None, query: str = ""
) -> TotalsResult:
    """Totals per region and source, and the statements behind them (runs on the worker)."""
    totals = totals_by_region(db, start=start, end=end, subject=subject, query=query)
    reports = [
        r
        for r in list_count_reports(db, start=start, end=end, query=query)
        if subject is None or r.report.draft.subject == subject
    ]
    statements = statements_by_region(reports)
    found = {pid: pairs for pid, lines in statements.items() if (pairs := conflicts(lines))}
    return TotalsResult(totals, statements, found, tallies_by_source(reports))


def reports_period(reports: list[CountReportSummary]) -> tuple[date, date] | None:
    """The days from the earliest period start to the latest period end of ``reports``."""
    if not reports:
        return None
    start = min(r.report.draft.period_start for r in reports)
    end = max(r.report.draft.period_end for r in reports)
    return date.fromisoformat(start[:10]), date.fromisoformat(end[:10])


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
        self._result: TotalsResult | None = None
        self._shown_period: tuple[date, date] | None = None
        self._query = ""
        self.user_period = False  # the user chose dates: they no longer follow the list
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
            edit.setDisplayFormat(dates.date_format())
            edit.setAccessibleName(self.tr("Totals period {0}").format(name.lower()))
            edit.dateChanged.connect(self._on_date_typed)
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
        self.fit_button = QPushButton(self.tr("Period of the reports &shown"))
        self.fit_button.setToolTip(
            self.tr("From the earliest to the latest day the listed count reports cover")
        )
        self.fit_button.clicked.connect(self.fit_to_reports)
        for w in (from_label, self.start, to_label, self.end, self.fit_button):
            controls.addWidget(w)
        controls.addSpacing(12)
        controls.addWidget(self.subject)
        controls.addWidget(self.only_disputed)
        controls.addStretch(1)
        controls.addWidget(self._busy)

        self._build_table()

        legend = QHBoxLayout()
        self._legend_icon = QLabel()
        legend.addWidget(self._legend_icon)
        legend.addWidget(self.summary, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(controls)
        self._build_statements()
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 6, 0, 0)
        below_layout.addWidget(self.statements_title)
        below_layout.addWidget(self.statements_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        layout.addLayout(legend)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.fit_button)
        QWidget.setTabOrder(self.fit_button, self.subject)
        QWidget.setTabOrder(self.subject, self.only_disputed)
        QWidget.setTabOrder(self.only_disputed, self.table)
        QWidget.setTabOrder(self.table, self.statements_view)
        self.table.selectionModel().currentRowChanged.connect(self._show_statements)

    def _build_table(self) -> None:
        """The totals: one row per region, one column per source."""
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Totals per region by source"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        style_header(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(170)
        header.setStretchLastSection(True)
        self.model.modelReset.connect(self._fit_columns)

    def _build_statements(self) -> None:
        """What each source said about the region selected above."""
        self.statements_title = QLabel()
        self.statements_title.setObjectName("sectionTitle")
        self.statements = QStandardItemModel(self)
        self.statements_view = QTreeView()
        self.statements_view.setAccessibleName(self.tr("Reports behind the selected region"))
        self.statements_view.setModel(self.statements)
        self.statements_view.setItemDelegate(RoomyDelegate(self.statements_view))
        style_header(self.statements_view.header())
        self.statements_view.setRootIsDecorated(False)
        self.statements_view.setUniformRowHeights(True)
        self.statements_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _fit_columns(self) -> None:
        metrics = self.fontMetrics()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.resizeSection(0, max(260, metrics.horizontalAdvance("M" * 18)))
        for column in range(1, self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(110, metrics.horizontalAdvance(text) + 36))

    def _show_statements(self, *_args: object) -> None:
        """List the reports behind the selected region; conflicting ones are marked."""
        index = self.table.currentIndex()
        place_id = index.siblingAtColumn(0).data(PLACE_ID_ROLE) if index.isValid() else None
        self.statements.clear()
        self.statements.setHorizontalHeaderLabels(
            [
                self.tr("Issued"),
                self.tr("Source"),
                self.tr("Count"),
                self.tr("Period covered"),
                self.tr("Counted"),
            ]
        )
        for column, chars in enumerate((21, 34, 9, 31)):
            self.statements_view.setColumnWidth(
                column, self.fontMetrics().averageCharWidth() * chars + 16
            )
        result = self._result
        if place_id is None or result is None:
            self.statements_title.setText(self.tr("Select a region to see the reports behind it"))
            return
        name = index.siblingAtColumn(0).data()
        in_conflict = {id(s) for pair in result.conflicts.get(place_id, []) for s in pair}
        tones = theme.tones()
        for st in result.statements.get(place_id, []):
            cells = [
                QStandardItem(dates.when(st.issued_at)),
                QStandardItem(f"{st.source_name}  ({st.grade})"),
                QStandardItem(number(st.count)),
                QStandardItem(period_text(st.period_start, st.period_end)),
                QStandardItem(f"{st.subject}, {st.outcome}"),
            ]
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if id(st) in in_conflict:
                cells[0].setIcon(icons.icon("warning", tones.warning))
                for cell in cells:
                    cell.setBackground(tones.warning_bg)
                    cell.setToolTip(
                        self.tr("Another source gave a different count for an overlapping period")
                    )
            self.statements.appendRow(cells)
        self.statements_title.setText(self.tr("Reports behind {0}").format(name))

    def set_runner(self, runner: TaskRunner) -> None:
        self._runner = runner

    def set_period(self, start: date, end: date) -> None:
        """Choose the period and recompute at once (no debounce)."""
        self._put_dates(start, end)
        self.recompute()

    def _put_dates(self, start: date, end: date) -> None:
        for edit, value in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(value))
            edit.blockSignals(False)

    def _on_date_typed(self) -> None:
        self.user_period = True
        self._debounce.start()

    def follow_reports(self, reports: list[CountReportSummary]) -> None:
        """The list now shows ``reports``: unless the user chose dates, cover their period."""
        self._shown_period = reports_period(reports)
        if not self.user_period and self._shown_period is not None:
            self._put_dates(*self._shown_period)
            if self.isVisible():
                self.recompute()

    def set_query(self, query: str) -> None:
        """Total only the reports this search selects (the list shows the same ones)."""
        self._query = query
        if self.isVisible():
            self.recompute()

    def fit_to_reports(self) -> None:
        """Go back to following the period of the listed reports."""
        self.user_period = False
        if self._shown_period is not None:
            self._put_dates(*self._shown_period)
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
        job = partial(compute_totals, self._db, start, end, self.subject.currentData(), self._query)
        self._task = runner.submit(
            job,
            on_done=alive(self, self._show),
            on_error=alive(self, self._failed),
            description="totals by region",
        )

    def _show(self, result: TotalsResult) -> None:
        self._task = None
        self._busy.hide()
        self._result = result
        self.model.set_totals(result.totals, result.conflicts, result.by_source)
        self._show_statements()
        regions, disputed = self.model.region_count(), self.model.disputed_count()
        if not regions:
            text = (
                self.tr("No count report that matches the search covers this period.")
                if self._query
                else self.tr("No count report covers this period.")
            )
        elif disputed:
            text = self.tr(
                "{0} regions; sources disagree on {1} (highlighted): their reports for "
                "overlapping periods give different counts. Totals sum each source's reports "
                "that overlap the chosen dates."
            ).format(regions, disputed)
        else:
            text = self.tr("{0} regions; the sources agree everywhere.").format(regions)
        if self._query and regions:
            text = self.tr("Reports matching “{0}”: {1}").format(self._query, text)
        self.summary.setText(text)
        self.refresh_icon()
        self.computed.emit()

    def refresh_icon(self) -> None:
        """Draw the legend and the statements' signs in the current palette's colours."""
        regions, disputed = self.model.region_count(), self.model.disputed_count()
        tones = theme.tones()
        self._legend_icon.setPixmap(
            icons.icon("warning", tones.warning).pixmap(16, 16)
            if disputed
            else icons.icon("check", tones.success).pixmap(16, 16)
        )
        self._legend_icon.setVisible(bool(regions))
        if self._result is not None:
            self._show_statements()

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
