"""Enumerations of the domain: precisions, grades, statuses and kinds."""

from __future__ import annotations

from enum import StrEnum


class TimePrecision(StrEnum):
    """How precisely the time window of an incident is known."""

    EXACT = "exact"  # to the minute
    HOUR = "hour"
    DAY = "day"
    WINDOW = "window"  # somewhere between start and end (e.g. "overnight")
    WEEK = "week"
    MONTH = "month"


class GeoPrecision(StrEnum):
    """How precisely the location of an incident is known (after ACLED's geo_precision)."""

    EXACT = "exact"  # the coordinates are the spot itself
    NEAR = "near"  # near the named locality
    DISTRICT = "district"  # only the district is known
    REGION = "region"  # only the region is known


class Status(StrEnum):
    REPORTED = "reported"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    CLOSED = "closed"


class Means(StrEnum):
    """The weapon or cause of an incident, when the statement says it."""

    DRONE = "drone"
    MISSILE = "missile"
    ARTILLERY = "artillery"
    AIRCRAFT = "aircraft"
    SABOTAGE = "sabotage"
    UNKNOWN = "unknown"  # the statement says it is not known


class Reliability(StrEnum):
    """Admiralty source reliability grade."""

    A = "A"  # completely reliable
    B = "B"  # usually reliable
    C = "C"  # fairly reliable
    D = "D"  # not usually reliable
    E = "E"  # unreliable
    F = "F"  # reliability cannot be judged


RELIABILITY_LABELS: dict[Reliability, str] = {
    Reliability.A: "Completely reliable",
    Reliability.B: "Usually reliable",
    Reliability.C: "Fairly reliable",
    Reliability.D: "Not usually reliable",
    Reliability.E: "Unreliable",
    Reliability.F: "Reliability cannot be judged",
}

CREDIBILITY_LABELS: dict[int, str] = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


class PlaceKind(StrEnum):
    COUNTRY = "country"
    REGION = "region"  # admin 1
    DISTRICT = "district"  # admin 2
    CITY = "city"
    LOCALITY = "locality"


class SourceKind(StrEnum):
    OFFICIAL = "official"  # an official's channel or statement
    MINISTRY = "ministry"
    AGENCY = "agency"  # news agency
    MEDIA = "media"
    SOCIAL = "social"
    OTHER = "other"


class DamageSeverity(StrEnum):
    UNKNOWN = "unknown"
    MINOR = "minor"
    MODERATE = "moderate"
    SEVERE = "severe"
    DESTROYED = "destroyed"


class DamageState(StrEnum):
    NONE = "none"
    FIRE_STARTED = "fire started"
    FIRE_EXTINGUISHED = "fire extinguished"
    REPAIRED = "repaired"


class EntityKind(StrEnum):
    INCIDENT = "incident"
    PLACE = "place"
    SOURCE = "source"
    COUNT_REPORT = "count_report"
    CATEGORY = "category"


class HistoryAction(StrEnum):
    CREATE = "create"
    EDIT = "edit"
    DELETE = "delete"
    RESTORE = "restore"


DEFAULT_CATEGORIES: tuple[str, ...] = (
    "interception",
    "debris impact",
    "strike",
    "fire",
    "explosion",
    "shelling",
    "sabotage",
    "other",
)

DAMAGE_OBJECT_KINDS: tuple[str, ...] = (
    "vehicle",
    "home",
    "apartment building",
    "utility",
    "industrial",
    "infrastructure",
    "commercial",
    "agricultural",
    "public building",
    "other",
)
