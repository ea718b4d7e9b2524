"""The demo's rows are made by column name: every stored field gets a value of its kind in
its own column, a field the demo does not name gets its default, and a name that is no
column is refused."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from incident_logger.demo import rows
from incident_logger.demo.generate import generate_demo
from incident_logger.domain.fields import STORED_FIELDS, Kind
from incident_logger.services.incidents import get_incident
from incident_logger.store import fts
from incident_logger.store.engine import open_database
from incident_logger.store.repositories import incidents

_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _fits(kind: Kind, value: object, optional: bool, enum_values: set[str]) -> bool:
    if value is None:
        return optional
    if kind is Kind.TEXT:
        return isinstance(value, str)
    if kind is Kind.TIME:
        return isinstance(value, str) and _TIME.fullmatch(value) is not None
    if kind is Kind.ENUM:
        return value in enum_values
    if kind is Kind.COUNT:
        return isinstance(value, int) and value >= 0
    if kind is Kind.NUMBER:
        return isinstance(value, float)
    return isinstance(value, int)  # a place or category id


def test_every_demo_row_holds_each_field_in_its_own_column(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    db = open_database(path)
    try:
        generate_demo(db, 80, seed=11)
        with db.raw() as conn:
            conn.row_factory = sqlite3.Row
            stored = conn.execute(f"SELECT {', '.join(incidents.COLUMNS)} FROM incident").fetchall()
            places = {r[0] for r in conn.execute("SELECT id FROM place")}
            categories = {r[0] for r in conn.execute("SELECT id FROM category")}
        for row in stored[:5]:
            get_incident(db, row["id"])  # the app reads them
    finally:
        db.close()
    assert len(stored) == 80
    for row in stored:
        for f in STORED_FIELDS:
            values = {str(e.value) for e in f.enum} if f.enum else set()
            value = row[str(f.column)]
            assert _fits(f.kind, value, f.optional, values), (f.name, value)
            if f.kind is Kind.PLACE:
                assert value in places
            if f.kind is Kind.CATEGORY:
                assert value in categories
        assert row["created_at"] == row["updated_at"] and row["deleted_at"] is None
        assert re.fullmatch(r"[A-F][1-6]", row["best_grade"]) and row["damage_count"] >= 0
    # Some values of every kind, not only defaults: the fields the demo names are filled.
    for name in ("narrative", "response", "locality", "means", "injuries", "latitude"):
        assert any(row[name] not in (None, "") for row in stored), name


def test_a_row_takes_every_column_by_name_and_the_defaults_of_the_others() -> None:
    required = {
        "id": 7,
        "title": "t",
        "start_at": "2026-09-12T01:00",
        "category_id": 3,
        "damage_count": 0,
        "best_grade": "B2",
        "created_at": "2026-09-12T02:00",
        "updated_at": "2026-09-12T02:00",
        "deleted_at": None,
    }
    made = rows.by_name([dict(required), dict(required)], incidents.COLUMNS, rows.INCIDENT_DEFAULTS)
    assert [dict(zip(incidents.COLUMNS, row, strict=True)) for row in made] == 2 * [
        {**rows.INCIDENT_DEFAULTS, **required}
    ]
    assert set(rows.INCIDENT_DEFAULTS) | set(required) == set(incidents.COLUMNS)
    with pytest.raises(KeyError):  # no such column
        rows.by_name([{**required, "titel": "t"}], incidents.COLUMNS, rows.INCIDENT_DEFAULTS)
    with pytest.raises(KeyError):  # a required column left out: no default
        rows.by_name(
            [{k: v for k, v in required.items() if k != "title"}],
            incidents.COLUMNS,
            rows.INCIDENT_DEFAULTS,
        )
    named = {"rowid": 7, "title": "t", "lemmas": "k"}
    [document] = rows.by_name([dict(named)], rows.FTS_ROW, rows.FTS_DEFAULTS)
    assert document == fts.insert_row(7, {**dict.fromkeys(fts.COLUMNS, ""), **named})
    with pytest.raises(KeyError):
        rows.by_name([{"rowid": 7, "titles": "t"}], rows.FTS_ROW, rows.FTS_DEFAULTS)
