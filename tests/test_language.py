"""The language layer: tokens with spans, script and language guesses, lemmas and name keys."""

from __future__ import annotations

import threading

import pytest

from incident_logger import language
from incident_logger.language import (
    Script,
    analyse,
    guess_language,
    lemma_key,
    lemma_keys,
    lemmas,
    script_of,
    stem_english,
    text_lemmas,
    tokenize,
)


def test_tokens_keep_their_spans() -> None:
    text = "Над Брянской обл. — 85 БПЛА; п'ять обʼєктів, Ростов-на-Дону, 1,5 км"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "Над",
        "Брянской",
        "обл",
        "85",
        "БПЛА",
        "п'ять",
        "обʼєктів",
        "Ростов-на-Дону",
        "1,5",
        "км",
    ]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.kind for t in tokens if t.kind == "number"] == ["number", "number"]


def test_scripts_and_language_guesses() -> None:
    assert script_of("Обнинск") is Script.CYRILLIC
    assert script_of("Obninsk") is Script.LATIN
    assert script_of("2024") is Script.OTHER
    assert guess_language("Над Київщиною збито п'ять дронів") == "uk"
    assert guess_language("Над Брянской областью сбиты беспилотники") == "ru"
    assert guess_language("Air defence shot down six drones") == "en"
    assert guess_language("42 / 85") == ""


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("Брянской", "брянскии"),
        ("областью", "область"),
        ("Калуги", "калуга"),
        ("Обнинске", "обнинск"),
        ("Київщиною", "киівщина"),
        ("Воронежской", "воронежскии"),
        ("Новомосковске", "новомосковск"),
        ("Харківщині", "харківщина"),
        ("беспилотников", "беспилотник"),
        ("обломками", "обломок"),
        ("Києві", "киів"),
        ("Дніпрі", "дніпро"),
        ("обл.", "область"),
    ],
)
def test_lemmas_of_inflected_names(word: str, lemma: str) -> None:
    assert lemma in lemmas(word)


def test_language_of_a_word() -> None:
    assert analyse("Київщиною").language == "uk"
    assert analyse("Брянской").language == "ru"
    assert analyse("regions").language == "en"
    assert analyse("regions").lemmas[0] == "region"
    assert analyse("Обнинске").known
    assert not analyse("Ыыхтрбрск").known
    assert analyse("Ыыхтрбрск").lemmas  # never empty for a word


def test_hint_reads_the_word_in_that_language() -> None:
    assert analyse("Сумах", "uk").language == "uk"
    assert "суми" in lemmas("Сумах", "uk")


def test_lemma_keys_of_multi_word_names() -> None:
    key = lemma_key("брянская область")
    assert key == lemma_key("Брянской области") == lemma_key("над Брянской областью")[4:]
    assert lemma_key("Калужская обл.") == lemma_key("Калужская область")
    assert lemma_key("Kaluga regions") == lemma_key("Kaluga Region")
    assert lemma_key("Київській області") == lemma_key("Київська область")
    assert set(lemma_keys("Києві")) & set(lemma_keys("Київ"))
    assert lemma_keys("") == ()
    assert len(lemma_keys("Сумы Сумы Сумы Сумы Сумы Сумы", limit=5)) <= 5


def test_numbers_and_other_scripts_keep_their_text() -> None:
    pairs = text_lemmas("85 над Брянском, كييف")
    assert pairs[0][1].lemmas == ("85",)
    assert pairs[-1][1].lemmas == ("كييف",)
    assert "брянск" in pairs[2][1].lemmas


def test_english_stems() -> None:
    assert stem_english("drones") == stem_english("drone")
    assert stem_english("shooting") == stem_english("shoot")


def test_loading_is_shared_between_threads() -> None:
    results: list[tuple[str, ...]] = []
    threads = [
        threading.Thread(target=lambda: results.append(lemmas("Смоленской"))) for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1
    assert "ru" in language.load_seconds()
    language.warm_up()
    assert language.is_loaded()
    assert set(language.load_seconds()) == {"ru", "uk"}
