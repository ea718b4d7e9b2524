"""The opening summary, how windows are dated in the charts, and charts too small to show."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from incident_logger.domain.enums import TimePrecision
from incident_logger.reports import build_briefing
from incident_logger.reports.counts import count_groups
from incident_logger.reports.figures import charted_day, key_figures, per_period
from incident_logger.reports.overview import overview
from incident_logger.reports.sample import sample_briefing, sample_incidents


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_summary_says_how_many_where_casualties_and_counts_with_remainders() -> None:
    briefing = sample_briefing()
    incidents = briefing.incidents
    sentences = overview(
        incidents, key_figures(incidents), count_groups(briefing.statements), "13–15 Jun 2025"
    )
    assert (
        sentences[0] == "3 incidents (13–15 Jun 2025) in Kaluga Oblast (2) and Bryansk Oblast (1)."
    )
    assert sentences[1] == (
        "Casualties where stated: no one injured, no one killed. "
        "Not stated: injuries for 2 incidents and deaths for 1 incident."
    )
    assert sentences[2] == (
        "Ministry of Defence (B) stated 221 drones shot down, 155 of them by region and 66 not "
        "attributed to any region; Governor of Kaluga Oblast (Telegram channel) (B) stated 18 "
        "drones shot down, all attributed to regions."
    )


def test_summary_counts_the_regions_beyond_the_first_three() -> None:
    base = sample_incidents()[0]
    incidents = [
        replace(base, ref=f"INC-{i:06d}", region=region, injuries=2)
        for i, region in enumerate(["A", "A", "A", "B", "B", "C", "D", "E", ""])
    ]
    first, casualties, *_ = overview(incidents, key_figures(incidents), (), "all dates")
    assert first == (
        "9 incidents (all dates) in 5 regions, most in A (3), B (2) and C (1); 1 without a region."
    )
    assert (
        casualties
        == "Casualties where stated: 18 injured, no one killed. Every incident states both."
    )


def test_the_summary_opens_the_pdf(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    build_briefing(sample_briefing(), out)
    first_page = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert first_page.index("Summary") < first_page.index("Key figures")
    assert "66 not attributed to any region" in first_page


def test_an_overnight_window_is_charted_on_the_day_it_ends() -> None:
    night = replace(
        sample_incidents()[0],
        start_at="2026-09-11T22:00",
        end_at="2026-09-12T07:00",
        time_precision=TimePrecision.WINDOW,
    )
    assert charted_day(night) == date(2026, 9, 12)
    series = per_period([night], "2026-09-10T00:00", "2026-09-12T23:59")
    assert series.labels == ("10 Sep", "11 Sep", "12 Sep")
    assert series.values == (0, 0, 1)
    # A window that runs past the end of the period still gets its bar.
    late = replace(night, end_at="2026-09-13T01:00")
    assert per_period([late], "2026-09-10T00:00", "2026-09-12T23:59").values == (0, 0, 0, 1)


def test_the_caption_says_how_windows_are_dated(tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    build_briefing(sample_briefing(), out)
    text = " ".join(_text(out).split())
    assert "Incidents per day" in text
    assert "counted on the day its time window ends" in text


def test_charts_of_fewer_than_three_bars_are_left_out(tmp_path: Path) -> None:
    one_night = sample_briefing(
        incidents=sample_incidents()[:2],  # both end on 15 Jun, in two categories
        period_start="2025-06-15T00:00",
        period_end="2025-06-15T23:59",
        statements=(sample_briefing().statements[1],),  # one region only
    )
    out = tmp_path / "small.pdf"
    build_briefing(one_night, out)
    text = _text(out)
    assert "Activity" not in text
    assert "Incidents per day" not in text
    assert "Incidents by category" not in text
    assert "highest count reported per region" not in text
    assert "Regional counts" in text and "Summary" in text
