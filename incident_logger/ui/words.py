"""The app's own vocabulary as the interface shows it, translated: statuses, kinds, grades, labels.

The words of the domain's enum values and seeded lists live in one table,
``domain/vocabulary.py``, shared with the briefing (which translates the same texts with
Babel); this module shows them in the interface's language with Qt (context "Words"), a list
item or a column's cell with a capital first letter. Labels the services define (exchange
formats, recovery headlines, backup kinds) are marked here. What users typed (a category or
damage kind of their own) passes through unchanged.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from incident_logger.domain import vocabulary
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
from incident_logger.domain.vocabulary import CREDIBILITY as CREDIBILITY
from incident_logger.domain.vocabulary import GEO_PRECISION as GEO_PRECISION
from incident_logger.domain.vocabulary import TIME_PRECISION as TIME_PRECISION
from incident_logger.domain.vocabulary import capital

CONTEXT = vocabulary.CONTEXT


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Qt's marker under its own name (lupdate looks for it), typed: returns ``text``."""
    return text


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
    """``text`` (a vocabulary label or a service's label) translated."""
    return QCoreApplication.translate(CONTEXT, text)


def enum_word(value: StrEnum) -> str:
    """Any enum value of the vocabulary as its word (lower case, for inside a sentence)."""
    return word(vocabulary.label(value))


def _listed(kind: type[StrEnum], value: object) -> str:
    """A value of ``kind`` as a list item or cell shows it; not a member: as it is."""
    try:
        member = kind(str(value))
    except ValueError:
        return str(value)
    return capital(enum_word(member))


def listed(kind: type[StrEnum], value: object) -> str:
    """A value of an enum field as a cell shows it ("" when none is recorded)."""
    return _listed(kind, value) if value else ""


def status(value: str) -> str:
    return _listed(Status, value)


def means(value: str | None) -> str:
    """A means as the interface shows it ("" when none is recorded)."""
    return _listed(Means, value) if value else ""


def time_precision(value: TimePrecision) -> str:
    return _listed(TimePrecision, value)


def geo_precision(value: GeoPrecision) -> str:
    return _listed(GeoPrecision, value)


def place_kind(value: PlaceKind | str) -> str:
    return _listed(PlaceKind, value)


def source_kind(value: SourceKind | str) -> str:
    return _listed(SourceKind, value)


def reliability(value: Reliability) -> str:
    """'Usually reliable' in the interface's language."""
    return enum_word(value)


def grade(value: Reliability) -> str:
    """'B — Usually reliable'."""
    return f"{value.value} — {reliability(value)}"


def credibility(value: int) -> str:
    found = CREDIBILITY.get(value)
    return word(found) if found else ""


def severity(value: str) -> str:
    try:
        return enum_word(DamageSeverity(value))
    except ValueError:
        return value


def damage_state(value: str) -> str:
    try:
        return enum_word(DamageState(value))
    except ValueError:
        return value


def category(text: str) -> str:
    """A seeded category in the interface's language; the user's own as typed."""
    found = vocabulary.CATEGORY.get(text)
    return word(found) if found else text


def damage_kind(text: str) -> str:
    found = vocabulary.DAMAGE_KIND.get(text)
    return word(found) if found else text


def history_action(action: str) -> str:
    try:
        return capital(enum_word(HistoryAction(action)))
    except ValueError:
        return action.capitalize()


def stored_name(shown: str, table: dict[str, str]) -> str:
    """What a person typed or picked in a list of seeded names shown translated (a category, a
    damage kind): the stored English name when it reads as one of them, else as typed."""
    folded = shown.strip().casefold()
    for name, text in table.items():
        if folded in (word(text).casefold(), name.casefold()):
            return name
    return shown.strip()
