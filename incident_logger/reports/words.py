"""The app's own vocabulary in the briefing's language: statuses, kinds, grades, categories.

The words come from the one table of ``domain/vocabulary.py`` (the interface translates the
same texts with Qt); the briefing's catalogs translate them under the context "Words". Only
words the program defines are translated: a category or damage kind the user typed prints as
typed; the default ones (seeded in English) print in the briefing's language.
"""

from __future__ import annotations

from incident_logger.domain import vocabulary as v
from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    GeoPrecision,
    Means,
    Reliability,
    SourceKind,
    Status,
)
from incident_logger.reports.i18n import p_


def _word(text: str) -> str:
    return p_(v.CONTEXT, text)


def status(value: Status) -> str:
    return _word(v.STATUS[value])


def means(value: Means) -> str:
    """The weapon or cause ("drone"; "means unknown" where the statement says so)."""
    return _word(v.MEANS[value])


def severity(value: DamageSeverity) -> str:
    return _word(v.SEVERITY[value])


def damage_state(value: DamageState) -> str:
    return _word(v.DAMAGE_STATE[value])


def source_kind(value: SourceKind) -> str:
    return _word(v.SOURCE_KIND[value])


def geo_precision(value: GeoPrecision) -> str | None:
    """How precise a place is, in words; None when exact (nothing to say)."""
    return None if value is GeoPrecision.EXACT else _word(v.GEO_PRECISION[value])


def reliability(value: Reliability) -> str:
    return _word(v.RELIABILITY[value])


def credibility(value: int) -> str:
    return _word(v.CREDIBILITY[value])


def credibility_digits() -> list[int]:
    return sorted(v.CREDIBILITY)


def category(text: str) -> str:
    """A seeded category in the briefing's language; one the user made, as typed."""
    found = v.CATEGORY.get(text.strip().casefold())
    return _word(found) if found else text


def damage_kind(text: str) -> str:
    """A seeded damage kind in the briefing's language; one the user typed, as typed."""
    found = v.DAMAGE_KIND.get(text.strip().casefold())
    return _word(found) if found else text
