"""Crash-recovery drafts are kept per database and per window (issue 8, item 10).

Other instances are real processes: one that dies without closing (a crash) and one that keeps
writing its own draft while this window autosaves.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from incident_logger.domain.models import IncidentDraft
from incident_logger.store.engine import Database
from incident_logger.ui import prompts
from incident_logger.ui.incidents import page as page_module
from incident_logger.ui.incidents.recovery_draft import DraftStore, drafts_dir
from incident_logger.ui.main_window import MainWindow
from tests.ui.editor_support import type_slowly, window

__all__ = ["window"]

OTHER_INSTANCE = """
import os, sys, time
from pathlib import Path
from incident_logger.domain.models import IncidentDraft
from incident_logger.ui.incidents.recovery_draft import DraftStore
database, mode, title = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
store = DraftStore(database)
draft = IncidentDraft(title=title, start_at="2026-09-12", category="fire")
if mode == "crash":
    assert store.write(draft, None)
    os._exit(0)  # dies without closing: the draft stays behind
print("ready", flush=True)
stop, end = Path(sys.argv[4]), time.monotonic() + 120  # until told to stop (or 2 minutes)
while not stop.exists() and time.monotonic() < end:
    assert store.write(draft, None)
    time.sleep(0.02)
store.close()
print("closed", flush=True)
"""


def _other(database: Path, mode: str, title: str, stop: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", OTHER_INSTANCE, str(database), mode, title, str(stop)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )


def _crash(database: Path, title: str) -> None:
    process = subprocess.run(
        [sys.executable, "-c", OTHER_INSTANCE, str(database), "crash", title, "-"],
        env=dict(os.environ),
        timeout=60,
        check=False,
    )
    assert process.returncode == 0


def test_a_crashed_windows_form_is_offered_and_restored(
    qtbot: QtBot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash(db_path, "Half-typed report")
    page = window.incidents
    asked: list[str] = []

    def restore(_parent: object, _saved_at: str, what: str) -> bool:
        asked.append(what)
        return True

    monkeypatch.setattr(prompts, "ask_restore_draft", restore)
    page.offer_recovery()
    assert asked == ["a new incident"]
    assert page.editor.form.title.text() == "Half-typed report" and page.editor.is_dirty()
    left = sorted(p.name for p in drafts_dir(db_path).glob("*.json"))
    assert left == [page.drafts.path.name]  # the crashed one is now this window's draft
    page.offer_recovery()
    assert len(asked) == 1  # offered once


def test_a_running_second_instance_is_left_alone(
    qtbot: QtBot,
    window: MainWindow,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stop = tmp_path / "stop"
    other = _other(db_path, "live", "The other window's form", stop)
    assert other.stdout is not None and other.stdout.readline().strip() == "ready"
    page = window.incidents
    window.action("new").trigger()
    type_slowly(qtbot, page.editor.form.title, "Mine")
    # Both write their drafts at once; the autosave timer runs too (any uncaught exception in
    # a Qt slot fails the test).
    for _ in range(5):
        page.autosave()
        qtbot.wait(150)
    qtbot.wait(page_module.AUTOSAVE_MS + 200)
    names = {p.name for p in drafts_dir(db_path).glob("*.json")}
    assert page.drafts.path.name in names and len(names) == 2
    monkeypatch.setattr(prompts, "ask_restore_draft", lambda *_: pytest.fail("offered"))
    page.offer_recovery()  # the other window is alive: its draft is not a crash's
    stop.write_text("")
    assert other.stdout.readline().strip() == "closed" and other.wait(timeout=30) == 0
    other.stdout.close()
    assert {p.name for p in drafts_dir(db_path).glob("*.json")} == {page.drafts.path.name}


def test_two_windows_of_one_process_keep_two_drafts(db: Database, db_path: Path) -> None:
    first, second = DraftStore(db_path), DraftStore(db_path)
    assert first.write(IncidentDraft(title="one", start_at=""), None)
    assert second.write(IncidentDraft(title="two", start_at=""), 1)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert first.orphans() == [] and second.orphans() == []  # both are alive
    first.close()
    second.close()
    assert not first.path.exists() and not second.path.exists()


def test_drafts_of_another_database_are_not_offered(db_path: Path, tmp_path: Path) -> None:
    other_db = tmp_path / "other.sqlite3"
    _crash(other_db, "For the other file")
    assert DraftStore(db_path).orphans() == []
    found = DraftStore(other_db).orphans()
    assert [d.draft.title for d in found] == ["For the other file"]


def test_a_draft_that_cannot_be_written_is_logged_not_raised(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = DraftStore(db_path)
    store.folder.parent.parent.mkdir(parents=True, exist_ok=True)
    store.folder.parent.write_text("not a folder")  # the recovery folder cannot be made
    assert store.write(IncidentDraft(title="x", start_at=""), None) is False
    assert "could not write the recovery draft" in caplog.text
    assert store.orphans() == []
