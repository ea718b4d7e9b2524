"""Parsing and formatting of the ISO-like times we store ('YYYY-MM-DDTHH:MM')."""

from __future__ import annotations

from datetime import date, datetime

STORED_FORMAT = "%Y-%m-%dT%H:%M"


def parse_when(text: str) -> datetime:
    """Parse 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DDTHH:MM[:SS]'; ValueError otherwise."""
    value = text.strip().replace(" ", "T", 1)
    if not value:
        raise ValueError("is empty")
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), datetime.min.time())
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{text}' is not a date and time like 2026-09-12 01:30") from None
    return parsed.replace(second=0, microsecond=0, tzinfo=None)


def normalise_when(text: str) -> str:
    """The stored form of a user-typed time."""
    return parse_when(text).strftime(STORED_FORMAT)


def display_when(stored: str | None) -> str:
    return "" if not stored else stored.replace("T", " ")
