"""Every text field at the longest the app accepts prints whole, split across pages.

Each field gets its own numbered words (``NAR00001 NAR00002 …``); the PDF is read back with
pypdf and every word of every field must be there, once, in order. Fields the validation rules
cap (title 300, place and region names 200, source names 300, category 100, narrative,
locality and response 200,000) are tested at the cap; fields it leaves uncapped (count and
damage notes, source notes and addresses, tags, the selection) at 200,000 characters.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    Reliability,
    SourceKind,
    Status,
    TimePrecision,
)
from incident_logger.domain.models import (
    CountLine,
    CountReportDraft,
    DamageNote,
    IncidentDraft,
    SourceLink,
)
from incident_logger.domain.validation import MAX_TEXT, MAX_TITLE
from incident_logger.reports import (
    AnnexSource,
    BriefingIncident,
    CountStatement,
    RegionCount,
    SourceCitation,
    build_briefing,
)
from incident_logger.reports.flow import PIECE, pieces
from incident_logger.reports.sample import sample_briefing
from incident_logger.services.briefing import (
    MAX_LABELS,
    BriefingRequest,
    briefing_data,
    write_briefing,
)
from incident_logger.services.counts import create_count_report
from incident_logger.services.incidents import create_incident
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

PLACE_NAME = 200  # validation.place_errors
SOURCE_NAME = 300  # validation.source_errors
CATEGORY = 100  # validation.incident_errors
SUBJECT = 100  # validation.count_report_errors


def words(code: str, length: int, *, lines: bool = True) -> str:
    """Numbered words ``CODE00001 …`` of exactly ``length`` characters, in Cyrillic sentences.

    With ``lines`` a line break follows every 40th word (as a pasted statement has them);
    without, the text is one line (cut between sentences when it is laid out).
    """
    out: list[str] = []
    size = 0
    i = 0
    while size < length:
        i += 1
        word = f"{code}{i:05d}"
        sep = "\n" if lines and i % 40 == 0 else (". Дрон " if i % 7 == 0 else " ")
        out.append(word + sep)
        size += len(word) + len(sep)
    text = "".join(out)[:length]
    return text


def numbered(code: str, text: str) -> list[str]:
    return re.findall(rf"{code}\d{{5}}(?!\d)", text)


def first_seen(found: list[str]) -> list[str]:
    return list(dict.fromkeys(found))


FIELDS: dict[str, tuple[str, int, bool]] = {
    # name: (code, length, with line breaks)
    "briefing title": ("BTI", MAX_LABELS["title"], False),
    "marking": ("MRK", MAX_LABELS["marking"], False),
    "author": ("AUT", MAX_LABELS["author"], False),
    "selection": ("SEL", MAX_TEXT, False),
    "incident title": ("TIT", MAX_TITLE, False),
    "place": ("PLA", PLACE_NAME, False),
    "region": ("REG", PLACE_NAME, False),
    "locality": ("LOC", MAX_TEXT, False),
    "category": ("CAT", CATEGORY, False),
    "narrative": ("NAR", MAX_TEXT, True),
    "response": ("RES", MAX_TEXT, False),
    "damage kind": ("DKI", MAX_TEXT, False),
    "damage note": ("DNO", MAX_TEXT, True),
    "tag": ("TAG", MAX_TEXT, False),
    "source name": ("SRC", SOURCE_NAME, False),
    "source address": ("URL", MAX_TEXT, False),
    "source note": ("SNO", MAX_TEXT, True),
    "citation address": ("CIT", MAX_TEXT, False),
    "citation note": ("EXC", MAX_TEXT, True),  # what the source says: an excerpt
    "count line note": ("CLN", MAX_TEXT, True),
    "count note": ("CNO", MAX_TEXT, True),
    "count subject": ("SUB", SUBJECT, False),
    "count region": ("CRG", PLACE_NAME, False),
}


def text_of(name: str) -> str:
    code, length, lines = FIELDS[name]
    return words(code, length, lines=lines)


@pytest.fixture(scope="module")
def longest(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    """One briefing with every field at its longest; the whole text and the page count."""
    t = text_of
    source = AnnexSource(
        9,
        t("source name"),
        SourceKind.OFFICIAL,
        Reliability.B,
        t("source address"),
        t("source note"),
    )
    incident = BriefingIncident(
        ref="INC-000001",
        title=t("incident title"),
        start_at="2025-06-15T01:10",
        end_at="2025-06-15T04:30",
        time_precision=TimePrecision.WINDOW,
        place=f"Россия › {t('region')} › {t('place')}",
        region=t("region"),
        locality=t("locality"),
        latitude=54.5,
        longitude=36.2,
        category=t("category"),
        narrative=t("narrative"),
        injuries=1,
        fatalities=None,
        response=t("response"),
        status=Status.CONFIRMED,
        tags=(t("tag"),),
        damage=(
            DamageNote(
                t("damage kind"),
                2,
                DamageSeverity.SEVERE,
                DamageState.FIRE_EXTINGUISHED,
                t("damage note"),
            ),
        ),
        sources=(
            SourceCitation(
                9,
                source.name,
                source.reliability,
                2,
                t("citation address"),
                t("citation note"),
            ),
        ),
    )
    statement = CountStatement(
        ref="CR-000001",
        source_id=9,
        source_name=source.name,
        reliability=source.reliability,
        issued_at="2025-06-15T07:00",
        period_start="2025-06-14T20:00",
        period_end="2025-06-15T07:00",
        subject=t("count subject"),
        outcome="shot down",
        stated_total=221,
        lines=(
            RegionCount(t("count region"), 85, t("count line note")),
            RegionCount("Курская область", 40),
        ),
        note=t("count note"),
    )
    other = replace(statement, ref="CR-000002", subject="missiles", stated_total=4, note="")
    briefing = sample_briefing(
        title=t("briefing title"),
        marking=t("marking"),
        author=t("author"),
        scope=t("selection"),
        incidents=(incident,),
        statements=(statement, other),
        sources=(source,),
    )
    out = tmp_path_factory.mktemp("longest") / "longest.pdf"
    result = build_briefing(briefing, out)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages)
    return "\n".join(page.extract_text() for page in reader.pages), result.pages


@pytest.mark.slow
@pytest.mark.parametrize("name", list(FIELDS))
def test_every_word_of_every_field_prints_in_order(longest: tuple[str, int], name: str) -> None:
    text, _ = longest
    code = FIELDS[name][0]
    expected = numbered(code, text_of(name))
    assert expected, "the field's text has numbered words"
    assert first_seen(numbered(code, text)) == expected


@pytest.mark.slow
def test_the_longest_briefing_runs_to_many_pages(longest: tuple[str, int]) -> None:
    _, pages = longest
    assert pages > 100  # 200,000-character fields cannot fit a few pages: they were split


def test_pieces_keep_every_character_and_stay_short() -> None:
    for text in (
        text_of("narrative"),
        text_of("response"),
        "x" * (3 * PIECE + 7),  # one word longer than any piece
        "е\u0301" * (PIECE + 3),  # a letter and its accent are never parted
    ):
        parts = pieces(text)
        assert all(len(p) <= PIECE for p in parts)
        assert "".join(parts).replace("\n", "").replace(" ", "") == text.strip().replace(
            "\n", ""
        ).replace(" ", "")
        assert not any(p[0] == "\u0301" for p in parts)


def test_a_2000_character_count_note_prints_whole(tmp_path: Path) -> None:
    """The case reported: a pasted official statement as a count report's note."""
    note = words("CNO", 2_000, lines=False)
    statements = sample_briefing().statements
    briefing = sample_briefing(statements=(replace(statements[0], note=note), statements[1]))
    out = tmp_path / "note.pdf"
    build_briefing(briefing, out)
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert first_seen(numbered("CNO", text)) == numbered("CNO", note)


