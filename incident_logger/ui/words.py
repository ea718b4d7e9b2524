"""The app's own vocabulary as the interface shows it, translated: statuses, kinds, grades, labels.

The domain and the services name things in English (enum values, format and backup labels);
this module is the one place the interface turns them into words of its language. Each English
text is marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` extracts it under the context
"Words"; :func:`word` translates it when shown. What users typed (a category or damage kind of
their own) passes through unchanged. ``tests/test_ui_words.py`` checks that every label the
services define has its entry here.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    GeoPrecision,
    Means,
    PlaceKind,
    Reliability,
    SourceKind,
    Status,
    TimePrecision,
)

CONTEXT = "Words"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Qt's marker under its own name (lupdate looks for it), typed: returns ``text``."""
    return text


STATUS = {
    Status.REPORTED: QT_TRANSLATE_NOOP("Words", "Reported"),
    Status.CONFIRMED: QT_TRANSLATE_NOOP("Words", "Confirmed"),
    Status.DISPUTED: QT_TRANSLATE_NOOP("Words", "Disputed"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Words", "Closed"),
}
TIME_PRECISION = {
    TimePrecision.EXACT: QT_TRANSLATE_NOOP("Words", "Exact time"),
    TimePrecision.HOUR: QT_TRANSLATE_NOOP("Words", "Within the hour"),
    TimePrecision.DAY: QT_TRANSLATE_NOOP("Words", "That day"),
    TimePrecision.WINDOW: QT_TRANSLATE_NOOP("Words", "Between start and end"),
    TimePrecision.WEEK: QT_TRANSLATE_NOOP("Words", "That week"),
    TimePrecision.MONTH: QT_TRANSLATE_NOOP("Words", "That month"),
}
MEANS = {
    Means.DRONE: QT_TRANSLATE_NOOP("Words", "Drone"),
    Means.MISSILE: QT_TRANSLATE_NOOP("Words", "Missile"),
    Means.ARTILLERY: QT_TRANSLATE_NOOP("Words", "Artillery"),
    Means.AIRCRAFT: QT_TRANSLATE_NOOP("Words", "Aircraft"),
    Means.SABOTAGE: QT_TRANSLATE_NOOP("Words", "Sabotage"),
    Means.UNKNOWN: QT_TRANSLATE_NOOP("Words", "Unknown"),
}
GEO_PRECISION = {
    GeoPrecision.EXACT: QT_TRANSLATE_NOOP("Words", "Exact spot"),
    GeoPrecision.NEAR: QT_TRANSLATE_NOOP("Words", "Near the place"),
    GeoPrecision.DISTRICT: QT_TRANSLATE_NOOP("Words", "Somewhere in the district"),
    GeoPrecision.REGION: QT_TRANSLATE_NOOP("Words", "Somewhere in the region"),
}
PLACE_KIND = {
    PlaceKind.COUNTRY: QT_TRANSLATE_NOOP("Words", "Country"),
    PlaceKind.REGION: QT_TRANSLATE_NOOP("Words", "Region"),
    PlaceKind.DISTRICT: QT_TRANSLATE_NOOP("Words", "District"),
    PlaceKind.CITY: QT_TRANSLATE_NOOP("Words", "City"),
    PlaceKind.LOCALITY: QT_TRANSLATE_NOOP("Words", "Locality"),
}
SOURCE_KIND = {
    SourceKind.OFFICIAL: QT_TRANSLATE_NOOP("Words", "Official"),
    SourceKind.MINISTRY: QT_TRANSLATE_NOOP("Words", "Ministry"),
    SourceKind.AGENCY: QT_TRANSLATE_NOOP("Words", "Agency"),
    SourceKind.MEDIA: QT_TRANSLATE_NOOP("Words", "Media"),
    SourceKind.SOCIAL: QT_TRANSLATE_NOOP("Words", "Social"),
    SourceKind.OTHER: QT_TRANSLATE_NOOP("Words", "Other"),
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
# The seeded categories and damage kinds (domain.enums); the user's own pass unchanged.
CATEGORY = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("Words", "interception"),
        QT_TRANSLATE_NOOP("Words", "debris impact"),
        QT_TRANSLATE_NOOP("Words", "strike"),
        QT_TRANSLATE_NOOP("Words", "fire"),
        QT_TRANSLATE_NOOP("Words", "explosion"),
        QT_TRANSLATE_NOOP("Words", "shelling"),
        QT_TRANSLATE_NOOP("Words", "sabotage"),
        QT_TRANSLATE_NOOP("Words", "other"),
    )
}
DAMAGE_KIND = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("Words", "vehicle"),
        QT_TRANSLATE_NOOP("Words", "home"),
        QT_TRANSLATE_NOOP("Words", "apartment building"),
        QT_TRANSLATE_NOOP("Words", "utility"),
        QT_TRANSLATE_NOOP("Words", "industrial"),
        QT_TRANSLATE_NOOP("Words", "infrastructure"),
        QT_TRANSLATE_NOOP("Words", "commercial"),
        QT_TRANSLATE_NOOP("Words", "agricultural"),
        QT_TRANSLATE_NOOP("Words", "public building"),
        QT_TRANSLATE_NOOP("Words", "other"),
    )
}
HISTORY_ACTION = {
    "create": QT_TRANSLATE_NOOP("Words", "Create"),
    "edit": QT_TRANSLATE_NOOP("Words", "Edit"),
    "delete": QT_TRANSLATE_NOOP("Words", "Delete"),
    "restore": QT_TRANSLATE_NOOP("Words", "Restore"),
}
# Labels the services define in English (exchange formats, recovery headlines, backup kinds).
SERVICE_LABELS = (
    QT_TRANSLATE_NOOP("Words", "Incident Logger JSON (everything, for another copy of the app)"),
    QT_TRANSLATE_NOOP("Words", "Incident CSV (one row per incident, for spreadsheets)"),
    QT_TRANSLATE_NOOP("Words", "GeoJSON (incidents with coordinates, for maps)"),
    QT_TRANSLATE_NOOP("Words", "ACLED event CSV (31 columns)"),
    QT_TRANSLATE_NOOP("Words", "Incident Logger JSON"),
    QT_TRANSLATE_NOOP("Words", "Incident Logger CSV"),
    QT_TRANSLATE_NOOP("Words", "ACLED event CSV"),
    QT_TRANSLATE_NOOP("Words", "The database is damaged"),
    QT_TRANSLATE_NOOP("Words", "This file is not an Incident Logger database"),
    QT_TRANSLATE_NOOP("Words", "This file belongs to another program"),
    QT_TRANSLATE_NOOP("Words", "This database comes from a newer release"),
    QT_TRANSLATE_NOOP("Words", "The database cannot be written"),
    QT_TRANSLATE_NOOP("Words", "The disk is full"),
    QT_TRANSLATE_NOOP("Words", "The disk reported an error"),
    QT_TRANSLATE_NOOP("Words", "The database is busy"),
    QT_TRANSLATE_NOOP("Words", "The database cannot be opened"),
    QT_TRANSLATE_NOOP("Words", "The database cannot be used"),
    QT_TRANSLATE_NOOP("Words", "Daily"),
    QT_TRANSLATE_NOOP("Words", "Manual"),
    QT_TRANSLATE_NOOP("Words", "Before upgrade"),
    QT_TRANSLATE_NOOP("Words", "Before restore"),
)


