"""Which script a word is written in, and a guess at the language of a word or a text."""

from __future__ import annotations

import re
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


# The Unicode blocks of the two scripts (letters with their marks); _letter_script names the
# rare letters outside them.
_CYRILLIC_RE = re.compile(r"[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def script_of(word: str) -> Script:
    """The script most of the word's letters are written in."""
    cyrillic = len(_CYRILLIC_RE.findall(word))
    latin = len(_LATIN_RE.findall(word))
    if not cyrillic and not latin:
        return Script.OTHER
    return Script.CYRILLIC if cyrillic >= latin else Script.LATIN


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
