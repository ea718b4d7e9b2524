"""The gazetteer as a user meets it: loaded in the background on first start, and place
pickers that understand inflected names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from incident_logger.services.place_match import resolve_place
from incident_logger.services.places import list_places
from incident_logger.store.engine import Database
from incident_logger.ui.incidents.place_picker import PLACE_ID_ROLE, PlacePicker
from tests.gazetteer_fixture import gazetteer_template, gdb
from tests.ui.test_counts_page import type_text

__all__ = ["gazetteer_template", "gdb"]


def test_first_start_loads_the_gazetteer_in_the_background(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from incident_logger.ui.main_window import MainWindow
    from incident_logger.ui.settings import open_settings
    from incident_logger.ui.tasks import TaskRunner

    runner = TaskRunner()
    window = MainWindow(db, open_settings(tmp_path / "g.ini"), None, runner)
    window.show()
    window.start()
    assert list_places(db) == []
    window.maintenance.load_gazetteer()
    assert window.maintenance.runner.is_busy()  # the GUI thread goes on meanwhile
    qtbot.waitUntil(lambda: not window.maintenance.runner.is_busy(), timeout=60_000)
    assert "gazetteer" in window.statusBar().currentMessage().lower()
    assert resolve_place(db, "Обнинск")[0].path == "Россия › Калужская область › Обнинск"
    window.close()
    window.deleteLater()


def test_the_picker_offers_the_region_for_an_inflected_word(qtbot: QtBot, gdb: Database) -> None:
    picker = PlacePicker(gdb)
    qtbot.addWidget(picker)
    picker.resize(500, 60)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    picker.edit.setFocus()
    type_text(picker.edit, "Брянской")
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0, timeout=5000)
    texts = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    wanted = next(i for i, t in enumerate(texts) if t.startswith("Брянская область"))
    for _ in range(wanted + 1):
        QTest.keyClick(popup, Qt.Key.Key_Down, delay=100)
    QTest.keyClick(popup, Qt.Key.Key_Return, delay=100)
    region = resolve_place(gdb, "Брянская область")[0].place_id
    qtbot.waitUntil(lambda: picker.place_id == region, timeout=3000)
    assert popup.model().index(wanted, 0).data(PLACE_ID_ROLE) == region
    assert "Россия" in picker.path.text()


def test_count_lines_resolve_inflected_region_names(gdb: Database) -> None:
    from incident_logger.services.place_match import lemma_index
    from incident_logger.ui.counts.place_index import PlaceIndex

    index = PlaceIndex(list_places(gdb), lemma_index(gdb))

    def region(text: str) -> str:
        found = index.resolve(text)
        return index.name(found) if found is not None else ""

    assert region("Брянской") == "Брянская область"
    assert region("над Смоленской областью") == "Смоленская область"
    assert region("Ленинградской") == "Ленинградская область"  # not the станица
    assert region("Калуги") == "Калужская область"  # a city counts for its region
    assert region("Київщиною") == "Київська область"
    assert region("Kursk Oblast") == "Курская область"
    assert region("Ыыхтрбрск") == ""
