"""The built-in gazetteer loads, and its names resolve, on both engines."""

from __future__ import annotations

from incident_logger.domain.enums import PlaceKind
from incident_logger.services.capture.places import load_place_index
from incident_logger.services.gazetteer_load import ensure_gazetteer, is_current
from incident_logger.services.place_keys import place_names
from incident_logger.services.place_match import lemma_index, resolve_place
from incident_logger.services.place_names import names_in_language
from incident_logger.services.welcome import first_start_facts
from incident_logger.store.engine import Database
from incident_logger.store.repositories import places


def test_load_once_and_resolve_names_in_any_form(any_db: Database) -> None:
    first = ensure_gazetteer(any_db)
    assert first.created > 1000 and first.keyed == first.created
    assert is_current(any_db)
    again = ensure_gazetteer(any_db)
    assert (again.created, again.refreshed, again.keyed) == (0, 0, 0)

    best = resolve_place(any_db, "над Брянской областью", kinds=(PlaceKind.REGION,))[0]
    assert (best.name, best.kind, best.how) == ("Брянская область", PlaceKind.REGION, "lemma")
    assert best.path == "Россия › Брянская область"
    assert resolve_place(any_db, "Obninsk")[0].name == "Обнинск"
    assert best.place_id in lemma_index(any_db)["брянскии область"]
    with any_db.read_sql() as sql:
        names = place_names(sql, [best.place_id])[best.place_id]
        assert names[0] == "Брянская область" and "Bryansk Oblast" in names
        assert best.place_id in places.subtree_ids(sql, places.parent_of(sql, best.place_id))


def test_names_capture_index_and_first_start_facts(any_db: Database) -> None:
    assert first_start_facts(any_db).is_new
    ensure_gazetteer(any_db)
    facts = first_start_facts(any_db)
    assert facts.is_new and facts.places_by_kind["region"] > 100
    assert names_in_language(any_db, "en")["Брянская область"] == "Bryansk Oblast"
    index = load_place_index(any_db)
    bryansk = next(e for e in index.entries.values() if e.name == "Брянская область")
    assert "Bryansk Oblast" in bryansk.names
