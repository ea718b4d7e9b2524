"""The New place and New source dialogs, typed into as a person does: OK creates the record;
a refusal is said under the form in the interface's words and the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import PlaceKind, Reliability, SourceKind
from incident_logger.services.places import list_places
from incident_logger.services.sources import list_sources
from incident_logger.store.engine import Database
from incident_logger.ui import i18n
from incident_logger.ui.dialogs.new_place_dialog import NewPlaceDialog
from incident_logger.ui.dialogs.new_source_dialog import NewSourceDialog
from tests.ui.editor_support import KEY_MS, type_slowly


def _shown(qtbot: QtBot, dialog: NewPlaceDialog | NewSourceDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.name.setFocus()
    qtbot.wait(KEY_MS)


def test_new_source_dialog_creates_the_typed_source(qtbot: QtBot, db: Database) -> None:
    dialog = NewSourceDialog(db, "")
    _shown(qtbot, dialog)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # OK with no name: refused, still open
    qtbot.wait(KEY_MS)
    assert dialog.isVisible() and dialog.source is None
    assert dialog.error.isVisible() and dialog.error.text().startswith("Name")
    assert dialog.name.property("invalid") is True
    type_slowly(qtbot, dialog.name, "Kaluga TV")
    dialog.url.setFocus()
    type_slowly(qtbot, dialog.url, "https://a.ru")
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.source is not None
    [stored] = list_sources(db)
    assert stored.id == dialog.source.id
    draft = stored.draft
    assert (draft.name, draft.url) == ("Kaluga TV", "https://a.ru")
    assert (draft.kind, draft.reliability) == (SourceKind.OFFICIAL, Reliability.F)


def test_new_place_dialog_refuses_an_unknown_parent_then_creates(
    qtbot: QtBot, db: Database
) -> None:
    dialog = NewPlaceDialog(db, "Obninsk")
    _shown(qtbot, dialog)
    dialog.parent_place.edit.setFocus()
    type_slowly(qtbot, dialog.parent_place.edit, "Zzz")
    dialog.aliases.setFocus()
    qtbot.keyClick(dialog.aliases, Qt.Key.Key_Return)
    qtbot.wait(KEY_MS)
    assert dialog.isVisible() and dialog.place is None
    assert dialog.error.text().startswith("Inside: choose a suggested place")
    dialog.parent_place.edit.selectAll()
    qtbot.keyClick(dialog.parent_place.edit, Qt.Key.Key_Delete)
    dialog.aliases.setFocus()
    type_slowly(qtbot, dialog.aliases, "Obn")
    qtbot.keyClick(dialog.aliases, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.place is not None
    [stored] = list_places(db)
    assert (stored.draft.name, stored.draft.kind) == ("Obninsk", PlaceKind.CITY)
    assert stored.draft.aliases == ("Obn",)


def test_a_refusal_speaks_the_interface_language(qtbot: QtBot, db: Database) -> None:
    i18n.install("uk")
    try:
        dialog = NewSourceDialog(db, "")
        _shown(qtbot, dialog)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        qtbot.wait(KEY_MS)
        said = dialog.error.text()
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
    assert dialog.isVisible() and dialog.source is None
    assert said and "name" not in said.casefold() and "must" not in said, said
