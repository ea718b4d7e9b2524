"""The import's shortcuts give exactly what the slow, obvious code gives."""

from __future__ import annotations

import gc
import random
from datetime import datetime
from pathlib import Path

import pytest

from incident_logger.domain.text import fold
from incident_logger.domain.timefmt import normalise_when
from incident_logger.services.exchange.folding import document_terms, fold_short, fold_words
from incident_logger.services.exchange.plan import stored_when
from incident_logger.services.exchange.prepare import prepare_text
from incident_logger.store.lemma_doc import lemma_text

_ALPHABET = (
    "aZq ЁёйЙжß\u0301\u0308\u00a8\u00b4\u00a0\u3000\u1100\u1161\u11a8\t\n\u2028"
    "\U0001d165\U0001d400ﬁΣσςİıΩÅ\u212b\u0345\x1c\x85 .,-ʼ'أَلْعَرَبِيَّةשָׁלוֹם"
)


def _whole(text: str) -> str:
    try:
        return fold(text)
    except ValueError:  # fold() of combining marks alone has nothing to take the max of
        return ""


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Shelling of Вязьма outskirts",
        "Эвакуированы жители двух домов, работают экстренные службы.",
        "ОРЁЛ  Орел\u00a0KYÏV Kyiv",
        "a\u00a8b c\u00b4 \u0301d",  # compatibility forms with a space inside
        "Straße ﬁre İstanbul ΣΟΦΊΑ",
        "\u1100\u1161 \u1100 \u1161",  # conjoining jamo compose only when adjacent
        "x \U0001d165y \U0001d400",
        "ال\u0651عرب\u064aة שָׁלוֹם",
    ],
)
def test_folding_word_by_word_is_folding(text: str) -> None:
    assert fold_words(text) == _whole(text)


def test_folding_word_by_word_matches_on_random_text() -> None:
    rng = random.Random(5)
    for _ in range(20_000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14)))
        assert fold_words(text) == _whole(text), repr(text)


def test_folding_word_by_word_around_every_character() -> None:
    for code in range(0x80, 0x3400):
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        text = f"x{ch}y {ch} \u0308{ch}"
        assert fold_words(text) == _whole(text), hex(code)


def _separately(texts: tuple[str, ...], damage: str) -> tuple[str, ...]:
    return (*map(fold_words, texts), fold_short(damage), lemma_text(*texts, damage))


def test_document_terms_are_the_folds_and_word_forms_made_one_by_one() -> None:
    """The import's one pass over a row's texts (as many as the index has, short ones
    looked up whole and long ones split) gives what folding and ``lemma_text`` give."""
    rng = random.Random(11)
    words = ["обломки", "Обломков", "беспилотник", "drones", "Орёл", "KYÏV", "12", "пожар,"]
    long_seen = 0
    for _ in range(3_000):
        texts = tuple(
            " ".join(
                rng.choice(words)
                if rng.random() < 0.6
                else "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 6)))
                for _ in range(rng.choice((0, 1, 3, 6, 40)))
            )
            for _ in range(rng.randint(2, 6))
        )
        *own, damage = texts
        long_seen += sum(len(text) > 120 for text in own)
        try:
            expected: object = _separately(tuple(own), damage)
        except ValueError:  # fold() of combining marks alone (the damage text), as before
            expected = ValueError
        try:
            got: object = document_terms(own, damage)
        except ValueError:
            got = ValueError
        assert got == expected, texts
    assert long_seen > 500  # both ways of folding a text were taken


def test_stored_times_are_taken_as_they_are_and_others_are_normalised() -> None:
    rng = random.Random(7)
    for _ in range(2_000):
        when = datetime(
            rng.randint(1000, 9999),
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(0, 23),
            rng.randint(0, 59),
        ).strftime("%Y-%m-%dT%H:%M")
        assert stored_when(when) == normalise_when(when) == when
    for text in (
        "2024-01-01",
        "2024-01-01 10:30",
        "2024-01-01T10:30:45",
        " 2024-01-01T10:30 ",
        "2024-01-01T10:30+02:00",
        "0999-01-01T10:30",
    ):
        assert stored_when(text) == normalise_when(text), text


def test_preparing_a_chunk_restores_the_garbage_collector(tmp_path: Path) -> None:
    header = ["title", "start_at"]
    assert gc.isenabled()
    prepare_text("csv", "a.csv", header, 2, "Fire,2024-05-01 10:00\r\n")
    assert gc.isenabled()
    gc.disable()
    try:
        prepare_text("csv", "a.csv", header, 2, "Fire,2024-05-01 10:00\r\n")
        assert not gc.isenabled()
    finally:
        gc.enable()
