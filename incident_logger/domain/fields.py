"""The field registry: every field of an incident declared once.

Each entry says what the field is called where it shows (label), what kind of value it holds,
the column that stores it, the table's sort key, its name in the search language, its column
in the exchange formats (the app's CSV and JSON, GeoJSON properties), the ACLED column it
feeds, and which column of the full-text document it fills. The table, the search language,
the exchange formats, the full-text document, the repository and the briefing read this list,
so a new field is added here and in the few places that need a person's judgement (its
widget, its validation, its migration).

The order is the order of the app's CSV columns and JSON keys.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from enum import StrEnum
from typing import Any

from incident_logger.domain.enums import GeoPrecision, Means, Status, TimePrecision
from incident_logger.domain.messages import QT_TRANSLATE_NOOP
from incident_logger.domain.models import IncidentDraft


class Kind(StrEnum):
    """What a field's value is, which decides how formats read and write it."""

    TEXT = "text"  # str, "" when empty
    TIME = "time"  # ISO 'YYYY-MM-DDTHH:MM' (str); None allowed when not required
    ENUM = "enum"  # a StrEnum member
    COUNT = "count"  # int >= 0, None = not stated
    NUMBER = "number"  # float, None = not given
    PLACE = "place"  # a place id (a path of names in files)
    CATEGORY = "category"  # a category name (an id in the database)
    TAGS = "tags"  # tuple of str (a child table)
    SOURCES = "sources"  # tuple of SourceLink (a child table)
    DAMAGE = "damage"  # tuple of DamageNote (a child table)


# Kinds the formats read and write the same way for every field of that kind.
SCALAR_KINDS = frozenset({Kind.TEXT, Kind.TIME, Kind.ENUM, Kind.COUNT, Kind.NUMBER})


@dataclass(frozen=True, slots=True)
class IncidentField:
    name: str  # the IncidentDraft attribute
    label: str  # as the user sees it (English; the UI translates it, context "Fields")
    kind: Kind
    enum: type[StrEnum] | None = None  # for Kind.ENUM
    optional: bool = False  # None is a value (not stated)
    required: bool = False  # a file must give it (validation says what else is wrong)
    column: str | None = None  # the incident table's column ('' = not on the incident row)
    sort: str | None = None  # the table's sort key (services.search.SORT_COLUMNS)
    query: tuple[str, ...] = ()  # its filters' names in the search language (domain/query.py)
    exchange: str | None = None  # CSV column / JSON key / GeoJSON property
    acled: str | None = None  # the ACLED column it feeds (or is read from)
    fulltext: str | None = None  # the incident_fts column it feeds

    @property
    def scalar(self) -> bool:
        return self.kind in SCALAR_KINDS


_TP, _GP = TimePrecision, GeoPrecision

