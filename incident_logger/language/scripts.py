"""Which script a word is written in, and a guess at the language of a word or a text."""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from functools import lru_cache

# Letters that only one of the two languages uses.
UKRAINIAN_ONLY = frozenset("іїєґʼ")
RUSSIAN_ONLY = frozenset("ыэъё")


class Script(StrEnum):
    CYRILLIC = "cyrillic"
    LATIN = "latin"
    OTHER = "other"  # digits, other scripts, or nothing to go on


@lru_cache(maxsize=4096)
def _letter_script(ch: str) -> Script:
    name = unicodedata.name(ch, "")
    if name.startswith("CYRILLIC"):
        return Script.CYRILLIC
    if name.startswith("LATIN"):
        return Script.LATIN
    return Script.OTHER


def script_of(word: str) -> Script:
    """The script most of the word's letters are written in."""
    counts = {Script.CYRILLIC: 0, Script.LATIN: 0}
    for ch in word:
        if ch.isalpha():
            script = _letter_script(ch)
            if script is not Script.OTHER:
                counts[script] += 1
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] else Script.OTHER


def letter_hint(word: str) -> str:
    """'uk' or 'ru' when the word holds a letter only that language uses, else ''."""
    lowered = set(word.lower())
    uk, ru = bool(lowered & UKRAINIAN_ONLY), bool(lowered & RUSSIAN_ONLY)
    if uk == ru:
        return ""
    return "uk" if uk else "ru"


def guess_language(text: str) -> str:
    """'ru', 'uk' or 'en' for a word or a text, or '' when there is nothing to go on.

    Cyrillic text is Ukrainian when it holds more Ukrainian-only letters (і ї є ґ) than
    Russian-only ones (ы э ъ ё), Russian otherwise; Latin text is English.
    """
    lowered = text.lower()
    uk = sum(lowered.count(ch) for ch in UKRAINIAN_ONLY)
    ru = sum(lowered.count(ch) for ch in RUSSIAN_ONLY)
    cyrillic = latin = 0
    for ch in lowered:
        if ch.isalpha():
            script = _letter_script(ch)
            cyrillic += script is Script.CYRILLIC
            latin += script is Script.LATIN
    if cyrillic == 0 and latin == 0:
        return ""
    if latin > cyrillic:
        return "en"
    return "uk" if uk > ru else "ru"
