"""Places the gazetteer adopts (the user's own, for the same entry) gain its names in Russian,
Ukrainian and English where they have none of their own: the interface shows them in its
language, the region filter and pickers find them by those names, and a database whose places
an older release adopted gets them on the next load."""

from __future__ import annotations

from dataclasses import replace

from incident_logger.domain.enums import EntityKind
from incident_logger.services.gazetteer_load import ensure_gazetteer, is_current
from incident_logger.services.history import history_of
from incident_logger.services.incidents import get_incident, update_incident
from incident_logger.services.place_names import names_in_language
from incident_logger.services.places import get_place, update_place
from incident_logger.services.search import matching_ids
from incident_logger.store import fts
from incident_logger.store.engine import Database
from tests.conftest import Night
from tests.fts_terms import indexed_terms


def test_an_adopted_place_is_shown_in_each_language(db: Database, night: Night) -> None:
    assert not matching_ids(db, "region:Курська")
    result = ensure_gazetteer(db)
    assert result.named >= 5  # Россия, the three regions, Калуга and Обнинск
    uk, ru = names_in_language(db, "uk"), names_in_language(db, "ru")
    assert uk["Калужская область"] == "Калузька область"
    assert uk["Курская область"] == "Курська область" and uk["Обнинск"] == "Обнінськ"
    assert "Калужская область" not in ru  # its own name is Russian already
    # The user's own "Kaluga Oblast" is the gazetteer's English name: now known as English.
    assert names_in_language(db, "en")["Калужская область"] == "Kaluga Oblast"
    place = get_place(db, night.kaluga_region)
    assert place.draft.name == "Калужская область"  # its own name is never changed
    aliases = place.draft.aliases
    assert aliases[0] == "Kaluga Oblast" and "Калузька область" in aliases
    assert len(aliases) == len(set(aliases))  # each listed once
    # The region filter and the pickers know the new names.
    assert matching_ids(db, "region:Курська") == [night.fire_incident]
    kursk = history_of(db, entity=EntityKind.PLACE, entity_id=night.kursk_region)
    said = [h for h in kursk if h.action == "edit"]
    assert said and "gazetteer" in said[-1].reason


def test_adopting_names_leaves_the_index_as_a_rebuild_makes_it(db: Database, night: Night) -> None:
    """The index documents hold a place's own names: nothing to re-index, nothing stale; an
    edit of an adopted place's incident afterwards removes exactly what was indexed."""
    ensure_gazetteer(db)
    _same_as_rebuilt(db)
    incident = get_incident(db, night.fire_incident)
    update_incident(db, night.fire_incident, replace(incident.draft, title="Pump station fire"))
    place = get_place(db, night.kursk_region)
    update_place(db, night.kursk_region, replace(place.draft, aliases=(*place.draft.aliases, "K")))
    _same_as_rebuilt(db)


def _same_as_rebuilt(db: Database) -> None:
    with db.raw() as conn:
        kept = indexed_terms(conn)
        conn.execute("BEGIN")
        fts.rebuild_all(conn)
        rebuilt = indexed_terms(conn)
        conn.execute("ROLLBACK")
    assert kept == rebuilt


def test_an_older_release_s_adopted_places_get_their_names_on_the_next_load(
    db: Database, night: Night
) -> None:
    ensure_gazetteer(db)
    with db.raw() as conn:  # as a release before this one left them: own names only
        conn.execute(
            "DELETE FROM place_alias WHERE place_id IN (SELECT id FROM place "
            "WHERE origin_ref != '' AND origin != 'gazetteer') AND alias != 'Kaluga Oblast' "
            "AND alias NOT IN ('Russia', 'Kaluga', 'Obninsk', 'Bryansk Oblast', 'Kursk Oblast')"
        )
        conn.execute("DELETE FROM gazetteer_state WHERE name = 'adopted_names'")
    assert "Калужская область" not in names_in_language(db, "uk")
    assert not is_current(db)
    result = ensure_gazetteer(db)
    assert result.named >= 5 and result.created == 0
    assert names_in_language(db, "uk")["Калужская область"] == "Калузька область"
    assert is_current(db) and ensure_gazetteer(db).named == 0


def test_editing_an_adopted_place_keeps_its_names_languages(db: Database, night: Night) -> None:
    ensure_gazetteer(db)
    place = get_place(db, night.kaluga_region)
    draft = replace(place.draft, latitude=54.5, longitude=36.3)
    update_place(db, night.kaluga_region, draft)
    assert names_in_language(db, "uk")["Калужская область"] == "Калузька область"
    assert names_in_language(db, "en")["Калужская область"] == "Kaluga Oblast"
    assert get_place(db, night.kaluga_region).draft.aliases == place.draft.aliases
