"""The incident table model: ids in search order, pages fetched by keyset on the worker.

The model holds every loaded id (8 bytes each) and a bounded cache of row summaries. New
pages come from ``search_incidents`` with a cursor (never OFFSET) via canFetchMore/fetchMore;
rows evicted from the cache are read back by id, a few hundred at a time. Sorting re-queries.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from incident_logger.domain.query import Node
from incident_logger.services.search import (
    PAGE_SIZE,
    Cursor,
    IncidentSummary,
    QueryArg,
    SearchPage,
    SortKey,
    count_incidents_interruptible,
    search_incidents,
    summaries_of,
)
from incident_logger.store.engine import Database
from incident_logger.ui import place_names, theme
from incident_logger.ui.incidents.columns import (
    ALIGN_NUMBER,
    ALIGN_TEXT,
    Column,
    incident_columns,
)
from incident_logger.ui.tasks import Task, TaskRunner

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CACHE_ROWS = 3000
MAX_PAGE = 4000
REFILL = 150  # rows read back around an evicted row

_Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    "reported": "#8a94a3",
    "confirmed": "#2e9d5b",
    "disputed": "#d9822b",
    "closed": "#5b6bd6",
}


class IncidentTableModel(QAbstractTableModel):
    """Rows of incidents matching a query, in the database's sort order."""

    loading_changed = Signal(bool)
    loaded = Signal()  # a new query's first page is in
    query_failed = Signal(object)  # the exception (QuerySyntaxError has .position/.message)
    count_ready = Signal(int)  # how many incidents match the query
    notes_changed = Signal(list)  # notes from the search (e.g. unknown region)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        columns: list[Column] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self.columns = columns or incident_columns()
        self.query: QueryArg = None  # parsed (or text, parsed once on the worker)
        self.restriction: Node | None = None
        self.sort_key = SortKey()
        self._ids: array[int] = array("q")
        self._cache: OrderedDict[int, IncidentSummary] = OrderedDict()
        self._cursor: Cursor | None = None
        self._generation = 0
        self._page_task: Task[Any] | None = None
        self._count_task: Task[Any] | None = None
        self._next_limit = PAGE_SIZE
        self.matching: int | None = None
        self.loading = False
        self.has_loaded = False

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        incident_id = self._ids[index.row()]
        if role == ID_ROLE:
            return incident_id
        summary = self.summary_at(index.row())
        if summary is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, summary)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGN_NUMBER if column.numeric else ALIGN_TEXT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.unstated(summary):
                return theme.tones().muted
            return None
        if role == Qt.ItemDataRole.DecorationRole and column.key == "status":
            return QColor(STATUS_COLOURS.get(summary.status, "#8a94a3"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGN_NUMBER if column.numeric else ALIGN_TEXT)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: _Index) -> bool:
        if parent.isValid():
            return False
        return self._cursor is not None and self._page_task is None

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        self._submit_page(self._cursor, self._next_limit, reset=False)
        self._next_limit = min(MAX_PAGE, self._next_limit * 2)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = SortKey(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)
        if key != self.sort_key:
            self.sort_key = key
            self.reload()

    # --- loading --------------------------------------------------------------------

    def set_query(self, query: QueryArg, restriction: Node | None = None) -> None:
        """Show what ``query`` selects within ``restriction`` (e.g. the Trash's)."""
        self.query, self.restriction = query, restriction
        self.reload()

    def reload(self, keep_rows: bool = False) -> None:
        """Start loading the first page of the current query and sort (on the worker).

        ``keep_rows`` re-reads as many rows as are loaded now (up to MAX_PAGE), so that a
        refresh after an edit keeps the user's place.
        """
        limit = PAGE_SIZE
        if keep_rows:
            limit = max(PAGE_SIZE, min(len(self._ids), MAX_PAGE))
        self._submit_page(None, limit, reset=True)

    def _submit_page(self, cursor: Cursor | None, limit: int, reset: bool) -> None:
        if reset:
            self._generation += 1
            for task in (self._page_task, self._count_task):
                if task is not None:
                    task.cancel()
            self._count_task = None
            self._next_limit = PAGE_SIZE
        generation = self._generation
        query, sort = self.query, self.sort_key
        self._page_task = self._runner.submit(
            partial(
                search_incidents,
                restriction=self.restriction,
                sort=sort,
                cursor=cursor,
                limit=limit,
            ),
            self._db,
            query,
            on_done=lambda page: self._on_page(generation, page, reset),
            on_error=lambda exc: self._on_error(generation, exc),
            description="search",
        )
        self._set_loading(True)

    def _on_page(self, generation: int, page: SearchPage, reset: bool) -> None:
        if generation != self._generation:
            return
        self._page_task = None
        # State first: views and testers may call canFetchMore inside the signals below.
        self._cursor = page.next_cursor
        ids = array("q", (s.id for s in page.rows))
        if reset:
            self.beginResetModel()
            self._ids = ids
            self._cache.clear()
            self._remember(page.rows)
            self.endResetModel()
            self.has_loaded = True
            self.notes_changed.emit(list(page.notes))
            self._set_loading(False)
            self.loaded.emit()
            self._start_count(generation, page)
            return
        if ids:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
            self._ids.extend(ids)
            self._remember(page.rows)
            self.endInsertRows()
        self._set_loading(self._page_task is not None)

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._page_task = None
        self._set_loading(False)
        self.query_failed.emit(exc)

    def _start_count(self, generation: int, page: SearchPage) -> None:
        if page.next_cursor is None:
            self._on_count(generation, len(page.rows))
            return
        self.matching = None
        self._count_task = self._runner.submit(
            partial(count_incidents_interruptible, restriction=self.restriction),
            self._db,
            self.query,
            on_done=lambda n: self._on_count(generation, n),
            on_error=lambda exc: None,
            description="count",
        )

    def _on_count(self, generation: int, n: int) -> None:
        if generation == self._generation:
            self._count_task = None
            self.matching = n
            self.count_ready.emit(n)

    def cancel_loading(self) -> None:
        """Stop waiting for the running search (its result is dropped; the rows stay)."""
        self._generation += 1
        for task in (self._page_task, self._count_task):
            if task is not None:
                task.cancel()
        self._page_task = self._count_task = None
        self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    # --- rows -----------------------------------------------------------------------

    def _remember(self, rows: list[IncidentSummary]) -> None:
        for s in rows:
            self._cache[s.id] = s
            self._cache.move_to_end(s.id)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def summary_at(self, row: int) -> IncidentSummary | None:
        """The summary of a row, read back by id (with its neighbours) if it left the cache."""
        incident_id = self._ids[row]
        found = self._cache.get(incident_id)
        if found is not None:
            return found
        span = max(1, min(REFILL, CACHE_ROWS // 4))
        lo, hi = max(0, row - span), min(len(self._ids), row + span)
        wanted = [i for i in self._ids[lo:hi] if i not in self._cache]
        rows = summaries_of(self._db, wanted)
        self._remember(rows)
        return next((s for s in rows if s.id == incident_id), None)

    def versions_of(self, ids: list[int]) -> dict[int, int]:
        """The version each row shows (of those loaded): a move from the list expects it."""
        seen: dict[int, int] = {}
        for incident_id in ids:
            row = self.row_of(incident_id)
            summary = self.summary_at(row) if row is not None else None
            if summary is not None:
                seen[incident_id] = summary.version
        return seen

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, incident_id: int) -> int | None:
        try:
            return self._ids.index(incident_id)
        except ValueError:
            return None

    def loaded_ids(self) -> list[int]:
        return list(self._ids)

    def more_available(self) -> bool:
        return self._cursor is not None

    def _tooltip(self, column: Column, s: IncidentSummary) -> str:
        if column.unstated(s):
            return self.tr("Not stated")
        if column.key == "title":
            return s.title
        if column.key == "damage" and s.damage_summary:
            return s.damage_summary
        if column.key == "region" and s.region:
            return place_names.tooltip(s.region)
        return column.text(s)
