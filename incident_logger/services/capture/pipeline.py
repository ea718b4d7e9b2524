"""Capture: one statement in, proposed count reports and incidents out (nothing is saved)."""

from __future__ import annotations

from datetime import datetime, timedelta

from incident_logger.domain.enums import TimePrecision
from incident_logger.services.capture.counts import find_reports
from incident_logger.services.capture.incidents import find_incidents
from incident_logger.services.capture.model import (
    CaptureResult,
    IncidentProposal,
    PlaceRef,
    ReportProposal,
    Span,
    Window,
)
from incident_logger.services.capture.numbers import NumberMention, find_numbers
from incident_logger.services.capture.places import PlaceIndex, PlaceMention
from incident_logger.services.capture.times import (
    FMT,
    TimeMention,
    TimeRules,
    find_times,
    issued_in_zone,
    resolve,
    with_overrides,
)
from incident_logger.services.capture.words import Statement

ZONES = {"ru": "Europe/Moscow", "uk": "Europe/Kyiv"}
COUNTRY_ZONES = {"RU": "Europe/Moscow", "UA": "Europe/Kyiv"}
DEFAULT_ZONE = "Europe/Kyiv"
_WINDOW_KINDS = (
    "window",
    "window_en",
    "night_of",
    "night",
    "day_span",
    "evening",
    "evening_before",
    "morning",
    "afternoon",
)


def statement_zone(
    language: str, places: list[PlaceMention], zones: dict[str, str] | None = None
) -> str:
    """Moscow for Russian, Kyiv for Ukrainian; English by the country of the first place."""
    table = {**ZONES, **(zones or {})}
    if language in table:
        return table[language]
    for m in places:
        if m.place is not None and m.place.iso_code[:2] in COUNTRY_ZONES:
            return COUNTRY_ZONES[m.place.iso_code[:2]]
    return table.get("en", DEFAULT_ZONE)


def _default_region(
    st: Statement, places: list[PlaceMention], index: PlaceIndex | None
) -> PlaceRef | None:
    """A post that opens with a region's name ("Полтавщина." / "Сумщина:") is about it."""
    if index is None or not st.sentences:
        return None
    first = st.sentences[0]
    head_end = st.text.find(":", first.start, first.end)
    head_end = head_end if head_end > 0 else first.end
    head = st.between(first.start, head_end)
    if not head or len(head) > 3:
        return None
    spots = [m for m in places if first.start <= m.start < head_end]
    if len(spots) == 1 and spots[0].place is not None and spots[0].place.region_id is not None:
        return index.ref(spots[0].place.region_id)
    return None


def _statement_time(
    mentions: list[TimeMention], issued: datetime, rules: TimeRules, zone: str
) -> tuple[Window | None, Span | None]:
    for m in mentions:
        if m.kind in _WINDOW_KINDS:
            window = resolve(m, issued, rules, zone)
            return with_overrides(window, mentions, issued), Span(m.start, m.end)
    return None, None


def _night_so_far(issued: datetime, rules: TimeRules) -> Window | None:
    """A post issued in the night with no time word: the night so far (a rule, shown)."""
    if not (issued.time() < rules.night_end or issued.time() >= rules.night_start):
        return None
    day = issued.date() if issued.time() >= rules.night_start else issued.date() - timedelta(days=1)
    start = datetime.combine(day, rules.night_start)
    return Window(
        start.strftime(FMT),
        issued.strftime(FMT),
        TimePrecision.WINDOW.value,
        "no time word; issued in the night: the night so far",
    )


def capture(
    text: str,
    issued: datetime,
    *,
    index: PlaceIndex | None = None,
    rules: TimeRules | None = None,
    zone: str | None = None,
    language: str = "",
) -> CaptureResult:
    """Read a statement; every proposed value carries the span of text it came from."""
    rules = rules or TimeRules()
    st = Statement(text, language)
    numbers = find_numbers(st)
    places = index.find(st) if index is not None else []
    zone = zone or statement_zone(st.language, places)
    issued = issued_in_zone(issued, zone).replace(second=0, microsecond=0)
    mentions = find_times(text)
    statement_time, statement_span = _statement_time(mentions, issued, rules, zone)
    clause_time: dict[int, tuple[Window | None, Span]] = {}
    for sentence in st.sentences:
        for clause in st.clauses(sentence):
            inside = [m for m in mentions if clause.start <= m.start < clause.end]
            if any(m.kind == "weekday" for m in inside):
                w = next(m for m in inside if m.kind == "weekday")
                clause_time[clause.start] = (None, Span(w.start, w.end, unsure=True))
                continue
            for m in inside:
                if m.kind in ("from", "as_of"):
                    continue
                window = resolve(m, issued, rules, zone)
                if m.kind in _WINDOW_KINDS:
                    window = with_overrides(window, mentions, issued)
                clause_time[clause.start] = (window, Span(m.start, m.end, unsure=window is None))
                break
    default_region = _default_region(st, places, index)
    report_time, report_span = statement_time, statement_span
    if report_time is None and not any(m.kind in ("as_of", "from", "weekday") for m in mentions):
        report_time = _night_so_far(issued, rules)
    reports = find_reports(st, numbers, places, index, report_time, report_span, default_region)
    claimed = _claimed(reports, numbers)
    count_clauses = {
        c.start
        for s in st.sentences
        for c in st.clauses(s)
        for r in reports
        if r.total.span is not None and c.start <= r.total.span.start < c.end
    }
    # With no time word at all, a post issued in the night tells of the night so far
    # (the same rule as for its counts); "Ранее" / "Earlier" still leaves the time empty.
    incident_time = statement_time if statement_time is not None else report_time
    incidents = find_incidents(
        st,
        numbers,
        places,
        index,
        claimed,
        count_clauses,
        incident_time,
        statement_span,
        clause_time,
        default_region,
    )
    incidents = [i for i in incidents if _worth_proposing(i)]
    notes = []
    if statement_time is not None and statement_time.rule:
        notes.append(statement_time.rule)
    elif report_time is not None and reports:
        notes.append(report_time.rule)
    return CaptureResult(
        text=text,
        language=st.language,
        time_zone=zone,
        issued_at=issued.strftime(FMT),
        reports=tuple(reports),
        incidents=tuple(incidents),
        notes=tuple(notes),
    )


def _claimed(reports: list[ReportProposal], numbers: list[NumberMention]) -> set[int]:
    spans = set()
    for r in reports:
        for p in (r.total, r.remainder, *(ln.count for ln in r.lines)):
            if p.span is not None:
                spans.add(p.span.start)
    return {n.first for n in numbers if n.start in spans}


def _worth_proposing(incident: IncidentProposal) -> bool:
    """An incident needs a place, damage or people hurt; a bare "hits recorded" is not one."""
    has_place = incident.place.span is not None
    hurt = bool(incident.injuries.value) or bool(incident.fatalities.value)
    return bool(incident.damage) or hurt or (has_place and incident.category.value is not None)


__all__ = ["capture"]
