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
It is declared by ``document_statements`` from a list of columns (each weighed by its name,
``weight``): a revision that adds a column to the document (a new full-text field) passes
the columns the document has from then on and declares nothing by hand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_logger.domain.text import fold

_TOKEN = re.compile(r"[^\W_]+")  # letters and digits of any script (FTS5's L* N*)

# The weights of the document's column groups (revision 0011's ``il_document``).
TEXT_WEIGHT, PLACES_WEIGHT, LEMMAS_WEIGHT = "A", "B", "C"
# A lexeme between two columns: it moves the next column's positions on by one, and is then
# deleted (no search token holds a "|": tokens are letters and digits only).
_GAP = "'''|'':1'::tsvector"


def weight(column: str) -> str:
    """The weight of a document column: the places' names B, the dictionary forms C, and
    every other column (the incident's own text, its damage notes and sources) A."""
    return {"places": PLACES_WEIGHT, "lemmas": LEMMAS_WEIGHT}.get(column, TEXT_WEIGHT)


def document_statements(columns: Sequence[str]) -> tuple[str, str, str]:
    """The SQL that declares the stored document over ``columns`` (in this order; each a
    text column of ``incident_fts``, weighed by ``weight``): the ``il_document`` function,
    the generated ``document`` column and its index. Run with the driver (no parameters:
    the gap holds a ":1"), after the old index, column and function are dropped.

    Revisions call this with the columns of their own day, so what it writes for a list of
    columns must never change: a different document is a new function here.
    """
    parts = f" || {_GAP} || ".join(f"setweight(il_fold({c}), '{weight(c)}')" for c in columns)
    return (
        f"""CREATE FUNCTION il_document({", ".join(f"{c} text" for c in columns)})
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ts_delete({parts}, '|'::text)""",
        f"""ALTER TABLE incident_fts ADD COLUMN document tsvector
    GENERATED ALWAYS AS (il_document({", ".join(columns)})) STORED""",
        "CREATE INDEX ix_incident_fts_document ON incident_fts USING gin(document)",
    )


# What ``document_statements`` replaces (the function goes with the column that uses it).
DROP_DOCUMENT = (
    "DROP INDEX IF EXISTS ix_incident_fts_document",
    "ALTER TABLE incident_fts DROP COLUMN IF EXISTS document",
    "DROP FUNCTION IF EXISTS il_document",
)


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
