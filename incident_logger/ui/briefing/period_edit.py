"""The briefing dialog's period field: a From and a To date, each of which can be left open."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from incident_logger.ui import dates
from incident_logger.ui.briefing.period import ISO

NO_DATE = QDate(1900, 1, 1)  # shown as "No limit"


class PeriodEdit(QWidget):
    """ "[x] From [date]  [x] To [date]": an unticked bound reads "No limit"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = QDate.currentDate()
        self.from_check, self.from_date = self._bound(
            self.tr("&From"), self.tr("Limit the period start"), self.tr("Period start")
        )
        self.to_check, self.to_date = self._bound(
            self.tr("T&o"), self.tr("Limit the period end"), self.tr("Period end")
        )
        self._last = {self.from_date: today.addDays(-1), self.to_date: today}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.from_check)
        row.addWidget(self.from_date)
        row.addSpacing(16)
        row.addWidget(self.to_check)
        row.addWidget(self.to_date)
        row.addStretch(1)
        self.setFocusProxy(self.from_check)

    def _bound(self, text: str, check_name: str, date_name: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(text, self)
        check.setAccessibleName(check_name)
        date = QDateEdit(self)
        date.setAccessibleName(date_name)
        date.setCalendarPopup(True)
        date.setDisplayFormat(dates.date_format())
        date.setMinimumDate(NO_DATE)
        date.setSpecialValueText(self.tr("No limit"))
        date.setDate(NO_DATE)
        date.setEnabled(False)
        date.setFixedWidth(date.sizeHint().width() + 24)
        check.toggled.connect(lambda on: self._toggle(date, on))
        check.clicked.connect(lambda on: on and date.setFocus(Qt.FocusReason.TabFocusReason))
        date.dateChanged.connect(self._date_changed)
        return check, date

    def _toggle(self, date: QDateEdit, on: bool) -> None:
        if on:
            date.setDate(self._last[date])
        else:
            if date.date() != NO_DATE:
                self._last[date] = date.date()
            date.setDate(NO_DATE)
        date.setEnabled(on)
        self.changed.emit()

    def _date_changed(self, _date: QDate) -> None:
        self.changed.emit()

    @staticmethod
    def _value(check: QCheckBox, date: QDateEdit) -> str | None:
        if not check.isChecked() or date.date() == NO_DATE:
            return None
        return date.date().toString(ISO)

    def bounds(self) -> tuple[str | None, str | None]:
        return self._value(self.from_check, self.from_date), self._value(
            self.to_check, self.to_date
        )

    def set_bounds(self, start: str | None, end: str | None) -> None:
        for check, date, value in (
            (self.from_check, self.from_date, start),
            (self.to_check, self.to_date, end),
        ):
            parsed = QDate.fromString(value, ISO) if value else QDate()
            if parsed.isValid():
                self._last[date] = parsed
            check.setChecked(parsed.isValid())
            if parsed.isValid():
                date.setDate(parsed)

    def problem(self) -> str:
        start, end = self.bounds()
        if start and end and start > end:
            return self.tr(
                "The period ends before it starts: pick a later end or an earlier start."
            )
        return ""
