"""The briefing dialog's parts: period, sections, output file, status strip, errors in words."""

from __future__ import annotations

import errno
import os
import re
from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.query import And, FieldFilter, QuerySyntaxError, parse_query
from incident_logger.services.briefing import BriefingSections, FontsMissingError
from incident_logger.ui.icons import icon
from incident_logger.ui.theme import tones

NO_DATE = QDate(1900, 1, 1)  # shown as "No limit"
ISO = "yyyy-MM-dd"
_DATE_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BriefingDialog", text)


# --- the query and its period -------------------------------------------------------------


def _token_end(query: str, start: int) -> int:
    """Index after the ``name:value`` token at ``start`` (the tokenizer's own rule)."""
    j = start
    while j < len(query) and not query[j].isspace() and query[j] not in '()"':
        j += 1
    if query[j - 1 : j] == ":" and query[j : j + 1] == '"':
        close = query.find('"', j + 1)
        j = len(query) if close < 0 else close + 1
    return j


def lift_period(query: str) -> tuple[str, str | None, str | None]:
    """Move a search's top-level ``from:``/``to:`` dates into the period fields.

    Returns the query without them and the dates (``yyyy-mm-dd``). Only whole-day bounds that
    restrict every result are lifted; anything else (times, bounds under ``or``/``-``, two
    ``from:``) stays in the query, where it still applies, and the period is left open.
    """
    try:
        node = parse_query(query)
    except QuerySyntaxError:
        return query, None, None
    children = node.children if isinstance(node, And) else (node,) if node is not None else ()
    found: dict[str, list[FieldFilter]] = {"from": [], "to": []}
    for child in children:
        if isinstance(child, FieldFilter) and child.field in found:
            found[child.field].append(child)
    spans: list[tuple[int, int]] = []
    bounds: dict[str, str] = {}
    for name, filters in found.items():
        if len(filters) == 1 and _DATE_ONLY.fullmatch(filters[0].value):
            spans.append((filters[0].position, _token_end(query, filters[0].position)))
            bounds[name] = filters[0].value
    if not spans:
        return query, None, None
    rest = query
    for start, end in sorted(spans, reverse=True):
        left, right = rest[:start].rstrip(), rest[end:].lstrip()
        glue = "" if not left or not right or left[-1] == "(" or right[0] == ")" else " "
        rest = left + glue + right
    try:
        parse_query(rest)
    except QuerySyntaxError:  # e.g. "fire and from:…" would leave a dangling "and"
        return query, None, None
    return rest, bounds.get("from"), bounds.get("to")


def counting_query(query: str, start: str | None, end: str | None) -> str:
    """The search the briefing will run: the user's query within the period."""
    parts = [f"({query})"] if query.strip() else []
    if start:
        parts.append(f"from:{start}")
    if end:
        parts.append(f"to:{end}")
    return " ".join(parts)


# --- period -------------------------------------------------------------------------------


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
        date.setDisplayFormat(ISO)
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


# --- sections -----------------------------------------------------------------------------


