"""Totals by region as a person uses them: the reports' own period, remainders and totals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from incident_logger.domain.models import CountLine, CountReportDraft
from incident_logger.services.counts import create_count_report
from incident_logger.store.engine import Database
from incident_logger.ui.counts.page import CountsPage
from tests.conftest import Night
from tests.ui.page_support import loaded_counts_page

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PACE = 100


@pytest.fixture
def page(qtbot: QtBot, db: Database, night: Night) -> Iterator[CountsPage]:
    yield loaded_counts_page(qtbot, db, 2)


def _rows(page: CountsPage) -> dict[str, list[str]]:
    model = page.totals.model
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 3)]
        for r in range(model.rowCount())
    }


def _open_totals(qtbot: QtBot, page: CountsPage) -> None:
    page.list_view.setFocus()
    with qtbot.waitSignal(page.totals.computed, timeout=5000):
        qtbot.keyClick(page.list_view, Qt.Key.Key_G, ALT)  # "Totals by re&gion"
    assert page.tabs.currentWidget() is page.totals


def test_totals_open_on_the_period_of_the_reports_with_remainder_and_total(
    qtbot: QtBot, page: CountsPage
) -> None:
    # The night's reports are months older than the clock: they are shown all the same.
    _open_totals(qtbot, page)
    totals = page.totals
    assert (totals.start.date(), totals.end.date()) == (QDate(2026, 9, 11), QDate(2026, 9, 12))
    rows = _rows(page)
    assert rows["Калужская область"] == ["18", "85"]
    assert rows["Брянская область"] == ["", "42"]
    assert rows["Not attributed to a region"] == ["0", "66"]  # governor, ministry
    assert rows["Stated total"] == ["18", "221"]
    model = totals.model
    last = model.rowCount() - 1
    assert model.index(last, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "3 regions" in totals.summary.text()  # footer rows are not regions
    totals.table.setFocus()
    qtbot.keyClick(totals.table, Qt.Key.Key_End, CTRL)
    qtbot.wait(100)
    assert totals.statements.rowCount() == 0  # no reports "behind" a total row


def test_typed_dates_stay_until_the_user_asks_for_the_reports_period(
    qtbot: QtBot, page: CountsPage, db: Database, night: Night
) -> None:
    _open_totals(qtbot, page)
    totals = page.totals
    totals.start.setFocus()
    totals.start.selectAll()
    with qtbot.waitSignal(totals.computed, timeout=5000):
        qtbot.keyClicks(totals.start, "2026-09-12", delay=PACE)
    qtbot.wait(400)
    assert totals.start.date() == QDate(2026, 9, 12) and totals.user_period
    # A report for October arrives (saved elsewhere); the list reloads, the typed dates stay.
    create_count_report(
        db,
        CountReportDraft(
            source_id=night.ministry,
            issued_at="2026-10-02 09:00",
            period_start="2026-10-01 20:00",
            period_end="2026-10-02 07:00",
            stated_total=40,
            lines=(CountLine(night.kursk_region, 30),),
        ),
    )
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_loading() and page.model.rowCount() == 3)
    assert totals.start.date() == QDate(2026, 9, 12) and totals.end.date() == QDate(2026, 9, 12)
    with qtbot.waitSignal(totals.computed, timeout=5000):
        qtbot.keyClick(totals.start, Qt.Key.Key_S, ALT)  # "Period of the reports &shown"
    assert (totals.start.date(), totals.end.date()) == (QDate(2026, 9, 11), QDate(2026, 10, 2))
    rows = _rows(page)
    assert rows["Курская область"] == ["", "58"]  # 28 + 30
    assert rows["Not attributed to a region"] == ["0", "76"]  # 66 + 10
    assert rows["Stated total"] == ["18", "261"]


def test_only_disputed_keeps_the_total_rows(qtbot: QtBot, page: CountsPage) -> None:
    _open_totals(qtbot, page)
    qtbot.keyClick(page.totals.only_disputed, Qt.Key.Key_Space)
    assert list(_rows(page)) == ["Калужская область", "Not attributed to a region", "Stated total"]
    assert page.totals.model.region_count() == 3
