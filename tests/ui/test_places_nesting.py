"""Places typed as a person would: a country refused inside a region; Inside finds aliases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.errors import ValidationError
from incident_logger.domain.models import PlaceDraft
from incident_logger.services.places import create_place, get_place, list_places, update_place
from incident_logger.store.engine import Database
from incident_logger.ui.pages.places_page import PlacesPage
from tests.conftest import Night
from tests.ui.page_support import shown, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier
PACE = 100  # ms per key, about a person's typing speed


@pytest.fixture
def page(qtbot: QtBot, db: Database, night: Night) -> Iterator[PlacesPage]:
    widget = shown(qtbot, PlacesPage(db), (1200, 720))
    yield widget
    widget.close()


def _parent_edit(page: PlacesPage) -> QLineEdit:
    line = page.form.parent_box.lineEdit()
    assert line is not None
    return line


def test_a_country_cannot_be_saved_inside_a_region(
    qtbot: QtBot, page: PlacesPage, db: Database, night: Night
) -> None:
    page.list_view.setCurrentIndex(page.index_of(night.kaluga_region))
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_N, CTRL)
    form = page.form
    assert form.parent_box.currentText() == "Россия › Калужская область"
    qtbot.keyClicks(form.name, "Freedonia", delay=PACE)
    qtbot.keyClick(form.name, Qt.Key.Key_Tab)
    assert form.kind.hasFocus()
    qtbot.keyClicks(form.kind, "Co", delay=PACE)  # type-ahead in the dropdown
    assert form.kind.currentData() == "country"
    qtbot.wait(200)
    qtbot.keyClick(form.kind, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, page)
    assert page.has_unsaved_changes()
    error = form.errors["parent"]
    assert error.isVisible() and "top level" in error.text()
    assert "Freedonia" not in {p.draft.name for p in list_places(db)}
    # Typing the fix into Inside clears it: the country saves at the top level.
    edit = _parent_edit(page)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, page)
    assert not page.has_unsaved_changes(), error.text()
    saved = get_place(db, page.record_id or 0)
    assert saved.draft.kind is PlaceKind.COUNTRY and saved.draft.parent_id is None


def test_the_service_keeps_countries_and_regions_in_their_places(
    db: Database, night: Night
) -> None:
    with pytest.raises(ValidationError) as inside:
        create_place(db, PlaceDraft("Freedonia", PlaceKind.COUNTRY, night.kaluga_region))
    assert inside.value.for_field("parent")
    with pytest.raises(ValidationError) as region:
        create_place(db, PlaceDraft("Subregion", PlaceKind.REGION, night.kaluga))
    assert "directly in a country" in region.value.for_field("parent")[0]
    # Turning Russia into a locality would leave its regions inside a locality.
    russia = get_place(db, night.russia).draft
    with pytest.raises(ValidationError) as kind:
        update_place(db, night.russia, PlaceDraft("Россия", PlaceKind.LOCALITY, None))
    assert "Брянская область" in kind.value.for_field("kind")[0]
    assert get_place(db, night.russia).draft == russia
    district = create_place(db, PlaceDraft("Центральный", PlaceKind.DISTRICT, night.kaluga))
    assert district.path.endswith("Калуга › Центральный")  # a city's district is fine


def test_inside_completes_other_names_and_picks_the_place(
    qtbot: QtBot, page: PlacesPage, db: Database, night: Night
) -> None:
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_N, CTRL)
    form = page.form
    qtbot.keyClicks(form.name, "Lyudinovo", delay=PACE)
    form.kind.setFocus()
    qtbot.keyClicks(form.kind, "Ci", delay=PACE)
    edit = _parent_edit(page)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Kaluga Obl", delay=PACE)
    popup = form.parent_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["Kaluga Oblast → Россия › Калужская область"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert form.parent_box.currentText() == "Россия › Калужская область"
    qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, page)
    assert not page.has_unsaved_changes(), form.errors["parent"].text()
    assert get_place(db, page.record_id or 0).draft.parent_id == night.kaluga_region


def test_inside_accepts_a_typed_alias_without_the_list(
    qtbot: QtBot, page: PlacesPage, db: Database, night: Night
) -> None:
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_N, CTRL)
    form = page.form
    qtbot.keyClicks(form.name, "Kremenki", delay=PACE)
    edit = _parent_edit(page)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Obninsk", delay=PACE)
    form.parent_completer.popup().hide()
    qtbot.keyClick(edit, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, page)
    assert not page.has_unsaved_changes(), form.errors["parent"].text()
    assert (
        get_place(db, page.record_id or 0).path == "Россия › Калужская область › Обнинск › Kremenki"
    )
