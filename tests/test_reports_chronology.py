"""Past 200 incidents a briefing lists them as a chronology, one line each; details on demand."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from incident_logger.domain.enums import TimePrecision
from incident_logger.reports import BriefingCancelled, BriefingSections, build_briefing
from incident_logger.reports.formatting import compact_when
from incident_logger.reports.model import COMPACT_FROM, Briefing
from incident_logger.reports.sample import sample_briefing, sample_incidents

N = 450


def many(n: int = N, **sections: bool) -> Briefing:
    base = sample_incidents()
    start = datetime(2025, 6, 1, 0, 30)
    incidents = tuple(
        replace(
            base[i % len(base)],
            ref=f"INC-{i + 1:06d}",
            start_at=(start + timedelta(hours=5 * i)).strftime("%Y-%m-%dT%H:%M"),
            end_at=None,
            time_precision=TimePrecision.EXACT,
        )
        for i in range(n)
    )
    return sample_briefing(
        incidents=incidents,
        period_start=None,
        period_end=None,
        sections=BriefingSections(**sections),
    )


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_more_than_200_incidents_make_a_chronology_about_40_to_a_page(tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    build_briefing(many(), out)
    pages = _pages(out)
    text = "\n".join(pages)
    assert f"Chronology ({N})" in text
    assert "Incidents in time order" not in text and "Annex: incidents in detail" not in text
    refs = re.findall(r"INC-\d{6}", text)
    assert sorted(set(refs)) == [f"INC-{i:06d}" for i in range(1, N + 1)]
    assert len(refs) == N  # one line each, no narrative
    rows_per_page = [len(re.findall(r"INC-\d{6}", p)) for p in pages]
    full = [n for n in rows_per_page if n]
    assert 30 <= max(full) <= 60, rows_per_page  # two-line titles here; 44 with one-line
    assert len(full) <= N // 30 + 1
    # Every page of the chronology repeats the column heads.
    for page in pages:
        if re.search(r"INC-\d{6}", page):
            assert "Inj./killed" in page


def test_details_add_every_full_entry_as_an_annex(tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    build_briefing(many(details=True), out)
    text = "\n".join(_pages(out))
    assert f"Annex: incidents in detail ({N})" in text
    assert "The full entries follow in the annex" in text
    for i in (1, N // 2, N):
        assert len(re.findall(f"INC-{i:06d}", text)) == 2  # a line and an entry


def test_up_to_200_incidents_keep_the_full_entries(tmp_path: Path) -> None:
    out = tmp_path / "e.pdf"
    build_briefing(many(COMPACT_FROM), out)
    text = "\n".join(_pages(out))
    assert f"Incidents in time order ({COMPACT_FROM})" in text
    assert "Chronology" not in text


def test_chronology_reports_progress_to_the_end_and_can_be_cancelled(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    build_briefing(many(), tmp_path / "p.pdf", progress=lambda d, t: calls.append((d, t)))
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1]
    assert len(calls) > 5  # the chronology advances page by page
    checks = 0

    def cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks > 12

    with pytest.raises(BriefingCancelled):
        build_briefing(many(), tmp_path / "x.pdf", cancelled=cancelled)
    assert not (tmp_path / "x.pdf").exists()


def test_a_briefing_with_every_part_left_out_still_builds(tmp_path: Path) -> None:
    off = dict.fromkeys(
        ("key_figures", "regional_counts", "charts", "incidents", "sources_annex"), False
    )
    out = tmp_path / "bare.pdf"
    result = build_briefing(many(5, **off), out)
    assert result.pages == 1
    assert "Summary" in _pages(out)[0]


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        (
            "2025-01-24T22:00",
            "2025-01-25T07:00",
            TimePrecision.WINDOW,
            ("24–25 Jan 2025", "22:00–07:00"),
        ),
        (
            "2025-01-31T22:00",
            "2025-02-01T07:00",
            TimePrecision.WINDOW,
            ("31 Jan–1 Feb 2025", "22:00–07:00"),
        ),
        ("2025-02-03T14:20", None, TimePrecision.HOUR, ("3 Feb 2025", "~14:00")),
        ("2025-02-03", None, TimePrecision.DAY, ("3 Feb 2025", "")),
        (
            "2025-02-03T09:15",
            "2025-02-03T11:00",
            TimePrecision.EXACT,
            ("3 Feb 2025", "09:15–11:00"),
        ),
    ],
)
def test_compact_dates_fit_one_line(
    start: str, end: str | None, precision: TimePrecision, expected: tuple[str, str]
) -> None:
    assert compact_when(start, end, precision) == expected
