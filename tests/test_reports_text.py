"""Hostile user text: markup, ampersands, huge narratives, emoji and RTL print as typed."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from incident_logger.reports import build_briefing
from incident_logger.reports.fonts import (
    ARABIC,
    BOX,
    CJK,
    DEVANAGARI,
    EMOJI,
    HEBREW,
    SYMBOLS,
    THAI,
    register_fonts,
)
from incident_logger.reports.sample import sample_briefing
from incident_logger.reports.styles import make_styles
from incident_logger.reports.text import drawable, is_modifier, markup, paragraphs, substitute

HOSTILE = "<b>not bold</b> &amp; <font name=x>typed</font> 1 < 2 > 0 & done"


def test_markup_escapes_every_special_character() -> None:
    fonts = register_fonts()
    assert markup("a < b & c > d", fonts) == "a &lt; b &amp; c &gt; d"
    assert markup("&amp;", fonts) == "&amp;amp;"
    assert markup("<font name=x>", fonts) == "&lt;font name=x&gt;"
    assert markup("line one\nline two", fonts) == "line one<br/>line two"
    # Line breaks survive in any script, not only in plain ASCII text.
    assert markup("Калуга\nОбнинск", fonts) == "Калуга<br/>Обнинск"
    assert markup("Калуга\n\U0001f525", fonts).startswith("Калуга<br/>")


def test_paragraph_of_hostile_text_reads_back_as_typed() -> None:
    fonts = register_fonts()
    style = make_styles().body
    para = Paragraph(markup(HOSTILE, fonts), style)
    assert para.getPlainText() == HOSTILE


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.characters(
            codec="utf-8", categories=("L", "N", "P", "S", "Zs"), exclude_characters="\u00a0"
        ).filter(lambda ch: unicodedata.bidirectional(ch) not in {"R", "AL"}),
        max_size=60,
    )
)
def test_any_printable_text_survives_paragraph_parsing(text: str) -> None:
    fonts = register_fonts()
    para = Paragraph(markup(text, fonts), make_styles().body)
    plain = para.getPlainText()
    # Characters no shipped font has print as a box; everything else is kept.
    expected = "".join(
        ""
        if ord(ch) not in fonts.coverage and is_modifier(ord(ch))
        else ch
        if ord(ch) in fonts.coverage or fonts.fallback_for(ord(ch))
        else substitute(ch)
        for ch in text
    )
    assert " ".join(plain.split()) == " ".join(expected.split())


def test_rtl_text_switches_to_a_fallback_font() -> None:
    fonts = register_fonts()
    # Whole right-to-left runs print in display order (reversed), spaces kept outside.
    assert markup("Hi שלום עולם!", fonts) == f'Hi <font name="{HEBREW}">םלוע םולש</font>!'
    assert markup("שלום and", fonts) == f'<font name="{HEBREW}">םולש</font> and'
    assert markup("مرحبا", fonts) == f'<font name="{ARABIC}">ابحرم</font>'
    # A combining mark stays after its letter.
    assert markup("بَت", fonts) == f'<font name="{ARABIC}">تبَ</font>'


def test_emoji_print_in_the_emoji_font_and_controls_do_not_reach_the_font() -> None:
    fonts = register_fonts()
    assert markup("fire 🔥 here", fonts) == f'fire <font name="{EMOJI}">🔥</font> here'
    # The skin tone and the emoji variation selector change only the colour: dropped.
    assert (
        markup("ok 👍🏽 ❤️", fonts)
        == f'ok <font name="{EMOJI}">👍</font> <font name="{EMOJI}">❤</font>'
    )
    assert markup("bell\x07 tab\tnul\x00", fonts) == "bell tab nul"


def test_scripts_without_a_glyph_in_noto_sans_get_their_own_font() -> None:
    fonts = register_fonts()
    assert markup("Пекин 北京市", fonts) == f'Пекин <font name="{CJK}">北京市</font>'
    assert markup("서울", fonts) == f'<font name="{CJK}">서울</font>'
    assert markup("नई दिल्ली", fonts) == (
        f'<font name="{DEVANAGARI}">नई</font> <font name="{DEVANAGARI}">दिल्ली</font>'
    )
    assert markup("กรุงเทพ", fonts) == f'<font name="{THAI}">กรุงเทพ</font>'


def test_a_character_no_font_has_prints_as_a_box_not_a_name() -> None:
    fonts = register_fonts()
    box = f'<font name="{SYMBOLS}">{BOX}</font>'
    # A private-use character, an unassigned one, a lone surrogate, a rare ideograph.
    assert markup("a\ue000b", fonts) == f"a{box}b"
    assert markup("a\U0003ffffb", fonts) == f"a{box}b"
    assert markup("a\ud800b", fonts) == f"a{box}b"
    assert markup("a\U0002a6a5b", fonts) == f"a{box}b"  # CJK extension B: not in the subset
    assert substitute("\U0001f525") == BOX
    assert substitute("\u200d") == ""


def test_canvas_strings_replace_what_the_main_font_lacks() -> None:
    fonts = register_fonts()
    assert drawable("Калуга 🔥\x00", fonts) == f"Калуга {BOX}"


def test_blank_lines_split_paragraphs() -> None:
    assert paragraphs("one\n\n\ntwo\r\n\r\nthree\nstill three") == [
        "one",
        "two",
        "three\nstill three",
    ]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_hostile_briefing_builds_and_prints_text_as_typed(tmp_path: Path) -> None:
    base = sample_briefing()
    url = "https://example.org/" + "very-long-path-segment/" * 12 + "?q=" + "x" * 150
    word = "Непрерывноеслово" * 25  # 400 letters without a break
    narrative = ("A long report sentence with Калуга and 100% & <tags>. " * 1900)[:100_000]
    hostile = replace(
        base.incidents[0],
        title=HOSTILE,
        narrative=narrative,
        locality="🔥 near the pond 🚒",
        response=f"{word} then {url}",
        tags=("<i>tag</i>", "a&b"),
    )
    briefing = replace(
        base,
        title="Briefing <b>&amp;</b> 🔥",
        marking="<font name=x>INTERNAL</font>",
        incidents=(hostile, *base.incidents[1:]),
    )
    out = tmp_path / "hostile.pdf"
    result = build_briefing(briefing, out)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) > 15  # the narrative flows over many pages
    texts = [p.extract_text() for p in reader.pages]
    text = "\n".join(texts)
    assert HOSTILE in text
    assert "Briefing <b>&amp;</b> 🔥" in text
    assert "🔥 near the pond 🚒" in text
    assert "[fire" not in text
    assert "<i>tag</i>, a&b" in text
    assert all("<font name=x>INTERNAL</font>" in t for t in texts)
    squashed = _squash(text)
    assert _squash(url) in squashed, "the URL wraps but keeps every character"
    assert word in squashed
    assert squashed.count("Калугаand100%&<tags>.") >= 1800
