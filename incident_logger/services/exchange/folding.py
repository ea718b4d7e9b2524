"""``fold`` for imports: the same keys, computed once per repeated text or word."""

from __future__ import annotations

from incident_logger.domain.text import fold

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
