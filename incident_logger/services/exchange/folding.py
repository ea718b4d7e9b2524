"""``fold`` for imports: the same keys, computed once per repeated text or word."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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


# A text longer than this is split once for both its fold and its word keys (a narrative:
# free text, rarely repeated); a shorter one is looked up whole (titles, localities and
# responses repeat from row to row). Either way gives the same result.
_LONG = 120


def document_terms(texts: Sequence[str], damage: str) -> tuple[str, ...]:
    """The folded ``texts`` (in the order given: ``fts.TEXTS`` for an import), the folded
    damage text, and the ``lemmas`` column: ``lemma_text(*texts, damage)``.

    A long text and the damage text are split once for both; shorter texts are looked up
    whole.
    """
    out: list[str] = []
    keys: list[Iterable[str]] = []
    for text in texts:
        if len(text) > _LONG:
            words = text.split()
            lowered = text.casefold()
            if lowered.isascii():
                out.append(" ".join(lowered.split()))
            else:
                out.append(" ".join(filter(None, map(_WORDS.__getitem__, words))))
            keys.append(chain.from_iterable(map(chunk_keys, words)))
        else:
            folded, text_keys = _short_terms(text)
            out.append(folded)
            keys.append(text_keys)
    keys.append(chain.from_iterable(map(chunk_keys, damage.split())))
    out.append(fold_short(damage))
    out.append(" ".join(dict.fromkeys(chain.from_iterable(keys))))
    return tuple(out)
