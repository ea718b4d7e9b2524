"""The team database's full-text documents: the words SQLite's tokenizer would see.

SQLite's index splits folded text into tokens of letters and digits (FTS5's ``unicode61``
tokenizer: every other character separates). PostgreSQL's own parser reads more into text
(``pump-station`` is three words there, ``2026-09-01`` holds ``-09``, ``a@b.com`` is one),
so the text a team database indexes is first written as those tokens, space-separated, by
``words``; its parser then sees each token as one word. Search terms go through the same
function (``services/query_pg.py``), so both engines match the same words.

The stored ``tsvector`` (revision 0011) weighs the columns: the incident's own text A, its
places' names B, the dictionary forms C, and leaves a gap between columns, so a phrase
never runs from one column into the next (as in SQLite, where phrases stay in a column).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_logger.domain.text import fold

_TOKEN = re.compile(r"[^\W_]+")  # letters and digits of any script (FTS5's L* N*)

# The weights of the document's column groups (revision 0011's ``il_document``).
TEXT_WEIGHT, PLACES_WEIGHT, LEMMAS_WEIGHT = "A", "B", "C"


def words(text: str) -> str:
    """``text`` folded, as the space-separated tokens SQLite's index would hold."""
    return " ".join(_TOKEN.findall(fold(text)))


def tokens(text: str) -> list[str]:
    """The tokens of ``text`` (folded) as SQLite's tokenizer splits it."""
    return _TOKEN.findall(fold(text))


def document(columns: Sequence[str]) -> tuple[str, ...]:
    """A document's columns (``store.fts.COLUMNS`` order, folded text) as stored on PostgreSQL."""
    return tuple(" ".join(_TOKEN.findall(column)) for column in columns)


def tsquery_phrase(words: Sequence[str], weights: str = "", prefix: bool = False) -> str:
    """Tokens in a row as ``tsquery`` text: ``('a':AB <-> 'b':*AB)``; ``weights`` restricts
    the columns (empty: any), ``prefix`` makes the last a word start. The tokens are letters
    and digits only (``tokens``), so they need no quoting beyond the quotes."""
    parts = [f"'{w}'" + (f":{weights}" if weights else "") for w in words]
    if prefix:
        parts[-1] = f"'{words[-1]}':*{weights}"
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"
