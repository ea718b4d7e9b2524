"""Lemma keys: one comparable string per multi-word name, whatever its grammatical form."""

from __future__ import annotations

from itertools import product

from incident_logger.language.analysis import WordForms, analyse
from incident_logger.language.scripts import letter_hint
from incident_logger.language.tokens import Token, tokenize

MAX_KEYS = 32


def text_lemmas(text: str, lang: str = "") -> list[tuple[Token, WordForms]]:
    """Every token of ``text`` with its analysis (numbers get their digits as the lemma)."""
    return [(t, analyse(t.text, lang)) for t in tokenize(text)]


def _forms(text: str, lang: str) -> list[tuple[str, ...]]:
    hint = lang or letter_hint(text)
    return [analyse(t.text, hint).lemmas for t in tokenize(text)]


def lemma_key(text: str, lang: str = "") -> str:
    """The most likely lemma of each word, joined by spaces.

    "Брянской области", "брянская область" and "Брянская обл." all give
    "брянский область"; "Kaluga regions" gives "kaluga region".
    """
    return " ".join(forms[0] for forms in _forms(text, lang) if forms)


def lemma_keys(text: str, lang: str = "", limit: int = MAX_KEYS) -> tuple[str, ...]:
    """Every plausible lemma key of ``text`` (each word's lemmas combined), best first.

    Two names match when their key sets meet: "Києві" -> {кий, київ} meets "Київ" -> {київ}.
    At most ``limit`` keys; the most likely one (``lemma_key``) is always first.
    """
    forms = [f for f in _forms(text, lang) if f]
    if not forms:
        return ()
    keys: dict[str, None] = {}
    for combination in product(*forms):
        keys[" ".join(combination)] = None
        if len(keys) >= limit:
            break
    return tuple(keys)
