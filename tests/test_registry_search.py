"""The search side reads the field registry (domain/fields.py): the sort keys, the table's row,
the search language's names and help, and a ``name:value`` filter by the field's kind."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from incident_logger.domain import fields, query
from incident_logger.domain.enums import GeoPrecision, Means, Status
from incident_logger.domain.fields import IncidentField, Kind
from incident_logger.domain.models import IncidentDraft
from incident_logger.domain.query import FieldFilter, parse_query
from incident_logger.services.incidents import create_incident, get_incident
from incident_logger.services.search import (
    LONG_TEXTS,
    ROW_FIELDS,
    SORT_COLUMNS,
    SUMMARY_SQL,
    search_incidents,
    summaries_of,
)
from incident_logger.services.search_page import sort_expression
from incident_logger.store.engine import Database

# SORT_COLUMNS as it was written out by hand before it read the registry.
WRITTEN_SORT_COLUMNS = {
    "ref": "i.id",
    "when": "i.start_at",
    "region": "i.place_key",
    "locality": "i.locality",
    "category": "i.category_key",
    "title": "i.title",
    "injuries": "coalesce(i.injuries, -1)",
    "fatalities": "coalesce(i.fatalities, -1)",
    "damage": "i.damage_count",
    "grade": "i.best_grade",
    "status": "i.status",
    "means": "coalesce(i.means, '')",
    "updated": "i.updated_at",
    "deleted": "coalesce(i.deleted_at, '')",
}


def _new(kind: Kind, optional: bool = False, **more: Any) -> IncidentField:
    """A field the registry does not have (yet)."""
    return IncidentField("invented", "Invented", kind, optional=optional, column="invented", **more)


# --- sort keys ---------------------------------------------------------------------------


def test_the_sort_map_is_the_one_written_by_hand() -> None:
    assert SORT_COLUMNS == WRITTEN_SORT_COLUMNS


def test_every_sort_key_of_the_registry_sorts_by_its_kind() -> None:
    keyed = [f for f in fields.INCIDENT_FIELDS if f.sort]
    assert keyed  # title, when, region, ...
    for f in keyed:
        assert f.sort is not None
        assert SORT_COLUMNS[f.sort] == sort_expression(f), f.name


@pytest.mark.parametrize(
    ("entry", "expression"),
    [
        (_new(Kind.TEXT), "i.invented"),
        (_new(Kind.TEXT, optional=True), "coalesce(i.invented, '')"),
        (_new(Kind.ENUM, optional=True, enum=Means), "coalesce(i.invented, '')"),
        (_new(Kind.ENUM, enum=Status), "i.invented"),
        (_new(Kind.COUNT, optional=True), "coalesce(i.invented, -1)"),
        (_new(Kind.COUNT), "i.invented"),
        (_new(Kind.NUMBER, optional=True), "coalesce(i.invented, -1e308)"),
        (_new(Kind.TIME, optional=True), "coalesce(i.invented, '')"),
    ],
)
def test_a_new_field_with_a_sort_key_gets_its_expression(
    entry: IncidentField, expression: str
) -> None:
    assert sort_expression(entry) == expression


def test_a_field_without_a_sortable_value_is_refused() -> None:
    with pytest.raises(ValueError, match="no sortable value"):
        sort_expression(IncidentField("labels", "Labels", Kind.TAGS, sort="labels"))
    with pytest.raises(ValueError, match="no sortable value"):
        sort_expression(IncidentField("note", "Note", Kind.TEXT, sort="note"))  # no column


# --- the table's row ---------------------------------------------------------------------


def test_the_row_carries_every_stored_scalar_field_but_the_long_texts() -> None:
    stored = {f.name for f in fields.STORED_FIELDS if f.scalar}
    assert {f.name for f in ROW_FIELDS} == stored - LONG_TEXTS
    assert {f.name for f in fields.STORED_FIELDS if f.kind is Kind.TEXT} >= LONG_TEXTS
    selected = SUMMARY_SQL.split("FROM incident i", 1)[0]
    for f in ROW_FIELDS:
        assert f"i.{f.column}" in selected, f.name


def test_a_row_holds_the_value_of_every_row_field(any_db: Database) -> None:
    draft = IncidentDraft(
        "Row", "2026-09-12T01:00", end_at="2026-09-12T03:00", locality="Ugra",
        latitude=54.5, longitude=35.25, geo_precision=GeoPrecision.EXACT, injuries=2,
        fatalities=0, status=Status.CONFIRMED, external_id="EV-1", external_type="Battles",
        means=Means.DRONE, narrative="long story",
    )  # fmt: skip
    incident = create_incident(any_db, draft)
    [row] = summaries_of(any_db, [incident.id])
    stored = get_incident(any_db, incident.id).draft
    for f in ROW_FIELDS:
        assert row.value(f.name) == getattr(stored, f.name), f.name
    # The names the app reads, and the CLI's JSON: every column and field by name.
    assert (row.title, row.locality, row.injuries, row.means) == ("Row", "Ugra", 2, "drone")
    named = row.as_dict()
    assert named["external_id"] == "EV-1" and named["version"] == row.version
    assert {f.name for f in ROW_FIELDS} <= set(named) and "narrative" not in named


# --- the search language -----------------------------------------------------------------


def test_every_filter_name_has_its_help_in_the_order_of_the_texts() -> None:
    assert set(query.FIELDS) == {*fields.QUERY_NAMES, "has", "deleted", "id"}
    assert list(query.FIELDS) == [
        "region", "category", "status", "means", "source", "tag", "grade", "reliability",
        "credibility", "from", "to", "injuries", "fatalities", "has", "deleted", "id",
    ]  # fmt: skip
    for name, help_text in query.FIELDS.items():
        assert help_text.code == f"help_{name}"


def test_a_filter_name_without_help_fails_the_import(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(fields.QUERY_NAMES, "invented", _new(Kind.TEXT, query=("invented",)))
    with pytest.raises(LookupError, match="invented"):
        query._help_codes()


def test_a_filter_the_parser_cannot_read_fails_the_import(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(fields.QUERY_NAMES, "seen", _new(Kind.TIME, query=("seen",)))
    with pytest.raises(AssertionError, match="seen"):
        query._check_names()


def test_the_kinds_give_the_filters_they_gave_by_name() -> None:
    assert {"region", "category", "source", "tag"} == query._TEXT_FIELDS
    assert {"reliability", "credibility", "injuries", "fatalities"} == query._ORDERED_FIELDS


def test_a_new_number_filter_is_read_by_its_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(fields.QUERY_NAMES, "invented", _new(Kind.NUMBER, optional=True))
    assert query._normalise("invented", ">", "-54.5") == "-54.5"
    assert query._normalise("invented", "=", "unknown") == "unknown"
    assert query._normalise("invented", "=", "north") is None
    monkeypatch.setitem(fields.QUERY_NAMES, "invented", _new(Kind.COUNT))
    assert query._normalise("invented", "=", "unknown") is None  # a count always stated


# Hypothetical filters on columns the incident row has: (entry, filter, matching titles).
_LAT = IncidentField("latitude", "Lat", Kind.NUMBER, optional=True, column="latitude")
_EXT = IncidentField("external_id", "Ext", Kind.TEXT, column="external_id")
_GEO = IncidentField("geo_precision", "Geo", Kind.ENUM, GeoPrecision, column="geo_precision")
_FILTERS = [
    (_LAT, FieldFilter("invented", ">", "54"), {"north"}),
    (_LAT, FieldFilter("invented", "<=", "54"), {"south"}),
    (_LAT, FieldFilter("invented", "=", "unknown"), {"nowhere"}),
    (_EXT, FieldFilter("invented", "=", "EV-2"), {"south"}),
    (_GEO, FieldFilter("invented", "=", "exact"), {"north"}),
]


def test_a_filter_on_a_new_field_compiles_by_its_kind_on_both_engines(
    any_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = IncidentDraft("x", "2026-09-12T01:00")
    for title, lat, ext, geo in (
        ("north", 55.1, "EV-1", GeoPrecision.EXACT),
        ("south", 47.0, "EV-2", GeoPrecision.NEAR),
        ("nowhere", None, "", GeoPrecision.NEAR),
    ):
        create_incident(
            any_db,
            replace(
                base, title=title, latitude=lat, longitude=lat and 36.0, external_id=ext,
                geo_precision=geo,
            ),
        )
    for entry, node, titles in _FILTERS:
        monkeypatch.setitem(fields.QUERY_NAMES, "invented", replace(entry, query=("invented",)))
        found = {r.title for r in search_incidents(any_db, node).rows}
        assert found == titles, node
        everything = {r.title for r in search_incidents(any_db, None).rows}
        negated = {r.title for r in search_incidents(any_db, query.Not(node)).rows}
        if node.value != "unknown" and entry.optional:  # NOT of a comparison drops NULLs
            assert negated == everything - titles - {"nowhere"}, node
        else:
            assert negated == everything - titles, node


def test_a_filter_on_a_searchable_text_field_finds_its_words_on_both_engines(
    any_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text field of the full text (here the locality, under a new name) is filtered by its
    words in a row, folded as the index folds them, not by the whole text as typed."""
    base = IncidentDraft("x", "2026-09-12T01:00")
    for title, locality in (
        ("old", "near the Old Pond"),
        ("pond", "Pond street, 5"),
        ("market", "the central market"),
        ("empty", ""),
    ):
        create_incident(any_db, replace(base, title=title, locality=locality))
    entry = replace(fields.field("locality"), query=("invented",))
    monkeypatch.setitem(fields.QUERY_NAMES, "invented", entry)

    def found(value: str, negated: bool = False) -> set[str]:
        node: query.Node = FieldFilter("invented", "=", value)
        return {r.title for r in search_incidents(any_db, query.Not(node) if negated else node).rows}

    assert found("pond") == found("POND") == found("Pond,") == {"old", "pond"}
    assert found("old pond") == {"old"}  # the words in a row
    assert found("pond old") == set()
    assert found("street 5") == {"pond"}
    assert found("pon") == set()  # a whole word, as a field filter reads a word
    assert found("...") == set()
    assert found("pond", negated=True) == {"market", "empty"}


def test_every_registry_filter_still_parses_as_before() -> None:
    assert parse_query("injuries:>=2") == FieldFilter("injuries", ">=", "2", 0)
    assert parse_query("fatalities:unknown") == FieldFilter("fatalities", "=", "unknown", 0)
    assert parse_query("means:Drone") == FieldFilter("means", "=", "drone", 0)
    assert parse_query("region:Калуга") == FieldFilter("region", "=", "Калуга", 0)
    with pytest.raises(query.QuerySyntaxError):
        parse_query("injuries:<unknown")
