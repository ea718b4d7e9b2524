"""The app's own words for its enum values and seeded lists: one table for every reader.

Each value has one English label, which is also the text translators translate (context
"Words"): the interface translates it with Qt (``ui/words.py``; lupdate reads this file), the
briefing with Babel (``reports/words.py``; ``packaging/translations.py`` extracts the same
markers). Labels are written as they read inside a sentence ("confirmed"); lists and headings
capitalise the first letter. What users typed (a category or damage kind of their own) is not
in the table and shows as typed.
"""

from __future__ import annotations

from enum import StrEnum

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    GeoPrecision,
    HistoryAction,
    Means,
    PlaceKind,
    Reliability,
    SourceKind,
    Status,
    TimePrecision,
)

CONTEXT = "Words"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Qt's marker under its own name (lupdate and the Babel extractor look for it)."""
    return text


STATUS = {
    Status.REPORTED: QT_TRANSLATE_NOOP("Words", "reported"),
    Status.CONFIRMED: QT_TRANSLATE_NOOP("Words", "confirmed"),
    Status.DISPUTED: QT_TRANSLATE_NOOP("Words", "disputed"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Words", "closed"),
}
MEANS = {
    Means.DRONE: QT_TRANSLATE_NOOP("Words", "drone"),
    Means.MISSILE: QT_TRANSLATE_NOOP("Words", "missile"),
    Means.ARTILLERY: QT_TRANSLATE_NOOP("Words", "artillery"),
    Means.AIRCRAFT: QT_TRANSLATE_NOOP("Words", "aircraft"),
    Means.SABOTAGE: QT_TRANSLATE_NOOP("Words", "sabotage"),
    Means.UNKNOWN: QT_TRANSLATE_NOOP("Words", "means unknown"),
}
TIME_PRECISION = {
    TimePrecision.EXACT: QT_TRANSLATE_NOOP("Words", "exact time"),
    TimePrecision.HOUR: QT_TRANSLATE_NOOP("Words", "within the hour"),
    TimePrecision.DAY: QT_TRANSLATE_NOOP("Words", "that day"),
    TimePrecision.WINDOW: QT_TRANSLATE_NOOP("Words", "between start and end"),
    TimePrecision.WEEK: QT_TRANSLATE_NOOP("Words", "that week"),
    TimePrecision.MONTH: QT_TRANSLATE_NOOP("Words", "that month"),
}
GEO_PRECISION = {
    GeoPrecision.EXACT: QT_TRANSLATE_NOOP("Words", "exact spot"),
    GeoPrecision.NEAR: QT_TRANSLATE_NOOP("Words", "near the place"),
    GeoPrecision.DISTRICT: QT_TRANSLATE_NOOP("Words", "somewhere in the district"),
    GeoPrecision.REGION: QT_TRANSLATE_NOOP("Words", "somewhere in the region"),
}
PLACE_KIND = {
    PlaceKind.COUNTRY: QT_TRANSLATE_NOOP("Words", "country"),
    PlaceKind.REGION: QT_TRANSLATE_NOOP("Words", "region"),
    PlaceKind.DISTRICT: QT_TRANSLATE_NOOP("Words", "district"),
    PlaceKind.CITY: QT_TRANSLATE_NOOP("Words", "city"),
    PlaceKind.LOCALITY: QT_TRANSLATE_NOOP("Words", "locality"),
}
SOURCE_KIND = {
    SourceKind.OFFICIAL: QT_TRANSLATE_NOOP("Words", "official"),
    SourceKind.MINISTRY: QT_TRANSLATE_NOOP("Words", "ministry"),
    SourceKind.AGENCY: QT_TRANSLATE_NOOP("Words", "agency"),
    SourceKind.MEDIA: QT_TRANSLATE_NOOP("Words", "media"),
    SourceKind.SOCIAL: QT_TRANSLATE_NOOP("Words", "social"),
    SourceKind.OTHER: QT_TRANSLATE_NOOP("Words", "other"),
}
RELIABILITY = {
    Reliability.A: QT_TRANSLATE_NOOP("Words", "Completely reliable"),
    Reliability.B: QT_TRANSLATE_NOOP("Words", "Usually reliable"),
    Reliability.C: QT_TRANSLATE_NOOP("Words", "Fairly reliable"),
    Reliability.D: QT_TRANSLATE_NOOP("Words", "Not usually reliable"),
    Reliability.E: QT_TRANSLATE_NOOP("Words", "Unreliable"),
    Reliability.F: QT_TRANSLATE_NOOP("Words", "Reliability cannot be judged"),
}
CREDIBILITY = {
    1: QT_TRANSLATE_NOOP("Words", "Confirmed by other sources"),
    2: QT_TRANSLATE_NOOP("Words", "Probably true"),
    3: QT_TRANSLATE_NOOP("Words", "Possibly true"),
    4: QT_TRANSLATE_NOOP("Words", "Doubtful"),
    5: QT_TRANSLATE_NOOP("Words", "Improbable"),
    6: QT_TRANSLATE_NOOP("Words", "Truth cannot be judged"),
}
SEVERITY = {
    DamageSeverity.UNKNOWN: QT_TRANSLATE_NOOP("Words", "unknown"),
    DamageSeverity.MINOR: QT_TRANSLATE_NOOP("Words", "minor"),
    DamageSeverity.MODERATE: QT_TRANSLATE_NOOP("Words", "moderate"),
    DamageSeverity.SEVERE: QT_TRANSLATE_NOOP("Words", "severe"),
    DamageSeverity.DESTROYED: QT_TRANSLATE_NOOP("Words", "destroyed"),
}
DAMAGE_STATE = {
    DamageState.NONE: QT_TRANSLATE_NOOP("Words", "none"),
    DamageState.FIRE_STARTED: QT_TRANSLATE_NOOP("Words", "fire started"),
    DamageState.FIRE_EXTINGUISHED: QT_TRANSLATE_NOOP("Words", "fire extinguished"),
    DamageState.REPAIRED: QT_TRANSLATE_NOOP("Words", "repaired"),
}
HISTORY_ACTION = {
    HistoryAction.CREATE: QT_TRANSLATE_NOOP("Words", "created"),
    HistoryAction.EDIT: QT_TRANSLATE_NOOP("Words", "edited"),
    HistoryAction.DELETE: QT_TRANSLATE_NOOP("Words", "deleted"),
    HistoryAction.RESTORE: QT_TRANSLATE_NOOP("Words", "restored"),
}
# The seeded categories and damage kinds (domain.enums.DEFAULT_CATEGORIES and
# DAMAGE_OBJECT_KINDS, stored in English): their words. A name users made is not here.
CATEGORY = {
    "interception": QT_TRANSLATE_NOOP("Words", "interception"),
    "debris impact": QT_TRANSLATE_NOOP("Words", "debris impact"),
    "strike": QT_TRANSLATE_NOOP("Words", "strike"),
    "fire": QT_TRANSLATE_NOOP("Words", "fire"),
    "explosion": QT_TRANSLATE_NOOP("Words", "explosion"),
    "shelling": QT_TRANSLATE_NOOP("Words", "shelling"),
    "sabotage": QT_TRANSLATE_NOOP("Words", "sabotage"),
    "other": QT_TRANSLATE_NOOP("Words", "other"),
    "uncategorised": QT_TRANSLATE_NOOP("Words", "uncategorised"),
}
DAMAGE_KIND = {
    "vehicle": QT_TRANSLATE_NOOP("Words", "vehicle"),
    "home": QT_TRANSLATE_NOOP("Words", "home"),
    "apartment building": QT_TRANSLATE_NOOP("Words", "apartment building"),
    "utility": QT_TRANSLATE_NOOP("Words", "utility"),
    "industrial": QT_TRANSLATE_NOOP("Words", "industrial"),
    "infrastructure": QT_TRANSLATE_NOOP("Words", "infrastructure"),
    "commercial": QT_TRANSLATE_NOOP("Words", "commercial"),
    "agricultural": QT_TRANSLATE_NOOP("Words", "agricultural"),
    "public building": QT_TRANSLATE_NOOP("Words", "public building"),
    "other": QT_TRANSLATE_NOOP("Words", "other"),
}

ENUMS: dict[type[StrEnum], dict[StrEnum, str]] = {
    Status: STATUS,  # type: ignore[dict-item]
    Means: MEANS,  # type: ignore[dict-item]
    TimePrecision: TIME_PRECISION,  # type: ignore[dict-item]
    GeoPrecision: GEO_PRECISION,  # type: ignore[dict-item]
    PlaceKind: PLACE_KIND,  # type: ignore[dict-item]
    SourceKind: SOURCE_KIND,  # type: ignore[dict-item]
    Reliability: RELIABILITY,  # type: ignore[dict-item]
    DamageSeverity: SEVERITY,  # type: ignore[dict-item]
    DamageState: DAMAGE_STATE,  # type: ignore[dict-item]
    HistoryAction: HISTORY_ACTION,  # type: ignore[dict-item]
}


def label(value: StrEnum) -> str:
    """The English label of any enum value of the table (its value where it has none)."""
    return ENUMS.get(type(value), {}).get(value, str(value.value))


def capital(text: str) -> str:
    """``text`` with its first letter upper case (a label at the start of a list item)."""
    return text[:1].upper() + text[1:]
