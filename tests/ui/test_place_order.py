"""The places tree lists places by the names shown, in the interface language's alphabetical
order (QCollator), each under its parent: not by the stored names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import PlaceDraft
from incident_logger.services.places import create_place, list_places
from incident_logger.store.engine import Database
from incident_logger.ui import i18n, place_names
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.place_order import tree_order
from incident_logger.ui.settings import open_settings
from incident_logger.ui.tasks import TaskRunner

# Stored name -> Ukrainian name; by the stored names the order would be Austria, Egypt,
# Estonia, Zambia; by code points Єгипет would come first.
COUNTRIES = {
    "Zambia": "Замбія",
    "Egypt": "Єгипет",
    "Estonia": "Естонія",
    "Austria": "Австрія",
}
UK_ORDER = ["Австрія", "Естонія", "Єгипет", "Замбія"]


@pytest.fixture
def ukrainian_places(qapp: object, db: Database) -> Iterator[Database]:
    ids = {}
    for name, uk in COUNTRIES.items():
        ids[name] = create_place(db, PlaceDraft(name, PlaceKind.COUNTRY)).id
        with db.raw() as conn:
            conn.execute(
                "INSERT INTO place_alias(place_id, alias, alias_key, lang) VALUES (?,?,?,'uk')",
                (ids[name], uk, uk.casefold()),
            )
    for town in ("Tallinn", "Narva", "10th district", "9th district"):
        create_place(db, PlaceDraft(town, PlaceKind.CITY, ids["Estonia"]))
    i18n.install("uk")
    place_names.load(db, "uk")
    yield db
    i18n.install(i18n.SOURCE_LANGUAGE)
    place_names.clear()


def test_places_sort_by_the_shown_name_and_children_follow_parents(
    ukrainian_places: Database,
) -> None:
    ordered = tree_order(list_places(ukrainian_places))
    top = [place_names.shown(p.draft.name) for p in ordered if p.draft.parent_id is None]
    assert top == UK_ORDER
    names = [p.draft.name for p in ordered]
    estonia = names.index("Estonia")
    # numbers by value, then letters; right after their parent
    assert names[estonia + 1 : estonia + 5] == ["9th district", "10th district", "Narva", "Tallinn"]


def test_the_places_page_shows_the_tree_in_that_order(
    qtbot: QtBot, ukrainian_places: Database, tmp_path: Path
) -> None:
    runner = TaskRunner()
    win = MainWindow(ukrainian_places, open_settings(tmp_path / "settings.ini"), None, runner)
    win.resize(1200, 800)
    win.show()
    win.start()
    win.show_page("places")
    page = win.pages["places"]
    model = page.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=10_000)
    shown = [model.item(r).text() for r in range(model.rowCount())]
    assert shown == UK_ORDER
    win.close()
    win.deleteLater()
    runner.shutdown()
