"""The Incidents page's editor follows a new search: it shows a row of the results, never one
the search left out.

When the results of a new search (typed words, a filter) arrive and the editor holds no typing:
an incident the results still hold stays; otherwise the first row becomes current and opens. A
search with no results blanks the editor, and the next one with results fills it again; a new
incident the analyst started is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from incident_logger.ui.incidents.page import IncidentsPage


class SearchFollower(QObject):
    """Connects to the page's search box and list; ``blank_by_search`` is True while the
    editor is blank because a search left its incident out (a new incident clears it)."""

    def __init__(self, page: IncidentsPage) -> None:
        super().__init__(page)
        self._page = page
        self._pending = False  # a new search was asked for; its results have not come yet
        self.blank_by_search = False
        page.list.search.query_changed.connect(self._on_search_changed)
        page.list.model.loaded.connect(self._on_results_loaded)

    def _on_search_changed(self, _text: str) -> None:
        self._pending = True

    def _on_results_loaded(self) -> None:
        if not self._pending:
            return
        self._pending = False
        page = self._page
        shown = page.editor.incident_id
        if page.editor.is_dirty():
            return
        if shown is None and not self.blank_by_search:
            return  # the user's own new incident
        model = page.list.model
        if shown is not None and model.row_of(shown) is not None:
            return
        if model.rowCount():
            self.blank_by_search = False
            page.list.table.selectRow(0)  # the first row becomes current, and opens
            first = page.list.table.current_id()
            if first is not None and first != page.editor.incident_id:
                page.open_incident(first, select=False)
        elif shown is not None:
            self.blank_by_search = True
            page.show_incident(None)
