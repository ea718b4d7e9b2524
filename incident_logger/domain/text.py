"""Text folding for case- and accent-insensitive matching in every script."""

from __future__ import annotations

import unicodedata
from functools import cache

# Letters whose accent-stripped form differs from what readers expect to match.
_EXTRA = {"ё": "е", "ß": "ss", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae"}


@cache
def _strip_table() -> dict[int, str | None]:
    """Translation table: combining marks of the Basic Multilingual Plane removed."""
    table: dict[int, str | None] = {ord(k): v for k, v in _EXTRA.items()}
    for code in range(0x300, 0x10000):
        if unicodedata.combining(chr(code)):
            table[code] = None
    return table


def fold(text: str) -> str:
    """Return a key for matching: casefolded, without combining marks, spaces collapsed.

    The same function builds the stored ``*_key`` columns, the search index and the search
    terms, so ``калуга`` matches ``Калуга``, ``Орел`` matches ``Орёл`` and ``Kyiv`` ``KYÏV``.
    """
    lowered = text.casefold()
    if lowered.isascii():
        return " ".join(lowered.split())
    table = _strip_table()
    decomposed = unicodedata.normalize("NFKD", lowered.translate(table)).translate(table)
    if decomposed and max(decomposed) > "\uffff":  # rare: marks outside the BMP, not in table
        decomposed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", decomposed).split())
