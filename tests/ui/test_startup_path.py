"""What the app's start-up loads before its first rows (issue 11): not the ORM, reportlab,
the language tools or qtawesome; and the icons drawn without qtawesome are qtawesome's own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from incident_logger.store.engine import Database
from incident_logger.ui import glyphs, icons
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.settings import open_settings
from incident_logger.ui.tasks import TaskRunner
from tests.conftest import Night

HEAVY = ("sqlmodel", "sqlalchemy", "reportlab", "pymorphy3", "qtawesome", "qtpy")

# The real start-up (app.run_app) in a fresh process; at the first rows it prints which heavy
# modules are loaded, then closes the window the normal way.
CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
from incident_logger import app
from incident_logger.ui import smoke

HEAVY = %r
deferred = app._after_first_rows

def at_first_rows(window):
    # Before the work that waits for the first rows (preload, dictionaries, welcome) starts.
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)
    rows = window.incidents.list.model.rowCount()
    print("AT-FIRST-ROWS " + json.dumps({"rows": rows, "loaded": loaded}), flush=True)
    deferred(window)
    window.close()
    QApplication.quit()

app._after_first_rows = at_first_rows
smoke.enabled = lambda: True
smoke.quit_after_first_rows = lambda window: None
sys.exit(app.run_app(["--db", sys.argv[1]]))
"""


def test_the_first_rows_come_before_any_heavy_module(
    night: Night, db: Database, db_path: Path, tmp_path: Path
) -> None:
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = subprocess.run(
        [sys.executable, "-c", CHILD % (HEAVY,), str(db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("AT-FIRST-ROWS ")), None)
    assert line is not None, done.stdout + done.stderr
    seen = json.loads(line.removeprefix("AT-FIRST-ROWS "))
    assert seen["rows"] == 2
    assert seen["loaded"] == []
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("role", sorted(icons.ICONS))
def test_the_drawn_icons_are_qtawesomes_own(qtbot: QtBot, role: str) -> None:
    import qtawesome as qta

    name = icons.ICONS[role]
    assert glyphs.available(name)
    normal, disabled, active = icons._colours()
    ours = glyphs.glyph_icon(name, normal, disabled, normal, active)
    theirs = qta.icon(
        name, color=normal, color_disabled=disabled, color_active=normal, color_selected=active
    )
    for size in (16, 18, 24, 32):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected):
            mine = ours.pixmap(QSize(size, size), mode).toImage()
            assert mine == theirs.pixmap(QSize(size, size), mode).toImage(), (size, mode)
            assert not mine.isNull()


def test_other_fonts_still_come_from_qtawesome(qtbot: QtBot) -> None:
    assert not glyphs.available("fa5s.fire")
    assert not glyphs.available("mdi6.no-such-icon-here")
    assert not icons.icon("fa5s.fire").isNull()


def test_the_smoke_start_still_sees_the_welcome_after_the_deferred_work(tmp_path: Path) -> None:
    """packaging/smoke.sh's check: the welcome comes after the first rows' deferred work."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INCIDENT_LOGGER_SMOKE="1")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    done = subprocess.run(
        [sys.executable, "-m", "incident_logger"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert "0 rows shown" in done.stdout, done.stdout + done.stderr
    assert "dialogs open: welcomeDialog" in done.stdout, done.stdout
    assert done.returncode == 0


def _new_window(db: Database, tmp_path: Path) -> tuple[MainWindow, TaskRunner]:
    runner = TaskRunner()
    win = MainWindow(db, open_settings(tmp_path / "settings.ini"), None, runner)
    win.resize(1200, 800)
    win.show()
    return win, runner


def test_work_after_the_first_rows_runs_once_they_are_painted_in_order(
    qtbot: QtBot, night: Night, db: Database, tmp_path: Path
) -> None:
    win, runner = _new_window(db, tmp_path)
    ran: list[tuple[str, int]] = []
    model = win.incidents.list.model
    win.after_first_rows(lambda: ran.append(("first", model.rowCount())))
    win.after_first_rows(lambda: ran.append(("second", model.rowCount())))
    assert ran == []
    win.start()
    qtbot.waitUntil(lambda: len(ran) == 2)
    assert ran == [("first", 2), ("second", 2)]
    win.after_first_rows(lambda: ran.append(("later", model.rowCount())))  # at once now
    assert ran[-1] == ("later", 2)
    win.close()
    win.deleteLater()
    runner.shutdown()


def test_work_after_the_first_rows_runs_when_the_first_query_fails(
    qtbot: QtBot, night: Night, db: Database, tmp_path: Path
) -> None:
    win, runner = _new_window(db, tmp_path)
    ran: list[str] = []
    win.after_first_rows(lambda: ran.append("ran"))
    failed: list[object] = []
    win.incidents.list.model.query_failed.connect(failed.append)
    win.incidents.list.model.set_query("region:")  # no value: the worker's parse fails
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    qtbot.waitUntil(lambda: ran == ["ran"], timeout=5000)
    win.close()
    win.deleteLater()
    runner.shutdown()
