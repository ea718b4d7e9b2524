"""The Regional counts page's search box, typed into as a person does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from incident_logger.domain.models import CountLine, CountReportDraft
from incident_logger.services.counts import create_count_report
from incident_logger.store.engine import Database
from incident_logger.ui.counts.page import CountsPage
from tests.conftest import Night
from tests.ui.page_support import loaded_counts_page

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
PACE = 100


def type_slowly(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type any script at a person's pace (QTest.keyClicks only knows Latin letters)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
        qtbot.wait(PACE)


@pytest.fixture
def obninsk_report(db: Database, night: Night) -> int:
    return create_count_report(
        db,
        CountReportDraft(
            source_id=night.governor,
            issued_at="2026-09-14 02:00",
            period_start="2026-09-13 23:00",
            period_end="2026-09-14 01:30",
            stated_total=5,
            note="Two were brought down over Обнинск.",
            lines=(CountLine(night.kaluga_region, 5),),
        ),
    ).id


@pytest.fixture
def page(qtbot: QtBot, db: Database, night: Night, obninsk_report: int) -> Iterator[CountsPage]:
    yield loaded_counts_page(qtbot, db, 3)


def _ids(page: CountsPage) -> set[int]:
    model = page.model
    return {r.report.id for r in (model.report_at(i) for i in range(model.rowCount())) if r}


def test_a_word_only_in_a_note_finds_its_report(
    qtbot: QtBot, page: CountsPage, obninsk_report: int
) -> None:
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_F, CTRL)
    edit = page.search.edit
    assert edit.hasFocus()
    type_slowly(qtbot, edit, "Обнинск")
    qtbot.waitUntil(lambda: not page.is_loading() and _ids(page) == {obninsk_report})
    assert page.list_stack.currentWidget() is page.list_view
    # Nothing matches: the list says so instead of going blank.
    type_slowly(qtbot, edit, " Тула")
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.rowCount() == 0)
    assert page.list_stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No count report matches the search"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.rowCount() == 3)


def test_a_field_of_incidents_is_explained_and_the_list_stays(
    qtbot: QtBot, page: CountsPage, night: Night
) -> None:
    edit = page.search.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "source:ministry", delay=PACE)
    qtbot.waitUntil(lambda: not page.is_loading() and _ids(page) == {night.ministry_report})
    qtbot.keyClicks(edit, " category:fire", delay=PACE)
    qtbot.wait(400)
    assert page.search.error.isVisible()
    assert "applies to incidents, not count reports" in page.search.error.text()
    assert "character 17" in page.search.error.text()
    assert edit.property("invalid") is True
    assert _ids(page) == {night.ministry_report}  # the last good search stays shown
    for _ in " category:fire":
        qtbot.keyClick(edit, Qt.Key.Key_Backspace, delay=30)
    qtbot.wait(400)
    assert not page.search.error.isVisible() and not edit.property("invalid")


def test_totals_cover_the_reports_the_search_selects(
    qtbot: QtBot, page: CountsPage, night: Night
) -> None:
    edit = page.search.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "source:ministry", delay=PACE)
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.rowCount() == 1)
    with qtbot.waitSignal(page.totals.computed, timeout=5000):
        qtbot.keyClick(edit, Qt.Key.Key_G, ALT)  # Totals by re&gion
    model = page.totals.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Region", "Ministry of Defence", "Conflicts"]
    assert "source:ministry" in page.totals.summary.text()
