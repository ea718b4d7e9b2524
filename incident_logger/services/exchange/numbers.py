"""Whole numbers as files write them: ``3``, ``3.0`` (pandas, spreadsheets), never ``3.5``."""

from __future__ import annotations

import math
import re

# Counts (injuries, fatalities, quantities, stated totals) above this are refused: they are
# not real counts, and sums of them must stay inside SQLite's 64-bit integers.
MAX_COUNT = 1_000_000_000
_INTEGRAL = re.compile(r"([+-]?\d+)\.0*")


def too_large() -> str:
    return f"is too large (at most {MAX_COUNT:,})"


def parse_count(text: str) -> tuple[int | None, str]:
    """A whole number from a cell, or the reason it is not one (the text is stripped)."""
    if len(text) > 40:
        return None, f"'{text[:20]}…' {too_large()}"
    try:
        value = int(text)
    except ValueError:
        try:
            number = float(text)
        except ValueError:
            return None, "not whole"
        if not math.isfinite(number) or not number.is_integer():
            return None, "not whole"
        value = int(number)
    if abs(value) > MAX_COUNT:
        return None, f"'{text}' {too_large()}"
    return value, ""


def integral_code(text: str) -> str:
    """``"1.0"`` -> ``"1"`` (a code a spreadsheet saved as a float); other text unchanged."""
    match = _INTEGRAL.fullmatch(text)
    return match.group(1) if match else text
