"""The import and export carry every field of the registry, by its name, on every path.

The prepared row (``services/exchange/prepare.py``), the CSV fast path and the bulk writer
(``stream.py``) hold the incident row's stored values in the layout of
``store/repositories/incidents.py``, derived from the field registry. These tests fail when
a registry field is left out of one of them, or lands in another field's place.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator
from dataclasses import fields as dataclass_fields
from pathlib import Path
from typing import Any

import pytest

from incident_logger.demo.generate import generate_demo
from incident_logger.domain.enums import Means, Status
from incident_logger.domain.fields import (
    INCIDENT_FIELDS,
    SCALAR_FIELDS,
    STORED_FIELDS,
    IncidentField,
    Kind,
    default,
)
from incident_logger.domain.models import IncidentDraft
from incident_logger.services.exchange import csv_format, prepare
from incident_logger.services.exchange.csv_format import CsvReader, _Row
from incident_logger.services.exchange.csvio import header_index
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.field_values import read_field
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.exchange.records import ParsedFile
from incident_logger.services.incidents import create_incident, get_incident
from incident_logger.store.engine import Database, open_database
from incident_logger.store.repositories import incidents

# --- the layouts ---------------------------------------------------------------------------


def test_the_incident_row_is_the_registrys() -> None:
    stored = tuple(f.column for f in STORED_FIELDS)
    assert stored == incidents.STORED_COLUMNS
    assert tuple(f.name for f in STORED_FIELDS) == incidents.STORED_NAMES
    assert ("id", *stored, *incidents.BOOKKEEPING) == incidents.COLUMNS
    assert STORED_FIELDS[incidents.PLACE_AT].kind is Kind.PLACE
    assert STORED_FIELDS[incidents.CATEGORY_AT].kind is Kind.CATEGORY


def test_the_fast_path_reads_a_cell_for_every_stored_field_and_every_column() -> None:
    assert tuple(f.exchange for f in STORED_FIELDS) == prepare._STORED_COLUMNS
    assert len(prepare.converters(STORED_FIELDS)) == len(STORED_FIELDS)
    assert sorted(prepare._FAST_COLUMNS) == sorted(set(csv_format.COLUMNS) - {"ref"})
    # Every scalar field of the registry is stored on the incident row, so it reaches it.
    assert {f.name for f in SCALAR_FIELDS} <= set(incidents.STORED_NAMES)


def test_a_stored_field_of_a_kind_the_fast_path_cannot_read_stops_it() -> None:
    odd = IncidentField("odd", "Odd", Kind.TAGS, column="odd", exchange="odd")
    with pytest.raises(ValueError, match="odd"):
        prepare.converters((*STORED_FIELDS, odd))


# --- a new plain field ---------------------------------------------------------------------
#
# A field added to the registry has no converter of its own: the fast path reads it by its
# kind. Whatever the fast path accepts must be what the slow path reads and stores (the
# reader of its kind, then the stored form: an enum's value), and a plain cell must not send
# the row the slow way.

NEW_FIELDS = [
    IncidentField("weather", "Weather", Kind.TEXT, column="weather", exchange="weather"),
    IncidentField("nickname", "Nickname", Kind.TEXT, optional=True, column="n", exchange="n"),
    IncidentField("seen_at", "Seen", Kind.TIME, optional=True, column="seen", exchange="seen"),
    IncidentField("told_at", "Told", Kind.TIME, column="told", exchange="told"),
    # (an enum's default is the draft's: this one borrows the status's)
    IncidentField("status", "Checked", Kind.ENUM, Status, column="ch", exchange="ch"),
    IncidentField("cause", "Cause", Kind.ENUM, Means, optional=True, column="c", exchange="c"),
    IncidentField("missing", "Missing", Kind.COUNT, optional=True, column="m", exchange="m"),
    IncidentField("depth", "Depth", Kind.NUMBER, optional=True, column="d", exchange="d"),
]
PLAIN = {
    Kind.TEXT: ["", "words", "  padded  ", "x" * 300],
    Kind.TIME: ["", "2026-03-04T05:06"],
    Kind.ENUM: [""],  # and each member's value (another enum's are odd)
    Kind.COUNT: ["", "0", "7", "1000000000"],
    Kind.NUMBER: ["", "0", "-12.5", "1e3", "50.5"],
}
ODD = {
    Kind.TEXT: ["   ", "'=1+2", "\u00a0"],
    Kind.TIME: ["   ", "tomorrow", "2026-02-30T10:00", " 2026-03-04T05:06 "],
    Kind.ENUM: ["   ", "Drone", " drone ", "DAY", "bogus", "drone", "reported"],
    Kind.COUNT: ["   ", "-1", "1.5", " 3 ", "3.0", "two", "1_000", "1000000001", "9" * 50],
    Kind.NUMBER: ["   ", "nan", "inf", "1,5", " 2 ", "north", "1_0", "1e999"],
}


def _slow(entry: IncidentField, cell: str) -> tuple[Any, list[Any]]:
    """What the slow path stores for the cell, and the problems it reports."""
    parsed = ParsedFile(Path("new.csv"), "csv")
    reader = CsvReader(parsed, header_index(list(csv_format.COLUMNS)))
    column = entry.exchange or entry.name
    reader.index[column] = len(csv_format.COLUMNS)
    cells = [""] * len(csv_format.COLUMNS) + [cell]
    row = _Row(reader, 2, cells, reader.index)
    value = read_field(row, entry)
    stored = value.value if entry.kind is Kind.ENUM and value is not None else value
    return stored, row.problems


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b and type(a) is type(b))


@pytest.mark.parametrize("entry", NEW_FIELDS, ids=lambda f: f"{f.kind}-{f.optional}")
def test_a_new_plain_field_is_read_alike_on_both_paths(entry: IncidentField) -> None:
    (convert,) = prepare.converters((entry,))
    plain = PLAIN[entry.kind] + [m.value for m in entry.enum or ()]
    for cell in plain + ODD[entry.kind]:
        slow, problems = _slow(entry, cell)
        try:
            fast = cell if convert is None else convert(cell)
        except (ValueError, KeyError):
            assert cell not in plain, cell  # a plain cell stays on the fast path
            continue
        assert not problems, (cell, problems)
        assert _same(fast, slow), (cell, fast, slow)


def test_an_empty_enum_cell_is_the_fields_default() -> None:
    for entry in STORED_FIELDS:
        if entry.kind is Kind.ENUM:
            (convert,) = prepare.converters((entry,))
            assert convert is not None
            assert convert("") == (None if entry.optional else default(entry).value)


# --- every field of the registry, through the files and back ------------------------------


def _sample(entry: IncidentField, n: int) -> Any:
    """A value of the field's kind that is not its default (and differs from the others)."""
    if entry.kind is Kind.TEXT:
        return f"{entry.name} {n}"
    if entry.kind is Kind.TIME:
        return "2026-03-04T05:06" if entry.required else f"2026-03-05T07:{n:02d}"
    if entry.kind is Kind.ENUM:
        assert entry.enum is not None
        unset = None if entry.optional else default(entry)
        return [m for m in entry.enum if m != unset][-1]
    if entry.kind is Kind.COUNT:
        return 100 + n
    assert entry.kind is Kind.NUMBER, entry.kind
    return 10.25 + n