def word(text: str) -> str:
    """``text`` (one of this module's English words or a service's label) translated."""
    return QCoreApplication.translate(CONTEXT, text)


def status(value: str) -> str:
    try:
        return word(STATUS[Status(value)])
    except ValueError:
        return value


def means(value: str | None) -> str:
    """A means as the interface shows it ("" when none is recorded)."""
    if not value:
        return ""
    try:
        return word(MEANS[Means(value)])
    except ValueError:
        return value


def time_precision(value: TimePrecision) -> str:
    return word(TIME_PRECISION[value])


def geo_precision(value: GeoPrecision) -> str:
    return word(GEO_PRECISION[value])


def place_kind(value: PlaceKind | str) -> str:
    try:
        return word(PLACE_KIND[PlaceKind(value)])
    except ValueError:
        return str(value)


def source_kind(value: SourceKind | str) -> str:
    try:
        return word(SOURCE_KIND[SourceKind(value)])
    except ValueError:
        return str(value)


def reliability(value: Reliability) -> str:
    """'Usually reliable' in the interface's language."""
    return word(RELIABILITY[value])


def grade(value: Reliability) -> str:
    """'B — Usually reliable'."""
    return f"{value.value} — {reliability(value)}"


def credibility(value: int) -> str:
    found = CREDIBILITY.get(value)
    return word(found) if found else ""


def severity(value: str) -> str:
    try:
        return word(SEVERITY[DamageSeverity(value)])
    except ValueError:
        return value


def damage_state(value: str) -> str:
    try:
        return word(DAMAGE_STATE[DamageState(value)])
    except ValueError:
        return value


def category(text: str) -> str:
    """A seeded category in the interface's language; the user's own as typed."""
    found = CATEGORY.get(text)
    return word(found) if found else text


def damage_kind(text: str) -> str:
    found = DAMAGE_KIND.get(text)
    return word(found) if found else text


_ENUMS: dict[type, dict] = {
    Status: STATUS,
    TimePrecision: TIME_PRECISION,
    Means: MEANS,
    GeoPrecision: GEO_PRECISION,
    PlaceKind: PLACE_KIND,
    SourceKind: SOURCE_KIND,
    Reliability: RELIABILITY,
    DamageSeverity: SEVERITY,
    DamageState: DAMAGE_STATE,
}


def enum_word(value: StrEnum) -> str:
    """Any of the domain's enum values as the vocabulary's word; others as their value."""
    found = _ENUMS.get(type(value), {}).get(value)
    return word(found) if found else str(value.value)


def history_action(action: str) -> str:
    found = HISTORY_ACTION.get(action)
    return word(found) if found else action.capitalize()
