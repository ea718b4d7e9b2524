"""The search box: query language as you type (debounced), inline syntax errors, saved searches."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.errors import ValidationError
from incident_logger.domain.messages import Message
from incident_logger.domain.query import FIELDS, Node, QuerySyntaxError, parse_query
from incident_logger.services.saved_searches import (
    delete_saved_search,
    list_saved_searches,
    save_search,
)
from incident_logger.store.engine import Database
from incident_logger.ui.icons import icon, themed
from incident_logger.ui.messages import error_text, query_error
from incident_logger.ui.messages import text as message_text

DEBOUNCE_MS = 180


class SearchBar(QWidget):
    """Emits ``query_changed`` ~200 ms after the last keystroke, only for well-formed queries."""

    query_changed = Signal(str)
    filters_toggled = Signal(bool)

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._last_emitted: str | None = None
        self._parsed: tuple[str, Node | None] = ("", None)  # the last text that parsed
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchBox")
        self.edit.setAccessibleName(self.tr("Search incidents"))
        self.edit.setPlaceholderText(
            self.tr('Search words, "phrases", region:Калуга, from:2026-09-01, has:damage …')
        )
        self.edit.setClearButtonEnabled(True)
        lens = self.edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        themed(lens, "search")
        self.edit.setToolTip(self._help_text())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._commit_typed)
        self.edit.textChanged.connect(self._on_text)
        self.edit.returnPressed.connect(self.commit)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.edit.clear)

        self.filter_button = QToolButton(self)
        themed(self.filter_button, "filter")
        self.filter_button.setText(self.tr("Filters"))
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filter_button.setCheckable(True)
        self.filter_button.setAccessibleName(self.tr("Show filters"))
        self.filter_button.setToolTip(self.tr("Date range, region, category, status, grade"))
        self.filter_button.toggled.connect(self.filters_toggled)

        self.saved_button = QToolButton(self)
        themed(self.saved_button, "bookmark")
        self.saved_button.setText(self.tr("Saved"))
        self.saved_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_button.setObjectName("savedSearches")
        self.saved_button.setAccessibleName(self.tr("Saved searches"))
        self.saved_menu = QMenu(self.saved_button)
        self.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        self.saved_button.setMenu(self.saved_menu)
        self.saved_button.setVisible(db is not None)

        self.error = QLabel(self)
        self.error.setObjectName("queryError")
        self.error.setAccessibleName(self.tr("Search error"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.note = QLabel(self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.edit, 1)
        row.addWidget(self.filter_button)
        row.addWidget(self.saved_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        self.setFocusProxy(self.edit)

    def _help_text(self) -> str:
        lines = [self.tr("Search language: words match title, narrative, places and sources.")]
        lines += [f"{name}: {text}" for name, text in FIELDS.items()]
        lines.append(self.tr("Combine with spaces (and), or, -not, (parentheses)."))
        return "\n".join(lines)

    # --- text -----------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str, commit: bool = True) -> None:
        self.edit.setText(text)
        if commit:
            self.commit()

    def _on_text(self, _text: str) -> None:
        self._timer.start()

    def _commit_typed(self) -> None:
        """A pause in typing: check and emit, but leave the cursor where the person types."""
        self.commit(move_cursor=False)

    def commit(self, move_cursor: bool = True) -> None:
        """Check the query now and emit it if it is well formed and new."""
        self._timer.stop()
        text = self.edit.text()
        if not self.validate(text, move_cursor):
            return
        if text != self._last_emitted:
            self._last_emitted = text
            self.query_changed.emit(text)

    def validate(self, text: str, move_cursor: bool = True) -> bool:
        try:
            self._parsed = (text, parse_query(text))
        except QuerySyntaxError as exc:
            self.show_error(exc, move_cursor)
            return False
        self.clear_error()
        return True

    def parsed(self, text: str | None = None) -> Node | None:
        """The tree of ``text`` (default: the box's text); QuerySyntaxError if malformed."""
        text = self.edit.text() if text is None else text
        return self._parsed[1] if text == self._parsed[0] else parse_query(text)

    def show_error(self, exc: BaseException, move_cursor: bool = True) -> None:
        if isinstance(exc, QuerySyntaxError):
            where = self.tr("at character {n}").format(n=exc.position + 1)
            message = f"{query_error(exc)} ({where})"
            if move_cursor:
                self.edit.setCursorPosition(min(exc.position, len(self.edit.text())))
        else:
            message = error_text(exc)
        self.error.setText(message)
        self.error.show()
        self.edit.setProperty("invalid", True)
        self._repolish()

    def clear_error(self) -> None:
        if self.error.isVisible() or self.edit.property("invalid"):
            self.error.hide()
            self.edit.setProperty("invalid", False)
            self._repolish()

    def _repolish(self) -> None:
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def set_notes(self, notes: list[Message]) -> None:
        self.note.setText("\n".join(message_text(n) for n in notes))
        self.note.setVisible(bool(notes))

    def replace_tokens(self, old: list[str], new: list[str]) -> None:
        """Swap the filter panel's previous tokens for its new ones, keeping the user's text."""
        text = self.edit.text()
        for token in old:
            text = text.replace(token, " ")
        words = " ".join(text.split())
        self.set_text(" ".join([w for w in [words, *new] if w]))

    # --- saved searches ------------------------------------------------------------

    def _fill_saved_menu(self) -> None:
        menu = self.saved_menu
        menu.clear()
        if self._db is None:
            return
        save = menu.addAction(icon("bookmark-add"), self.tr("Save this search…"))
        save.setEnabled(bool(self.text().strip()))
        save.triggered.connect(self.save_current)
        searches = list_saved_searches(self._db)
        if searches:
            menu.addSeparator()
        for saved in searches:
            action = QAction(saved.name, menu)
            action.setToolTip(saved.query)
            action.triggered.connect(lambda _=False, q=saved.query: self.set_text(q))
            menu.addAction(action)
        if searches:
            menu.addSeparator()
            remove = menu.addMenu(icon("delete"), self.tr("Delete a saved search"))
            for saved in searches:
                gone = remove.addAction(saved.name)
                gone.triggered.connect(partial(self._delete_saved, saved.id))
        menu.setToolTipsVisible(True)

    def save_current(self) -> None:
        if self._db is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save search"), self.tr("Name for this search:")
        )
        if not ok or not name.strip():
            return
        try:
            save_search(self._db, name, self.text())
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the search"), error_text(exc))

    def _delete_saved(self, search_id: int, _checked: bool = False) -> None:
        if self._db is not None:
            delete_saved_search(self._db, search_id)
