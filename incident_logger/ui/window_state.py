"""Window state kept between runs: geometry, splitter, columns, page, theme (QSettings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from incident_logger.ui.settings import read_bytes, read_str

if TYPE_CHECKING:
    from incident_logger.ui.main_window import MainWindow


def restore(w: MainWindow) -> None:
    """Geometry, toolbars, splitter, columns, page and filter panel as they were."""
    s = w.settings
    geometry = read_bytes(s, "window/geometry")
    if geometry is None or not w.restoreGeometry(geometry):
        w.resize(1440, 860)
    state = read_bytes(s, "window/state")
    if state is not None:
        w.restoreState(state)
    splitter = read_bytes(s, "incidents/splitter")
    if splitter is not None:
        w.incidents.splitter.restoreState(splitter)
    w.incidents.list.table.restore_columns(read_bytes(s, "incidents/columns"))
    w.trash.list.table.restore_columns(read_bytes(s, "trash/columns"))
    w.show_page(read_str(s, "window/page", "incidents"))
    if w.nav.currentRow() < 0:
        w.nav.setCurrentRow(0)
    filters = w.incidents.list.filters
    if filters is not None and s.value("incidents/filters", False) in (True, "true"):
        w.incidents.list.search.filter_button.setChecked(True)


def save(w: MainWindow) -> None:
    s = w.settings
    s.setValue("window/geometry", w.saveGeometry())
    s.setValue("window/state", w.saveState())
    s.setValue("window/page", w.page_key())
    s.setValue("incidents/splitter", w.incidents.splitter.saveState())
    s.setValue("incidents/columns", w.incidents.list.table.save_columns())
    s.setValue("trash/columns", w.trash.list.table.save_columns())
    s.setValue("incidents/filters", w.incidents.list.search.filter_button.isChecked())
    if w.theme is not None:
        s.setValue("view/theme", w.theme.mode.value)
    s.sync()
