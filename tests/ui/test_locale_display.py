"""Dates, enum words and place names in the interface's language (issue 13, part 2).

A Ukrainian interface shows stored ISO times in the locale's short form, the seeded categories
and every enum list in Ukrainian, and places under their Ukrainian names with the stored name
in the tooltip; a person types dates in either form and picks a category by its word.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import DamageSeverity, Means, Status
from incident_logger.services.context import raw_connection
from incident_logger.services.incidents import get_incident
from incident_logger.store.engine import Database
from incident_logger.ui import dates, i18n, place_names, words
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night
from tests.ui.editor_support import KEY_MS, wait_written
from tests.ui.window_support import running_window

UK_NAMES = {"kaluga_region": "Калузька область", "kursk_region": "Курська область"}


@pytest.fixture
def ukrainian(qapp: object) -> Iterator[None]:
    i18n.install("uk")
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)
    place_names.clear()


@pytest.fixture
def uk_window(
    qtbot: QtBot, ukrainian: None, db: Database, night: Night, tmp_path: Path
) -> Iterator[MainWindow]:
    with db.write() as session:
        conn = raw_connection(session)
        for key, name in UK_NAMES.items():
            conn.execute(
                "INSERT INTO place_alias(place_id, alias, alias_key, lang) VALUES (?,?,?,'uk')",
                (getattr(night, key), name, name.casefold()),
            )
    place_names.load(db, "uk")

    def in_ukrainian(win: MainWindow) -> None:
        win.maintenance.place_language = "uk"

    with running_window(qtbot, db, tmp_path / "settings.ini", before_show=in_ukrainian) as win:
        yield win


def type_slowly(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type any script at a person's pace (QTest.keyClicks only knows Latin letters)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
        qtbot.wait(KEY_MS)


def test_dates_follow_the_locale_and_english_keeps_iso(ukrainian: None) -> None:
    assert dates.when("2026-09-12T01:30") == "12.09.2026 01:30"
    assert dates.window("2026-09-12T00:00", "2026-09-12T06:00", "window") == (
        "12.09.2026 00:00–06:00"
    )
    assert dates.window("2026-09-10T00:00", None, "day") == "10.09.2026"
    assert dates.window("2026-09-01T00:00", None, "month") == "вересень 2026"
    assert dates.typed("12.09.2026 01:30") == "2026-09-12 01:30"
    assert dates.typed("12.09.26") == "2026-09-12"
    assert dates.typed("2026-09-12 01:30") == "2026-09-12 01:30"  # ISO as typed
    assert dates.typed("вчора") == "вчора"  # no time: the service says so
    i18n.install(i18n.SOURCE_LANGUAGE)
    assert dates.when("2026-09-12T01:30") == "2026-09-12 01:30"
    assert dates.typed("12.09.2026") == "12.09.2026"


def test_enum_words_come_from_the_one_vocabulary(ukrainian: None) -> None:
    assert words.status(Status.CONFIRMED) == "Підтверджено"
    assert words.means(Means.DRONE) == "Безпілотник"
    assert words.severity(DamageSeverity.MINOR) == "незначні"
    assert words.category("debris impact") == "падіння уламків"
    assert words.category("my own") == "my own"


def test_a_ukrainian_window_shows_dates_words_and_places_in_ukrainian(
    qtbot: QtBot, uk_window: MainWindow, night: Night, db: Database
) -> None:
    page = uk_window.incidents
    model = page.list.model
    when = next(i for i, c in enumerate(model.columns) if c.key == "when")
    region = next(i for i, c in enumerate(model.columns) if c.key == "region")
    row = model.row_of(night.fire_incident)
    assert row is not None
    assert model.index(row, when).data() == "10.09.2026"
    assert model.index(row, region).data() == "Курська область"

    page.list.table.selectRow(row)
    qtbot.waitUntil(lambda: page.editor.incident_id == night.fire_incident)
    form = page.editor.form
    assert form.start_at.text() == "10.09.2026"
    assert form.place.edit.text() == "Курська область"
    assert "Курская область" in form.place.edit.toolTip()
    assert form.category.currentText() == "пожежа"
    listed = [form.category.itemText(i) for i in range(form.category.count())]
    assert "перехоплення" in listed and "interception" not in listed
    statuses = [form.status.itemText(i) for i in range(form.status.count())]
    assert "Підтверджено" in statuses and "Confirmed" not in statuses

    # The end typed in the locale's short form, the category by its Ukrainian word.
    form.end_at.setFocus()
    QTest.keyClicks(form.end_at, "11.09.26 09:30", delay=KEY_MS)
    line = form.category.lineEdit()
    assert line is not None
    line.selectAll()
    type_slowly(qtbot, line, "перехоплення")
    QTest.keyClick(line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_written(qtbot, uk_window)
    saved = get_incident(db, night.fire_incident).draft
    assert saved.end_at == "2026-09-11T09:30"
    assert saved.category == "interception"
    qtbot.waitUntil(lambda: form.category.currentText() == "перехоплення", timeout=5000)

    uk_window.show_page("places")
    qtbot.wait(200)
    places = uk_window.pages["places"]
    tree_model = places.model  # type: ignore[attr-defined]
    root = tree_model.invisibleRootItem()
    names: list[str] = []

    def walk(item: object) -> None:
        for r in range(item.rowCount()):  # type: ignore[attr-defined]
            child = item.child(r)  # type: ignore[attr-defined]
            names.append(child.text())
            walk(child)

    walk(root)
    assert "Калузька область" in names and "Калужская область" not in names