def test_the_longest_stored_records_print_through_the_service(
    db: Database, night: Night, tmp_path: Path
) -> None:
    """Stored at the longest validation allows, read back and printed by the briefing service."""
    note = words("CNO", MAX_TEXT)
    create_count_report(
        db,
        CountReportDraft(
            night.ministry,
            "2026-09-11T07:00",
            "2026-09-10T20:00",
            "2026-09-11T07:00",
            stated_total=40,
            note=note,
            lines=(CountLine(night.kursk_region, 12, words("CLN", MAX_TEXT)),),
        ),
    )
    narrative = words("NAR", MAX_TEXT)
    title = words("TIT", MAX_TITLE, lines=False)
    create_incident(
        db,
        IncidentDraft(
            title=title,
            start_at="2026-09-11T03:00",
            place_id=night.obninsk,
            narrative=narrative,
            sources=(SourceLink(night.governor, 2, note=words("EXC", MAX_TEXT)),),
        ),
    )
    out = tmp_path / "stored.pdf"
    request = BriefingRequest(
        period_start="2026-09-10",
        period_end="2026-09-12",
        title=words("BTI", MAX_LABELS["title"], lines=False),
        marking=words("MRK", MAX_LABELS["marking"], lines=False),
    )
    write_briefing(db, request, out)
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    for code, typed in (
        ("CNO", note),
        ("NAR", narrative),
        ("TIT", title),
        ("CLN", words("CLN", MAX_TEXT)),
        ("EXC", words("EXC", MAX_TEXT)),
    ):
        assert first_seen(numbered(code, text)) == numbered(code, typed)


def test_a_title_page_text_over_its_limit_is_refused_by_name(db: Database) -> None:
    for name, limit in MAX_LABELS.items():
        request = replace(BriefingRequest(), **{name: "x" * (limit + 1)})
        with pytest.raises(ValueError, match=rf"^{name}: is too long"):
            briefing_data(db, request)


def test_short_rows_move_to_the_next_page_whole(tmp_path: Path) -> None:
    """Only rows longer than a good part of a page are split; others never straddle pages."""
    base = sample_briefing().statements[0]
    statements = tuple(
        replace(base, ref=f"CR-{i:06d}", note=words(f"R{i:02d}X", 60 + 37 * i % 190, lines=False))
        for i in range(60)
    )
    out = tmp_path / "rows.pdf"
    build_briefing(sample_briefing(statements=statements), out)
    pages = [p.extract_text() for p in PdfReader(out).pages]
    for text in pages:
        assert text.count("Unallocated") <= 1, "a table's header repeats within one page"
    for i in range(60):
        holding = [n for n, text in enumerate(pages) if numbered(f"R{i:02d}X", text)]
        assert len(holding) == 1, f"statement {i} is split over pages {holding}"
