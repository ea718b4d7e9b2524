"""``fold`` for imports: the same keys, computed once per repeated text or word."""

from __future__ import annotations

from itertools import chain

from incident_logger.domain.text import fold
from incident_logger.store.lemma_doc import chunk_keys

_SHORT: dict[str, str] = {}


class _WordFolds(dict[str, str]):
    """word -> ``fold(word)``, filled as words are first seen."""

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:
            self.clear()
        try:
            found = fold(word)
        except ValueError:  # fold() of a word of combining marks only: nothing is left
            found = ""
        self[word] = found
        return found


_WORDS = _WordFolds()


def fold_words(text: str) -> str:
    """``fold(text)``, folding each whitespace-separated word once and remembering it.

    The same result as folding the whole text: casefolding, the accent table and Unicode
    normalisation work on characters and never reach across whitespace, and the words are
    joined by single spaces as ``fold`` joins them (a test holds the two together). Long
    texts repeat their words, so this is several times faster on narratives.
    """
    lowered = text.casefold()
    if lowered.isascii():
        return " ".join(lowered.split())
    return " ".join(filter(None, map(_WORDS.__getitem__, text.split())))


def fold_short(text: str) -> str:
    """``fold`` remembered for texts that repeat from row to row (localities, responses)."""
    found = _SHORT.get(text)
    if found is None:
        if len(_SHORT) > 50_000:
            _SHORT.clear()
        found = _SHORT[text] = fold(text)
    return found


_PARTS: dict[str, tuple[str, tuple[str, ...]]] = {}


def _short_terms(text: str) -> tuple[str, tuple[str, ...]]:
    """``fold(text)`` and the keys of its words, remembered (titles, localities and
    responses repeat from row to row; 20,000 of them hold a few MB)."""
    found = _PARTS.get(text)
    if found is None:
        if len(_PARTS) > 20_000:
            _PARTS.clear()
        keys = tuple(dict.fromkeys(chain.from_iterable(map(chunk_keys, text.split()))))
        found = _PARTS[text] = (fold_words(text), keys)
    return found


def document_terms(
    title: str, narrative: str, locality: str, response: str, damage: str
) -> tuple[str, str, str, str, str, str]:
    """The folded title, narrative, locality, response and damage text of an incident, and
    the ``lemmas`` column: ``lemma_text(title, narrative, locality, response, damage)``.

    The narrative and the damage text are split once for both; the shorter texts are
    looked up whole.
    """
    words = narrative.split()
    lowered = narrative.casefold()
    if lowered.isascii():
        folded = " ".join(lowered.split())
    else:
        folded = " ".join(filter(None, map(_WORDS.__getitem__, words)))
    title_terms, locality_terms, response_terms = map(_short_terms, (title, locality, response))
    keys = chain(
        title_terms[1],
        chain.from_iterable(map(chunk_keys, words)),
        locality_terms[1],
        response_terms[1],
        chain.from_iterable(map(chunk_keys, damage.split())),
    )
    return (
        title_terms[0],
        folded,
        locality_terms[0],
        response_terms[0],
        fold_short(damage),
        " ".join(dict.fromkeys(keys)),
    )
