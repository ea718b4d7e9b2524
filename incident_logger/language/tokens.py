"""Splitting text into words and numbers with their character spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

# A word: letters (any script, with combining marks), joined by apostrophes (Ukrainian
# "п'ять", "обʼєкт") or hyphens ("Ростов-на-Дону", "Kamianets-Podilskyi"). A number: digits,
# with a decimal comma or point inside ("1,5", "3.25"). Everything else separates tokens.
_LETTER = r"[^\W\d_]"
_WORD = rf"{_LETTER}[\w\u0300-\u036f]*(?:['’ʼ`\-‐]{_LETTER}[\w\u0300-\u036f]*)*"
_NUMBER = r"\d+(?:[.,]\d+)?"
_TOKEN = re.compile(rf"(?P<number>{_NUMBER})|(?P<word>{_WORD})")


@dataclass(frozen=True, slots=True)
class Token:
    """One word or number: its text exactly as written and its span ``text[start:end]``."""

    text: str
    start: int
    end: int
    kind: Literal["word", "number"]


def tokenize(text: str) -> list[Token]:
    """The words and numbers of ``text`` in order, with character offsets into ``text``."""
    return [
        Token(m.group(), m.start(), m.end(), "number" if m.group("number") else "word")
        for m in _TOKEN.finditer(text)
    ]
