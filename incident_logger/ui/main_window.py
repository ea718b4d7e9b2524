"""The main window: navigation, pages, menus, toolbar, status bar and remembered state."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from incident_logger.domain.changes import EVERYTHING, Changes
from incident_logger.services.search import count_incidents
from incident_logger.store.engine import Database
from incident_logger.store.errors import DatabaseError
from incident_logger.ui import main_menus, window_state
from incident_logger.ui.change_hub import ChangeHub
from incident_logger.ui.i18n import number
from incident_logger.ui.icons import app_icon, icon, refresh_themed
from incident_logger.ui.incidents.page import IncidentsPage
from incident_logger.ui.incidents.trash_page import TrashPage
from incident_logger.ui.main_actions import Actions, refresh_icons
from incident_logger.ui.maintenance import Maintenance
from incident_logger.ui.page_list import INCIDENT_PAGES, PAGES, Page, PageSpec
from incident_logger.ui.tasks import TaskRunner, shared_runner
from incident_logger.ui.team import read_only
from incident_logger.ui.theme import Theme
from incident_logger.ui.widgets import table_keys, views
from incident_logger.ui.widgets.task_progress import SearchProgress, TaskProgress

log = logging.getLogger(__name__)
BACKUP_DELAY_MS = 4000  # after the first rows are on screen


class _AfterPaint(QObject):
    """Runs a function once, on the first paint of ``widget`` after ``arm``."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then: Callable[[], object] | None = then
        self._armed = False
        widget.installEventFilter(self)

    def arm(self) -> None:
        self._armed = True
        widget = self.parent()
        if isinstance(widget, QWidget) and not widget.isVisible():  # another page is shown
            self._fire(widget)

    def fire_now(self, *_args: object) -> None:
        """No rows will come (the first query failed): run it anyway."""
        widget = self.parent()
        if isinstance(widget, QWidget):
            self._fire(widget)

    def _fire(self, watched: QObject) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            QTimer.singleShot(0, then)  # once the paint under way is done
            watched.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint:
            self._fire(watched)
        return False


