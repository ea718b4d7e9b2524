"""The main window's actions, menus and toolbar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar, QToolButton

from incident_logger.services.check import CheckReport
from incident_logger.ui import help_dialogs, integrations, prompts
from incident_logger.ui.capture import opener as capture_opener
from incident_logger.ui.i18n import tr
from incident_logger.ui.language_menu import LanguageMenu
from incident_logger.ui.main_actions import make_action
from incident_logger.ui.theme import ThemeMode

if TYPE_CHECKING:
    from incident_logger.ui.main_window import MainWindow

K = QKeySequence.StandardKey
# Keys chosen to clash with no platform standard key (QKeySequence::StandardKey on Windows,
# macOS, X11) nor a key a widget keeps for itself: Alt+Up/Down open a combo box's list, and
# Cmd+[ / Cmd+] are Back and Forward on macOS; Ctrl+H is Replace (Cmd+H hides the app on
# macOS), Ctrl+T is a new tab, Ctrl+R is Refresh on GNOME and macOS, Ctrl+Shift+S is Save As.
# tests/ui/test_shortcuts.py holds every action to this.
CHOSEN_KEYS: dict[str, list[str]] = {
    "next": ["Ctrl+PgDown"],
    "previous": ["Ctrl+PgUp"],
    "save_new": ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"],
    "history": ["Ctrl+Shift+H"],
    "restore": ["Ctrl+Shift+R"],
    "table": ["Ctrl+Shift+T"],
}


def build(w: MainWindow) -> None:
    a = w.actions_
    page = w.incidents

    def on_incidents(fn: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            w.show_page("incidents")
            fn()

        return run

    make_action(
        w,
        a,
        "new",
        tr("&New incident"),
        on_incidents(page.new_incident),
        icon_name="new",
        shortcuts=[K.New],
        tip=tr("Record a new incident"),
    )
    make_action(
        w,
        a,
        "save",
        tr("&Save"),
        page.save,
        icon_name="save",
        shortcuts=[K.Save],
        tip=tr("Save the incident in the editor"),
    )
    make_action(
        w,
        a,
        "save_new",
        tr("Save and ne&w"),
        page.save_and_new,
        icon_name="new",
        shortcuts=CHOSEN_KEYS["save_new"],
        tip=tr("Save the incident, then start a new one"),
    )
    make_action(
        w,
        a,
        "duplicate",
        tr("D&uplicate as new"),
        page.duplicate,
        icon_name="duplicate",
        shortcuts=["Ctrl+D"],
        tip=tr("Start a new incident from this one"),
    )
    delete = make_action(
        w,
        a,
        "delete",
        tr("&Delete"),
        page.delete_selected,
        icon_name="delete",
        shortcuts=[K.Delete],
        tip=tr("Move the selected incidents to the Trash"),
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    )
    page.list.table.addAction(delete)
    make_action(
        w,
        a,
        "restore",
        tr("&Restore from Trash"),
        w.trash.restore_selected,
        icon_name="restore",
        shortcuts=CHOSEN_KEYS["restore"],
    )
    make_action(
        w,
        a,
        "undo",
        tr("&Undo"),
        lambda: w.undo_action(False),
        icon_name="undo",
        shortcuts=[K.Undo],
    )
    make_action(
        w,
        a,
        "redo",
        tr("&Redo"),
        lambda: w.undo_action(True),
        icon_name="redo",
        shortcuts=["Ctrl+Shift+Z", K.Redo],
    )
    make_action(
        w,
        a,
        "find",
        tr("&Find…"),
        on_incidents(page.list.search.setFocus),
        icon_name="search",
        shortcuts=[K.Find],
        tip=tr("Search incidents"),
    )
    make_action(
        w, a, "filters", tr("Show &filters"), None, icon_name="filter", shortcuts=["Ctrl+Shift+F"]
    )
    a["filters"].setCheckable(True)
    a["filters"].toggled.connect(page.list.search.filter_button.setChecked)
    page.list.search.filter_button.toggled.connect(a["filters"].setChecked)
    make_action(
        w,
        a,
        "next",
        tr("Ne&xt incident"),
        lambda: page.step(1),
        icon_name="next",
        shortcuts=CHOSEN_KEYS["next"],
    )
    make_action(
        w,
        a,
        "previous",
        tr("Pre&vious incident"),
        lambda: page.step(-1),
        icon_name="previous",
        shortcuts=CHOSEN_KEYS["previous"],
    )
    make_action(
        w,
        a,
        "history",
        tr("&History"),
        lambda: _show_history(w),
        icon_name="history",
        shortcuts=CHOSEN_KEYS["history"],
        tip=tr("Who changed this incident, and when"),
    )
    make_action(
        w,
        a,
        "refresh",
        tr("Re&fresh"),
        lambda: _refresh(w),
        icon_name="refresh",
        shortcuts=[K.Refresh],
    )
    make_action(w, a, "editor", tr("Focus the &editor"), page.editor.setFocus, shortcuts=["Ctrl+E"])
    make_action(
        w,
        a,
        "table",
        tr("Focus the &table"),
        page.list.table.setFocus,
        shortcuts=CHOSEN_KEYS["table"],
    )
    make_action(w, a, "quit", tr("&Quit"), w.close, icon_name="quit", shortcuts=[K.Quit])
    make_action(
        w,
        a,
        "shortcuts",
        tr("&Keyboard shortcuts"),
        lambda: help_dialogs.show_shortcuts(w),
        icon_name="keyboard",
        shortcuts=[K.HelpContents],
    )
    make_action(
        w,
        a,
        "search_help",
        tr("&Search language"),
        lambda: help_dialogs.show_search_language(w),
        icon_name="search",
        tip=tr("What you can type in the search box"),
    )
    make_action(
        w,
        a,
        "about",
        tr("&About Incident Logger"),
        lambda: _show_about(w),
        icon_name="info",
    )
    make_action(
        w, a, "columns", tr("Reset &columns"), page.list.table.reset_columns, icon_name="columns"
    )
    make_action(
        w,
        a,
        "check_database",
        tr("Check &database…"),
        lambda: w.maintenance.check_now(partial(_show_check, w)),
        tip=tr("Read the whole database file and check it (SQLite's integrity check)"),
    )
    for row, key in enumerate(("incidents", "counts", "sources", "places", "trash", "backups")):
        if key in w.pages:
            make_action(
                w,
                a,
                f"go_{key}",
                tr("Go to {page}").format(page=key),
                partial(w.show_page, key),
                shortcuts=[f"Ctrl+{row + 1}"],
            )

    capture_opener.add_actions(w)
    _optional_file_actions(w)
    _menus(w)
    _toolbar(w)


def _set_theme(w: MainWindow, mode: ThemeMode, _checked: bool = False) -> None:
    if w.theme is not None:
        w.theme.set_mode(mode)


def _show_about(w: MainWindow) -> None:
    from incident_logger.ui.dialogs.about_dialog import AboutDialog

    AboutDialog(w.db.path, w).exec()


def _show_history(w: MainWindow) -> None:
    w.show_page("incidents")
    if w.incidents.editor.incident_id is not None:
        w.incidents.tabs.setCurrentWidget(w.incidents.history)


def _refresh(w: MainWindow) -> None:
    page = w.pages.get(w.page_key())
    refresh = getattr(page, "refresh", None)
    if callable(refresh):
        refresh()
    w._count_total()


def _optional_file_actions(w: MainWindow) -> None:
    """Import, export and briefing, when delivered; their modules load on first use."""
    a = w.actions_
    if integrations.available(integrations.IMPORT_MODULE):
        make_action(
            w,
            a,
            "import",
            tr("&Import…"),
            lambda: _open_dialog(w, integrations.import_dialog(), w.db, w),
            icon_name="import",
            shortcuts=["Ctrl+I"],
            tip=tr("Import incidents (ACLED CSV and more)"),
        )
    if integrations.available(integrations.EXPORT_MODULE):
        make_action(
            w,
            a,
            "export",
            tr("&Export…"),
            lambda: _open_dialog(
                w, integrations.export_dialog(), w.db, w.incidents.list.effective_query(), w
            ),
            icon_name="export",
            shortcuts=["Ctrl+Shift+E"],
            tip=tr("Export the incidents of the current search"),
        )
    if integrations.available(integrations.BRIEFING_MODULE):
        make_action(
            w,
            a,
            "briefing",
            tr("New &briefing…"),
            lambda: _open_dialog(
                w, integrations.briefing_dialog(), w.db, w.incidents.list.effective_query(), w
            ),
            icon_name="briefing",
            shortcuts=[K.Print],
            tip=tr("A PDF briefing of the current search"),
        )


def _open_dialog(w: MainWindow, cls: object, *args: object) -> None:
    if not callable(cls):
        QMessageBox.warning(
            w, tr("Not available"), tr("This part of Incident Logger could not be loaded.")
        )
        return
    _run_dialog(w, cls(*args))


def _run_dialog(w: MainWindow, dialog: object) -> None:
    exec_ = getattr(dialog, "exec", None)
    if callable(exec_):
        exec_()
    _refresh(w)
    w.incidents.refresh()


def _menus(w: MainWindow) -> None:
    a = w.actions_
    bar = w.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(a["new"])
    file_menu.addAction(a["capture"])
    file_menu.addAction(a["capture_clipboard"])
    file_menu.addAction(a["save"])
    file_menu.addAction(a["save_new"])
    file_menu.addSeparator()
    for optional in ("import", "export", "briefing"):
        if a.get(optional):
            file_menu.addAction(a[optional])
    if any(a.get(n) for n in ("import", "export", "briefing")):
        file_menu.addSeparator()
    file_menu.addAction(a["check_database"])
    file_menu.addSeparator()
    file_menu.addAction(a["quit"])

    edit = bar.addMenu(tr("&Edit"))
    edit_names: tuple[str | None, ...] = (
        "undo",
        "redo",
        None,
        "duplicate",
        "delete",
        "restore",
        None,
        "find",
        "filters",
    )
    for entry in edit_names:
        edit.addSeparator() if entry is None else edit.addAction(a[entry])

    view = bar.addMenu(tr("&View"))
    for key in ("incidents", "counts", "sources", "places", "trash", "backups"):
        if a.get(f"go_{key}"):
            action = a[f"go_{key}"]
            row = [
                i
                for i in range(w.nav.count())
                if w.nav.item(i).data(Qt.ItemDataRole.UserRole) == key
            ]
            if row:
                action.setText(w.nav.item(row[0]).text())
                action.setIcon(w.nav.item(row[0]).icon())
            view.addAction(action)
    view.addSeparator()
    view.addAction(a["history"])
    view.addAction(a["refresh"])
    view.addAction(a["columns"])
    view.addSeparator()
    theme_menu = view.addMenu(tr("&Appearance"))
    group = QActionGroup(w)
    for mode, text in (
        (ThemeMode.SYSTEM, tr("Follow the &system")),
        (ThemeMode.LIGHT, tr("&Light")),
        (ThemeMode.DARK, tr("&Dark")),
    ):
        action = theme_menu.addAction(text)
        action.setCheckable(True)
        action.setObjectName(f"action_theme_{mode.value}")
        action.setChecked(w.theme is not None and w.theme.mode is mode)
        action.setEnabled(w.theme is not None)
        action.triggered.connect(partial(_set_theme, w, mode))
        group.addAction(action)
    a.theme_group = group
    a.language_menu = LanguageMenu(w, view, w.settings)

    go = bar.addMenu(tr("&Go"))
    go_names: tuple[str | None, ...] = ("next", "previous", None, "editor", "table")
    for entry in go_names:
        go.addSeparator() if entry is None else go.addAction(a[entry])

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a["shortcuts"])
    help_menu.addAction(a["search_help"])
    help_menu.addSeparator()
    help_menu.addAction(a["about"])


def _show_check(w: MainWindow, report: CheckReport) -> None:
    if report.ok:
        text = tr(
            "The database is sound: %Ln incident(s), schema version {v}.", "", report.incidents
        ).format(v=report.schema_version)
    elif report.damaged:
        text = tr(
            "Damaged: SQLite's check found %Ln problem(s) (Show Details lists them). Restore a "
            "backup (the Backups page) or salvage what can still be read (incident-logger "
            "salvage OUT.sqlite3).",
            "",
            len(report.problems),
        )
    else:
        text = report.summary(in_app=True)
    prompts.show_check_result(w, report.ok, text, "\n".join(report.problems + report.notes))


def page_toolbar(bar: QToolBar) -> None:
    """The look of every toolbar in the window's toolbar row (the main one and the pages')."""
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def _toolbar(w: MainWindow) -> None:
    """Incident commands in a toolbar of their own, shown with the incident pages; the
    briefing, which serves every page, in the main toolbar after it. Other pages put their
    own toolbar in the incidents' place (MainWindow), so no command shows twice."""
    a = w.actions_
    bar = QToolBar(tr("Incident toolbar"), w)
    bar.setObjectName("incidentToolbar")
    page_toolbar(bar)
    names: tuple[str | None, ...] = (
        "new",
        "save",
        "duplicate",
        "delete",
        None,
        "undo",
        "redo",
        None,
        "previous",
        "next",
        None,
        "history",
    )
    for name in names:
        if name is None:
            bar.addSeparator()
        elif a.get(name):
            bar.addAction(a[name])
    for name in ("save", "undo", "redo", "previous", "next", "duplicate", "history"):
        button = bar.widgetForAction(a[name])
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    w.addToolBar(bar)
    main = QToolBar(tr("Main toolbar"), w)
    main.setObjectName("mainToolbar")
    page_toolbar(main)
    if a.get("briefing"):
        main.addAction(a["briefing"])
    w.addToolBar(main)
    w.incident_toolbar, w.main_toolbar = bar, main
