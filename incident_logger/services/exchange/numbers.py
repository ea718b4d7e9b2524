"""Whole numbers as files write them: ``3``, ``3.0`` (pandas, spreadsheets), never ``3.5``."""

from __future__ import annotations

import math
import re

from incident_logger.domain.messages import Message, msg

# Counts (injuries, fatalities, quantities, stated totals) above this are refused: they are
# not real counts, and sums of them must stay inside SQLite's 64-bit integers.
MAX_COUNT = 1_000_000_000
_INTEGRAL = re.compile(r"([+-]?\d+)\.0*")


NOT_WHOLE = "not_whole_number"  # the code parse_count gives for text that is no whole number


def parse_count(text: str) -> tuple[int | None, Message | None]:
    """A whole number from a cell, or why it is not one (the text is stripped): a message
    coded ``NOT_WHOLE`` (callers may say it their own way) or ``count_too_large``."""
    if len(text) > 40:
        return None, msg("count_too_large", value=f"{text[:20]}…", limit=MAX_COUNT)
    try:
        value = int(text)
    except ValueError:
        try:
            number = float(text)
        except ValueError:
            return None, msg(NOT_WHOLE, value=text)
        if not math.isfinite(number) or not number.is_integer():
            return None, msg(NOT_WHOLE, value=text)
        value = int(number)
    if abs(value) > MAX_COUNT:
        return None, msg("count_too_large", value=text, limit=MAX_COUNT)
    return value, None


def integral_code(text: str) -> str:
    """``"1.0"`` -> ``"1"`` (a code a spreadsheet saved as a float); other text unchanged."""
    match = _INTEGRAL.fullmatch(text)
    return match.group(1) if match else text
