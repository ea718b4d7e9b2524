"""Help menu windows: every keyboard shortcut of the window, and the search language reference.

The search language is described once, in ``resources/search-language.md``; the README links to
that file and this window shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from incident_logger.resources import resource_path
from incident_logger.ui.i18n import tr
from incident_logger.ui.main_actions import shortcut_rows, shortcuts_help

if TYPE_CHECKING:
    from incident_logger.ui.main_window import MainWindow

SEARCH_LANGUAGE_FILE = ("search-language.md",)


def search_language_text() -> str:
    """The search language reference (Markdown), as shipped."""
    return resource_path(*SEARCH_LANGUAGE_FILE).read_text(encoding="utf-8")


def shortcut_sections(w: MainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, rows) for the whole window: its own actions, then each page's own keys."""
    w.build_all_pages()  # a page defines its keys when built
    window_actions = list(w.actions_.by_name.values())
    sections = [(tr("Everywhere"), shortcut_rows(window_actions))]
    seen = set(map(id, window_actions))
    for row in range(w.nav.count()):
        item = w.nav.item(row)
        page = w.pages.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if page is None:
            continue
        own = [a for a in page.findChildren(QAction) if id(a) not in seen]
        seen.update(map(id, own))
        sections.append((item.text(), shortcut_rows(own)))
    return sections


def _window(parent: QWidget, title: str, name: str) -> tuple[QDialog, QTextBrowser]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName(name)
    text = QTextBrowser(dialog)
    text.setOpenExternalLinks(True)
    text.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    dialog.resize(720, 640)
    return dialog, text


def shortcuts_dialog(w: MainWindow) -> QDialog:
    dialog, text = _window(w, tr("Keyboard shortcuts"), "shortcutsDialog")
    text.setHtml(shortcuts_help(w, shortcut_sections(w)))
    return dialog


def search_language_dialog(parent: QWidget) -> QDialog:
    dialog, text = _window(parent, tr("Search language"), "searchLanguageDialog")
    text.setMarkdown(search_language_text())
    return dialog


def show_shortcuts(w: MainWindow) -> None:
    shortcuts_dialog(w).exec()


def show_search_language(w: MainWindow) -> None:
    search_language_dialog(w).exec()
