"""Writing a briefing: atomic file, cancel, progress, threads, many incidents."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from incident_logger.domain.models import DamageNote
from incident_logger.reports import (
    BriefingCancelled,
    BriefingIncident,
    BriefingSections,
    build_briefing,
)
from incident_logger.reports.sample import sample_briefing


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_progress_reaches_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    build_briefing(
        sample_briefing(), tmp_path / "b.pdf", progress=lambda d, t: calls.append((d, t))
    )
    assert calls, "progress was never reported"
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1]


def test_cancel_stops_and_leaves_no_file(tmp_path: Path) -> None:
    checks = 0

    def cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks > 5

    with pytest.raises(BriefingCancelled):
        build_briefing(sample_briefing(), tmp_path / "b.pdf", cancelled=cancelled)
    assert _leftovers(tmp_path) == []


def test_failure_removes_temp_file_and_keeps_the_old_briefing(tmp_path: Path) -> None:
    target = tmp_path / "b.pdf"
    target.write_bytes(b"%PDF- the previous briefing")

    def explode(done: int, total: int) -> None:
        if done > 2:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        build_briefing(sample_briefing(), target, progress=explode)
    assert _leftovers(tmp_path) == ["b.pdf"]
    assert target.read_bytes() == b"%PDF- the previous briefing"


def test_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        build_briefing(sample_briefing(), tmp_path / "no such folder" / "b.pdf")


def test_two_threads_build_at_once(tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            build_briefing(sample_briefing(), tmp_path / name)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"b{i}.pdf",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert _leftovers(tmp_path) == ["b0.pdf", "b1.pdf"]


def _many(n: int) -> tuple[BriefingIncident, ...]:
    template = sample_briefing().incidents[0]
    return tuple(
        replace(
            template,
            ref=f"INC-{i:06d}",
            start_at=f"2025-06-{1 + i % 28:02d}T{i % 24:02d}:00",
            end_at=None,
            title=f"Incident number {i} in Обнинск",
            category=("interception", "debris impact", "fire", "strike")[i % 4],
            injuries=None if i % 3 == 0 else i % 5,
            damage=(DamageNote("vehicle", i % 4), DamageNote("home", None)),
        )
        for i in range(n)
    )


def test_hundreds_of_incidents_paginate_and_add_up(tmp_path: Path) -> None:
    incidents = _many(300)
    briefing = sample_briefing(
        incidents=incidents,
        period_start="2025-06-01T00:00",
        period_end="2025-06-30T23:59",
        sections=BriefingSections(details=True),  # the full entries too, as an annex
    )
    out = tmp_path / "many.pdf"
    result = build_briefing(briefing, out)
    reader = PdfReader(out)
    texts = [p.extract_text() for p in reader.pages]
    assert result.pages == len(texts) > 30
    assert re.search(rf"Page {len(texts)} of\s*{len(texts)}", texts[-1])
    everything = "\n".join(texts)
    assert "Chronology (300)" in everything
    assert "Annex: incidents in detail (300)" in everything
    assert re.search(r"300\s*INCIDENTS", texts[0])
    # Injuries: i % 5 summed over the 200 incidents with i % 3 != 0.
    injured = sum(i % 5 for i in range(300) if i % 3)
    assert re.search(rf"{injured}\s*INJURED", texts[0])
    assert "stated in 200; not stated in 100" in " ".join(texts[0].split())
    assert all(f"Incident number {i} in Обнинск" in everything for i in (0, 150, 299))


def test_many_statements_move_to_an_annex(tmp_path: Path) -> None:
    night = sample_briefing().statements[0]
    statements = tuple(
        replace(
            night,
            ref=f"CR-{day:06d}",
            issued_at=f"2025-06-{day:02d}T07:00",
            period_start=f"2025-06-{day:02d}T00:00",
            period_end=f"2025-06-{day:02d}T06:00",
        )
        for day in range(1, 21)
    )
    out = tmp_path / "month.pdf"
    build_briefing(sample_briefing(statements=statements), out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "The 20 statements behind these numbers, with their remainders, are listed" in text
    assert "Annex: count statements" in text
    # The remainders add up per source in the summary: 20 x 66.
    assert re.search(r"Not attributed to a region Ministry of Defence \(B\) 1,320 20", text)