INCIDENT_FIELDS: tuple[IncidentField, ...] = (
    IncidentField(
        "title", QT_TRANSLATE_NOOP("Fields", "Title"), Kind.TEXT, required=True, column="title",
        sort="title", exchange="title", fulltext="title",
    ),
    IncidentField(
        "start_at", QT_TRANSLATE_NOOP("Fields", "Start"), Kind.TIME, required=True,
        column="start_at", sort="when", query=("from", "to"), exchange="start_at",
        acled="event_date",
    ),
    IncidentField(
        "end_at", QT_TRANSLATE_NOOP("Fields", "End"), Kind.TIME, optional=True, column="end_at",
        exchange="end_at",
    ),
    IncidentField(
        "time_precision", QT_TRANSLATE_NOOP("Fields", "Time precision"), Kind.ENUM, _TP,
        column="time_precision", exchange="time_precision", acled="time_precision",
    ),
    IncidentField(
        "place_id", QT_TRANSLATE_NOOP("Fields", "Place"), Kind.PLACE, optional=True,
        column="place_id", sort="region", query=("region",), exchange="place", acled="location",
        fulltext="places",
    ),
    IncidentField(
        "locality", QT_TRANSLATE_NOOP("Fields", "Locality"), Kind.TEXT, column="locality",
        sort="locality", exchange="locality", fulltext="locality",
    ),
    IncidentField(
        "latitude", QT_TRANSLATE_NOOP("Fields", "Latitude"), Kind.NUMBER, optional=True,
        column="latitude", exchange="latitude", acled="latitude",
    ),
    IncidentField(
        "longitude", QT_TRANSLATE_NOOP("Fields", "Longitude"), Kind.NUMBER, optional=True,
        column="longitude", exchange="longitude", acled="longitude",
    ),
    IncidentField(
        "geo_precision", QT_TRANSLATE_NOOP("Fields", "Location precision"), Kind.ENUM, _GP,
        column="geo_precision", exchange="geo_precision", acled="geo_precision",
    ),
    IncidentField(
        "category", QT_TRANSLATE_NOOP("Fields", "Category"), Kind.CATEGORY, column="category_id",
        sort="category", query=("category",), exchange="category", acled="sub_event_type",
    ),
    IncidentField(
        "means", QT_TRANSLATE_NOOP("Fields", "Means"), Kind.ENUM, Means, optional=True,
        column="means", sort="means", query=("means",), exchange="means",
        acled="sub_event_type",
    ),
    IncidentField(
        "narrative", QT_TRANSLATE_NOOP("Fields", "Narrative"), Kind.TEXT, column="narrative",
        exchange="narrative", acled="notes", fulltext="narrative",
    ),
    IncidentField(
        "injuries", QT_TRANSLATE_NOOP("Fields", "Injured"), Kind.COUNT, optional=True,
        column="injuries", sort="injuries", query=("injuries",), exchange="injuries",
    ),
    IncidentField(
        "fatalities", QT_TRANSLATE_NOOP("Fields", "Killed"), Kind.COUNT, optional=True,
        column="fatalities", sort="fatalities", query=("fatalities",), exchange="fatalities",
        acled="fatalities",
    ),
    IncidentField(
        "response", QT_TRANSLATE_NOOP("Fields", "Response"), Kind.TEXT, column="response",
        exchange="response", fulltext="response",
    ),
    IncidentField(
        "status", QT_TRANSLATE_NOOP("Fields", "Status"), Kind.ENUM, Status, column="status",
        sort="status", query=("status",), exchange="status",
    ),
    IncidentField(
        "tags", QT_TRANSLATE_NOOP("Fields", "Tags"), Kind.TAGS, query=("tag",), exchange="tags",
        acled="tags",
    ),
    IncidentField(
        "sources", QT_TRANSLATE_NOOP("Fields", "Sources"), Kind.SOURCES, sort="grade",
        query=("source", "grade", "reliability", "credibility"), exchange="sources",
        acled="source", fulltext="sources",
    ),
    IncidentField(
        "damage", QT_TRANSLATE_NOOP("Fields", "Damage"), Kind.DAMAGE, sort="damage",
        exchange="damage", fulltext="damage",
    ),
    IncidentField(
        "external_id", QT_TRANSLATE_NOOP("Fields", "External id"), Kind.TEXT,
        column="external_id", exchange="external_id", acled="event_id_cnty",
    ),
    IncidentField(
        "external_type", QT_TRANSLATE_NOOP("Fields", "External type"), Kind.TEXT,
        column="external_type", exchange="external_type", acled="event_type",
    ),
)  # fmt: skip

FIELDS_BY_NAME: dict[str, IncidentField] = {f.name: f for f in INCIDENT_FIELDS}

# The columns of the incident row that hold the draft's values, in registry order
# (``category_id`` holds the category, ``place_id`` the place).
STORED_FIELDS: tuple[IncidentField, ...] = tuple(f for f in INCIDENT_FIELDS if f.column)
# Draft values read and written the same way in every format (text, times, enums, numbers).
SCALAR_FIELDS: tuple[IncidentField, ...] = tuple(f for f in INCIDENT_FIELDS if f.scalar)
# The exchange columns: the record's reference first, its bookkeeping times last.
EXCHANGE_COLUMNS: tuple[str, ...] = (
    "ref",
    *(f.exchange for f in INCIDENT_FIELDS if f.exchange),
    "created_at",
    "updated_at",
    "deleted_at",
)
# Text fields copied into the full-text document as they are (folded).
FULLTEXT_TEXT_FIELDS: tuple[IncidentField, ...] = tuple(
    f for f in INCIDENT_FIELDS if f.fulltext and f.kind is Kind.TEXT
)
# Search-language names that belong to a field, each with the field it reads.
QUERY_NAMES: dict[str, IncidentField] = {q: f for f in INCIDENT_FIELDS for q in f.query}


def field(name: str) -> IncidentField:
    """The registry entry of a draft attribute (KeyError for a name that is not a field)."""
    return FIELDS_BY_NAME[name]


_DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in fields(IncidentDraft) if f.default is not MISSING
}


def default(entry: IncidentField) -> Any:
    """The draft's value when a file or form leaves the field out (KeyError: it is required)."""
    return _DEFAULTS[entry.name]


def _check() -> None:
    """The entries are consistent (run at import: a mistake fails every test)."""
    drafted = [f.name for f in fields(IncidentDraft)]
    assert sorted(drafted) == sorted(FIELDS_BY_NAME), set(drafted) ^ set(FIELDS_BY_NAME)
    for f in INCIDENT_FIELDS:
        assert (f.kind is Kind.ENUM) == (f.enum is not None), f.name
        assert f.column is None or f.kind not in (Kind.TAGS, Kind.SOURCES, Kind.DAMAGE), f.name


_check()
