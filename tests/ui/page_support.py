"""Pages on their own in GUI tests: shown as a window, and waited for while a write runs."""

from __future__ import annotations

from typing import Protocol, TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from incident_logger.store.engine import Database
from incident_logger.ui.counts.page import CountsPage


class Writing(Protocol):
    def is_saving(self) -> bool: ...


def wait_idle(qtbot: QtBot, page: Writing) -> None:
    """Until the page's write (if one runs) has finished and its outcome is shown."""
    qtbot.waitUntil(lambda: not page.is_saving(), timeout=10_000)
    qtbot.wait(50)  # the outcome's follow-ups (list reload, messages) run on the next turns


W = TypeVar("W", bound=QWidget)


def shown(qtbot: QtBot, widget: W, size: tuple[int, int], *, active: bool = True) -> W:
    """``widget`` as its own window, of ``size``, exposed (and active: its shortcuts work)."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    if active:
        widget.activateWindow()
    return widget


def loaded_counts_page(qtbot: QtBot, db: Database, reports: int) -> CountsPage:
    """The Regional counts page shown, its list loaded with ``reports`` rows."""
    page = shown(qtbot, CountsPage(db), (1300, 760))
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.rowCount() == reports)
    return page
