"""What a search word stands for in the full-text index: its keys (dictionary forms).

A document's words are indexed as written (folded) and, in its ``lemmas`` column, by their
dictionary forms where those differ (``store.lemma_doc``). A plain search word is looked up
by its own dictionary forms in every column, usually one index term, so ``обломки`` finds
"обломков" and ``drones`` finds "drone".
"""

from __future__ import annotations

from incident_logger.language import tokenize
from incident_logger.store.lemma_doc import word_keys

LEMMA_COLUMN = "lemmas"
PLACES_COLUMN = "places"


def search_keys(word: str) -> tuple[str, ...]:
    """The index keys of a one-word search term; () for a number or several words."""
    tokens = tokenize(word)
    if len(tokens) != 1 or tokens[0].kind != "word":
        return ()
    return word_keys(tokens[0].text)
