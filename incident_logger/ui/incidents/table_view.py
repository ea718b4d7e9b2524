"""The incident table view: fixed row heights, movable and hideable columns, an empty state."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from incident_logger.ui.incidents.table_model import IncidentTableModel
from incident_logger.ui.widgets.empty_state import EmptyState


class IncidentTableView(QTableView):
    """A QTableView tuned for a million rows (no ResizeToContents, fixed row height)."""

    current_id_changed = Signal(object)  # int | None
    activated_id = Signal(int)  # Enter or double-click on a row

    def __init__(self, model: IncidentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("incidentTable")
        self.setAccessibleName(self.tr("Incidents"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.apply_default_widths()
        header.setSortIndicator(self._column_of(model.sort_key.column), self._order())
        self.setSortingEnabled(True)
        self.empty = EmptyState(self.viewport())
        self.empty.hide()
        model.modelReset.connect(self._update_empty)
        model.rowsInserted.connect(self._update_empty)
        model.loading_changed.connect(self._update_empty)
        self.selectionModel().currentRowChanged.connect(self._on_current)
        self.doubleClicked.connect(self._on_activated)

    def incident_model(self) -> IncidentTableModel:
        model = self.model()
        assert isinstance(model, IncidentTableModel)
        return model

    def _column_of(self, key: str) -> int:
        keys = [c.key for c in self.incident_model().columns]
        return keys.index(key) if key in keys else 0

    def _order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder
            if self.incident_model().sort_key.descending
            else Qt.SortOrder.AscendingOrder
        )

    def sync_sort_indicator(self) -> None:
        """Show the model's sort key in the header (after the key was set directly)."""
        key = self.incident_model().sort_key
        self.horizontalHeader().setSortIndicator(self._column_of(key.column), self._order())

    def apply_default_widths(self) -> None:
        for i, column in enumerate(self.incident_model().columns):
            self.setColumnWidth(i, column.width)

    # --- selection by id ----------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.incident_model().id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        model = self.incident_model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [i for i in (model.id_at(r) for r in rows) if i is not None]

    def select_ids(self, ids: list[int], current: int | None) -> bool:
        """Select these incidents where loaded; True if ``current`` was found."""
        model = self.incident_model()
        selection = self.selectionModel()
        found_current = False
        with_signals = selection.blockSignals(True)
        selection.clear()
        for incident_id in ids:
            row = model.row_of(incident_id)
            if row is not None:
                selection.select(
                    model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if current is not None:
            row = model.row_of(current)
            if row is not None:
                found_current = True
                selection.setCurrentIndex(model.index(row, 0), selection.SelectionFlag.NoUpdate)
                self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        selection.blockSignals(with_signals)
        self.viewport().update()
        return found_current

    def _on_current(self, current: object, _previous: object) -> None:
        self.current_id_changed.emit(self.current_id())

    def _on_activated(self, index: object) -> None:
        current = self.current_id()
        if current is not None:
            self.activated_id.emit(current)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id():
            current = self.current_id()
            assert current is not None
            self.activated_id.emit(current)
            return
        super().keyPressEvent(event)

    # --- columns ------------------------------------------------------------------------

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        header = self.horizontalHeader()
        for i, column in enumerate(self.incident_model().columns):
            action = QAction(column.title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda shown, i=i: self._set_column_shown(i, shown))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        menu.exec(header.mapToGlobal(pos))

    def _set_column_shown(self, section: int, shown: bool) -> None:
        header = self.horizontalHeader()
        visible = header.count() - header.hiddenSectionCount()
        if not shown and visible <= 1:
            return  # keep at least one column
        header.setSectionHidden(section, not shown)

    def reset_columns(self) -> None:
        header = self.horizontalHeader()
        for i in range(header.count()):
            header.setSectionHidden(i, False)
            header.moveSection(header.visualIndex(i), i)
        self.apply_default_widths()

    def save_columns(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_columns(self, state: QByteArray | bytes | None) -> None:
        if state:
            self.horizontalHeader().restoreState(QByteArray(state))

    # --- empty state ----------------------------------------------------------------

    def set_empty_text(self, title: str, hint: str) -> None:
        self.empty.set_text(title, hint)
        self._update_empty()

    def _update_empty(self, *_args: object) -> None:
        model = self.incident_model()
        show = model.has_loaded and model.rowCount() == 0 and not model.loading
        self.empty.setVisible(show)
        if show:
            self.empty.setGeometry(self.viewport().rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.empty.setGeometry(self.viewport().rect())
