"""The example night from a new database, by keyboard: three pastes, a few corrections."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import PlaceDraft
from incident_logger.services.counts import list_count_reports
from incident_logger.services.incidents import get_incident
from incident_logger.services.places import create_place
from incident_logger.store.engine import Database
from incident_logger.ui.capture.capture_window import CaptureWindow
from incident_logger.ui.capture.panels import IncidentPanel, ReportPanel
from incident_logger.ui.main_window import MainWindow
from tests.capture.conftest import GOVERNOR_POST, MINISTRY_TALLY, PUMP_STATION
from tests.ui.window_support import running_window

PACE = 100  # ms per key, as a person types


class Keys:
    """Counts what the user types: characters, other keys, and corrections (fields typed in)."""

    def __init__(self) -> None:
        self.characters = 0
        self.keys = 0
        self.corrections = 0

    def type(self, widget: QWidget, text: str) -> None:
        """Type any script (QTest.keyClicks knows only ASCII) as key events, at a human pace."""
        self.corrections += 1
        self.characters += len(text)
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )
            QTest.qWait(PACE)

    def press(
        self,
        widget: QWidget,
        key: Qt.Key,
        mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self.keys += 1
        QTest.qWait(PACE)
        QTest.keyClick(widget, key, mods)  # press and release together: the key may close it


@pytest.fixture
def new_gazetteer(db: Database) -> None:
    """The regions and towns the statements name (what the built-in gazetteer holds)."""
    russia = create_place(db, PlaceDraft("Россия", PlaceKind.COUNTRY, country_code="RU")).id
    ids = {}
    for name, iso in (
        ("Калужская область", "RU-KLU"),
        ("Брянская область", "RU-BRY"),
        ("Смоленская область", "RU-SMO"),
        ("Ленинградская область", "RU-LEN"),
    ):
        ids[iso] = create_place(
            db, PlaceDraft(name, PlaceKind.REGION, russia, "RU", iso, aliases=(name.split()[0],))
        ).id
    for name in ("Калуга", "Обнинск"):
        create_place(db, PlaceDraft(name, PlaceKind.CITY, ids["RU-KLU"], "RU"))


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path, new_gazetteer: None) -> Iterator[MainWindow]:
    with running_window(qtbot, db, tmp_path / "settings.ini") as win:
        yield win
        for w in QApplication.topLevelWidgets():
            if isinstance(w, CaptureWindow):
                w.close()


def _paste(qtbot: QtBot, win: MainWindow, keys: Keys, text: str) -> CaptureWindow:
    QGuiApplication.clipboard().setText(text)
    keys.press(
        win, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    found: list[CaptureWindow] = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CaptureWindow) and w.isVisible()
        ]
        return bool(found) and found[0]._result is not None

    qtbot.waitUntil(opened, timeout=15000)
    # a window manager gives a new window the keyboard; offscreen, ask for it
    found[0].activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is found[0], timeout=5000)
    return found[0]


def _issued(qtbot: QtBot, cw: CaptureWindow, keys: Keys, when: str) -> None:
    keys.press(cw.focusWidget() or cw, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: cw.focusWidget() is cw.issued, timeout=2000)
    keys.press(cw.issued, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type(cw.issued, when)
    before = cw._result
    keys.press(cw.issued, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cw._result is not before and cw._result is not None, timeout=15000)


def _new_source(qtbot: QtBot, cw: CaptureWindow, keys: Keys, name: str) -> None:
    if cw.focusWidget() not in (
        cw.source,
        cw.source.lineEdit(),
    ):  # a source was remembered: go to it (Alt+S) and replace it
        keys.press(cw.focusWidget() or cw, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: cw.focusWidget() in (cw.source, cw.source.lineEdit()), timeout=2000)
        keys.press(cw.source.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type(cw.source.lineEdit(), name)

    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(100, accept_dialog)
            return
        keys.press(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(300, accept_dialog)
    keys.press(cw.source.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cw.source.source_id() is not None, timeout=5000)


def _save(qtbot: QtBot, cw: CaptureWindow, keys: Keys) -> None:
    saved: list[object] = []
    cw.saved.connect(saved.append)
    status = cw.status
    keys.press(cw.focusWidget() or cw, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    if not saved:
        raise AssertionError(f"not saved: {status.text()}")
    closed: list[bool] = []
    cw.destroyed.connect(lambda: closed.append(True))
    qtbot.waitUntil(lambda: bool(closed), timeout=5000)  # the window closes and goes away


def test_example_night_by_keyboard(
    qtbot: QtBot, window: MainWindow, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = Keys()
    started = time.perf_counter()

    # 1. The governor's post, pasted just after it was published
    cw = _paste(qtbot, window, keys, GOVERNOR_POST)
    _issued(qtbot, cw, keys, "2026-09-12 01:40")
    assert [type(p) for p in cw.panels] == [ReportPanel, IncidentPanel]
    _new_source(qtbot, cw, keys, "Губернатор Калужской области")
    incident = cw.panels[1]
    assert isinstance(incident, IncidentPanel)
    assert incident.editor.form.start_at.text().startswith("2026-09-11 20:00")
    assert incident.editor.form.injuries.value_or_none() == 0
    _save(qtbot, cw, keys)

    # 2. The ministry's tally
    cw = _paste(qtbot, window, keys, MINISTRY_TALLY)
    _issued(qtbot, cw, keys, "2026-09-12 07:45")
    _new_source(qtbot, cw, keys, "Минобороны России")
    report = cw.panels[0]
    assert isinstance(report, ReportPanel) and report.editor.total.text() == "221"
    _save(qtbot, cw, keys)

    # 3. The pump station, from the same tally: the source is remembered
    cw = _paste(qtbot, window, keys, PUMP_STATION)
    (fire,) = cw.panels
    assert isinstance(fire, IncidentPanel)
    assert cw.source.currentText() == "Минобороны России"
    # "Ранее": the time is the one thing left, and the cursor waits there
    qtbot.waitUntil(lambda: cw.focusWidget() is fire.editor.form.start_at, timeout=3000)
    keys.type(fire.editor.form.start_at, "2026-09-11")
    _save(qtbot, cw, keys)
    elapsed = time.perf_counter() - started

    summaries = sorted(list_count_reports(db), key=lambda s: s.report.draft.issued_at)
    governor, ministry = (s.report.draft for s in summaries)
    assert governor.stated_total == 18 and len(governor.lines) == 1
    assert ministry.stated_total == 221 and [ln.count for ln in ministry.lines] == [85, 42, 28]
    assert summaries[1].tally.remainder == 66
    debris, pump = (get_incident(db, i) for i in (1, 2))
    assert debris.draft.category == "debris impact" and debris.draft.damage[0].quantity == 3
    assert debris.draft.injuries == 0 and debris.draft.fatalities is None
    assert debris.draft.sources[0].note == GOVERNOR_POST
    assert pump.draft.category == "fire" and pump.draft.damage[0].state.value == "fire extinguished"
    assert keys.corrections <= 10
    with capsys.disabled():
        print(
            f"\nexample night: {keys.corrections} corrections, {keys.characters} characters typed, "
            f"{keys.keys} other keys, {elapsed:.1f} s at {PACE} ms per key"
        )


def test_selecting_a_field_shows_its_span(qtbot: QtBot, window: MainWindow) -> None:
    keys = Keys()
    cw = _paste(qtbot, window, keys, GOVERNOR_POST)
    incident = cw.panels[1]
    assert isinstance(incident, IncidentPanel)
    incident.editor.form.injuries.setFocus()
    qtbot.waitUntil(lambda: cw.statement._focus is not None)
    span = cw.statement._focus
    assert span is not None and GOVERNOR_POST[span.start : span.end] == "Пострадавших"
    cw.close()
