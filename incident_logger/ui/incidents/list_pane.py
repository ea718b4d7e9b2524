"""Search box, filter panel and incident table together, with selection kept by id."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from incident_logger.domain.query import QuerySyntaxError, parse_query
from incident_logger.store.engine import Database
from incident_logger.ui.incidents.columns import Column
from incident_logger.ui.incidents.filter_panel import FilterPanel
from incident_logger.ui.incidents.search_bar import SearchBar
from incident_logger.ui.incidents.table_model import IncidentTableModel
from incident_logger.ui.incidents.table_view import IncidentTableView
from incident_logger.ui.tasks import TaskRunner


class IncidentListPane(QWidget):
    """A searchable, sortable list of incidents; ``base_query`` narrows every search.

    ``base_query`` is parsed once and travels beside the typed search as its restriction.
    """

    current_id_changed = Signal(object)  # int | None
    activated_id = Signal(int)
    counts_changed = Signal()  # shown / matching changed

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        *,
        base_query: str = "",
        columns: list[Column] | None = None,
        with_filters: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.base_query = base_query
        self.restriction = parse_query(base_query)
        self.model = IncidentTableModel(db, runner, columns, self)
        self.search = SearchBar(db if with_filters else None, self)
        self.filters = FilterPanel(db, self) if with_filters else None
        self.table = IncidentTableView(self.model, self)
        self._keep_ids: list[int] = []
        self._keep_current: int | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        if self.filters is not None:
            self.filters.hide()
            layout.addWidget(self.filters)
            self.search.filters_toggled.connect(self.filters.setVisible)
            self.filters.tokens_changed.connect(self.search.replace_tokens)
        else:
            self.search.filter_button.hide()
        layout.addWidget(self.table, 1)

        self.search.query_changed.connect(self._on_query)
        self.model.query_failed.connect(self._on_query_failed)
        self.model.notes_changed.connect(self.search.set_notes)
        self.model.loaded.connect(self._restore_selection)
        self.model.count_ready.connect(self._emit_counts)
        self.model.rowsInserted.connect(self._emit_counts)
        self.model.modelReset.connect(self._emit_counts)
        self.table.current_id_changed.connect(self.current_id_changed)
        self.table.activated_id.connect(self.activated_id)
        self.setFocusProxy(self.search)

    def _emit_counts(self, *_args: object) -> None:
        self.counts_changed.emit()

    # --- queries --------------------------------------------------------------------

    def effective_query(self) -> str:
        """The typed search, for dialogs that show it (export, briefing); ``base_query``
        is not in it."""
        return self.search.text()

    def start(self) -> None:
        """Load the first page (the search box's current text)."""
        self._load(self.search.text())

    def _on_query(self, text: str) -> None:
        self._remember_selection()
        self._load(text)

    def _load(self, text: str) -> None:
        try:
            query = self.search.parsed(text)
        except QuerySyntaxError as exc:
            self._on_query_failed(exc)
            return
        self.model.set_query(query, self.restriction)

    def _on_query_failed(self, exc: object) -> None:
        if isinstance(exc, QuerySyntaxError | ValueError):
            self.search.show_error(exc)
        else:
            self.search.show_error(RuntimeError(self.tr("The search failed: {e}").format(e=exc)))

    def refresh(self, select: int | None = None) -> None:
        """Re-read the rows after a change, keeping the selection (or selecting ``select``)
        and the loaded depth."""
        if select is None:
            self._remember_selection()
        else:
            self._keep_ids, self._keep_current = [select], select
        self.model.reload(keep_rows=True)

    def _remember_selection(self) -> None:
        self._keep_ids = self.table.selected_ids()
        self._keep_current = self.table.current_id()

    def _restore_selection(self) -> None:
        if self._keep_ids or self._keep_current is not None:
            self.table.select_ids(self._keep_ids, self._keep_current)

    def select_id(self, incident_id: int | None) -> bool:
        """Make this incident current (if loaded); it stays selected across refreshes."""
        self._keep_ids = [] if incident_id is None else [incident_id]
        self._keep_current = incident_id
        if incident_id is None:
            self.table.clearSelection()
            return False
        return self.table.select_ids([incident_id], incident_id)

    # --- navigation -----------------------------------------------------------------

    def step(self, delta: int) -> int | None:
        """Move the current row by ``delta``; returns the new current id."""
        rows = self.model.rowCount()
        if rows == 0:
            return None
        index = self.table.currentIndex()
        row = 0 if not index.isValid() else max(0, min(rows - 1, index.row() + delta))
        self.table.selectRow(row)
        return self.table.current_id()

    def shown(self) -> int:
        return self.model.rowCount()

    def matching(self) -> int | None:
        return self.model.matching
