"""The count reports' search box: the incidents' search language, checked as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from incident_logger.domain.query import QuerySyntaxError
from incident_logger.services.counts_query import parse_count_query
from incident_logger.ui.icons import icon, themed
from incident_logger.ui.messages import query_error
from incident_logger.ui.widgets.field_error import mark_invalid

DEBOUNCE_MS = 250


class CountSearchBox(QWidget):
    """Emits ``query_changed`` a moment after the last keystroke, for queries that parse."""

    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emitted = ""
        self.edit = QLineEdit()
        self.edit.setObjectName("countSearch")
        self.edit.setAccessibleName(self.tr("Search count reports"))
        self.edit.setPlaceholderText(
            self.tr("Words in notes and lines, source:ministry, region:Брянская, from:2026-09-01 …")
        )
        self.edit.setToolTip(
            self.tr(
                'Words and "phrases" are looked up in the notes, in the lines (regions, their '
                "other names and notes) and in the source's name; word* matches the start of "
                "words; -word leaves out. Filters: source:, region: (a city finds its region's "
                "lines), from:, to: (the period covered) and reliability:<=B."
            )
        )
        self.edit.setClearButtonEnabled(True)
        lens = self.edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        # themed() below keeps it in the palette's colours
        themed(lens, "search")
        self.error = QLabel()
        self.error.setObjectName("queryError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Search problem"))
        self.error.hide()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.textChanged.connect(self._on_changed)
        self.edit.returnPressed.connect(self.commit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        """The last query that parsed and was sent (what the list shows)."""
        return self._emitted

    def clear(self) -> None:
        self.edit.clear()
        self.commit()

    def _on_changed(self, text: str) -> None:
        if not text:  # the clear button, or everything deleted: show everything at once
            self.commit()

    def commit(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        try:
            parse_count_query(text)
        except QuerySyntaxError as exc:
            where = self.tr("at character {0}").format(exc.position + 1)
            self.error.setText(f"{query_error(exc)} ({where})")
            self.error.show()
            mark_invalid(self.edit, True)
            return
        self.error.hide()
        mark_invalid(self.edit, False)
        if text != self._emitted:
            self._emitted = text
            self.query_changed.emit(text)
