"""Key figures and chart series computed from the incidents (pure arithmetic, no layout)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from incident_logger.reports import formatting as fmt
from incident_logger.reports import i18n
from incident_logger.reports.model import BriefingIncident


@dataclass(frozen=True, slots=True)
class DamageKind:
    kind: str
    objects: int  # sum of the stated quantities
    incidents: int  # incidents with at least one note of this kind
    unstated: int  # notes of this kind whose quantity was not stated


@dataclass(frozen=True, slots=True)
class KeyFigures:
    incidents: int
    injuries: int
    injuries_stated: int  # incidents that state a number (0 included)
    injuries_unknown: int
    fatalities: int
    fatalities_stated: int
    fatalities_unknown: int
    damage: tuple[DamageKind, ...]
    with_damage: int  # incidents with at least one damage note


def key_figures(incidents: Sequence[BriefingIncident]) -> KeyFigures:
    injuries = [i.injuries for i in incidents if i.injuries is not None]
    fatalities = [i.fatalities for i in incidents if i.fatalities is not None]
    objects: Counter[str] = Counter()
    touched: Counter[str] = Counter()
    unstated: Counter[str] = Counter()
    with_damage = 0
    for incident in incidents:
        if not incident.damage:
            continue
        with_damage += 1
        for kind in {note.object_kind for note in incident.damage}:
            touched[kind] += 1
        for note in incident.damage:
            if note.quantity is None:
                unstated[note.object_kind] += 1
            else:
                objects[note.object_kind] += note.quantity
    kinds = sorted(touched, key=lambda k: (-objects[k], -touched[k], k))
    return KeyFigures(
        incidents=len(incidents),
        injuries=sum(injuries),
        injuries_stated=len(injuries),
        injuries_unknown=len(incidents) - len(injuries),
        fatalities=sum(fatalities),
        fatalities_stated=len(fatalities),
        fatalities_unknown=len(incidents) - len(fatalities),
        damage=tuple(DamageKind(k, objects[k], touched[k], unstated[k]) for k in kinds),
        with_damage=with_damage,
    )


@dataclass(frozen=True, slots=True)
class Series:
    """Bars of a chart: labels and values in order, and what one bar stands for."""

    labels: tuple[str, ...]
    values: tuple[int, ...]
    unit: str  # "day", "week" or "month"


def charted_day(incident: BriefingIncident) -> date | None:
    """The day an incident is charted on: the day its time window ends.

    An overnight window (22:00 on 11 Sep to 07:00 on 12 Sep) is reported on the 12th, the
    day officials state it, so it is counted there.
    """
    when = fmt.when(incident.end_at) or fmt.when(incident.start_at)
    return when.date() if when is not None else None


def per_period(
    incidents: Sequence[BriefingIncident], start: str | None = None, end: str | None = None
) -> Series:
    """Incidents per day; per week past two months; per month past two years. Empty bars kept.

    Each incident counts on the day its window ends (:func:`charted_day`).
    """
    days = [d for d in (charted_day(i) for i in incidents) if d is not None]
    first, last = fmt.when(start), fmt.when(end)
    lo = min([*days, *([first.date()] if first else [])], default=None)
    hi = max([*days, *([last.date()] if last else [])], default=None)
    if lo is None or hi is None:
        return Series((), (), "day")
    length = (hi - lo).days + 1
    if length <= 62:
        unit, key = "day", _same
    elif length <= 731:
        unit, key = "week", _week_start
    else:
        unit, key = "month", _month_start
    counts = Counter(key(d) for d in days)
    buckets: list[date] = []
    cursor = key(lo)
    while cursor <= hi:
        buckets.append(cursor)
        cursor = _advance(cursor, unit)
    labels = tuple(_label(b, unit) for b in buckets)
    return Series(labels, tuple(counts.get(b, 0) for b in buckets), unit)


def _same(d: date) -> date:
    return d


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _advance(d: date, unit: str) -> date:
    if unit == "day":
        return d + timedelta(days=1)
    if unit == "week":
        return d + timedelta(days=7)
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1)


def _label(d: date, unit: str) -> str:
    if unit == "month":
        return i18n.short_month_year(d)
    return i18n.day_month(d)


def per_category(incidents: Sequence[BriefingIncident]) -> Series:
    counts = Counter(i.category or "uncategorised" for i in incidents)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return Series(tuple(k for k, _ in ordered), tuple(v for _, v in ordered), "category")
