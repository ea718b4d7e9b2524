"""The filter panel: common filters that write search-language tokens into the search box."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from incident_logger.domain.enums import PlaceKind, Status
from incident_logger.services.categories import list_categories
from incident_logger.store.engine import Database
from incident_logger.store.errors import DatabaseError
from incident_logger.ui import place_names, words
from incident_logger.ui.icons import themed
from incident_logger.ui.messages import error_text

_NO_DATE = QDate(1900, 1, 1)


def quoted(value: str) -> str:
    """A search-language value, quoted when it holds spaces or quotes."""
    if value and all(ch.isalnum() or ch in "-_.'" for ch in value):
        return value
    return '"' + value.replace('"', " ") + '"'


class FilterPanel(QWidget):
    """Emits ``tokens_changed(old, new)``; the search bar swaps old tokens for new."""

    tokens_changed = Signal(list, list)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._tokens: list[str] = []
        self._loading = False
        self._choices_wanted = True  # filled when the panel first shows (start-up stays light)
        self.date_from = self._date_edit(self.tr("From date"))
        self.date_to = self._date_edit(self.tr("To date"))
        self.region = self._combo(self.tr("Region"))
        self.category = self._combo(self.tr("Category"))
        self.status = self._combo(self.tr("Status"))
        self.grade = self._combo(self.tr("Source grade"))
        self.has_damage = QCheckBox(self.tr("Has damage"), self)
        self.has_damage.setAccessibleName(self.tr("Only incidents with damage"))
        self.has_damage.toggled.connect(self._changed)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        themed(self.clear_button, "filter-clear")
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        # Two pairs a row: the panel must fit the list pane beside the editor, or opening it
        # widens the window and clips the editor's right edge.
        cells = (
            (0, 0, self.tr("From"), self.date_from),
            (0, 2, self.tr("to"), self.date_to),
            (1, 0, self.tr("Region"), self.region),
            (1, 2, self.tr("Category"), self.category),
            (2, 0, self.tr("Status"), self.status),
            (2, 2, self.tr("Grade"), self.grade),
        )
        for row, column, label, widget in cells:
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.has_damage, 0, 4)
        grid.addWidget(self.clear_button, 2, 4)
        grid.setColumnStretch(5, 1)

    def showEvent(self, event: QShowEvent) -> None:
        if self._choices_wanted:
            self.reload_choices()
        super().showEvent(event)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(_NO_DATE)
        edit.dateChanged.connect(self._changed)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _regions(self) -> list[str]:
        from incident_logger.services.places import list_places  # the ORM: not at start-up

        try:
            places = list_places(self._db)
        except DatabaseError as exc:  # the list of places is not read from a team database yet
            self.region.setToolTip(error_text(exc))
            return []
        return [p.draft.name for p in places if p.draft.kind == PlaceKind.REGION]

    def reload_choices(self) -> None:
        """Refill the region and category lists (after places or categories changed); while the
        panel has never been shown, only note that they are wanted."""
        if not self.isVisible():
            self._choices_wanted = True
            return
        self._choices_wanted = False
        self._loading = True
        try:
            regions = self._regions()
            shown = sorted((place_names.shown(r), r) for r in regions)
            self._fill(self.region, self.tr("Any region"), shown)
            self._fill(
                self.category,
                self.tr("Any category"),
                [(words.category(c), c) for c in list_categories(self._db)],
            )
            self._fill(
                self.status,
                self.tr("Any status"),
                [(words.status(s), s.value) for s in Status],
            )
            grades = [
                (self.tr("A only"), "A"),
                (self.tr("B or better"), "B"),
                (self.tr("C or better"), "C"),
                (self.tr("D or better"), "D"),
            ]
            self._fill(self.grade, self.tr("Any grade"), grades)
        finally:
            self._loading = False

    @staticmethod
    def _fill(combo: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, "")
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(blocked)

    def tokens(self) -> list[str]:
        out: list[str] = []
        if self.date_from.date() != _NO_DATE:
            out.append("from:" + self.date_from.date().toString("yyyy-MM-dd"))
        if self.date_to.date() != _NO_DATE:
            out.append("to:" + self.date_to.date().toString("yyyy-MM-dd"))
        for combo, name in (
            (self.region, "region"),
            (self.category, "category"),
            (self.status, "status"),
        ):
            value = combo.currentData()
            if value:
                out.append(f"{name}:{quoted(str(value))}")
        grade = self.grade.currentData()
        if grade:
            out.append(f"reliability:<={grade}" if grade != "A" else "reliability:A")
        if self.has_damage.isChecked():
            out.append("has:damage")
        return out

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        new = self.tokens()
        old, self._tokens = self._tokens, new
        if old != new:
            self.tokens_changed.emit(old, new)

    def clear(self) -> None:
        self._loading = True
        for edit in (self.date_from, self.date_to):
            edit.setDate(_NO_DATE)
        for combo in (self.region, self.category, self.status, self.grade):
            combo.setCurrentIndex(0)
        self.has_damage.setChecked(False)
        self._loading = False
        self._changed()

    def forget_tokens(self) -> None:
        """The user rewrote the query by hand: the panel's earlier tokens are theirs now."""
        self._tokens = []
