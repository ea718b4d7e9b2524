"""A statement read as words: tokens with lemmas, sentences and clauses, and lexicon matching."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from incident_logger.domain.text import fold
from incident_logger.language import analyse, guess_language, tokenize


@dataclass(frozen=True, slots=True)
class Word:
    index: int
    text: str
    start: int
    end: int
    is_number: bool
    forms: tuple[str, ...]  # folded lemmas, then the folded word itself

    @property
    def folded(self) -> str:
        return self.forms[-1]

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


class Lexicon:
    """Words given as dictionary forms (matched through lemmas) or as stems ending in '*'."""

    def __init__(self, entries: Iterable[str]) -> None:
        exact: set[str] = set()
        stems: list[str] = []
        for entry in entries:
            if entry.endswith("*"):
                stems.append(fold(entry[:-1]))
            else:
                exact.add(fold(entry))
        self._exact = frozenset(exact)
        self._stems = tuple(stems)

    def matches(self, word: Word) -> bool:
        if word.is_number:
            return False
        for form in word.forms:
            if form in self._exact or (self._stems and form.startswith(self._stems)):
                return True
        return False


# Sentence ends: . ! ? … or a line break, not inside numbers ("1.5") or after one capital
# letter (initials); clause breaks inside a sentence: ; : and ", а" / ", while".
_SENTENCE_END = re.compile(r"(?<![\s(][^\W\d_])(?<=[.!?…])\s+|\n+")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:а|але|но|while|and\s+in)\b|\s[—–]\s(?=[А-ЯA-ZІЇЄҐ])")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    words: tuple[Word, ...]


class Statement:
    """The text with its words; every span here indexes the original text."""

    def __init__(self, text: str, language: str = "") -> None:
        self.text = text
        self.language = language or guess_language(text) or "en"
        hint = self.language if self.language in ("ru", "uk") else ""
        words: list[Word] = []
        for i, token in enumerate(tokenize(text)):
            if token.kind == "number":
                forms: tuple[str, ...] = (token.text,)
            else:
                analysis = analyse(token.text, hint)
                forms = (*analysis.lemmas, fold(token.text))
            words.append(Word(i, token.text, token.start, token.end, token.kind == "number", forms))
        self.words = tuple(words)

    def between(self, start: int, end: int) -> tuple[Word, ...]:
        return tuple(w for w in self.words if w.start >= start and w.end <= end)

    @cached_property
    def sentences(self) -> tuple[Segment, ...]:
        return self._split(0, len(self.text), _SENTENCE_END)

    def clauses(self, sentence: Segment) -> tuple[Segment, ...]:
        return self._split(sentence.start, sentence.end, _CLAUSE_BREAK)

    def _split(self, start: int, end: int, pattern: re.Pattern[str]) -> tuple[Segment, ...]:
        out: list[Segment] = []
        pos = start
        for m in pattern.finditer(self.text, start, end):
            if m.start() > pos:
                out.append(self._segment(pos, m.start()))
            pos = m.end()
        if end > pos:
            out.append(self._segment(pos, end))
        return tuple(s for s in out if s.words)

    def _segment(self, start: int, end: int) -> Segment:
        return Segment(start, end, self.between(start, end))

    def gap(self, left: Word, right: Word) -> str:
        """The characters between two words."""
        return self.text[left.end : right.start]