class MainWindow(QMainWindow):
    # Another database was opened (File › Connect to team database…): the app shows a new
    # window on it once this one has closed (app.py).
    reopen_requested = Signal(object)

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        theme: Theme | None = None,
        runner: TaskRunner | None = None,
        *,
        auto_backup: bool = False,
    ) -> None:
        super().__init__()
        self.auto_backup = auto_backup
        self.db: Database = db
        self.settings = settings
        self.theme = theme
        self.runner: TaskRunner = runner or shared_runner()
        self.undo = QUndoStack(self)
        self.hub = ChangeHub(self)
        self.hub.changed.connect(self._on_changes)
        self.maintenance: Maintenance = Maintenance(db, self)
        self.total: int | None = None
        self._closed = False
        self._after_rows: list[Callable[[], object]] = []  # see after_first_rows
        self._rows_shown = False
        self._first_paint: _AfterPaint | None = None
        name = db.label if db.kind == "postgresql" else db.path.name
        self.setWindowTitle(self.tr("Incident Logger — {name}[*]").format(name=name))
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self.setUnifiedTitleAndToolBarOnMac(True)

        self.pages: dict[str, QWidget] = {}
        self.page_api: dict[str, Page] = {}
        self._lazy: dict[str, PageSpec] = {}
        self._current_key = "incidents"
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFixedWidth(188)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget(self)
        for spec in PAGES:
            self._add_page(spec)
        incidents, trash = self.pages["incidents"], self.pages["trash"]
        assert isinstance(incidents, IncidentsPage) and isinstance(trash, TrashPage)
        self.incidents: IncidentsPage = incidents
        self.trash: TrashPage = trash
        self.nav.currentRowChanged.connect(self._on_nav)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName(self.tr("Number of incidents shown"))
        self.progress = TaskProgress(self.runner, self)
        self.progress.watch(self.maintenance.runner)
        self.searching = SearchProgress(self.incidents.list.model, self)
        self.statusBar().addPermanentWidget(self.searching)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.read_only_mark = read_only.mark(self)
        self.actions_ = Actions()
        self.incident_toolbar: QToolBar | None = None
        self.main_toolbar: QToolBar | None = None
        self._page_toolbars: dict[str, QToolBar] = {}
        main_menus.build(self)
        read_only.disable_writing(self)

        self.incidents.status_message.connect(self.show_message)
        self.trash.status_message.connect(self.show_message)
        self.incidents.counts_changed.connect(self.update_counts)
        self.trash.counts_changed.connect(self.update_counts)
        self.incidents.dirty_changed.connect(self._on_dirty)
        self.undo.indexChanged.connect(self._update_actions)
        self.incidents.list.table.selectionModel().selectionChanged.connect(self._update_actions)
        if theme is not None:
            theme.changed.connect(self._on_theme)
        self.maintenance.message.connect(self.statusBar().showMessage)
        self.maintenance.changed_elsewhere.connect(self._on_changed_elsewhere)
        self.maintenance.watch_changes(lambda: not self.incidents.editor.is_dirty())
        table_keys.install(self)  # Ctrl+Home/End: real first/last row, same column
        views.install(self)  # no sideways scrolling in empty tables
        self.restore_state()
        self._update_actions()

    # --- pages ---------------------------------------------------------------------------

    def _add_page(self, spec: PageSpec) -> None:
        """A navigation entry; the page itself is built now or on its first visit."""
        item = QListWidgetItem(icon(spec.icon), spec.title())
        item.setData(Qt.ItemDataRole.UserRole, spec.key)
        item.setSizeHint(QSize(0, 34))
        self.nav.addItem(item)
        if spec.at_start:
            self._build(spec)
        else:
            holder = QWidget(self)
            holder.setObjectName(f"lazy_{spec.key}")
            self._lazy[spec.key] = spec
            self.stack.addWidget(holder)
            self.pages[spec.key] = holder

    def _build(self, spec: PageSpec) -> QWidget:
        try:
            widget, page = spec.build(self, self)
        except Exception as exc:  # one page failing to start must not take the window down
            log.exception("the %s page failed to start", spec.key)
            text = self.tr("This section could not be opened (see the log).")
            if isinstance(exc, DatabaseError) and exc.reason == "unsupported":
                text = str(exc)  # not on a team database yet: say so, and what works instead
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setMargin(48)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            widget, page = label, None
        if page is not None:
            page.status_message.connect(lambda text, w=widget: self._page_message(w, text))
            page.changes_made.connect(lambda changes, p=page: self.hub.announce(changes, p))
            self.hub.changed.connect(page.on_changes)
            self.page_api[spec.key] = page
        holder = self.pages.get(spec.key)
        if holder is None:
            self.stack.addWidget(widget)
        else:
            self.stack.insertWidget(self.stack.indexOf(holder), widget)
            self.stack.removeWidget(holder)
            holder.deleteLater()
        self.pages[spec.key] = widget
        return widget

    def build_all_pages(self) -> None:
        """Build the pages not visited yet (the shortcuts window lists every page's keys)."""
        for key in list(self._lazy):
            self._build_lazy(key)

    def _build_lazy(self, key: str) -> QWidget | None:
        spec = self._lazy.pop(key, None)
        if spec is None:
            return self.pages.get(key)
        page = self._build(spec)
        table_keys.install(page)
        views.install(page)
        return page

    def page_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "incidents"

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def _on_nav(self, row: int) -> None:
        key = self.page_key()
        leaving = self.page_api.get(self._current_key)
        if (
            key != self._current_key
            and leaving is not None
            and not leaving.confirm_leave(then=lambda: self.show_page(key))
        ):
            blocked = self.nav.blockSignals(True)
            self.show_page(self._current_key)
            self.nav.blockSignals(blocked)
            return
        if key != self._current_key:
            self.statusBar().clearMessage()  # the last page's message was about that page
        self._current_key = key
        page = self._build_lazy(key) if key in self._lazy else self.pages.get(key)
        if page is None:
            return
        self.stack.setCurrentWidget(page)
        api = self.page_api.get(key)
        if page is not self.incidents and api is not None:
            api.refresh()
        self.update_counts()
        self._scope_shortcuts(key)
        self._show_toolbars(key)
        self._update_actions()

    def _show_toolbars(self, key: str) -> None:
        """The current page's toolbar in the window's toolbar row; the others hidden."""
        api = self.page_api.get(key)
        own = api.page_toolbar() if api is not None else None
        if own is not None and key not in self._page_toolbars:
            own.setObjectName(f"{key}Toolbar")
            main_menus.page_toolbar(own)
            if self.main_toolbar is not None:
                self.insertToolBar(self.main_toolbar, own)
            else:
                self.addToolBar(own)
            self._page_toolbars[key] = own
        for page_key, bar in self._page_toolbars.items():
            bar.setVisible(page_key == key)
        if self.incident_toolbar is not None:
            self.incident_toolbar.setVisible(key in INCIDENT_PAGES)

    # Incident shortcuts that the other pages define for themselves (Ctrl+N, Ctrl+S, F5 …):
    # two live actions with one key would cancel each other out.
    SCOPED = (
        "new",
        "save",
        "save_new",
        "refresh",
        "duplicate",
        "next",
        "previous",
        "history",
        "editor",
        "table",
        "find",
        "filters",
    )

    def _scope_shortcuts(self, key: str) -> None:
        ours = key in INCIDENT_PAGES
        for name in self.SCOPED:
            action = self.actions_.get(name)
            if action is None:
                continue
            keys = action.property("scoped_keys")
            if keys is None:
                keys = [s.toString() for s in action.shortcuts()]
                action.setProperty("scoped_keys", keys)
            action.setShortcuts([QKeySequence(k) for k in keys] if ours else [])

    def refresh_current(self) -> None:
        """Read again what the page on screen shows, and the total (View › Refresh)."""
        api = self.page_api.get(self.page_key())
        if api is not None:
            api.refresh()
        self.count_total()

    def show_history(self) -> None:
        """The History tab of the incident in the editor."""
        self.show_page("incidents")
        if self.incidents.editor.incident_id is not None:
            self.incidents.tabs.setCurrentWidget(self.incidents.history)

    def open_incident(self, incident_id: int) -> None:
        def go() -> None:
            self.show_page("incidents")
            self.incidents.open_incident(incident_id)

        if self.incidents.maybe_leave(then=go):
            go()

    # --- start-up and counts ---------------------------------------------------------------

    def start(self) -> None:
        """Load the first rows, then the total (both on the worker).

        With an empty search box the list's own count of what it shows is the total, so the
        total is not counted a second time (at a million incidents each count reads an index).
        """
        self.incidents.start()
        self.trash.start()
        model = self.incidents.list.model
        model.count_ready.connect(self._on_list_count)
        if self.incidents.list.search.text().strip():
            self.count_total()
        if self.auto_backup:
            QTimer.singleShot(BACKUP_DELAY_MS, self.maintenance.backup_if_due)
        # Everything made so far lives as long as the window: keep it out of the collector's
        # full passes, which otherwise pause the GUI ~100 ms while scrolling a million rows.
        gc.freeze()

    def after_first_rows(self, then: Callable[[], object]) -> None:
        """Run ``then`` once the incident table's first rows are painted (now, if they are in
        already): the start-up work nobody waits for (dictionaries, gazetteer, welcome, the
        ORM) comes after them and cannot delay them. Functions run in the order given."""
        if self._rows_shown or self.incidents.list.model.has_loaded:
            then()
            return
        self._after_rows.append(then)
        if self._first_paint is None:
            self._first_paint = _AfterPaint(
                self.incidents.list.table.viewport(), self._run_after_rows
            )
            self.incidents.list.model.loaded.connect(self._first_paint.arm)
            self.incidents.list.model.query_failed.connect(self._first_paint.fire_now)

    def _run_after_rows(self) -> None:
        self._rows_shown = True
        waiting, self._after_rows = self._after_rows, []
        for then in waiting:
            then()

    def offer_welcome(self) -> None:
        """On a new database, a short welcome (ui/dialogs/welcome_dialog.py)."""
        from incident_logger.ui.dialogs.welcome_dialog import offer

        offer(self)

    def count_total(self) -> None:
        self.runner.submit(
            count_incidents, self.db, "", on_done=self._on_total, description="total"
        )

    def _on_list_count(self, n: int) -> None:
        model = self.incidents.list.model
        if not model.query and model.restriction is None:  # the whole live list: the total
            self._on_total(n)
        elif self.total is None:  # a search came before the list's first count finished
            self.count_total()

    def _on_total(self, total: int) -> None:
        self.total = total
        self.incidents.set_empty_hint(total == 0)
        self.update_counts()

    def update_counts(self) -> None:
        pane = self.trash.list if self.page_key() == "trash" else self.incidents.list
        if self.page_key() not in ("incidents", "trash"):
            self.counts_label.setText("")
            return
        shown, matching = pane.shown(), pane.matching()
        if matching is None:
            text = self.tr("{n} shown").format(n=number(shown))
        else:
            text = self.tr("{shown} of {matching} shown").format(
                shown=number(shown), matching=number(matching)
            )
        searching = bool(self.incidents.list.search.text().strip())
        if self.total is not None and pane is self.incidents.list and searching:
            text += "  ·  " + self.tr("%Ln incident(s) in all", "", self.total)
        self.counts_label.setText(text)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _page_message(self, page: QWidget, text: str) -> None:
        """A page's message shows while that page is on screen (a count from Places does not
        linger on Trash or Backups)."""
        if self.stack.currentWidget() is page:
            self.show_message(text)

    def _on_changes(self, changes: Changes, origin: object) -> None:
        """What the window itself shows of a change: the total of incidents."""
        if origin is not self.maintenance:
            self.maintenance.absorb_own_commit()  # ours: the change watch need not report it
        if changes.touches_incidents:
            self.count_total()

    def _on_changed_elsewhere(self) -> None:
        self.hub.announce(EVERYTHING, self.maintenance)

    def on_database_replaced(self, *_args: object) -> None:
        """A backup was restored over the open file: the undo history and the editor are stale
        (the views read again when the Backups page announces the change)."""
        self.undo.clear()
        self.incidents.editor.mark_clean()
        self.incidents.new_incident()

    # --- actions state -----------------------------------------------------------------

    def _on_dirty(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        a = self.actions_
        on_incidents = self.page_key() == "incidents"
        editor = self.incidents.editor
        has_selection = bool(self.incidents.list.table.selected_ids()) or (
            editor.incident_id is not None
        )
        a["save"].setEnabled(on_incidents)
        a["delete"].setEnabled(on_incidents and has_selection)
        a["duplicate"].setEnabled(on_incidents)
        a["restore"].setEnabled(self.page_key() == "trash")
        a["undo"].setEnabled(self.undo.canUndo())
        a["redo"].setEnabled(self.undo.canRedo())
        a["undo"].setText(self.tr("&Undo {what}").format(what=self.undo.undoText()).strip())
        a["redo"].setText(self.tr("&Redo {what}").format(what=self.undo.redoText()).strip())
        read_only.disable_writing(self)

    def _on_theme(self, _dark: bool) -> None:
        refresh_icons(self.actions_)
        refresh_themed(self)
        for row, spec in enumerate(PAGES):
            self.nav.item(row).setIcon(icon(spec.icon))

    def undo_action(self, forward: bool) -> None:
        """Undo or redo (the change runs on the task runner; a failure is shown by the page)."""
        if not self.incidents.maybe_leave(then=lambda: self.undo_action(forward)):
            return
        if forward:
            self.undo.redo()
        else:
            self.undo.undo()

    # --- state ---------------------------------------------------------------------------

    def restore_state(self) -> None:
        window_state.restore(self)

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if not self.incidents.maybe_leave(then=self.close):
            event.ignore()
            return
        for page in self.page_api.values():
            if not page.confirm_leave(then=self.close):
                event.ignore()
                return
        for page in self.page_api.values():
            page.stop_background()
        self.save_state()
        if self.maintenance.runner.is_busy():
            self.statusBar().showMessage(self.tr("Finishing the daily backup before closing…"))
            self.repaint()
        self.maintenance.shutdown()
        self.runner.shutdown()
        self._closed = True
        event.accept()

    def shortcut_of(self, name: str) -> str:
        return self.actions_[name].shortcut().toString(QKeySequence.SequenceFormat.PortableText)

    def action(self, name: str) -> Any:
        return self.actions_[name]
