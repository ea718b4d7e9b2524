"""The app's incident CSV: round trips, cell formats, hostile cells, bad lines, all or nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from incident_logger.domain.enums import DamageSeverity, DamageState, Reliability, TimePrecision
from incident_logger.domain.models import DamageNote, IncidentDraft, SourceDraft, SourceLink
from incident_logger.services.exchange import cells
from incident_logger.services.exchange.csv_format import COLUMNS
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import import_file, preview_file
from incident_logger.services.incidents import create_incident, get_incident
from incident_logger.services.places import get_place, list_places
from incident_logger.services.search import count_incidents, matching_ids
from incident_logger.services.sources import create_source, get_source, list_sources
from incident_logger.store.engine import Database, open_database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

HOSTILE = ['=HYPERLINK("http://evil")', "+7 999 123", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_a_csv_round_trip_keeps_every_field(db: Database, night: Night, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export_file(db, path)
    other = open_database(tmp_path / "other.sqlite3")
    report = import_file(other, path)
    assert report.written and report.imported == 2, report.problems
    before = get_incident(db, night.debris_incident).draft
    after = get_incident(other, matching_ids(other, "pond")[0]).draft
    assert get_place(other, after.place_id or 0).path == get_place(db, before.place_id or 0).path
    assert (
        get_source(other, after.sources[0].source_id).draft.name
        == "Governor of Kaluga Oblast (Telegram)"
    )
    assert get_source(other, after.sources[0].source_id).draft.reliability == Reliability.B
    same = (
        "title",
        "start_at",
        "end_at",
        "time_precision",
        "locality",
        "narrative",
        "injuries",
        "fatalities",
        "response",
        "status",
        "tags",
        "damage",
        "category",
    )
    assert {f: getattr(after, f) for f in same} == {f: getattr(before, f) for f in same}
    assert after.sources[0].credibility == 2
    other.close()


def test_the_header_and_cell_formats(db: Database, night: Night, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export_file(db, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # so spreadsheets read it as UTF-8
    rows = _rows(path)
    assert list(rows[0].keys()) == list(COLUMNS)
    debris = next(r for r in rows if r["title"].startswith("Drone debris"))
    assert debris["place"] == "Россия › Калужская область › Калуга"
    assert debris["sources"] == "Governor of Kaluga Oblast (Telegram) | B2"
    assert debris["damage"] == "vehicle | 3 | moderate | none"
    assert debris["tags"] == "drones; night" and debris["injuries"] == "0"
    fire = next(r for r in rows if r["title"].startswith("Pump"))
    assert fire["injuries"] == "" and fire["place_kind"] == "region"
    assert fire["damage"] == "utility | 1 | minor | fire extinguished | pump station"


def test_hostile_cells_are_neutralised_and_come_back_exactly(db: Database, tmp_path: Path) -> None:
    source = create_source(db, SourceDraft("=cmd|' /C calc'!A0", reliability=Reliability.C)).id
    for i, text in enumerate(HOSTILE):
        create_incident(
            db,
            IncidentDraft(
                title=f"{text} title" if text[0] not in "\t\r" else f"Title {i}",
                start_at=f"2026-09-1{i}",
                narrative=text,
                response=text,
                locality=text.strip(),
                latitude=-33.9 if i == 0 else None,
                longitude=-70.6 if i == 0 else None,
                sources=(SourceLink(source, 2, note=text),),
                tags=(f"@tag{i}",),
            ),
        )
    path = tmp_path / "hostile.csv"
    export_file(db, path)
    raw = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    for row in raw[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "@", "\t", "\r"), cell
            assert not cell.startswith("-") or cells._PLAIN_NUMBER.fullmatch(cell), cell
    header = raw[0]
    first = raw[1]
    assert first[header.index("longitude")] == "-70.6"  # a plain number stays a number
    other = open_database(tmp_path / "other.sqlite3")
    report = import_file(other, path)
    assert report.imported == len(HOSTILE), report.problems
    narratives = sorted(get_incident(other, i).draft.narrative for i in matching_ids(other, ""))
    assert narratives == sorted(HOSTILE)
    assert [s.draft.name for s in list_sources(other)] == ["=cmd|' /C calc'!A0"]
    other.close()


@pytest.mark.parametrize(
    "text", ["a", "=1", "'=1", "''+x", "'plain", "-5", "-5.5", "-1+1", "'", "", "@", "\t", "x=1"]
)
def test_neutralise_and_restore_are_exact_inverses(text: str) -> None:
    assert cells.restore(cells.neutralise(text)) == text


def _csv_with(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["title", "start_at", "place", "sources", "injuries"])
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _many(n: int, bad_line: int | None = None) -> str:
    rows = []
    for i in range(n):
        line = i + 2  # line 1 is the header
        when = "2026-13-45" if line == bad_line else f"2026-09-{1 + i % 28:02d} 0{i % 10}:30"
        rows.append(
            {
                "title": f"Report {i}",
                "start_at": when,
                "place": "Россия › Калужская область › Калуга",
                "sources": "Governor | B2 | https://t.me/gov",
                "injuries": "",
            }
        )
    return _csv_with(rows)


def test_a_bad_date_on_line_57_is_reported_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "careless.csv"
    path.write_text(_many(80, bad_line=57), encoding="utf-8")
    report = import_file(db, path)
    assert [(p.line, p.field) for p in report.problems] == [(57, "start_at")]
    assert "careless.csv, line 57, start_at: '2026-13-45'" in str(report.problems[0])
    assert not report.written and count_incidents(db) == 0
    assert list_places(db) == [] and list_sources(db) == []
    partial = import_file(db, path, partial=True)
    assert partial.written and partial.imported == 79 and partial.refused == 1
    assert count_incidents(db) == 79
    assert {p.path for p in list_places(db)} >= {"Россия › Калужская область › Калуга"}


def test_an_unclosed_quote_is_reported_at_its_line(db: Database, tmp_path: Path) -> None:
    text = _many(10).splitlines()
    text[5] = text[5].replace("Report 4", '"Report 4')
    path = tmp_path / "broken.csv"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    report = import_file(db, path)
    assert report.problems and report.problems[0].line == 6
    assert report.problems[0].said.code == "csv_unclosed_quote"  # "never closed"
    assert count_incidents(db) == 0


def test_a_row_with_missing_cells_is_named(db: Database, tmp_path: Path) -> None:
    text = _many(5).splitlines()
    text[3] = "Short row,2026-09-01"
    path = tmp_path / "short.csv"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    report = import_file(db, path)
    assert [p.line for p in report.problems] == [4] and "2 cells" in report.problems[0].message


def test_not_utf8_and_not_our_header(db: Database, tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("title,start_at\nCafé,2026-09-01\n".encode("latin-1"))
    report = import_file(db, latin)
    assert report.problems[0].line == 2 and "UTF-8" in report.problems[0].message
    other = tmp_path / "other.csv"
    other.write_text("name,date\nx,2026-01-01\n", encoding="utf-8")
    report = import_file(db, other, fmt="csv")
    assert "no column title, start_at" in report.problems[0].message


def test_handwritten_cells(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "hand.csv"
    path.write_text(
        "title,start_at,end_at,time_precision,place,sources,damage,tags,injuries\n"
        "Fire at depot,2026-09-12 01:30,2026-09-12 05:00,window,Kaluga Oblast › Kaluga,"
        '"Governor | B2 | https://t.me/gov | first post\nTASS | C3","vehicle | 2\nhome | | severe'
        ' | fire started | roof","night; fire",0\n',
        encoding="utf-8",
    )
    report = import_file(db, path)
    assert report.imported == 1, report.problems
    d = get_incident(db, matching_ids(db, "")[0]).draft
    assert d.time_precision is TimePrecision.WINDOW and d.end_at == "2026-09-12T05:00"
    assert [(s.credibility, s.url, s.note) for s in d.sources] == [
        (2, "https://t.me/gov", "first post"),
        (3, "", ""),
    ]
    assert d.damage == (
        DamageNote("vehicle", 2),
        DamageNote("home", None, DamageSeverity.SEVERE, DamageState.FIRE_STARTED, "roof"),
    )
    assert set(d.tags) == {"night", "fire"} and d.injuries == 0


def test_preview_marks_the_refused_row(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "careless.csv"
    path.write_text(_many(60, bad_line=57), encoding="utf-8")
    preview = preview_file(db, path, rows=100)
    assert preview.report.problems[0].line == 57 and preview.report.imported == 59
    assert preview.rows[55].line == 57 and "start_at" in preview.rows[55].problem
    assert preview.rows[0].place == "Калуга" and preview.rows[0].sources == "Governor"
    assert count_incidents(db) == 0


def test_a_row_repeated_in_the_file_is_skipped_once_seen(
    db: Database, night: Night, tmp_path: Path
) -> None:
    """Title, time and place decide (kept as a digest while the file is read)."""
    path = tmp_path / "out.csv"
    export_file(db, path)
    rows = _rows(path)
    same = dict(rows[0], ref="", external_id="")
    elsewhere = dict(same, place="", place_kind="")
    retitled = dict(same, title=same["title"] + " again")
    target = tmp_path / "repeated.csv"
    with target.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows([same, elsewhere, same, retitled])
    other = open_database(tmp_path / "other.sqlite3")
    report = import_file(other, target)
    assert report.written and report.imported == 3, report.problems
    assert [(d.line, "as line 2 of this file" in d.message) for d in report.duplicates] == [
        (4, True)
    ]
    other.close()
