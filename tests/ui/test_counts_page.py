"""The Regional counts page, driven like a user: enter a tally, read the remainder, compare."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from incident_logger.domain.models import CountLine, CountReportDraft
from incident_logger.domain.tally import tally
from incident_logger.services.counts import (
    create_count_report,
    get_count_report,
    list_count_reports,
    update_count_report,
)
from incident_logger.services.places import list_places
from incident_logger.store.engine import Database
from incident_logger.ui import prompts
from incident_logger.ui.counts.lines_model import CountLinesModel
from incident_logger.ui.counts.list_model import CountReportListModel
from incident_logger.ui.counts.page import CountsPage
from incident_logger.ui.counts.place_index import PlaceIndex
from incident_logger.ui.counts.totals_model import RegionTotalsModel
from incident_logger.ui.counts.totals_view import compute_totals
from tests.conftest import Night
from tests.ui.page_support import loaded_counts_page, wait_idle


@pytest.fixture
def page(qtbot: QtBot, db: Database, night: Night) -> Iterator[CountsPage]:
    yield loaded_counts_page(qtbot, db, 2)


def type_text(widget: QWidget, text: str) -> None:
    """Type any script (QTest.keyClicks only knows ASCII) as real key events."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def _type_cell(qtbot: QtBot, page: CountsPage, row: int, column: int, text: str) -> None:
    """Open a grid cell with the keyboard and type into it, leaving the editor open."""
    view = page.editor.lines_view
    index = page.editor.lines_model.index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text)


