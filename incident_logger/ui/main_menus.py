"""The main window's actions, menus and toolbars, as tables.

``ACTIONS`` names every window action once: its text, what it runs (a public method of the
window or of one of its pages), its icon, keys and tip. ``MENUS`` and the toolbar rows list
action names in order (None is a separator). ``build`` turns the tables into QActions, menus
and toolbars; the pages' own actions live with the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from incident_logger.domain.changes import EVERYTHING
from incident_logger.ui import prompts
from incident_logger.ui.i18n import tr
from incident_logger.ui.language_menu import LanguageMenu
from incident_logger.ui.main_actions import make_action
from incident_logger.ui.messages import text as message_text
from incident_logger.ui.page_list import PAGES
from incident_logger.ui.theme import ThemeMode
from incident_logger.ui.translate import QT_TRANSLATE_NOOP
from incident_logger.ui.widgets.actions import Shortcut

if TYPE_CHECKING:
    from incident_logger.services.check import CheckReport
    from incident_logger.ui.main_window import MainWindow

CONTEXT = ""  # module-level texts: the empty context, as ui/i18n.tr uses (lupdate needs the
# literal in each QT_TRANSLATE_NOOP below)
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

Run = Callable[["MainWindow"], object]


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    text: str  # untranslated, in the empty context (ui/i18n.tr)
    run: Run | None
    icon: str | None = None
    keys: tuple[Shortcut, ...] = ()
    tip: str = ""
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut


def _on_incidents(w: MainWindow, fn: Callable[[], object]) -> None:
    w.show_page("incidents")
    fn()


# The dialogs are imported when first opened, not with the window: the briefing alone brings
# reportlab and the ORM (~0.7 s), capture its language tools (docs/ARCHITECTURE.md, start-up).
CLIPBOARD_SHORTCUT = "Ctrl+Shift+V"  # New from clipboard (ui/capture/opener.py)


def _connect_team(w: MainWindow) -> None:
    """File › Connect to team database…: the window reopens on the database connected to."""
    from incident_logger.ui.team.connect_dialog import ConnectDialog

    dialog = ConnectDialog(w.settings, w)
    if dialog.exec() and dialog.database is not None:
        w.reopen_requested.emit(dialog.database)


def _import(w: MainWindow) -> None:
    from incident_logger.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(w.db, w)
    dialog.exec()
    if dialog.report is not None:  # something was imported: every view may be touched
        w.hub.announce(EVERYTHING, dialog)


def _export(w: MainWindow) -> None:
    from incident_logger.ui.dialogs.export_dialog import ExportDialog

    ExportDialog(w.db, w.incidents.list.effective_query(), w).exec()


def _briefing(w: MainWindow) -> None:
    from incident_logger.ui.briefing.dialog import BriefingDialog

    BriefingDialog(w.db, w.incidents.list.effective_query(), w).exec()


def _synonyms(w: MainWindow) -> None:
    from incident_logger.ui.dialogs.synonyms_dialog import SynonymsDialog

    SynonymsDialog(w.db, w).exec()


def _about(w: MainWindow) -> None:
    from incident_logger.ui.dialogs.about_dialog import AboutDialog

    AboutDialog(w.db.path, w).exec()


def _capture(w: MainWindow) -> None:
    from incident_logger.ui.capture import opener

    opener.from_dialog(w)


def _capture_clipboard(w: MainWindow) -> None:
    from incident_logger.ui.capture import opener

    opener.from_clipboard(w)


def _shortcuts(w: MainWindow) -> None:
    from incident_logger.ui import help_dialogs

    help_dialogs.show_shortcuts(w)


def _search_help(w: MainWindow) -> None:
    from incident_logger.ui import help_dialogs

    help_dialogs.show_search_language(w)


def _set_theme(w: MainWindow, mode: ThemeMode) -> None:
    if w.theme is not None:
        w.theme.set_mode(mode)


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
        text = "; ".join(message_text(p) for p in report.problems[:3])
    details = "\n".join(message_text(p) for p in report.problems + report.notes)
    prompts.show_check_result(w, report.ok, text, details)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("", "&New incident"),
        lambda w: _on_incidents(w, w.incidents.new_incident),
        "new",
        (K.New,),
        QT_TRANSLATE_NOOP("", "Record a new incident"),
    ),
    ActionSpec(
        "capture",
        QT_TRANSLATE_NOOP("", "New from s&tatement…"),
        _capture,
        "new",
        tip=QT_TRANSLATE_NOOP("", "Paste a statement and get the drafts it holds"),
    ),
    ActionSpec(
        "capture_clipboard",
        QT_TRANSLATE_NOOP("", "New from &clipboard"),
        _capture_clipboard,
        keys=(CLIPBOARD_SHORTCUT,),
        tip=QT_TRANSLATE_NOOP("", "Read the statement on the clipboard"),
    ),
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("", "&Save"),
        lambda w: w.incidents.save(),
        "save",
        (K.Save,),
        QT_TRANSLATE_NOOP("", "Save the incident in the editor"),
    ),
    ActionSpec(
        "save_new",
        QT_TRANSLATE_NOOP("", "Save and ne&w"),
        lambda w: w.incidents.save_and_new(),
        "new",
        tuple(CHOSEN_KEYS["save_new"]),
        QT_TRANSLATE_NOOP("", "Save the incident, then start a new one"),
    ),
    ActionSpec(
        "import",
        QT_TRANSLATE_NOOP("", "&Import…"),
        _import,
        "import",
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP("", "Import incidents (ACLED CSV and more)"),
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("", "&Export…"),
        _export,
        "export",
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("", "Export the incidents of the current search"),
    ),
    ActionSpec(
        "briefing",
        QT_TRANSLATE_NOOP("", "New &briefing…"),
        _briefing,
        "briefing",
        (K.Print,),
        QT_TRANSLATE_NOOP("", "A PDF briefing of the current search"),
    ),
    ActionSpec(
        "check_database",
        QT_TRANSLATE_NOOP("", "Check &database…"),
        lambda w: w.maintenance.check_now(partial(_show_check, w)),
        tip=QT_TRANSLATE_NOOP(
            "", "Read the whole database file and check it (SQLite's integrity check)"
        ),
    ),
    ActionSpec(
        "connect_team",
        QT_TRANSLATE_NOOP("", "C&onnect to team database…"),
        lambda w: _connect_team(w),
        tip=QT_TRANSLATE_NOOP("", "Open a shared PostgreSQL database from a saved profile"),
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("", "&Quit"), lambda w: w.close(), "quit", (K.Quit,)),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("", "&Undo"),
        lambda w: w.undo_action(False),
        "undo",
        (K.Undo,),
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("", "&Redo"),
        lambda w: w.undo_action(True),
        "redo",
        ("Ctrl+Shift+Z", K.Redo),
    ),
    ActionSpec(
        "duplicate",
        QT_TRANSLATE_NOOP("", "D&uplicate as new"),
        lambda w: w.incidents.duplicate(),
        "duplicate",
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("", "Start a new incident from this one"),
    ),
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("", "&Delete"),
        lambda w: w.incidents.delete_selected(),
        "delete",
        (K.Delete,),
        QT_TRANSLATE_NOOP("", "Move the selected incidents to the Trash"),
        Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ),
    ActionSpec(
        "restore",
        QT_TRANSLATE_NOOP("", "&Restore from Trash"),
        lambda w: w.trash.restore_selected(),
        "restore",
        tuple(CHOSEN_KEYS["restore"]),
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("", "&Find…"),
        lambda w: _on_incidents(w, w.incidents.list.search.setFocus),
        "search",
        (K.Find,),
        QT_TRANSLATE_NOOP("", "Search incidents"),
    ),
    ActionSpec(
        "filters", QT_TRANSLATE_NOOP("", "Show &filters"), None, "filter", ("Ctrl+Shift+F",)
    ),
    ActionSpec(
        "synonyms",
        QT_TRANSLATE_NOOP("", "Search &synonyms…"),
        _synonyms,
        tip=QT_TRANSLATE_NOOP("", "Words a search treats as one (БПЛА, беспилотник, drone…)"),
    ),
    ActionSpec(
        "history",
        QT_TRANSLATE_NOOP("", "&History"),
        lambda w: w.show_history(),
        "history",
        tuple(CHOSEN_KEYS["history"]),
        QT_TRANSLATE_NOOP("", "Who changed this incident, and when"),
    ),
    ActionSpec(
        "refresh",
        QT_TRANSLATE_NOOP("", "Re&fresh"),
        lambda w: w.refresh_current(),
        "refresh",
        (K.Refresh,),
    ),
    ActionSpec(
        "columns",
        QT_TRANSLATE_NOOP("", "Reset &columns"),
        lambda w: w.incidents.list.table.reset_columns(),
        "columns",
    ),
    ActionSpec(
        "next",
        QT_TRANSLATE_NOOP("", "Ne&xt incident"),
        lambda w: w.incidents.step(1),
        "next",
        tuple(CHOSEN_KEYS["next"]),
    ),
    ActionSpec(
        "previous",
        QT_TRANSLATE_NOOP("", "Pre&vious incident"),
        lambda w: w.incidents.step(-1),
        "previous",
        tuple(CHOSEN_KEYS["previous"]),
    ),
    ActionSpec(
        "editor",
        QT_TRANSLATE_NOOP("", "Focus the &editor"),
        lambda w: w.incidents.editor.setFocus(),
        keys=("Ctrl+E",),
    ),
    ActionSpec(
        "table",
        QT_TRANSLATE_NOOP("", "Focus the &table"),
        lambda w: w.incidents.list.table.setFocus(),
        keys=tuple(CHOSEN_KEYS["table"]),
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("", "&Keyboard shortcuts"),
        _shortcuts,
        "keyboard",
        (K.HelpContents,),
    ),
    ActionSpec(
        "search_help",
        QT_TRANSLATE_NOOP("", "&Search language"),
        _search_help,
        "search",
        tip=QT_TRANSLATE_NOOP("", "What you can type in the search box"),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("", "&About Incident Logger"),
        _about,
        "info",
    ),
)

PAGES_ROW = "<pages>"  # the Go-to action of every page, in navigation order
APPEARANCE_ROW = "<appearance>"  # the theme submenu
MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("", "&File"),
        (
            "new",
            "capture",
            "capture_clipboard",
            "save",
            "save_new",
            None,
            "import",
            "export",
            "briefing",
            None,
            "check_database",
            "connect_team",
            None,
            "quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "&Edit"),
        (
            "undo",
            "redo",
            None,
            "duplicate",
            "delete",
            "restore",
            None,
            "find",
            "filters",
            "synonyms",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "&View"),
        (PAGES_ROW, None, "history", "refresh", "columns", None, APPEARANCE_ROW),
    ),
    (QT_TRANSLATE_NOOP("", "&Go"), ("next", "previous", None, "editor", "table")),
    (QT_TRANSLATE_NOOP("", "&Help"), ("shortcuts", "search_help", None, "about")),
)
INCIDENT_TOOLBAR: tuple[str | None, ...] = (
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
ICON_ONLY = ("save", "undo", "redo", "previous", "next", "duplicate", "history")
MAIN_TOOLBAR: tuple[str | None, ...] = ("briefing",)
THEMES = (
    (ThemeMode.SYSTEM, QT_TRANSLATE_NOOP("", "Follow the &system")),
    (ThemeMode.LIGHT, QT_TRANSLATE_NOOP("", "&Light")),
    (ThemeMode.DARK, QT_TRANSLATE_NOOP("", "&Dark")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def build(w: MainWindow) -> None:
    """Every window action, then the menus and toolbars that show them."""
    a = w.actions_
    for spec in ACTIONS:
        run = spec.run
        make_action(
            w,
            a,
            spec.name,
            _tr(spec.text),
            partial(run, w) if run is not None else None,
            icon_name=spec.icon,
            shortcuts=spec.keys,
            tip=_tr(spec.tip),
            context=spec.context,
        )
    for page in PAGES:
        make_action(
            w,
            a,
            f"go_{page.key}",
            page.title(),
            partial(w.show_page, page.key),
            icon_name=page.icon,
            shortcuts=[page.shortcut],
        )
    _wire(w)
    _menus(w)
    _toolbars(w)


def _wire(w: MainWindow) -> None:
    """The two actions tied to widgets: Delete acts in the table; Filters mirrors a button."""
    a = w.actions_
    w.incidents.list.table.addAction(a["delete"])
    a["filters"].setCheckable(True)
    a["filters"].toggled.connect(w.incidents.list.search.filter_button.setChecked)
    w.incidents.list.search.filter_button.toggled.connect(a["filters"].setChecked)


def _fill(w: MainWindow, menu: QMenu, rows: tuple[str | None, ...]) -> None:
    for row in rows:
        if row is None:
            menu.addSeparator()
        elif row == PAGES_ROW:
            for page in PAGES:
                menu.addAction(w.actions_[f"go_{page.key}"])
        elif row == APPEARANCE_ROW:
            _theme_menu(w, menu.addMenu(tr("&Appearance")))
            w.actions_.language_menu = LanguageMenu(w, menu, w.settings)
        else:
            menu.addAction(w.actions_[row])


def _menus(w: MainWindow) -> None:
    bar = w.menuBar()
    for title, rows in MENUS:
        _fill(w, bar.addMenu(_tr(title)), rows)


def _theme_menu(w: MainWindow, menu: QMenu) -> None:
    group = QActionGroup(w)
    for mode, text in THEMES:
        action = menu.addAction(_tr(text))
        action.setCheckable(True)
        action.setObjectName(f"action_theme_{mode.value}")
        action.setChecked(w.theme is not None and w.theme.mode is mode)
        action.setEnabled(w.theme is not None)
        action.triggered.connect(partial(_set_theme, w, mode))
        group.addAction(action)
    w.actions_.theme_group = group


def page_toolbar(bar: QToolBar) -> None:
    """The look of every toolbar in the window's toolbar row (the main one and the pages')."""
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def _toolbar(w: MainWindow, title: str, name: str, rows: tuple[str | None, ...]) -> QToolBar:
    bar = QToolBar(title, w)
    bar.setObjectName(name)
    page_toolbar(bar)
    for row in rows:
        if row is None:
            bar.addSeparator()
        else:
            bar.addAction(w.actions_[row])
    w.addToolBar(bar)
    return bar


def _toolbars(w: MainWindow) -> None:
    """Incident commands in a toolbar of their own, shown with the incident pages; the
    briefing, which serves every page, in the main toolbar after it. Other pages put their
    own toolbar in the incidents' place (MainWindow), so no command shows twice."""
    bar = _toolbar(w, tr("Incident toolbar"), "incidentToolbar", INCIDENT_TOOLBAR)
    for name in ICON_ONLY:
        button = bar.widgetForAction(w.actions_[name])
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    main = _toolbar(w, tr("Main toolbar"), "mainToolbar", MAIN_TOOLBAR)
    w.incident_toolbar, w.main_toolbar = bar, main
