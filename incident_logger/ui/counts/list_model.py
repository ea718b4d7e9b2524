"""Table model of regional count reports: who, when, what, total, allocated, remainder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from incident_logger.domain.enums import Reliability
from incident_logger.domain.tally import count_text
from incident_logger.domain.timefmt import display_when
from incident_logger.services.counts import CountReportSummary
from incident_logger.ui import dates, icons, theme, words
from incident_logger.ui.i18n import number

AnyIndex = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole
REPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _number(value: int | None) -> str:
    return "" if value is None else number(value)


def period_text(start: str, end: str) -> str:
    """'2026-09-11 20:00 – 09-12 07:00': the end drops what it repeats of the start (in a
    Russian or Ukrainian interface the locale's form, without the year's shortening)."""
    if dates.localised():
        return dates.period(start, end)
    start, end = display_when(start), display_when(end)
    if start[:10] == end[:10]:
        return f"{start} – {end[11:]}"
    if start[:4] == end[:4]:
        return f"{start} – {end[5:]}"
    return f"{start} – {end}"


class CountReportListModel(QAbstractTableModel):
    """Rows of count report summaries, newest first as the service returns them."""

    ISSUED, SOURCE, GRADE, WHAT, TOTAL, ALLOCATED, REMAINDER, PERIOD = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CountReportSummary] = []

    def set_reports(self, reports: list[CountReportSummary]) -> None:
        self.beginResetModel()
        self._rows = list(reports)
        self.endResetModel()

    def report_at(self, row: int) -> CountReportSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, report_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.report.id == report_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 8:
            return None
        if role == _ROLE.DisplayRole:
            return (
                self.tr("Issued"),
                self.tr("Source"),
                self.tr("Grade"),
                self.tr("Counted"),
                self.tr("Total"),
                self.tr("Allocated"),
                self.tr("Unallocated"),
                self.tr("Period covered"),
            )[section]
        if role == _ROLE.TextAlignmentRole and self.TOTAL <= section <= self.REMAINDER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = _ROLE.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary, column = self._rows[index.row()], index.column()
        if role == REPORT_ID_ROLE:
            return summary.report.id
        if role == _ROLE.DisplayRole:
            return self._text(summary, column)
        if role == _ROLE.TextAlignmentRole:
            if self.TOTAL <= column <= self.REMAINDER:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter) if column == self.GRADE else None
        if role == _ROLE.ToolTipRole:
            return self._tip(summary, column)
        if summary.tally.exceeds_total and column == self.REMAINDER:
            if role == _ROLE.DecorationRole:
                return icons.icon("warning", theme.tones().warning)
            if role == _ROLE.ForegroundRole:
                return theme.tones().warning
        return None

    def _text(self, summary: CountReportSummary, column: int) -> str:
        draft, counted = summary.report.draft, summary.tally
        texts: dict[int, Callable[[], str]] = {
            self.ISSUED: lambda: dates.when(draft.issued_at),
            self.SOURCE: lambda: summary.source_name,
            self.GRADE: lambda: summary.source_grade,
            self.WHAT: lambda: f"{draft.subject}, {draft.outcome}",
            self.TOTAL: lambda: count_text(counted.stated_total, draft.total_approximate) or "—",
            self.ALLOCATED: lambda: _number(counted.allocated),
            self.PERIOD: lambda: period_text(draft.period_start, draft.period_end),
        }
        if column in texts:
            return texts[column]()
        if counted.exceeds_total:
            return self.tr("+{0} over").format(counted.over_by)
        return count_text(counted.remainder, draft.total_approximate) or "—"

    def _tip(self, summary: CountReportSummary, column: int) -> str:
        if column in (self.SOURCE, self.GRADE):
            try:
                label = words.reliability(Reliability(summary.source_grade))
            except ValueError:
                label = ""
            return self.tr("{0}: reliability {1} ({2})").format(
                summary.source_name, summary.source_grade, label
            )
        text = summary.tally.describe()
        return text[:1].upper() + text[1:]
