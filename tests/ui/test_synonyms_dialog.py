"""Edit › Search synonyms: a person adds and removes a group, and searches follow at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from incident_logger.domain.models import IncidentDraft
from incident_logger.services.incidents import create_incident
from incident_logger.services.search import search_incidents
from incident_logger.store.engine import Database
from incident_logger.ui.dialogs.synonyms_dialog import SynonymsDialog


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> Iterator[SynonymsDialog]:
    d = SynonymsDialog(db)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d
    d.close()


def type_slowly(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type any script at a person's pace (QTest.keyClicks only knows Latin letters)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
        qtbot.wait(100)


def ids(db: Database, query: str) -> set[int]:
    return {r.id for r in search_incidents(db, query).rows}


def test_the_seeded_groups_are_listed(dialog: SynonymsDialog) -> None:
    shown = [dialog.groups.item(i).text() for i in range(dialog.groups.count())]
    assert any("БПЛА" in t and "drone" in t for t in shown), shown
    assert any("ПВО" in t and "ППО" in t for t in shown), shown


def test_add_a_group_by_typing_then_remove_it(
    qtbot: QtBot, dialog: SynonymsDialog, db: Database
) -> None:
    made = create_incident(db, IncidentDraft("Герань над Курском", "2026-09-12")).id
    assert made not in ids(db, "шахед")
    before = dialog.groups.count()
    dialog.words.setFocus()
    type_slowly(qtbot, dialog.words, "шахед, герань")
    qtbot.wait(100)
    QTest.keyClick(dialog.words, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert dialog.isVisible()  # Enter adds the group; the dialog stays open
    assert dialog.groups.count() == before + 1
    assert dialog.groups.currentItem().text() == "шахед, герань"
    assert dialog.words.text() == ""
    assert made in ids(db, "шахед") and made in ids(db, "шахедов")  # with its forms
    dialog.groups.setFocus()
    QTest.keyClick(dialog.groups, Qt.Key.Key_Delete)
    qtbot.wait(100)
    assert dialog.groups.count() == before
    assert made not in ids(db, "шахед")


def test_one_word_is_no_group_and_the_typing_stays(
    qtbot: QtBot, dialog: SynonymsDialog, db: Database
) -> None:
    before = dialog.groups.count()
    dialog.words.setFocus()
    type_slowly(qtbot, dialog.words, "дрон,")
    qtbot.wait(100)
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert dialog.groups.count() == before
    assert dialog.words.text() == "дрон,"
    assert dialog.error.isVisible() and "two different words" in dialog.error.text()
