"""Search keys: the dictionary forms (lemmas) of a document's words, one token each.

Every word is read by the language layer (pymorphy3 for Russian and Ukrainian, a Snowball
stem for English) and has keys: each dictionary form of a Russian or Ukrainian word (an
unknown word keeps its likely forms and itself), the stem of an English word. The index
holds a document's words as written (folded) and, in its ``lemmas`` column, the keys that
differ from the word they come from (a word that is its own dictionary form is there
already). A search word is looked up by its keys in every column, so ``обломки`` finds
"обломков" with one index term and ``drones`` finds "drone". Numbers have no keys.
The words of a document are looked up once per distinct whitespace-separated chunk and
remembered, as imports repeat their words.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain

from incident_logger.domain.text import fold
from incident_logger.language import analyse, tokenize

_CACHE_LIMIT = 300_000


@lru_cache(maxsize=100_000)
def word_keys(word: str) -> tuple[str, ...]:
    """The index keys of one word as ``tokenize`` returns it (folded, most likely first)."""
    found = analyse(word)
    if found.language == "en":
        return found.lemmas[:1]  # the stem; the folded word shares it
    return tuple(lemma for lemma in found.lemmas if lemma)


class _ChunkKeys(dict[str, tuple[str, ...]]):
    """chunk of text without spaces -> the keys of its words that differ from the words."""

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        if len(self) > _CACHE_LIMIT:
            self.clear()
        found: dict[str, None] = {}
        for token in tokenize(chunk):
            if token.kind == "word":
                own = fold(token.text)
                found.update((key, None) for key in word_keys(token.text) if key != own)
        value = self[chunk] = tuple(found)
        return value


_CHUNKS = _ChunkKeys()
# The keys of one whitespace-separated chunk of text (remembered), for callers that split
# texts themselves (``services/exchange/folding.py``).
chunk_keys = _CHUNKS.__getitem__


def lemma_text(*texts: str) -> str:
    """The distinct keys of the words of ``texts`` (as typed, not folded) that differ from
    the words themselves, space-joined: the ``lemmas`` column of a document."""
    # In order of first appearance; the loops run in C (an import makes 100,000 of these).
    chunks = " ".join(texts).split()
    return " ".join(dict.fromkeys(chain.from_iterable(map(_CHUNKS.__getitem__, chunks))))


def place_document(names: str) -> str:
    """The ``places`` column of a document: the folded names, then their keys."""
    keys = lemma_text(names)
    folded = fold(names)
    return f"{folded} {keys}" if keys else folded