class SectionChoice(QWidget):
    """One tick box per part of the briefing the report can leave out."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        texts = {
            "key_figures": (
                self.tr("&Key figures"),
                self.tr("Incidents, injuries and fatalities (with unknowns), damage by kind"),
            ),
            "regional_counts": (
                self.tr("Re&gional counts"),
                self.tr("Counts per region by source, stated totals, remainders, disagreements"),
            ),
            "charts": (self.tr("C&harts"), self.tr("Incidents per day or week and per category")),
            "incidents": (
                self.tr("&Incident list"),
                self.tr("Every incident in time order with its narrative, damage and sources"),
            ),
            "sources_annex": (
                self.tr("Sources anne&x"),
                self.tr("Every cited source with its reliability grade"),
            ),
        }
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for i, spec in enumerate(fields(BriefingSections)):
            text, tip = texts[spec.name]
            box = QCheckBox(text, self)
            box.setChecked(True)
            box.setToolTip(tip)
            box.setAccessibleName(text.replace("&", ""))
            box.setAccessibleDescription(tip)
            box.toggled.connect(self.changed)
            self.boxes[spec.name] = box
            grid.addWidget(box, i // 3, i % 3)
        grid.setColumnStretch(3, 1)
        self.setFocusProxy(self.boxes["key_figures"])

    def sections(self) -> BriefingSections:
        return BriefingSections(**{name: box.isChecked() for name, box in self.boxes.items()})

    def to_setting(self) -> str:
        return ",".join(name for name, box in self.boxes.items() if not box.isChecked())

    def from_setting(self, left_out: str) -> None:
        names = set(left_out.split(","))
        for name, box in self.boxes.items():
            box.setChecked(name not in names)


# --- output file --------------------------------------------------------------------------


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def free_name(folder: Path, day: QDate) -> Path:
    """``briefing-2026-09-12.pdf``, or ``…-2.pdf`` and so on if that is taken."""
    stem = f"briefing-{day.toString(ISO)}"
    candidate = folder / f"{stem}.pdf"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.pdf"
        n += 1
    return candidate


def target_problem(path: Path | None) -> str:
    """Why ``path`` cannot be written, in plain words ("" when it looks fine)."""
    if path is None:
        return _tr("Choose where to save the briefing.")
    if path.is_dir():
        return _tr("{path} is a folder. Add a file name, such as {example}.").format(
            path=path, example=path / "briefing.pdf"
        )
    if not path.parent.is_dir():
        return _tr("The folder {folder} does not exist. Choose another folder with Choose…").format(
            folder=path.parent
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return _tr(
            "You cannot save files in {folder}. Choose another folder, such as your Documents."
        ).format(folder=path.parent)
    return ""


class OutputPicker(QWidget):
    """A path field and a Save-as button; remembers which path the file dialog confirmed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirmed: Path | None = None  # the Save-as dialog already asked about replacing
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Output file"))
        self.edit.setPlaceholderText(self.tr("Where to save the PDF"))
        self.edit.textChanged.connect(self.changed)
        self.button = QPushButton(icon("mdi6.folder-outline"), self.tr("Choose…"), self)
        self.button.setAccessibleName(self.tr("Choose the output file"))
        self.button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return (
            path
            if path.suffix.lower() == ".pdf" or path.is_dir()
            else path.with_name(path.name + ".pdf")
        )

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))

    def choose(self) -> None:
        current = self.path()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save briefing as"),
            str(current) if current else str(documents_folder()),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            if not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
            self.confirmed = Path(chosen)
            self.edit.setText(chosen)

    def needs_replace_question(self) -> bool:
        path = self.path()
        return path is not None and path.exists() and path != self.confirmed


# --- failures -----------------------------------------------------------------------------

_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def explain_failure(exc: BaseException, path: Path) -> tuple[str, str]:
    """A headline and what to do about it, for a briefing that could not be written."""
    folder = str(path.parent)
    again = _tr("Your settings are kept: press Create briefing again.")
    if isinstance(exc, OSError):
        if isinstance(exc, PermissionError) or exc.errno in _NO_PERMISSION:
            return (
                _tr(
                    "The briefing could not be saved in {folder}: no permission to write there."
                ).format(folder=folder),
                _tr("Choose another folder (your Documents, for example). ") + again,
            )
        if exc.errno in _NO_SPACE:
            return (
                _tr("The disk is full: there is no room for the briefing in {folder}.").format(
                    folder=folder
                ),
                _tr("Free some space or choose a folder on another drive. Nothing was written. ")
                + again,
            )
        if isinstance(exc, FileNotFoundError):
            return (
                _tr("The folder {folder} no longer exists.").format(folder=folder),
                _tr("Choose another folder. ") + again,
            )
        reason = exc.strerror or str(exc) or type(exc).__name__
        return (
            _tr("The briefing could not be saved: {reason}.").format(reason=reason),
            _tr("Check the folder and the disk, or choose another folder. ") + again,
        )
    if isinstance(exc, FontsMissingError):
        return (
            _tr("The fonts briefings are printed with are missing from this installation."),
            _tr("Reinstall Incident Logger, then try again."),
        )
    name = type(exc).__name__
    detail = str(exc).splitlines()[0] if str(exc) else ""
    return (
        _tr("The briefing could not be made ({what}).").format(
            what=f"{name}: {detail}" if detail else name
        ),
        _tr("Try again. If it keeps failing, narrow the search and report the problem. ") + again,
    )


# --- the strip above the buttons ------------------------------------------------------------


