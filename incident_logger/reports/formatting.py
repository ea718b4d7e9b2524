"""Words and numbers as the briefing prints them: times with precision, counts, unknowns."""

from __future__ import annotations

from datetime import datetime

from incident_logger.domain.enums import TimePrecision
from incident_logger.domain.timefmt import parse_when

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def when(text: str | None) -> datetime | None:
    """Parse a stored time; None for empty or unreadable text (a report never fails on it)."""
    if not text:
        return None
    try:
        return parse_when(text)
    except ValueError:
        return None


def day(value: datetime) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def day_time(value: datetime) -> str:
    return f"{day(value)}, {value:%H:%M}"


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
        return f"{day(a)}, {a:%H:%M}–{b:%H:%M}"
    return f"{stamp(start)} – {stamp(end)}"


def incident_when(start: str, end: str | None, precision: TimePrecision) -> str:
    """When an incident happened, worded to its precision."""
    a = when(start)
    if a is None:
        return start
    if precision is TimePrecision.EXACT:
        return span(start, end) if end else day_time(a)
    if precision is TimePrecision.HOUR:
        return f"{day(a)}, about {a:%H}:00"
    if precision is TimePrecision.DAY:
        return f"{day(a)} (time not stated)"
    if precision is TimePrecision.WINDOW:
        return f"between {span(start, end)}" if end else f"{day_time(a)} (window)"
    if precision is TimePrecision.WEEK:
        return f"week of {day(a)}"
    return f"{_MONTH_NAMES[a.month - 1]} {a.year}"


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
        return f"from {stamp(start)}"
    if end:
        return f"until {stamp(end)}"
    return "All dates"


def count(n: int) -> str:
    """Thousands with commas: 12,345."""
    return f"{n:,}"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{count(n)} {word if n == 1 else (many or word + 's')}"


def casualties(value: int | None) -> str:
    """None is 'not stated', which differs from 'none (0)'."""
    if value is None:
        return "not stated"
    if value == 0:
        return "none (0)"
    return count(value)


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
        return f"{_MONTH_NAMES[a.month - 1]} {a.year}", ""
    if precision is TimePrecision.WEEK:
        return f"week of {day(a)}", ""
    if precision is TimePrecision.DAY:
        return day(a), ""
    if precision is TimePrecision.HOUR:
        return day(a), f"~{a:%H}:00"
    if b is None or b <= a:
        return day(a), f"{a:%H:%M}"
    times = f"{a:%H:%M}–{b:%H:%M}"
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
        return f"{a.day} {MONTHS[a.month - 1]}–{day(b)}"
    return f"{a.day}–{day(b)}"
