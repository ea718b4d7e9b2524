"""The form for one regional count report and its per-region lines."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import QDateTime, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.enums import Reliability
from incident_logger.domain.errors import ValidationError
from incident_logger.domain.models import CountReport, CountReportDraft, Source
from incident_logger.domain.tally import parse_count_text, tally
from incident_logger.ui import dates, icons
from incident_logger.ui.counts.lines_grid import CountLinesGrid
from incident_logger.ui.counts.place_index import PlaceIndex
from incident_logger.ui.counts.tally_bar import TallyBar
from incident_logger.ui.messages import field_name
from incident_logger.ui.messages import text as message
from incident_logger.ui.widgets.field_error import FieldErrorLabel, with_error
from incident_logger.ui.widgets.forms import add_row, form_layout

SUBJECTS = ("drones", "missiles", "cruise missiles", "ballistic missiles", "glide bombs")
OUTCOMES = ("intercepted", "shot down", "destroyed", "launched", "suppressed")
_TIME_FORMAT = "yyyy-MM-dd HH:mm"


def _to_qt(stored: str) -> QDateTime:
    return QDateTime.fromString(stored.replace("T", " ")[:16], _TIME_FORMAT)


def _from_py(value: datetime) -> QDateTime:
    return _to_qt(value.strftime("%Y-%m-%d %H:%M"))


class CountReportEditor(QWidget):
    """Edits a report; ``dirty_changed`` tells when typed data would be lost by leaving."""

    dirty_changed = Signal(bool)
    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report_id: int | None = None
        self.loaded_version: int | None = None  # the open report's version (a save checks it)
        self._dirty = False
        self._loading = False
        self._places = PlaceIndex([])
        self._build()

    # --- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("New count report"))
        self.heading.setObjectName("sectionTitle")
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Source"))
        self.source.setPlaceholderText(self.tr("Who gave these figures?"))
        self.issued = self._time_edit(self.tr("Issued at"))
        self.period_start = self._time_edit(self.tr("Period start"))
        self.period_end = self._time_edit(self.tr("Period end"))
        self.subject = self._choice(self.tr("What was counted"), SUBJECTS)
        self.outcome = self._choice(self.tr("What happened to them"), OUTCOMES)
        self.total = QLineEdit()
        self.total.setAccessibleName(self.tr("Stated total"))
        self.total.setPlaceholderText(self.tr("Empty if not stated"))
        # digits, and "+" for "more than" (30+)
        self.total.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,9}\+?"), self.total)
        )
        self.total.setMaximumWidth(220)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. The rest over various regions."))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        self.errors = {
            name: FieldErrorLabel(field=field)
            for name, field in (
                ("source", self.source),
                ("issued_at", self.issued),
                ("period", self.period_end),
                ("what", self.subject),
                ("stated_total", self.total),
                ("lines", None),
            )
        }
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.period_start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_end)
        period.addStretch(1)
        what = QHBoxLayout()
        what.setContentsMargins(0, 0, 0, 0)
        what.addWidget(self.subject, 1)
        what.addWidget(self.outcome, 1)
        form = form_layout()
        add_row(
            form, self.tr("&Source"), with_error(self.source, self.errors["source"]), self.source
        )
        add_row(
            form,
            self.tr("&Issued at"),
            with_error(self.issued, self.errors["issued_at"]),
            self.issued,
        )
        add_row(form, self.tr("&Period"), self._boxed(period, "period"), self.period_start)
        add_row(form, self.tr("&Counted"), self._boxed(what, "what"), self.subject)
        add_row(
            form,
            self.tr("Stated &total"),
            with_error(self.total, self.errors["stated_total"]),
            self.total,
        )
        add_row(form, self.tr("&Note"), self.note)
        self._build_lines()
        self.tally_bar = TallyBar()
        self.save_button = QPushButton(self.tr("Save"))
        icons.themed(self.save_button, "save")
        self.save_button.setToolTip(self.tr("Save the report (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Discard the changes typed since the last save"))
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.errors["lines"])
        layout.addWidget(self.tally_bar)
        layout.addLayout(buttons)
        for a, b in pairwise(self._tab_chain()):
            QWidget.setTabOrder(a, b)
        self._connect_dirty()
        self.load(None)

    def _boxed(self, row: QHBoxLayout, error: str) -> QWidget:
        inner = QWidget()
        inner.setLayout(row)
        return with_error(inner, self.errors[error])

    def _time_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setDisplayFormat(f"{dates.date_format()} HH:mm")  # stored as ISO
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-09-12 09:00") + 48)
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return edit

    def _choice(self, name: str, values: tuple[str, ...]) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.addItems(values)
        box.setAccessibleName(name)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return box

    def _build_lines(self) -> None:
        self.lines = CountLinesGrid(self._places)
        self.lines_model = self.lines.model
        self.lines_view = self.lines.view
        self.addAction(self.lines.add_action)  # Ctrl+L anywhere in the form

    def _tab_chain(self) -> list[QWidget]:
        return [
            self.source,
            self.issued,
            self.period_start,
            self.period_end,
            self.subject,
            self.outcome,
            self.total,
            self.note,
            self.lines_view,
            *self.lines.buttons,
            self.cancel_button,
            self.save_button,
        ]

    def _connect_dirty(self) -> None:
        self.source.currentIndexChanged.connect(self._touched)
        for edit in (self.issued, self.period_start, self.period_end):
            edit.dateTimeChanged.connect(self._touched)
        for box in (self.subject, self.outcome):
            box.editTextChanged.connect(self._touched)
        self.total.textChanged.connect(self._touched)
        self.note.textChanged.connect(self._touched)
        self.lines_model.edited.connect(self._touched)

    # --- state ---------------------------------------------------------------------

    def _touched(self) -> None:
        self._update_tally()
        if not self._loading and not self._dirty:
            self._dirty = True
            self.dirty_changed.emit(True)

    def _set_clean(self) -> None:
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)

    def place_index(self) -> PlaceIndex:
        """The places the region cells resolve against (names by id)."""
        return self._places

    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def report_id(self) -> int | None:
        return self._report_id

    def stated_total(self) -> int | None:
        return self._typed_total()[0]

    def _typed_total(self) -> tuple[int | None, bool]:
        try:
            return parse_count_text(self.total.text())
        except ValueError:
            return None, False

    def _update_tally(self) -> None:
        self.tally_bar.show_tally(tally(self.stated_total(), self.lines_model.typed_lines()))

    def set_choices(self, sources: list[Source], places: PlaceIndex) -> None:
        """Refresh the source list and the region completer, keeping what is typed."""
        self._loading = True
        chosen = self.source.currentData()
        self.source.clear()
        for s in sources:
            grade = Reliability(s.draft.reliability).value
            self.source.addItem(f"{s.draft.name}  ({grade})", s.id)
        self.source.setCurrentIndex(self.source.findData(chosen) if chosen is not None else -1)
        self._places = places
        self.lines.set_places(places)
        self._loading = False

    def load(self, report: CountReport | None) -> None:
        """Show a stored report, or an empty form for a new one (None)."""
        self._loading = True
        self._report_id = report.id if report else None
        self.loaded_version = report.version if report else None
        now = datetime.now().replace(second=0, microsecond=0)
        if report is None:
            self.heading.setText(self.tr("New count report"))
            self.source.setCurrentIndex(-1)
            self.issued.setDateTime(_from_py(now))
            self.period_start.setDateTime(_from_py(now - timedelta(hours=12)))
            self.period_end.setDateTime(_from_py(now))
            self.subject.setEditText(SUBJECTS[0])
            self.outcome.setEditText(OUTCOMES[0])
            self.total.clear()
            self.note.clear()
            self.lines_model.set_lines([])
        else:
            d = report.draft
            self.heading.setText(self.tr("Count report #{0}").format(report.id))
            self.source.setCurrentIndex(self.source.findData(d.source_id))
            self.issued.setDateTime(_to_qt(d.issued_at))
            self.period_start.setDateTime(_to_qt(d.period_start))
            self.period_end.setDateTime(_to_qt(d.period_end))
            self.subject.setEditText(d.subject)
            self.outcome.setEditText(d.outcome)
            self.total.setText(
                ""
                if d.stated_total is None
                else f"{d.stated_total}{'+' if d.total_approximate else ''}"
            )
            self.note.setPlainText(d.note)
            self.lines_model.set_lines(d.lines)
        self.clear_errors()
        self._update_tally()
        self._loading = False
        self._set_clean()

    def set_read_only(self, read_only: bool) -> None:
        for field in (
            self.source,
            self.issued,
            self.period_start,
            self.period_end,
            self.subject,
            self.outcome,
            self.total,
            self.note,
            self.save_button,
            self.cancel_button,
        ):
            field.setEnabled(not read_only)
        self.lines.set_read_only(read_only)

    def commit_open_cell(self) -> None:
        self.lines.commit_open_cell()

    # --- saving --------------------------------------------------------------------

    def draft(self) -> CountReportDraft | None:
        """The typed report, or None after showing what must be fixed next to the fields."""
        self.clear_errors()
        self.commit_open_cell()
        source_id = self.source.currentData()
        local: dict[str, list[str]] = {}
        if source_id is None:
            local["source"] = [self.tr("choose the source that gave these figures")]
        if self.total.text().strip() and self.stated_total() is None:
            local["stated_total"] = [self.tr("type a whole number, or leave it empty")]
        if self.lines_model.errors():
            local["lines"] = self.lines_model.errors()
        if local:
            for name, messages in local.items():
                self.errors[name].set_messages(messages)
            return None
        return CountReportDraft(
            source_id=int(source_id),
            issued_at=self.issued.dateTime().toString(_TIME_FORMAT),
            period_start=self.period_start.dateTime().toString(_TIME_FORMAT),
            period_end=self.period_end.dateTime().toString(_TIME_FORMAT),
            subject=self.subject.currentText().strip(),
            outcome=self.outcome.currentText().strip(),
            stated_total=self.stated_total(),
            note=self.note.toPlainText().strip(),
            lines=self.lines_model.count_lines(),
            total_approximate=self._typed_total()[1],
        )

    def show_errors(self, error: ValidationError) -> None:
        """Put the service's field errors next to their fields."""
        where = {
            "source": "source",
            "issued_at": "issued_at",
            "period_start": "period",
            "period_end": "period",
            "subject": "what",
            "outcome": "what",
            "stated_total": "stated_total",
        }
        grouped: dict[str, list[str]] = {}
        for e in error.errors:
            target = where.get(e.field, "lines")
            said = message(e.msg)
            text = said if target != "lines" else f"{field_name(e.field)}: {said}"
            if e.field in ("subject", "outcome"):
                text = f"{field_name(e.field)}: {said}"
            grouped.setdefault(target, []).append(text)
        for name, messages in grouped.items():
            self.errors[name].set_messages(messages)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.set_messages([])

    def mark_saved(self, report: CountReport) -> None:
        self.load(report)