class StatusStrip(QStackedWidget):
    """A hint, then the progress with Cancel, then the result with Open, or what went wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(
            self.tr("The PDF embeds its fonts and can be sent to anyone; the app is not needed."),
            self,
        )
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.addWidget(self.hint)

        self.progress_page = QWidget(self)
        self.progress_text = QLabel(self.progress_page)
        self.progress_bar = QProgressBar(self.progress_page)
        self.progress_bar.setAccessibleName(self.tr("Briefing progress"))
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(icon("cancel"), self.tr("Ca&ncel"), self.progress_page)
        self.cancel_button.setAccessibleName(self.tr("Cancel the briefing"))
        bar = QHBoxLayout()
        bar.addWidget(self.progress_bar, 1)
        bar.addWidget(self.cancel_button)
        column = QVBoxLayout(self.progress_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.progress_text)
        column.addLayout(bar)
        self.addWidget(self.progress_page)

        self.done_page = QWidget(self)
        self.done_icon = QLabel(self.done_page)
        self.done_title = QLabel(self.done_page)
        self.done_title.setObjectName("sectionTitle")
        self.done_detail = self._plain(self.done_page, muted=True)
        self.done_detail.setWordWrap(False)
        self.open_button = QPushButton(icon("briefing"), self.tr("Open P&DF"), self.done_page)
        self.open_button.setAccessibleName(self.tr("Open the PDF"))
        self.folder_button = QPushButton(
            icon("mdi6.folder-open-outline"), self.tr("Show in fold&er"), self.done_page
        )
        self.folder_button.setAccessibleName(self.tr("Show the PDF in its folder"))
        self._lay_out(self.done_page, self.done_icon, self.done_title, self.done_detail, 0)
        row = self.done_page.layout()
        assert isinstance(row, QHBoxLayout)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.addWidget(self.done_page)

        self.problem_page = QFrame(self)
        self.problem_page.setObjectName("banner")
        self.problem_icon = QLabel(self.problem_page)
        self.problem_text = self._plain(self.problem_page)
        self.problem_text.setAccessibleName(self.tr("Problem"))
        self.problem_text.setObjectName("sectionTitle")
        self.problem_advice = self._plain(self.problem_page)
        self._lay_out(
            self.problem_page, self.problem_icon, self.problem_text, self.problem_advice, 10
        )
        self.addWidget(self.problem_page)

    @staticmethod
    def _plain(parent: QWidget, muted: bool = False) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if muted:
            label.setObjectName("muted")
        return label

    @staticmethod
    def _lay_out(page: QWidget, mark: QLabel, first: QLabel, second: QLabel, pad: int) -> None:
        texts = QVBoxLayout()
        texts.setSpacing(3)
        texts.addWidget(first)
        texts.addWidget(second)
        texts.addStretch(1)
        row = QHBoxLayout(page)
        row.setContentsMargins(pad, pad - 2 if pad else 0, pad, pad - 2 if pad else 0)
        row.setSpacing(10)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)

    def show_hint(self) -> None:
        self.setCurrentWidget(self.hint)

    def show_progress(self, text: str, done: int = 0, total: int = 0) -> None:
        """``total`` 0 shows a busy bar (reading the data has no measurable steps)."""
        self.progress_text.setText(text)
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.setCurrentWidget(self.progress_page)

    def show_done(self, title: str, path: str, tip: str = "") -> None:
        """``path`` is elided in the middle so a deep folder never widens the dialog."""
        self.done_icon.setPixmap(icon("check", tones().success).pixmap(22, 22))
        self.done_title.setText(title)
        budget = max(200, self.width() - 320)
        metrics = self.done_detail.fontMetrics()
        self.done_detail.setText(metrics.elidedText(path, Qt.TextElideMode.ElideMiddle, budget))
        self.done_page.setToolTip("\n".join(t for t in (path, tip) if t))
        self.setCurrentWidget(self.done_page)

    def show_problem(self, headline: str, advice: str, icon_name: str = "error") -> None:
        colour = tones().error if icon_name == "error" else None
        self.problem_icon.setPixmap(icon(icon_name, colour).pixmap(22, 22))
        self.problem_text.setText(headline)
        self.problem_advice.setText(advice)
        self.setCurrentWidget(self.problem_page)
