"""One vocabulary for the enum words (domain/vocabulary.py): the interface and the briefing
translate the same English labels, and every language has them all."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from incident_logger.domain import enums, vocabulary
from incident_logger.reports import words as briefing_words
from incident_logger.reports.i18n import use

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"


def _labels() -> set[str]:
    tables = (*vocabulary.ENUMS.values(), vocabulary.CREDIBILITY, vocabulary.CATEGORY)
    return {label for table in (*tables, vocabulary.DAMAGE_KIND) for label in table.values()}


@pytest.mark.parametrize("kind", list(vocabulary.ENUMS))
def test_every_enum_value_has_a_label(kind: type[StrEnum]) -> None:
    assert set(vocabulary.ENUMS[kind]) == set(kind)


def test_the_seeded_lists_have_their_labels() -> None:
    assert set(enums.DEFAULT_CATEGORIES) <= set(vocabulary.CATEGORY)
    assert set(enums.DAMAGE_OBJECT_KINDS) == set(vocabulary.DAMAGE_KIND)


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_both_catalogs_translate_every_label_under_words(lang: str) -> None:
    ts = ET.parse(I18N / f"incident_logger_{lang}.ts").getroot()
    ui = {
        m.findtext("source"): m.findtext("translation")
        for ctx in ts
        if ctx.findtext("name") == vocabulary.CONTEXT
        for m in ctx.findall("message")
    }
    with (I18N / f"briefing_{lang}.po").open("rb") as f:
        po = {m.id: m.string for m in read_po(f, locale=lang) if m.context == vocabulary.CONTEXT}
    for label in _labels():
        assert ui.get(label), f"{lang}.ts: {label!r} untranslated"
        assert po.get(label), f"briefing_{lang}.po: {label!r} untranslated"
        assert ui[label] == po[label], f"{lang}: {label!r} reads differently in UI and briefing"


def test_the_briefing_reads_the_vocabulary() -> None:
    with use("ru"):
        assert briefing_words.status(enums.Status.CONFIRMED) == "подтверждено"
        assert briefing_words.category("debris impact") == "падение обломков"
        assert briefing_words.category("my own") == "my own"
    with use("en"):
        assert briefing_words.means(enums.Means.UNKNOWN) == "means unknown"
