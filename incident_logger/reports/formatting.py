"""Words and numbers as the briefing prints them: times with precision, counts, unknowns.

Everything here speaks the briefing's language (:mod:`incident_logger.reports.i18n`): month
names and number grouping come from the locale, words from the catalog.
"""

from __future__ import annotations

from datetime import datetime

from incident_logger.domain.enums import TimePrecision
from incident_logger.domain.timefmt import parse_when
from incident_logger.reports import i18n
from incident_logger.reports.i18n import _, n_


def when(text: str | None) -> datetime | None:
    """Parse a stored time; None for empty or unreadable text (a report never fails on it)."""
    if not text:
        return None
    try:
        return parse_when(text)
    except ValueError:
        return None


def day(value: datetime) -> str:
    return i18n.day(value)


def clock(value: datetime) -> str:
    return i18n.clock(value)


def day_time(value: datetime) -> str:
    return f"{day(value)}, {clock(value)}"


def stamp(text: str | None) -> str:
    """A stored time as '15 Jun 2025, 07:00' (or the raw text when it does not parse)."""
    value = when(text)
    if value is None:
        return text or ""
    if len((text or "").strip()) <= 10:
        return day(value)
    return day_time(value)


def span(start: str | None, end: str | None) -> str:
    """A window such as '14 Jun 2025, 23:00 – 15 Jun 2025, 07:00' or '15 Jun 2025, 01:00–04:00'."""
    a, b = when(start), when(end)
    if a is None:
        return stamp(start)
    if b is None or b == a:
        return stamp(start)
    if a.date() == b.date():
        if a.time() == b.time().min and b.time() == b.time().min:
            return day(a)
        return f"{day(a)}, {clock(a)}–{clock(b)}"
    return f"{stamp(start)} – {stamp(end)}"


def _hour(value: datetime) -> str:
    return f"{value:%H}:00"


def incident_when(start: str, end: str | None, precision: TimePrecision) -> str:
    """When an incident happened, worded to its precision."""
    a = when(start)
    if a is None:
        return start
    if precision is TimePrecision.EXACT:
        return span(start, end) if end else day_time(a)
    if precision is TimePrecision.HOUR:
        return _("{day}, about {hour}").format(day=day(a), hour=_hour(a))
    if precision is TimePrecision.DAY:
        return _("{day} (time not stated)").format(day=day(a))
    if precision is TimePrecision.WINDOW:
        if end:
            return _("between {window}").format(window=span(start, end))
        return _("{time} (window)").format(time=day_time(a))
    if precision is TimePrecision.WEEK:
        return _("week of {day}").format(day=day(a))
    return i18n.month_year(a)


def span_lines(start: str | None, end: str | None) -> tuple[str, ...]:
    """A window as lines for a narrow table cell: ('14 Jun 2025, 22:00 –', '15 Jun 2025, 00:45')."""
    whole = span(start, end)
    if " – " in whole:
        first, second = whole.split(" – ", 1)
        return (f"{first} –", second)
    return (whole,)


def period(start: str | None, end: str | None) -> str:
    if start and end:
        return span(start, end) if when(start) and when(end) else f"{start} – {end}"
    if start:
        return _("from {time}").format(time=stamp(start))
    if end:
        return _("until {time}").format(time=stamp(end))
    return _("All dates")


def count(n: int) -> str:
    """Thousands grouped as the locale writes them: 12,345 or 12 345."""
    return i18n.number(n)


def casualties(value: int | None) -> str:
    """None is 'not stated', which differs from 'none (0)'."""
    if value is None:
        return _("not stated")
    if value == 0:
        return _("none (0)")
    return count(value)


def incidents(n: int) -> str:
    """'1 incident', '3 incidents' ('3 инцидента', '5 инцидентов')."""
    return n_("{n} incident", "{n} incidents", n)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def compact_when(start: str, end: str | None, precision: TimePrecision) -> tuple[str, str]:
    """Date and time of an incident for one line of a chronology.

    ('24–25 Jan 2025', '22:00–07:00') for an overnight window; ('3 Feb 2025', '') when only
    the day is stated; ('3 Feb 2025', '~14:00') to the hour.
    """
    a, b = when(start), when(end)
    if a is None:
        return start, ""
    if precision is TimePrecision.MONTH:
        return i18n.month_year(a), ""
    if precision is TimePrecision.WEEK:
        return _("week of {day}").format(day=day(a)), ""
    if precision is TimePrecision.DAY:
        return day(a), ""
    if precision is TimePrecision.HOUR:
        return day(a), f"~{_hour(a)}"
    if b is None or b <= a:
        return day(a), clock(a)
    times = f"{clock(a)}–{clock(b)}"
    if a.date() == b.date():
        return day(a), times
    if a.time() == b.time().min and b.time() == b.time().min:
        times = ""  # whole days
    return day_range(a, b), times


def day_range(a: datetime, b: datetime) -> str:
    """'24–25 Jan 2025', '31 Jan–1 Feb 2025' or '31 Dec 2024–1 Jan 2025'."""
    if a.year != b.year:
        return f"{day(a)}–{day(b)}"
    if a.month != b.month:
        return f"{i18n.day_month(a)}–{day(b)}"
    return f"{a.day}–{day(b)}"
