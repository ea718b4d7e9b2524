"""Every page of the main window, in navigation order: key, title, icon, shortcut, how to build.

The window reads this list to fill its navigation, its View menu and the Ctrl+1…6 keys. A page
is any widget that provides ``Page``; the window builds the first two rows' pages (Incidents and
Trash share the undo history) at start and the others on their first visit. The other pages'
modules are imported by their build functions, so start-up does not load them (nor the ORM,
reportlab or the language tools they bring). To add a page, write
the widget, give it the ``Page`` methods, and add a row here with a ``build`` function.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QToolBar, QWidget

from incident_logger.domain.changes import Changes
from incident_logger.store.engine import Database
from incident_logger.ui.incidents.page import IncidentsPage
from incident_logger.ui.incidents.trash_page import TrashPage
from incident_logger.ui.tasks import TaskRunner
from incident_logger.ui.translate import QT_TRANSLATE_NOOP

CONTEXT = "MainWindow"  # the window named its pages before this list (literal below, for lupdate)


class Page(Protocol):
    """What the main window asks of every page."""

    @property
    def status_message(self) -> SignalInstance:
        """Emits (str) a short message for the status bar while the page is on screen."""

    @property
    def changes_made(self) -> SignalInstance:
        """Emits (Changes) what the page wrote; the window announces it on the change hub."""

    def on_changes(self, changes: Changes, origin: object) -> None:
        """The hub announced ``changes`` made by ``origin`` (this page, another, a dialog, None):
        show them if they touch what the page shows (a hidden page reads again when shown)."""

    def refresh(self) -> None:
        """Read again what the page shows (typed edits stay)."""

    def confirm_leave(self, then: Callable[[], object] | None = None) -> bool:
        """Whether the user may leave the page now (unsaved edits are asked about first).
        False while a save the user chose runs on the task runner; ``then`` (the leaving,
        tried again) runs once that save has succeeded."""

    def stop_background(self) -> None:
        """The window closes: stop timers and background work of the page."""

    def page_toolbar(self) -> QToolBar | None:
        """The page's own toolbar, shown in the window's toolbar row while the page is."""


class PageHost(Protocol):
    """What a page's ``build`` function may use of the window."""

    db: Database
    runner: TaskRunner
    undo: QUndoStack

    def open_incident(self, incident_id: int) -> None: ...

    def on_database_replaced(self, *_args: object) -> None: ...


Built = tuple[QWidget, Page]  # the same object, seen as a widget and as a page


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    title_source: str  # untranslated; ``title()`` translates it
    icon: str
    shortcut: str
    build: Callable[[PageHost, QWidget], Built]
    at_start: bool = False  # built with the window, not on the first visit

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title_source)


def _incidents(host: PageHost, parent: QWidget) -> Built:
    page = IncidentsPage(host.db, host.runner, host.undo, parent)
    return page, page


def _trash(host: PageHost, parent: QWidget) -> Built:
    page = TrashPage(host.db, host.runner, host.undo, parent)
    return page, page


def _counts(host: PageHost, parent: QWidget) -> Built:
    from incident_logger.ui.counts.page import CountsPage

    page = CountsPage(host.db, parent)
    page.set_runner(host.runner)
    return page, page


def _sources(host: PageHost, parent: QWidget) -> Built:
    from incident_logger.ui.pages.sources_page import SourcesPage

    page = SourcesPage(host.db, parent)
    page.set_runner(host.runner)
    page.open_incident.connect(host.open_incident)
    return page, page


def _places(host: PageHost, parent: QWidget) -> Built:
    from incident_logger.ui.pages.places_page import PlacesPage

    page = PlacesPage(host.db, parent)
    page.set_runner(host.runner)
    page.open_incident.connect(host.open_incident)
    return page, page


def _backups(host: PageHost, parent: QWidget) -> Built:
    from incident_logger.ui.pages.backups_page import BackupsPage

    page = BackupsPage(host.db, parent)
    page.set_runner(host.runner)
    page.database_replaced.connect(host.on_database_replaced)
    return page, page


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "incidents",
        QT_TRANSLATE_NOOP("MainWindow", "Incidents"),
        "incidents",
        "Ctrl+1",
        _incidents,
        at_start=True,
    ),
    PageSpec(
        "counts", QT_TRANSLATE_NOOP("MainWindow", "Regional counts"), "counts", "Ctrl+2", _counts
    ),
    PageSpec("sources", QT_TRANSLATE_NOOP("MainWindow", "Sources"), "sources", "Ctrl+3", _sources),
    PageSpec("places", QT_TRANSLATE_NOOP("MainWindow", "Places"), "places", "Ctrl+4", _places),
    PageSpec(
        "trash", QT_TRANSLATE_NOOP("MainWindow", "Trash"), "trash", "Ctrl+5", _trash, at_start=True
    ),
    PageSpec("backups", QT_TRANSLATE_NOOP("MainWindow", "Backups"), "backups", "Ctrl+6", _backups),
)
INCIDENT_PAGES = ("incidents", "trash")  # the pages the incident toolbar and keys serve


def spec(key: str) -> PageSpec:
    return next(s for s in PAGES if s.key == key)
