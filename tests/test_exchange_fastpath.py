"""The CSV import's fast path: the same problems and the same tables as the slow path."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from incident_logger.demo.generate import generate_demo
from incident_logger.domain import fields
from incident_logger.domain.fields import Kind
from incident_logger.services.exchange import prepare, stream
from incident_logger.services.exchange.csv_format import COLUMNS
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import import_file
from incident_logger.store.engine import Database, open_database
from tests.fts_terms import indexed_terms

NOW = "2026-01-02T03:04:05"

# Changes to a good row, each of which some check (cheap or not) must catch, or must pass
# exactly as the slow path lets it pass.
ODD_CELLS: list[dict[str, str]] = [
    {"title": ""},
    {"title": "   "},
    {"title": "x" * 301},
    {"title": "  Spaced   title  "},
    {"start_at": "2025-02-30T10:00"},
    {"start_at": "2025-02-03 10:00"},
    {"start_at": "2025-02-03"},
    {"start_at": " 2025-02-03T10:00 "},
    {"start_at": "tomorrow"},
    {"start_at": ""},
    {"end_at": "2020-01-01T00:00"},
    {"end_at": "2030-01-01T00:00"},
    {"end_at": "2030-13-01T00:00"},
    {"end_at": "   "},
    {"time_precision": "Day"},
    {"time_precision": "fortnight"},
    {"geo_precision": " exact "},
    {"geo_precision": "nowhere"},
    {"status": "CONFIRMED"},
    {"status": "lost"},
    {"latitude": "50,5", "longitude": "30,25"},
    {"latitude": "91", "longitude": "30"},
    {"latitude": "50"},
    {"latitude": "nan", "longitude": "30"},
    {"latitude": "inf", "longitude": "30"},
    {"latitude": " 50.5 ", "longitude": "-30.25"},
    {"latitude": "north", "longitude": "30"},
    {"injuries": "-1"},
    {"injuries": "two"},
    {"fatalities": " 3 "},
    {"fatalities": "1.5"},
    {"category": ""},
    {"category": "   "},
    {"category": "c" * 101},
    {"category": "  Brand   new  "},
    {"narrative": "n" * 200_001},
    {"locality": "  the bridge  "},
    {"tags": "night; Night; ; drones"},
    {"tags": "a\\; b; c"},
    {"sources": "Reuters | B2\nReuters | C3"},
    {"sources": "Reuters | Z9"},
    {"sources": " | B2"},
    {"sources": "Brand New Agency | a1 | https://x.example | a note | more"},
    {"damage": "house | two | severe | destroyed"},
    {"damage": "house | 2 | apocalyptic | destroyed"},
    {"damage": " | 2 | severe | destroyed"},
    {"damage": "house | -2 | severe | destroyed"},
    {"damage": "house |  | Severe | DESTROYED | note | more"},
    {"place": "Україна ›  › Kyiv"},
    {"place": "Україна › New Oblast › New Town", "place_kind": "village"},
    {"place": "Україна › Odd Oblast › Odd Town", "place_kind": "planet"},
    {"place": "Україна › Odd Oblast › Odd Town", "place_kind": "planet"},
    {"place": "Nowhere Land", "place_kind": ""},
    {"title": "'=1+2", "narrative": "'@SUM(A1)"},
    {"title": "'just a quote"},
    {"created_at": "yesterday"},
    {"updated_at": "2025-01-01 10:00"},
    {"deleted_at": "2025-01-01T10:00:00"},
    {"deleted_at": "never"},
    {"external_id": "EXT-1", "external_type": "Battles / Armed clash"},
    {"ref": "", "place": ""},
]


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
    return list(reader.fieldnames or []), list(reader)


def _write(path: Path, header: list[str], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, header, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


# The same for every scalar field of the registry, by its kind: a field added to the registry
# is read by the fast path's converter of its kind, and must still be read as the slow path
# reads it (with the problems it reports).
_ODD_BY_KIND: dict[Kind, list[str]] = {
    Kind.TEXT: ["", "   ", "  padded   text ", "x" * 301, "x" * 200_001, "'=1+2"],
    Kind.TIME: ["", "   ", "2025-02-30T10:00", "2025-02-03 10:00", "tomorrow", "2031-01-01T00:00"],
    Kind.ENUM: ["", "   ", " Drone ", "DAY", "bogus", "drone", "day", "reported", "exact"],
    Kind.COUNT: ["", "-1", "1.5", " 3 ", "3.0", "two", "1_000", "1000000001", "9" * 50],
    Kind.NUMBER: ["", "nan", "inf", "1,5", " 2 ", "north", "1_0", "1e999", "-200", "95"],
}
REGISTRY_ODD_CELLS: list[dict[str, str]] = [
    {str(f.exchange): cell}
    for f in fields.SCALAR_FIELDS
    if f.exchange
    for cell in _ODD_BY_KIND[f.kind]
]


def _mixed(
    good: list[dict[str, str]], odd: list[dict[str, str]] = ODD_CELLS
) -> list[dict[str, str]]:
    """Good rows with odd ones among them (each odd row twice, far apart)."""
    out = list(good)
    for n, change in enumerate(odd):
        for at in (3 * n + 1, len(out) - n):
            row = dict(good[(7 * n) % len(good)])
            row.update(change)
            row["title"] = row["title"] if "title" in change else f"{row['title']} #{n}-{at}"
            out.insert(at, row)
    return out


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            n
            for (n,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        out = {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}
        out["incident_fts rows"] = sorted(indexed_terms(conn).items())
        return out
    finally:
        conn.close()


def _import(tmp_path: Path, name: str, source: Path, fast: bool, **options: Any) -> Any:
    target = tmp_path / f"{name}-{'fast' if fast else 'slow'}.sqlite3"
    db = open_database(target)
    try:
        report = import_file(db, source, fmt="csv", **options)
    finally:
        db.close()
    return report, _dump(target)


@pytest.fixture
def exported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[dict]]:
    source = open_database(tmp_path / "demo.sqlite3")
    generate_demo(source, 400)
    path = tmp_path / "demo.csv"
    export_file(source, path, fmt="csv")
    source.close()
    monkeypatch.setattr(stream, "now_iso", lambda: NOW)
    return _rows(path)


def _both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, path: Path, **options: Any
) -> tuple[Any, Any, int]:
    calls = 0
    slow = prepare.prepare_spec

    def counted(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return slow(*args)

    monkeypatch.setattr(prepare, "prepare_spec", counted)
    monkeypatch.setattr(prepare, "FAST", False)
    before = _import(tmp_path, name, path, False, **options)
    calls = 0
    monkeypatch.setattr(prepare, "FAST", True)
    after = _import(tmp_path, name, path, True, **options)
    return before, after, calls


def test_the_fast_path_writes_the_same_tables(
    exported: tuple[list[str], list[dict[str, str]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    header, rows = exported
    path = _write(tmp_path / "good.csv", header, rows)
    (before_report, before), (after_report, after), slow_rows = _both(
        tmp_path, monkeypatch, "good", path
    )
    assert before_report.written and before_report.imported == 400
    assert after_report.written and after_report.imported == 400
    assert slow_rows == 0  # every exported row took the fast path
    assert before["incident_fts rows"] and before["history"]
    assert after == before


@pytest.mark.parametrize("options", [{}, {"partial": True}, {"dry_run": True}])
def test_a_mixed_file_reports_exactly_the_same_problems(
    exported: tuple[list[str], list[dict[str, str]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    options: dict[str, bool],
) -> None:
    header, rows = exported
    path = _write(tmp_path / "mixed.csv", header, _mixed(rows))
    (before_report, before), (after_report, after), slow_rows = _both(
        tmp_path, monkeypatch, "mixed", path, **options
    )
    assert before_report.problems  # the odd rows do hold problems
    assert 0 < slow_rows < len(ODD_CELLS) * 2 + 5  # only odd rows took the slow path
    for attribute in (
        "rows",
        "imported",
        "refused",
        "problems",
        "duplicates",
        "warnings",
        "new_places",
        "new_sources",
        "new_categories",
        "written",
        "incident_ids",
    ):
        assert getattr(after_report, attribute) == getattr(before_report, attribute), attribute
    assert after == before


def test_odd_cells_of_every_registry_field_are_read_alike(
    exported: tuple[list[str], list[dict[str, str]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    header, rows = exported
    path = _write(tmp_path / "fields.csv", header, _mixed(rows, REGISTRY_ODD_CELLS))
    (before_report, before), (after_report, after), slow_rows = _both(
        tmp_path, monkeypatch, "fields", path, partial=True
    )
    assert before_report.problems and before_report.imported > 400  # some odd rows are fine
    assert 0 < slow_rows < len(REGISTRY_ODD_CELLS) * 2
    for attribute in ("rows", "imported", "refused", "problems", "duplicates", "incident_ids"):
        assert getattr(after_report, attribute) == getattr(before_report, attribute), attribute
    assert after == before


def test_duplicates_are_skipped_alike(
    exported: tuple[list[str], list[dict[str, str]]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    header, rows = exported
    path = _write(tmp_path / "part.csv", header, rows[:150])
    whole = _write(tmp_path / "whole.csv", header, rows)
    dumps = []
    for fast in (False, True):
        monkeypatch.setattr(prepare, "FAST", fast)
        db: Database = open_database(tmp_path / f"dup-{fast}.sqlite3")
        import_file(db, path, fmt="csv")
        report = import_file(db, whole, fmt="csv")
        assert report.written and report.imported == 250 and len(report.duplicates) == 150
        db.close()
        dumps.append((report.duplicates, _dump(tmp_path / f"dup-{fast}.sqlite3")))
    assert dumps[0] == dumps[1]


def test_columns_are_the_apps() -> None:
    assert set(prepare._FAST_COLUMNS) == set(COLUMNS) - {"ref"}
