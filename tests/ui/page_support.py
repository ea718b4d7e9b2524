"""Waiting for a page's write on the task runner (saves, deletes and restores run there)."""

from __future__ import annotations

from typing import Protocol

from pytestqt.qtbot import QtBot


class Writing(Protocol):
    def is_saving(self) -> bool: ...


def wait_idle(qtbot: QtBot, page: Writing) -> None:
    """Until the page's write (if one runs) has finished and its outcome is shown."""
    qtbot.waitUntil(lambda: not page.is_saving(), timeout=10_000)
    qtbot.wait(50)  # the outcome's follow-ups (list reload, messages) run on the next turns
