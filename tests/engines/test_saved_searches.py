"""Saved searches on both engines."""

from __future__ import annotations

import pytest

from incident_logger.domain.errors import ValidationError
from incident_logger.services.saved_searches import (
    delete_saved_search,
    list_saved_searches,
    save_search,
)
from incident_logger.store.engine import Database


def test_save_replace_list_and_delete(any_db: Database) -> None:
    night = save_search(any_db, "  night   drones ", "drone")
    save_search(any_db, "Alpha", "fire")
    again = save_search(any_db, "night drones", "drone OR uav")
    assert again.id == night.id
    names = [(s.name, s.query) for s in list_saved_searches(any_db)]
    assert names == [("Alpha", "fire"), ("night drones", "drone OR uav")]
    delete_saved_search(any_db, night.id)
    assert [s.name for s in list_saved_searches(any_db)] == ["Alpha"]


def test_case_does_not_change_the_order(any_db: Database) -> None:
    for name in ("beta", "Alpha", "gamma"):
        save_search(any_db, name, "x")
    assert [s.name for s in list_saved_searches(any_db)] == ["Alpha", "beta", "gamma"]


def test_bad_name_and_query_name_their_fields(any_db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        save_search(any_db, " ", "(unclosed")
    assert {e.field for e in caught.value.errors} == {"name", "query"}
    assert list_saved_searches(any_db) == []
