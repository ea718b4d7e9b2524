"""Text folding for case- and accent-insensitive matching in every script."""

from __future__ import annotations

import unicodedata

# Letters whose accent-stripped form differs from what readers expect to match.
_EXTRA = str.maketrans({"ё": "е", "ß": "ss", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae"})


def fold(text: str) -> str:
    """Return a key for matching: casefolded, without combining marks, spaces collapsed.

    The same function builds the stored ``*_key`` columns and the search terms, so
    ``калуга`` matches ``Калуга`` and ``Kyiv`` matches ``KYÏV``.
    """
    lowered = text.casefold().translate(_EXTRA)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Cyrillic й and Ukrainian ї decompose; folding them to и/і matches FTS5's unicode61.
    return " ".join(unicodedata.normalize("NFC", stripped).split())
