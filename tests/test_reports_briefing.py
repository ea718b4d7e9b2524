"""The briefing PDF of a realistic night, read back with pypdf: figures, names, pages, fonts."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from incident_logger.reports import BriefingSections, build_briefing
from incident_logger.reports.fingerprint import fingerprint
from incident_logger.reports.sample import sample_briefing


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[PdfReader, list[str], str]:
    out = tmp_path_factory.mktemp("briefing") / "night.pdf"
    result = build_briefing(sample_briefing(), out)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages)
    texts = [page.extract_text().replace("\u00a0", " ") for page in reader.pages]
    return reader, texts, result.fingerprint


def _all(texts: list[str]) -> str:
    return "\n".join(texts)


def test_cyrillic_and_latin_names_print_as_typed(built: tuple[PdfReader, list[str], str]) -> None:
    text = _all(built[1])
    for name in ("Калуга", "Обнинск", "Малоярославец", "«Обнинск-Инфо»", "Kaluga Oblast"):
        assert name in text


def test_title_block_says_what_the_briefing_covers(
    built: tuple[PdfReader, list[str], str],
) -> None:
    first = built[1][0]
    assert "Overnight drone activity, 14–15 June 2025" in first
    assert "13 Jun 2025, 00:00 – 15 Jun 2025, 23:59" in first
    assert "region:Kaluga or region:Bryansk" in first
    assert "15 Jun 2025, 09:30 by Duty analyst" in first


def test_key_figures_count_unknowns_apart_from_zero(
    built: tuple[PdfReader, list[str], str],
) -> None:
    first = built[1][0]
    # 3 incidents; injuries stated in 1 (a 0), not stated in 2; fatalities stated in 2.
    assert re.search(r"3\s*INCIDENTS", first)
    assert "stated in 1; not stated in 2" in first
    assert "stated in 2; not stated in 1" in first
    assert re.search(r"4\s*DAMAGED OBJECTS", first)
    assert re.search(r"Vehicle\s*3\s*1", first)


def test_ministry_remainder_and_governor_disagreement(
    built: tuple[PdfReader, list[str], str],
) -> None:
    text = _all(built[1])
    assert re.search(r"221\s+155\s+66", text), "stated total, allocated, unallocated"
    assert re.search(r"Not attributed to a region\s*Ministry of Defence \(B\)\s*66", text)
    assert "sources disagree" in text
    assert "Where sources disagree" in text
    assert re.search(r"28 — Ministry of Defence", text)
    assert re.search(r"18 — Governor of Kaluga Oblast", text)


def test_incidents_print_in_time_order_with_grades(
    built: tuple[PdfReader, list[str], str],
) -> None:
    text = _all(built[1])
    order = [text.index(ref) for ref in ("INC-000097", "INC-000102", "INC-000101")]
    assert order == sorted(order)
    assert "between 15 Jun 2025, 01:10–04:30" in text
    assert "Governor of Kaluga Oblast (Telegram channel) B2" in text
    assert "Injured none (0) · Killed none (0)" in text
    assert "Injured not stated · Killed not stated" in text
    assert "3 × vehicle, moderate — parked cars" in text
    assert "1 × utility, minor, fire extinguished — pump station" in text


def test_every_page_has_marking_numbering_and_fingerprint(
    built: tuple[PdfReader, list[str], str],
) -> None:
    _, texts, digest = built
    total = len(texts)
    assert total >= 3
    for number, text in enumerate(texts, start=1):
        assert re.search(rf"Page {number} of\s*{total}\b", text), text[:200]
        assert "FOR INTERNAL USE" in text
        assert f"fingerprint {digest[:12]}" in text
        assert "3 incidents, 2 count statements, 3 sources" in text


def _fonts(resources: DictionaryObject) -> list[DictionaryObject]:
    found = [font.get_object() for font in resources.get("/Font", {}).values()]
    for xobject in resources.get("/XObject", {}).values():
        xobject = xobject.get_object()
        if "/Resources" in xobject:
            found += _fonts(xobject["/Resources"].get_object())
    return found


def test_fonts_are_embedded_and_no_builtin_font_is_used(
    built: tuple[PdfReader, list[str], str],
) -> None:
    reader = built[0]
    names = set()
    for page in reader.pages:
        for font in _fonts(page["/Resources"].get_object()):
            names.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert names, "no fonts found"
    assert all("NotoSans" in name for name in names), names
    assert not any("Helvetica" in name or "Times" in name for name in names)


def test_fingerprint_ignores_record_order_and_presentation() -> None:
    briefing = sample_briefing()
    shuffled = replace(
        briefing,
        incidents=tuple(reversed(briefing.incidents)),
        title="Another title",
        marking="SECRET",
        generated_at="2030-01-01T00:00",
    )
    assert fingerprint(shuffled) == fingerprint(briefing)
    fewer = replace(briefing, incidents=briefing.incidents[:2])
    assert fingerprint(fewer) != fingerprint(briefing)


def test_sections_can_be_left_out(tmp_path: Path) -> None:
    briefing = sample_briefing(
        sections=BriefingSections(incidents=False, sources_annex=False, charts=False)
    )
    out = tmp_path / "short.pdf"
    build_briefing(briefing, out)
    text = _all([p.extract_text() for p in PdfReader(out).pages])
    assert "Key figures" in text and "Regional counts" in text
    assert "Incidents in time order" not in text
    assert "Annex: sources" not in text
    assert "Incidents per day" not in text


def test_empty_briefing_builds(tmp_path: Path) -> None:
    briefing = sample_briefing(incidents=(), statements=(), sources=(), marking="")
    out = tmp_path / "empty.pdf"
    result = build_briefing(briefing, out)
    text = _all([p.extract_text() for p in PdfReader(out).pages])
    assert "No regional count statements cover this period." in text
    assert "No incidents in the selection." in text
    assert re.search(rf"Page 1 of\s*{result.pages}", text)
