"""Dates and times as the interface shows them, and what a person may type for one.

Stored times stay ISO ("2026-09-12T01:30"). A Russian or Ukrainian interface shows them in its
locale's short date form with a four-digit year and a 24-hour time ("12.09.2026 01:30"), months
by name ("сентябрь 2026"); the English interface keeps ISO 8601 ("2026-09-12 01:30"), the form
the search language and the exchange files use. Either way a typed time may be ISO or the
locale's short form: :func:`typed` turns the latter into ISO before the services see it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, QTime

from incident_logger.domain.timefmt import display_when, display_window
from incident_logger.ui.i18n import SOURCE_LANGUAGE, installed_language

_COARSE = frozenset({"day", "week", "month"})
_ISO_DATE = "yyyy-MM-dd"


def localised() -> bool:
    """True when dates follow the locale (not the English interface's ISO)."""
    return installed_language() != SOURCE_LANGUAGE


def date_format() -> str:
    """The locale's short date with a four-digit year ("dd.MM.yyyy"); ISO in English."""
    if not localised():
        return _ISO_DATE
    found = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return found if "yyyy" in found else re.sub(r"\byy\b", "yyyy", found)


def _parts(stored: str) -> tuple[QDate, QTime | None]:
    text = display_when(stored)
    day = QDate.fromString(text[:10], _ISO_DATE)
    time = QTime.fromString(text[11:16], "HH:mm") if len(text) >= 16 else None
    return day, time


def date(stored: str) -> str:
    """The date of a stored time ("12.09.2026")."""
    day, _time = _parts(stored)
    return QLocale().toString(day, date_format()) if day.isValid() else stored[:10]


def when(stored: str | None) -> str:
    """A stored time ("12.09.2026 01:30"); a bare date without a time."""
    if not stored:
        return ""
    if not localised():
        return display_when(stored)
    day, time = _parts(stored)
    if not day.isValid():
        return display_when(stored)
    shown = QLocale().toString(day, date_format())
    return f"{shown} {time.toString('HH:mm')}" if time is not None and time.isValid() else shown


def month(stored: str) -> str:
    day, _time = _parts(stored)
    return f"{QLocale().standaloneMonthName(day.month())} {day.year()}"


def window(start_at: str, end_at: str | None, precision: str) -> str:
    """A time window at its precision, as ``domain.timefmt.display_window`` reads in English:
    a day "10.09.2026", a month "сентябрь 2026", a night "11.09.2026 22:00 – 12.09.2026 06:00"."""
    if not localised():
        return display_window(start_at, end_at, precision)
    precision = str(precision)
    if precision == "month":
        return month(start_at)
    coarse = precision in _COARSE
    start = date(start_at) if coarse else when(start_at)
    if not end_at:
        return start
    if coarse:
        end = date(end_at)
        return start if end == start else f"{start} – {end}"
    if end_at[:10] == start_at[:10]:
        return f"{start}–{when(end_at)[-5:]}"
    return f"{start} – {when(end_at)}"


def period(start: str, end: str) -> str:
    """A count report's period: the end drops the date when it is the start's."""
    if end[:10] == start[:10]:
        return f"{when(start)} – {when(end)[-5:]}"
    return f"{when(start)} – {when(end)}"


def stamp(iso: str) -> str:
    """A record's timestamp (history, backups): its date and minute."""
    return when(iso[:16])


def typed(text: str) -> str:
    """What a person typed as a time, in the ISO form the services read: the locale's short
    form ("12.09.2026 01:30", "12.09.26") becomes "2026-09-12 01:30"; anything else (ISO
    itself, or text that is no time) is passed on as typed for the services to judge."""
    value = text.strip()
    if not value or not localised() or value[:4].isdigit():
        return text
    day_text, _sep, time_text = value.partition(" ")
    fmt = date_format()
    for pattern in (fmt, fmt.replace("yyyy", "yy")):
        day = QDate.fromString(day_text, pattern)
        if day.isValid():
            break
    else:
        return text
    if "yyyy" not in pattern and day.year() < 1950:  # "26" is 2026, not 1926
        day = day.addYears(100)
    if not time_text.strip():
        return day.toString(_ISO_DATE)
    time = QTime.fromString(time_text.strip(), "H:mm")
    if not time.isValid():
        return text
    return f"{day.toString(_ISO_DATE)} {time.toString('HH:mm')}"
