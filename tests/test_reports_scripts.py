"""Scripts Noto Sans lacks print in shipped fallback fonts, embedded; the rest print as a box.

The PDF is read back with pypdf: the text must come out as typed (so the ToUnicode maps are
right, emoji included) and each fallback font must be embedded as a TrueType subset.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from incident_logger.reports import build_briefing
from incident_logger.reports.fonts import BOX, CJK, DEVANAGARI, EMOJI, SYMBOLS, THAI
from incident_logger.reports.sample import sample_briefing

SAMPLES = {
    CJK: ("北京市朝阳区", "東京都", "서울특별시 강남구", "ひらがな カタカナ"),
    DEVANAGARI: ("नई दिल्ली",),
    THAI: ("กรุงเทพมหานคร",),
    EMOJI: ("🔥", "🚒", "🛩"),
}
NO_FONT = "\ue000"  # private use: no font has it
# The PostScript names the fonts are embedded under (with a subset prefix).
EMBEDDED = {
    CJK: "NotoSansCJKscSubset-Regular",
    DEVANAGARI: "NotoSansDevanagari-Regular",
    THAI: "NotoSansThai-Regular",
    EMOJI: "NotoEmoji-Regular",
    SYMBOLS: "NotoSansSymbols2-Regular",
}


def _fonts(resources: DictionaryObject) -> list[DictionaryObject]:
    found = [font.get_object() for font in resources.get("/Font", {}).values()]
    for xobject in resources.get("/XObject", {}).values():
        xobject = xobject.get_object()
        if "/Resources" in xobject:
            found += _fonts(xobject["/Resources"].get_object())
    return found


@pytest.fixture(scope="module")
def scripts_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, set[str]]:
    base = sample_briefing()
    first = base.incidents[0]
    incident = replace(
        first,
        title="Пожар 🔥 in 北京市朝阳区",
        locality="東京都 · 서울특별시 강남구",
        narrative="नई दिल्ली and กรุงเทพมหานคร; ひらがな カタカナ. Fire crews 🚒 and a drone 🛩.",
        response=f"A sign {NO_FONT} nobody can print.",
    )
    briefing = replace(base, incidents=(incident, *base.incidents[1:]))
    out = tmp_path_factory.mktemp("scripts") / "scripts.pdf"
    build_briefing(briefing, out)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    names = set()
    for page in reader.pages:
        for font in _fonts(page["/Resources"].get_object()):
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return text, names


@pytest.mark.parametrize("font", list(SAMPLES))
def test_each_script_prints_as_typed_in_its_embedded_font(
    scripts_pdf: tuple[str, set[str]], font: str
) -> None:
    text, names = scripts_pdf
    for sample in SAMPLES[font]:
        assert sample in text
    assert EMBEDDED[font] in names


def test_what_no_font_has_prints_as_a_box_and_never_as_a_name(
    scripts_pdf: tuple[str, set[str]],
) -> None:
    text, names = scripts_pdf
    assert f"A sign {BOX} nobody can print." in text
    assert EMBEDDED[SYMBOLS] in names
    assert "[fire" not in text
    assert "cjk unified ideograph" not in text.lower()
    assert "private use" not in text.lower()


def test_a_briefing_in_cyrillic_alone_embeds_no_fallback(tmp_path: Path) -> None:
    out = tmp_path / "plain.pdf"
    build_briefing(sample_briefing(), out)
    names = set()
    for page in PdfReader(out).pages:
        for font in _fonts(page["/Resources"].get_object()):
            names.add(str(font["/BaseFont"]))
    assert names and all("NotoSans-" in n or n.endswith("NotoSans") for n in names), names


def test_page_headers_and_chart_labels_use_the_one_font_that_draws_them(tmp_path: Path) -> None:
    base = sample_briefing()
    first, second, third = base.incidents
    briefing = replace(
        base,
        title="Сводка: 北京 12",  # the CJK font has Cyrillic too: one font draws it all
        marking="内部 กรุงเทพ",  # no one font has Chinese and Thai: laid out with fallbacks
        incidents=(replace(first, category="火灾 12"), second, third),
    )
    out = tmp_path / "labels.pdf"
    build_briefing(briefing, out)
    reader = PdfReader(out)
    second_page = reader.pages[1].extract_text()
    assert "Сводка: 北京 12" in second_page
    assert "内部 กรุงเทพ" in second_page
    assert BOX not in second_page
    texts = "\n".join(page.extract_text() for page in reader.pages)
    assert "火灾 12" in texts  # the chart label and the entry
