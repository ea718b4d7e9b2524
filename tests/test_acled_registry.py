"""The ACLED mapping follows the field registry: every ``acled=`` column a field declares in
domain/fields.py is read and written by services/exchange/acled.py, and every ACLED column
the mapping fills from a field is one the registry declares."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from incident_logger.domain.enums import GeoPrecision, Means, PlaceKind, TimePrecision
from incident_logger.domain.fields import INCIDENT_FIELDS
from incident_logger.domain.models import IncidentDraft, PlaceDraft, SourceDraft, SourceLink
from incident_logger.services.exchange import acled
from incident_logger.services.exchange.csvio import header_index
from incident_logger.services.exchange.dataset import (
    Gazetteer,
    IncidentRecord,
    PlaceRecord,
    Record,
    SourceRecord,
)
from incident_logger.services.exchange.records import IncidentSpec, ParsedFile
from tests.test_exchange_acled import EVENTS

DECLARED = {f.name: f.acled for f in INCIDENT_FIELDS if f.acled}

# A field's new value on the way out, and its column's new cell on the way in. A field that
# declares an ACLED column needs an entry in both (or a reason in NOT_READ), so a new
# declaration fails here until the mapping and this test handle it.
WRITTEN: dict[str, Any] = {
    "start_at": "2026-09-20T10:00",
    "time_precision": TimePrecision.MONTH,
    "place_id": 4,
    "latitude": 50.5,
    "longitude": 30.5,
    "geo_precision": GeoPrecision.REGION,
    "category": "shelling",
    "means": Means.MISSILE,
    "narrative": "Debris fell on a roof.",
    "fatalities": 3,
    "tags": ("night",),
    "sources": (SourceLink(2),),
    "external_id": "RUS77",
    "external_type": "Battles / Armed clash",
}
READ = {
    "start_at": "2026-09-13",
    "time_precision": "3",
    "place_id": "Lyudinovo",
    "latitude": "54.1",
    "longitude": "34.9",
    "geo_precision": "3",
    "category": "Shelling/artillery/missile attack",
    "narrative": "Another note.",
    "fatalities": "4",
    "tags": "night",
    "sources": "Ria",
    "external_id": "RUS99",
    "external_type": "Battles",
}
NOT_READ = {"means": "ACLED's sub-event type gives the category on import; the means is written"}
# ACLED columns no field of ours feeds: kept in the narrative's [ACLED] block, the places above
# the location, and the event date's year.
NOT_FIELDS = {*acled.BLOCK_FIELDS, *(c for c, _ in acled.PLACE_LEVELS[:-1]), acled.YEAR}


def _times() -> Record:
    return Record("2026-09-12T10:00", "2026-09-12T10:00", None)


def _gazetteer() -> Gazetteer:
    places = {
        1: PlaceDraft("Russia", PlaceKind.COUNTRY, country_code="RU"),
        2: PlaceDraft("Kaluga", PlaceKind.REGION, parent_id=1),
        3: PlaceDraft("Kaluga", PlaceKind.CITY, parent_id=2),
        4: PlaceDraft("Lyudinovo", PlaceKind.CITY, parent_id=2),
    }
    sources = {1: SourceDraft("Kaluga Governor"), 2: SourceDraft("Ria")}
    return Gazetteer(
        places={i: PlaceRecord(i, d, _times()) for i, d in places.items()},
        sources={i: SourceRecord(i, d, _times()) for i, d in sources.items()},
    )


def test_the_mapping_names_the_registry_columns_and_acled_columns_only() -> None:
    assert acled.FIELD_COLUMNS == DECLARED
    assert set(DECLARED.values()) <= set(acled.COLUMNS), set(DECLARED.values()) - set(acled.COLUMNS)
    # Every ACLED column is a field's (as the registry says) or one no field feeds; none both.
    assert set(acled.COLUMNS) == set(DECLARED.values()) | NOT_FIELDS
    assert not set(DECLARED.values()) & NOT_FIELDS
    assert set(acled.SIGNATURE) <= set(DECLARED.values())


def test_every_declared_column_is_written_from_its_field() -> None:
    assert set(WRITTEN) == set(DECLARED), set(WRITTEN) ^ set(DECLARED)
    gaz = _gazetteer()
    base = IncidentDraft(
        title="Drone strike",
        start_at="2026-09-12T10:00",
        place_id=3,
        category="strike",
        sources=(SourceLink(1),),
    )
    before = acled.acled_row(IncidentRecord(1, base, _times()), gaz)
    for name, value in WRITTEN.items():
        after = acled.acled_row(IncidentRecord(1, replace(base, **{name: value}), _times()), gaz)
        at = acled.COLUMNS.index(DECLARED[name])
        assert after[at] != before[at], f"{name} does not reach ACLED's {DECLARED[name]}"


def _spec(row: dict[str, str]) -> IncidentSpec:
    header = list(acled.COLUMNS)
    parsed = ParsedFile(Path("events.csv"), "acled")
    return acled.row_to_spec(parsed, 2, [row[c] for c in header], header_index(header))


def _value(spec: IncidentSpec, name: str) -> Any:
    if name == "place_id":
        return spec.place  # the place is matched after reading: its key names the path
    if name == "sources":
        return [link.source for link in spec.links]
    return getattr(spec.draft, name)


def test_every_declared_column_is_read_into_its_field() -> None:
    assert set(READ) | set(NOT_READ) == set(DECLARED), (set(READ) | set(NOT_READ)) ^ set(DECLARED)
    base = EVENTS[0]
    before = _spec(base)
    assert not before.problems
    for name, cell in READ.items():
        column = DECLARED[name]
        assert base[column] != cell
        after = _spec({**base, column: cell})
        assert not after.problems, after.problems
        assert _value(after, name) != _value(before, name), f"ACLED's {column} misses {name}"
