"""Parsing and formatting of the ISO-like times we store ('YYYY-MM-DDTHH:MM')."""

from __future__ import annotations

from datetime import date, datetime

from incident_logger.domain.messages import MessageError, msg

STORED_FORMAT = "%Y-%m-%dT%H:%M"


def parse_when(text: str) -> datetime:
    """Parse 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DDTHH:MM[:SS]'; MessageError otherwise."""
    value = text.strip().replace(" ", "T", 1)
    if not value:
        raise MessageError(msg("empty"))
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), datetime.min.time())
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise MessageError(msg("not_a_time", text=text)) from None
    return parsed.replace(second=0, microsecond=0, tzinfo=None)


def normalise_when(text: str) -> str:
    """The stored form of a user-typed time."""
    return parse_when(text).strftime(STORED_FORMAT)


def display_when(stored: str | None) -> str:
    return "" if not stored else stored.replace("T", " ")


_COARSE = frozenset({"day", "week", "month"})


def display_window(start_at: str, end_at: str | None, precision: str) -> str:
    """How a stored time window reads at its precision: '2026-09-10' for a day, '2026-09' for
    a month, '2026-09-12 00:00–06:00' for a window. The table, the CLI and the import preview
    all show times this way."""
    start = display_when(start_at)
    precision = str(precision)
    if precision == "month":
        return start[:7]
    if not end_at:
        return start[:10] if precision in _COARSE else start[:16]
    end = display_when(end_at)
    if precision in _COARSE:
        return start[:10] if end[:10] == start[:10] else f"{start[:10]} – {end[:10]}"
    if end[:10] == start[:10]:
        return f"{start[:16]}–{end[11:16]}"
    if end[:4] == start[:4]:
        return f"{start[:16]} – {end[5:16]}"
    return f"{start[:16]} – {end[:16]}"
