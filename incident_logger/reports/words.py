"""The app's own vocabulary in the briefing's language: statuses, kinds, grades, categories.

Only words the program defines are translated: a category or damage kind the user typed prints
as typed; the default ones (seeded in English) print in the briefing's language.
"""

from __future__ import annotations

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


def NP_(context: str, message: str) -> str:
    """Marks ``message`` for the catalog without translating it (done where it is printed)."""
    return message


_STATUS = {
    Status.REPORTED: NP_("status", "reported"),
    Status.CONFIRMED: NP_("status", "confirmed"),
    Status.DISPUTED: NP_("status", "disputed"),
    Status.CLOSED: NP_("status", "closed"),
}
_MEANS = {
    Means.DRONE: NP_("means", "drone"),
    Means.MISSILE: NP_("means", "missile"),
    Means.ARTILLERY: NP_("means", "artillery"),
    Means.AIRCRAFT: NP_("means", "aircraft"),
    Means.SABOTAGE: NP_("means", "sabotage"),
    Means.UNKNOWN: NP_("means", "means unknown"),
}
_SEVERITY = {
    DamageSeverity.UNKNOWN: NP_("severity", "unknown"),
    DamageSeverity.MINOR: NP_("severity", "minor"),
    DamageSeverity.MODERATE: NP_("severity", "moderate"),
    DamageSeverity.SEVERE: NP_("severity", "severe"),
    DamageSeverity.DESTROYED: NP_("severity", "destroyed"),
}
_STATE = {
    DamageState.NONE: NP_("damage state", "none"),
    DamageState.FIRE_STARTED: NP_("damage state", "fire started"),
    DamageState.FIRE_EXTINGUISHED: NP_("damage state", "fire extinguished"),
    DamageState.REPAIRED: NP_("damage state", "repaired"),
}
_SOURCE_KIND = {
    SourceKind.OFFICIAL: NP_("source kind", "official"),
    SourceKind.MINISTRY: NP_("source kind", "ministry"),
    SourceKind.AGENCY: NP_("source kind", "agency"),
    SourceKind.MEDIA: NP_("source kind", "media"),
    SourceKind.SOCIAL: NP_("source kind", "social"),
    SourceKind.OTHER: NP_("source kind", "other"),
}
_GEO = {
    GeoPrecision.NEAR: NP_("geo precision", "near this place"),
    GeoPrecision.DISTRICT: NP_("geo precision", "district only"),
    GeoPrecision.REGION: NP_("geo precision", "region only"),
}
_RELIABILITY = {
    Reliability.A: NP_("reliability", "Completely reliable"),
    Reliability.B: NP_("reliability", "Usually reliable"),
    Reliability.C: NP_("reliability", "Fairly reliable"),
    Reliability.D: NP_("reliability", "Not usually reliable"),
    Reliability.E: NP_("reliability", "Unreliable"),
    Reliability.F: NP_("reliability", "Reliability cannot be judged"),
}
_CREDIBILITY = {
    1: NP_("credibility", "Confirmed by other sources"),
    2: NP_("credibility", "Probably true"),
    3: NP_("credibility", "Possibly true"),
    4: NP_("credibility", "Doubtful"),
    5: NP_("credibility", "Improbable"),
    6: NP_("credibility", "Truth cannot be judged"),
}
# The seeded categories and damage kinds (domain.enums.DEFAULT_CATEGORIES, DAMAGE_OBJECT_KINDS).
_CATEGORY = {
    text: text
    for text in (
        NP_("category", "interception"),
        NP_("category", "debris impact"),
        NP_("category", "strike"),
        NP_("category", "fire"),
        NP_("category", "explosion"),
        NP_("category", "shelling"),
        NP_("category", "sabotage"),
        NP_("category", "other"),
        NP_("category", "uncategorised"),
    )
}
_DAMAGE_KIND = {
    text: text
    for text in (
        NP_("damage kind", "vehicle"),
        NP_("damage kind", "home"),
        NP_("damage kind", "apartment building"),
        NP_("damage kind", "utility"),
        NP_("damage kind", "industrial"),
        NP_("damage kind", "infrastructure"),
        NP_("damage kind", "commercial"),
        NP_("damage kind", "agricultural"),
        NP_("damage kind", "public building"),
        NP_("damage kind", "other"),
    )
}


def status(value: Status) -> str:
    return p_("status", _STATUS[value])


def means(value: Means) -> str:
    """The weapon or cause ("drone"; "means unknown" where the statement says so)."""
    return p_("means", _MEANS[value])


def severity(value: DamageSeverity) -> str:
    return p_("severity", _SEVERITY[value])


def damage_state(value: DamageState) -> str:
    return p_("damage state", _STATE[value])


def source_kind(value: SourceKind) -> str:
    return p_("source kind", _SOURCE_KIND[value])


def geo_precision(value: GeoPrecision) -> str | None:
    """How precise a place is, in words; None when exact (nothing to say)."""
    found = _GEO.get(value)
    return p_("geo precision", found) if found else None


def reliability(value: Reliability) -> str:
    return p_("reliability", _RELIABILITY[value])


def credibility(value: int) -> str:
    return p_("credibility", _CREDIBILITY[value])


def credibility_digits() -> list[int]:
    return sorted(_CREDIBILITY)


def category(text: str) -> str:
    """A seeded category in the briefing's language; one the user made, as typed."""
    found = _CATEGORY.get(text.strip().casefold())
    return p_("category", found) if found else text


def damage_kind(text: str) -> str:
    """A seeded damage kind in the briefing's language; one the user typed, as typed."""
    found = _DAMAGE_KIND.get(text.strip().casefold())
    return p_("damage kind", found) if found else text
