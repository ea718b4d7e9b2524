"""The start-up preload imports the ORM again when an import fails half-way (PySide's import
hook can make a pydantic import fail while another thread imports: app._preload)."""

from __future__ import annotations

import importlib.abc
import logging
import sys
from types import ModuleType

import pytest

from incident_logger import app

NAME = "colorsys"  # a small module nothing here has loaded, standing in for the ORM


class _FailFirst(importlib.abc.MetaPathFinder):
    """Refuses the first ``failures`` imports of NAME, as the half-done import did."""

    def __init__(self, failures: int) -> None:
        self.left = failures
        self.tries = 0

    def find_spec(self, fullname: str, path: object, target: ModuleType | None = None) -> None:
        if fullname == NAME:
            self.tries += 1
            if self.left:
                self.left -= 1
                raise ImportError("cannot import name 'x' from partially initialized module")
        return None


@pytest.fixture
def unloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    assert app.PRELOADED == "incident_logger.store.tables"
    monkeypatch.setattr(app, "PRELOADED", NAME)
    monkeypatch.delitem(sys.modules, NAME, raising=False)


def _with(monkeypatch: pytest.MonkeyPatch, finder: _FailFirst) -> None:
    monkeypatch.setattr(sys, "meta_path", [finder, *sys.meta_path])


def test_a_failed_import_is_tried_again(
    unloaded: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    finder = _FailFirst(failures=2)
    _with(monkeypatch, finder)
    app._preload()
    assert NAME in sys.modules and finder.tries == 3
    assert not caplog.records


def test_it_gives_up_quietly_and_leaves_the_import_to_later(
    unloaded: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    finder = _FailFirst(failures=10)
    _with(monkeypatch, finder)
    with caplog.at_level(logging.WARNING):
        app._preload()  # no exception reaches the task runner (no traceback on the terminal)
    assert NAME not in sys.modules and finder.tries == 3
    assert "gave up after 3 attempts" in caplog.text
