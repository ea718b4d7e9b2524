"""The Places page: the gazetteer tree, create and edit places, incidents inside, trash, seed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTreeView
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import PlaceKind
from incident_logger.services.citations import incidents_in_place
from incident_logger.services.places import get_place, list_places
from incident_logger.store.engine import Database
from incident_logger.ui.pages.places_page import PlacesPage
from tests.conftest import Night
from tests.ui.page_support import shown, wait_idle
from tests.ui.test_counts_page import unnamed_inputs

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot: QtBot, db: Database, night: Night) -> Iterator[PlacesPage]:
    widget = shown(qtbot, PlacesPage(db), (1200, 720))
    yield widget
    widget.close()


def _select(page: PlacesPage, place_id: int) -> None:
    page.list_view.setCurrentIndex(page.index_of(place_id))


def test_the_tree_nests_country_region_city(page: PlacesPage, night: Night) -> None:
    model = page.model
    assert model.rowCount() == 1
    russia = model.index(0, 0)
    assert russia.data() == "Россия"
    regions = [model.index(r, 0, russia).data() for r in range(model.rowCount(russia))]
    assert regions == ["Брянская область", "Калужская область", "Курская область"]
    kaluga_region = page.index_of(night.kaluga_region)
    cities = {model.index(r, 0, kaluga_region).data() for r in range(model.rowCount(kaluga_region))}
    assert cities == {"Калуга", "Обнинск"}
    assert model.index(kaluga_region.row(), 3, kaluga_region.parent()).data() == "Kaluga Oblast"


def test_incidents_in_a_place_include_those_inside_it(
    qtbot: QtBot, page: PlacesPage, db: Database, night: Night
) -> None:
    _select(page, night.kaluga_region)
    assert page.form.name.text() == "Калужская область"
    assert page.form.parent_box.currentText() == "Россия"
    qtbot.waitUntil(lambda: page.incidents.model.rowCount() == 1)
    assert page.incidents.model.index(0, 2).data() == "Калуга, Калужская область"
    assert incidents_in_place(db, night.russia).total == 2
    assert incidents_in_place(db, night.obninsk).total == 0


def test_create_a_city_inside_the_selected_region(
    qtbot: QtBot, page: PlacesPage, db: Database, night: Night
) -> None:
    _select(page, night.kaluga_region)
    qtbot.keyClick(page.list_view, Qt.Key.Key_N, CTRL)
    form = page.form
    assert form.name.hasFocus() and page.record_id is None
    assert form.parent_box.currentText() == "Россия › Калужская область"
    assert form.kind.currentData() == "district"
    form.kind.setCurrentIndex(form.kind.findData("city"))
    qtbot.keyClicks(form.name, "Lyudinovo")
    qtbot.keyClicks(form.latitude, "53.87")
    qtbot.keyClicks(form.longitude, "34.44")
    qtbot.keyClicks(form.aliases, "Lyudinovo town")
    qtbot.keyClick(form.name, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, page)
    assert not page.has_unsaved_changes(), form.errors["name"].text()
    saved = get_place(db, page.record_id or 0)
    assert saved.path == "Россия › Калужская область › Lyudinovo"
    assert saved.draft.kind is PlaceKind.CITY and saved.draft.latitude == pytest.approx(53.87)
    assert saved.draft.aliases == ("Lyudinovo town",)
    assert page.index_of(saved.id).parent() == page.index_of(night.kaluga_region)


def test_edit_a_place_and_see_errors_next_to_fields(
    qtbot: QtBot, page: PlacesPage, db: Database, night: Night
) -> None:
    _select(page, night.obninsk)
    page.form.name.clear()
    qtbot.keyClicks(page.form.latitude, "55.1")
    page.save()
    wait_idle(qtbot, page)
    assert "required" in page.form.errors["name"].text()
    assert "longitude" in page.form.errors["coordinates"].text()
    assert page.form.latitude.text() == "55.1"  # kept as typed
    qtbot.keyClicks(page.form.name, "Obninsk")
    qtbot.keyClicks(page.form.longitude, "36.6")
    page.save()
    wait_idle(qtbot, page)
    assert get_place(db, night.obninsk).draft.name == "Obninsk"
    page.form.parent_box.setEditText("Nowhere at all")
    page.save()
    wait_idle(qtbot, page)
    assert "Pick a place" in page.form.errors["parent"].text()


def test_trash_and_restore(
    qtbot: QtBot, page: PlacesPage, db: Database, night: Night, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    _select(page, night.kaluga_region)  # still holds cities and an incident: refused
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    wait_idle(qtbot, page)
    assert told and "still used" in told[0]
    _select(page, night.obninsk)
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    wait_idle(qtbot, page)
    assert [p.id for p in list_places(db, deleted=True)] == [night.obninsk]
    assert not page.index_of(night.obninsk).isValid()
    page.trash_action.trigger()
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == "Обнинск"
    _select(page, night.obninsk)
    page.restore_action.trigger()
    wait_idle(qtbot, page)
    assert page.model.rowCount() == 0
    page.trash_action.trigger()
    assert page.index_of(night.obninsk).isValid()


def test_add_regions_of_a_country(
    qtbot: QtBot, page: PlacesPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_args, **_kw: ("Ukraine (UA)", True))
    with qtbot.waitSignal(
        page.status_message, check_params_cb=lambda m: m.startswith("Ukraine")
    ) as message:
        page.seed_action.trigger()
    assert "Ukraine: added 28 places" in message.args[0]
    ukraine = page.index_of(page.selected_id() or 0)
    assert ukraine.data() == "Україна" and page.model.rowCount(ukraine) == 27
    regions = {page.model.index(r, 0, ukraine).data() for r in range(27)}
    assert {"Київська область", "Харківська область", "Київ"} <= regions
    tree = page.list_view
    assert isinstance(tree, QTreeView) and tree.isExpanded(ukraine)


def test_tree_model_passes_the_model_tester(qtmodeltester, page: PlacesPage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    assert page.index_of(-1) == QModelIndex()


def test_every_input_has_an_accessible_name(page: PlacesPage) -> None:
    assert unnamed_inputs(page) == []