def _enter_line(qtbot: QtBot, page: CountsPage, region: str, count: str) -> None:
    qtbot.keyClick(page.editor.lines_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    row = page.editor.lines_model.rowCount() - 1
    editor = page.editor.lines_view.indexWidget(page.editor.lines_model.index(row, 0))
    assert isinstance(editor, QLineEdit)
    type_text(editor, region)
    page.editor.commit_open_cell()
    _type_cell(qtbot, page, row, CountLinesModel.COUNT, count)


def test_enter_ministry_tally_and_read_the_remainder(
    qtbot: QtBot, page: CountsPage, db: Database, night: Night
) -> None:
    qtbot.keyClick(page.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor.report_id is None and editor.source.hasFocus()
    editor.source.setCurrentIndex(editor.source.findData(night.ministry))
    editor.issued.setDateTime(QDateTime.fromString("2026-09-13 09:00", "yyyy-MM-dd HH:mm"))
    editor.period_start.setDateTime(QDateTime.fromString("2026-09-12 20:00", "yyyy-MM-dd HH:mm"))
    editor.period_end.setDateTime(QDateTime.fromString("2026-09-13 07:00", "yyyy-MM-dd HH:mm"))
    qtbot.keyClicks(editor.total, "221")
    assert editor.tally_bar.remainder() == "Unallocated: 221 of 221"

    _enter_line(qtbot, page, "Kaluga Oblast", "85")  # an alias resolves to the region
    assert editor.tally_bar.remainder() == "Unallocated: 136 of 221"  # live, cell still open
    _enter_line(qtbot, page, "Брянская область", "42")
    _enter_line(qtbot, page, "kursk oblast", "28")
    assert editor.tally_bar.remainder() == "Unallocated: 66 of 221"
    assert editor.tally_bar.allocated_label.text() == "Allocated: 155"
    assert not editor.tally_bar.banner.isVisible()
    assert editor.is_dirty()

    qtbot.keyClick(editor.total, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, page)
    assert not editor.is_dirty(), editor.errors["lines"].text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    saved = get_count_report(db, editor.report_id or 0)
    assert [(ln.place_id, ln.count) for ln in saved.draft.lines] == [
        (night.kaluga_region, 85),
        (night.bryansk_region, 42),
        (night.kursk_region, 28),
    ]
    assert tally(saved.draft.stated_total, saved.draft.lines).remainder == 66
    assert page.selected_id() == saved.id
    row = page.model.row_of(saved.id)
    assert page.model.index(row, CountReportListModel.REMAINDER).data() == "66"


def test_lines_over_the_total_show_a_warning(qtbot: QtBot, page: CountsPage, night: Night) -> None:
    page.new_report()
    editor = page.editor
    editor.source.setCurrentIndex(editor.source.findData(night.governor))
    qtbot.keyClicks(editor.total, "18")
    _enter_line(qtbot, page, "Калужская", "15")  # a unique start of a name resolves
    assert not editor.tally_bar.banner.isVisible()
    count_cell = editor.lines_view.indexWidget(editor.lines_model.index(0, 1))
    qtbot.keyClick(count_cell, Qt.Key.Key_0)  # 15 -> 150, still typing
    assert editor.tally_bar.banner.isVisible()
    assert "132 more than the stated total of 18" in editor.tally_bar.warning_label.text()
    qtbot.keyClick(count_cell, Qt.Key.Key_Backspace)
    assert not editor.tally_bar.banner.isVisible()
    qtbot.keyClick(count_cell, Qt.Key.Key_0)

    page.save()  # a source may over-allocate; the report is kept as given
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    index = page.model.index(
        page.model.row_of(editor.report_id or 0), CountReportListModel.REMAINDER
    )
    assert index.data() == "+132 over"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None


def test_unknown_region_and_missing_source_are_shown_next_to_the_fields(
    qtbot: QtBot, page: CountsPage, db: Database
) -> None:
    page.new_report()
    qtbot.keyClicks(page.editor.total, "5")
    _enter_line(qtbot, page, "Atlantis", "5")
    page.save()
    wait_idle(qtbot, page)
    assert "Choose the source" in page.editor.errors["source"].text()
    assert "No place is named 'Atlantis'" in page.editor.errors["lines"].text()
    assert page.editor.lines_model.rows()[0].region == "Atlantis"  # kept as typed
    assert len(list_count_reports(db)) == 2


def test_switching_away_keeps_typed_data_when_the_user_cancels(
    qtbot: QtBot, page: CountsPage, night: Night, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.new_report()
    qtbot.keyClicks(page.editor.total, "99")
    asked: list[str] = []

    def cancel(_parent: object, what: str) -> prompts.Unsaved:
        asked.append(what)
        return prompts.Unsaved.CANCEL

    monkeypatch.setattr(prompts, "ask_unsaved", cancel)
    page.list_view.setFocus()  # tabbing into the list only moves the current index
    qtbot.waitUntil(page.list_view.hasFocus)
    assert not asked and page.editor.report_id is None
    page.list_view.setCurrentIndex(page.model.index(0, 0))
    assert asked and page.editor.total.text() == "99" and page.editor.report_id is None
    assert page.selected_id() is None


def test_totals_side_by_side_show_the_disagreement(
    qtbot: QtBot, page: CountsPage, night: Night
) -> None:
    page.tabs.setCurrentWidget(page.totals)
    with qtbot.waitSignal(page.totals.computed, timeout=5000):
        page.totals.set_period(date(2026, 9, 11), date(2026, 9, 12))
    model = page.totals.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[1:3] == ["Governor of Kaluga Oblast (Telegram)", "Ministry of Defence"]
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    kaluga = rows["Калужская область"]
    assert [model.index(kaluga, c).data() for c in range(1, 4)] == ["18", "85", "1"]
    assert model.index(kaluga, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "disagree" in model.index(kaluga, 0).data(Qt.ItemDataRole.ToolTipRole)
    bryansk = rows["Брянская область"]
    assert model.index(bryansk, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "disagree on 1" in page.totals.summary.text()
    page.totals.table.setCurrentIndex(model.index(kaluga, 0))
    behind = page.totals.statements
    assert page.totals.statements_title.text() == "Reports behind Калужская область"
    assert sorted(behind.index(r, 2).data() for r in range(behind.rowCount())) == ["18", "85"]
    assert all(behind.index(r, 0).data(Qt.ItemDataRole.DecorationRole) for r in range(2))
    page.totals.only_disputed.setChecked(True)
    assert model.rowCount() == 1 + model.footer_count()


def test_trash_and_restore(qtbot: QtBot, page: CountsPage, db: Database, night: Night) -> None:
    page.list_view.setCurrentIndex(page.model.index(page.model.row_of(night.governor_report), 0))
    assert page.editor.report_id == night.governor_report
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.trash_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.is_loading())
    page.list_view.setCurrentIndex(page.model.index(0, 0))
    assert not page.editor.save_button.isEnabled()
    page.restore_action.trigger()
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.is_loading())
    page.trash_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.is_loading())


def test_models_pass_the_model_tester(qtmodeltester, db: Database, night: Night) -> None:  # type: ignore[no-untyped-def]
    reports = CountReportListModel()
    reports.set_reports(list_count_reports(db))
    qtmodeltester.check(reports)
    totals = RegionTotalsModel()
    result = compute_totals(db, "2026-09-01", "2026-09-30", None)
    totals.set_totals(result.totals, result.conflicts)
    qtmodeltester.check(totals)
    lines = CountLinesModel(PlaceIndex(list_places(db)))
    lines.set_lines(get_count_report(db, night.ministry_report).draft.lines)
    lines.add_line()
    qtmodeltester.check(lines)


def test_a_source_reporting_fewer_nights_is_not_a_disagreement(db: Database, night: Night) -> None:
    create_count_report(
        db,
        CountReportDraft(
            source_id=night.ministry,
            issued_at="2026-09-13 09:00",
            period_start="2026-09-12 20:00",
            period_end="2026-09-13 07:00",
            stated_total=30,
            lines=(CountLine(night.kaluga_region, 30),),
        ),
    )
    result = compute_totals(db, "2026-09-11", "2026-09-13 23:59", "drones")
    pairs = result.conflicts[night.kaluga_region]
    assert [(a.count, b.count) for a, b in pairs] == [(85, 18)]  # the first night only
    governor = get_count_report(db, night.governor_report).draft
    update_count_report(
        db,
        night.governor_report,
        replace(governor, stated_total=85, lines=(CountLine(night.kaluga_region, 85),)),
    )
    result = compute_totals(db, "2026-09-11", "2026-09-13 23:59", "drones")
    assert night.kaluga_region not in result.conflicts  # sums differ (85 vs 115), nights agree


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader could not name (inner editors of combos and spin boxes aside)."""
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView, QCheckBox)
    return [
        f"{type(w).__name__} {w.objectName()}"
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w, QHeaderView)
        and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
        and w.isVisibleTo(root)
        and not w.accessibleName()
    ]


def test_every_input_has_an_accessible_name(page: CountsPage) -> None:
    assert unnamed_inputs(page) == []
    page.tabs.setCurrentWidget(page.totals)
    assert unnamed_inputs(page) == []


def test_a_city_typed_on_a_line_counts_for_its_region(
    qtbot: QtBot, page: CountsPage, night: Night
) -> None:
    page.new_report()
    _enter_line(qtbot, page, "Kaluga", "18")  # the governor names the city: the line is regional
    page.editor.commit_open_cell()
    line = page.editor.lines_model.rows()[0]
    assert (line.place_id, line.region) == (night.kaluga_region, "Калужская область")
    completions = PlaceIndex(list_places(page._db)).completion_model()
    shown = {completions.index(r, 0).data() for r in range(completions.rowCount())}
    assert "Kaluga Oblast → Калужская область  ·  Россия" in shown
    assert not any(text.startswith("Калуга") for text in shown)  # regions only