SAMPLES = {f.name: _sample(f, n) for n, f in enumerate(SCALAR_FIELDS)}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The source records live in a file of their own (``any_db`` has incidents.sqlite3)."""
    return tmp_path / "source.sqlite3"


@pytest.fixture
def sample(db: Database) -> int:
    """An incident whose every scalar field holds a value of its own (the source, SQLite)."""
    draft = IncidentDraft(**SAMPLES, category="Strike", tags=("night",))
    incident = create_incident(db, draft)
    stored = incident.draft
    for name, value in SAMPLES.items():
        assert getattr(stored, name) == value, name  # a save keeps them (else fix the sample)
    return incident.id


def _counting_slow_rows(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    slow = prepare.prepare_spec

    def counted(*args: Any) -> Any:
        calls.append(1)
        return slow(*args)

    monkeypatch.setattr(prepare, "prepare_spec", counted)
    return calls


@pytest.mark.parametrize("way", ["csv", "csv-slow", "json"])
def test_every_scalar_field_survives_an_export_and_an_import(
    db: Database,
    sample: int,
    any_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    way: str,
) -> None:
    fmt = way.split("-")[0]
    path = tmp_path / f"sample.{fmt}"
    export_file(db, path, fmt=fmt)
    monkeypatch.setattr(prepare, "FAST", way == "csv")
    slow_rows = _counting_slow_rows(monkeypatch)
    report = import_file(any_db, path, fmt=fmt)
    assert report.written and report.imported == 1, report.problems
    if way == "csv":
        assert not slow_rows  # the fast path read it
    source = get_incident(db, sample)
    imported = get_incident(any_db, report.incident_ids[0])
    for entry in INCIDENT_FIELDS:
        if entry.kind is not Kind.PLACE:
            assert getattr(imported.draft, entry.name) == getattr(source.draft, entry.name), entry
    assert (imported.created_at, imported.updated_at) == (source.created_at, source.updated_at)


# --- the fast path and the slow path, value by value ---------------------------------------


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str], list[str]]]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    for line, cells in enumerate(rows[1:], 2):
        yield line, rows[0], cells


def test_the_fast_path_gives_the_slow_paths_values_in_the_same_places(
    db: Database, sample: int, tmp_path: Path
) -> None:
    generate_demo(db, 150, seed=5)
    path = tmp_path / "all.csv"
    export_file(db, path, fmt="csv")
    header: list[str] = []
    fast_parsed = ParsedFile(path, "csv")
    slow_parsed = ParsedFile(path, "csv")
    fast: prepare.FastCsv | None = None
    slow_reader: CsvReader | None = None
    compared = 0
    for line, header, cells in _csv_rows(path):
        if fast is None or slow_reader is None:
            fast = prepare.FastCsv(CsvReader(fast_parsed, header_index(header)))
            slow_reader = CsvReader(slow_parsed, header_index(header))
        slow = prepare.prepare_spec(slow_parsed, slow_reader.spec(line, cells))
        got = fast.values(line, cells)
        if got is None:  # a list cell first seen: the slow path reads it (and caches it)
            fast.reader.spec(line, cells)
            got = fast.values(line, cells)
        assert slow[1] == [] and got is not None, (line, slow[1])
        assert got == slow[2], line
        compared += 1
    assert compared == 151
    # And by name: each stored value is the draft's attribute of that name, as stored.
    assert fast is not None
    sample_row = next(
        fast.values(line, cells) for line, _, cells in _csv_rows(path) if SAMPLES["title"] in cells
    )
    assert sample_row is not None
    stored = sample_row[prepare.V_STORED]
    assert len(stored) == len(STORED_FIELDS) == len(dataclass_fields(IncidentDraft)) - 3
    for at, name in enumerate(incidents.STORED_NAMES):
        if name in SAMPLES:
            value = SAMPLES[name]
            assert stored[at] == getattr(value, "value", value), name


def test_a_file_of_every_field_imports_into_a_fresh_sqlite_file_alike(
    db: Database, sample: int, tmp_path: Path
) -> None:
    """The row ``stream`` writes has the incident row's columns (a swap shows here)."""
    path = tmp_path / "one.csv"
    export_file(db, path, fmt="csv")
    target = open_database(tmp_path / "target.sqlite3")
    try:
        report = import_file(target, path, fmt="csv")
        assert report.written
        with target.read_sql() as sql:
            row = sql.execute(
                f"SELECT {', '.join(incidents.STORED_COLUMNS)} FROM incident"
            ).fetchone()
    finally:
        target.close()
    for at, name in enumerate(incidents.STORED_NAMES):
        if name in SAMPLES:
            value = SAMPLES[name]
            assert row[at] == getattr(value, "value", value), name
