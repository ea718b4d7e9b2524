"""Lemmas of one word: every plausible dictionary form, in Russian, Ukrainian or English."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from incident_logger.domain.text import fold
from incident_logger.language.abbreviations import ABBREVIATIONS
from incident_logger.language.morph import analyser
from incident_logger.language.scripts import Script, letter_hint, script_of
from incident_logger.language.stem import stem_english

# A predicted (not in the dictionary) parse counts when its score is at least this share of
# the best one: pymorphy3 guesses several forms for an unknown name, most of them unlikely.
_PREDICTION_SHARE = 0.5

# Ukrainian writes its apostrophe several ways; the dictionary knows the ASCII one.
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


@dataclass(frozen=True, slots=True)
class WordForms:
    """What the analyser makes of one word.

    ``language`` is 'ru', 'uk', 'en' or '' (a number, another script); ``lemmas`` are folded
    dictionary forms, most likely first, never empty for a word (the folded word itself when
    nothing better is known); ``known`` says whether a dictionary knew the word.
    """

    word: str
    language: str
    lemmas: tuple[str, ...]
    known: bool


def _dictionary(parses: list[object]) -> list[object]:
    return [p for p in parses if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"]  # type: ignore[attr-defined]


def _cyrillic(word: str, lang: str) -> tuple[str, tuple[str, ...], bool]:
    """(language, lemmas, known) for a lower-cased Cyrillic word."""
    hint = lang if lang in ("ru", "uk") else letter_hint(word)
    candidates = (hint,) if hint else ("ru", "uk")
    known: list[tuple[str, list[object]]] = []
    for candidate in candidates:
        morph = analyser(candidate)
        if morph.word_is_known(word):
            known.append((candidate, _dictionary(morph.parse(word)) or morph.parse(word)))
    if known:
        forms = [fold(p.normal_form) for _, parses in known for p in parses]  # type: ignore[attr-defined]
        return known[0][0], tuple(dict.fromkeys(forms)), True
    # Unknown to both dictionaries: take the likely predictions of the hinted language
    # (Russian when nothing hints), and keep the word itself as a form too.
    chosen = hint or "ru"
    parses = analyser(chosen).parse(word)
    best = max((p.score for p in parses), default=0.0)
    forms = [fold(p.normal_form) for p in parses if p.score >= best * _PREDICTION_SHARE]
    return chosen, tuple(dict.fromkeys([*forms, fold(word)])), False


@lru_cache(maxsize=200_000)
def analyse(word: str, lang: str = "") -> WordForms:
    """The language and lemmas of one word (as ``tokenize`` returns it).

    ``lang`` ('ru', 'uk' or 'en') says which language to read the word in, when known from
    context; without it the script and the letters decide, then the dictionaries: a Cyrillic
    word both dictionaries know gets the lemmas of both ("Калуги" -> калуга).
    Abbreviations people write in names ("обл", "р-н") give their full word.
    """
    lowered = word.lower().strip(".").translate(_APOSTROPHES)
    if not lowered:
        return WordForms(word, "", (), False)
    if lowered in ABBREVIATIONS:
        full = ABBREVIATIONS[lowered]
        return WordForms(word, lang or letter_hint(full) or "ru", (fold(full),), True)
    script = script_of(lowered)
    if script is Script.CYRILLIC:
        language, forms, known = _cyrillic(lowered, lang)
        return WordForms(word, language, forms, known)
    if script is Script.LATIN:
        folded = fold(lowered)
        stem = stem_english(folded)
        return WordForms(word, "en", tuple(dict.fromkeys((stem, folded))), False)
    return WordForms(word, "", (fold(lowered),), False)


def lemmas(word: str, lang: str = "") -> tuple[str, ...]:
    """Every plausible dictionary form of ``word``, folded, most likely first."""
    return analyse(word, lang).lemmas
