"""The incident editor's own layout (issue 8, item 6): the damage table never scrolls "What" out
of view, the history shows whole values, and the form's labels follow one style."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from incident_logger.services.incidents import get_incident, update_incident
from incident_logger.store.engine import Database
from incident_logger.ui.main_window import MainWindow
from tests.conftest import Night
from tests.ui.editor_support import KEY_MS, open_cell, press_enter, window

__all__ = ["window"]


def test_damage_what_stays_in_view_while_a_note_is_typed(
    qtbot: QtBot, window: MainWindow, night: Night
) -> None:
    page = window.incidents
    page.splitter.setSizes([2000, page.panel.minimumWidth()])  # the narrowest editor
    qtbot.wait(100)
    page.open_incident(night.debris_incident)
    view, model = page.editor.form.damage.view, page.editor.form.damage.model
    page.editor.ensureWidgetVisible(view)
    editor = open_cell(qtbot, view, model.index(0, 4))
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "by the pond", delay=KEY_MS)
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().value() == 0
    assert header.length() <= view.viewport().width() + 1
    what = view.visualRect(model.index(0, 0))
    assert what.left() >= 0 and what.width() >= 48
    press_enter(qtbot, view, editor)
    assert model.notes[0].note == "by the pond"


def test_history_shows_long_values_whole(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database
) -> None:
    from dataclasses import replace

    before = get_incident(db, night.debris_incident)
    long_text = "The wreckage of one drone fell near a pond. " * 12
    update_incident(db, before.id, replace(before.draft, narrative=long_text))
    page = window.incidents
    page.open_incident(night.debris_incident)
    page.tabs.setCurrentWidget(page.history)
    qtbot.waitUntil(lambda: page.history.topLevelItemCount() >= 2)
    top = page.history.topLevelItem(0)
    changed = {top.child(i).text(0): top.child(i) for i in range(top.childCount())}
    after = changed["Narrative"].text(2)
    assert after == " ".join(long_text.split()) and "…" not in after
    assert page.history.wordWrap()
    qtbot.wait(200)
    rect = page.history.visualItemRect(changed["Narrative"])
    assert rect.height() > 3 * page.history.fontMetrics().height()  # wrapped, not cut off


def test_form_labels_follow_one_style(window: MainWindow) -> None:
    form = window.incidents.editor.form
    layouts = form.findChildren(QFormLayout)
    assert layouts
    for layout in layouts:
        assert layout.labelAlignment() & Qt.AlignmentFlag.AlignRight
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                assert not label.text().rstrip().endswith(":"), label.text()
    for label in form.findChildren(QLabel):
        if label.buddy() is not None:
            assert not label.text().endswith(":"), label.text()
