"""Importing files (CSV, JSON, ACLED, the preview) and making demo data, on both engines.

The files come from a night of records on a SQLite file (``night``); each test imports them
into a fresh database of each engine in turn (``any_db``) and checks what a save would have
written: the records, their search documents, their history, the ids that follow.
"""

from __future__ import annotations

import csv
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_logger.demo import generate
from incident_logger.demo.generate import generate_demo
from incident_logger.domain.models import IncidentDraft
from incident_logger.services.context import current_actor
from incident_logger.services.counts import list_count_reports
from incident_logger.services.exchange import stream as stream_module
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import ImportCancelled, import_file, preview_file
from incident_logger.services.incidents import create_incident, get_incident
from incident_logger.services.search import count_incidents, matching_ids
from incident_logger.store import fts
from incident_logger.store.engine import Database, DatabaseError, open_database
from incident_logger.store.pg import fulltext
from incident_logger.store.sql import Sql
from tests.conftest import Night
from tests.test_exchange_acled import EVENTS
from tests.test_exchange_acled import _write as write_acled

TABLES = ("incident", "place", "source", "category", "count_report", "history", "incident_fts")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The ``night`` records live in a file of their own (``any_db`` has incidents.sqlite3)."""
    return tmp_path / "night.sqlite3"


@pytest.fixture
def files(db: Database, night: Night, tmp_path: Path) -> dict[str, Path]:
    out = {"csv": tmp_path / "night.csv", "json": tmp_path / "night.json"}
    export_file(db, out["csv"])
    export_file(db, out["json"], fmt="json")
    out["acled"] = tmp_path / "acled.csv"
    write_acled(out["acled"], EVENTS)
    return out


def _counts(db: Database) -> dict[str, int]:
    with db.read_sql() as sql:
        return {t: int(sql.scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}


def _history(sql: Sql, entity: str) -> list[tuple[str, str, str]]:
    return [
        (r[0], r[1], r[2])
        for r in sql.execute(
            "SELECT actor, action, reason FROM history WHERE entity = ? ORDER BY id", (entity,)
        )
    ]


def _stored_document(sql: Sql, incident_id: int) -> tuple[str, ...]:
    """A team database's stored search document (SQLite's index keeps no text to read)."""
    columns = ", ".join(fts.COLUMNS)
    row = sql.execute(f"SELECT {columns} FROM incident_fts WHERE incident_id = ?", (incident_id,))
    return tuple(row.fetchone())


def test_a_csv_import_writes_what_a_save_writes(
    any_db: Database, db: Database, files: dict[str, Path]
) -> None:
    report = import_file(any_db, files["csv"])
    assert report.written and report.imported == 2, report.problems
    assert report.new_places == 4 and report.new_sources == 2  # Россия › regions › Калуга
    for word in ("pond", "Калуга", "pump", "drones", "Kaluga"):  # text, places, aliases
        assert count_incidents(any_db, word) == count_incidents(db, word), word
    pond = get_incident(any_db, matching_ids(any_db, "pond")[0]).draft
    before = get_incident(db, matching_ids(db, "pond")[0]).draft
    fields = ("title", "start_at", "end_at", "narrative", "response", "tags", "damage")
    assert {f: getattr(pond, f) for f in fields} == {f: getattr(before, f) for f in fields}
    with any_db.read_sql() as sql:
        actor = current_actor(sql)
        assert _history(sql, "incident") == [
            (actor, "create", "imported from night.csv, line 2"),
            (actor, "create", "imported from night.csv, line 3"),
        ]
        if sql.kind == "postgresql":
            assert actor == sql.scalar("SELECT session_user")  # the login, not the OS user
            for iid in matching_ids(any_db, ""):
                made = fts._document(sql, iid)
                assert made is not None
                stored, saved = _stored_document(sql, iid), fulltext.document(made)
                assert stored[:-1] == saved[:-1]
                # The dictionary forms in another order (a phrase never reads them): as on SQLite.
                assert sorted(stored[-1].split()) == sorted(saved[-1].split())
            keys = sql.execute("SELECT place_key, category_key FROM incident ORDER BY id")
            assert sorted(keys) == [("калуга", "debris impact"), ("курская область", "fire")]


def test_ids_after_an_import_follow_it(any_db: Database, files: dict[str, Path]) -> None:
    """The ids an import handed out are never handed out again (on PostgreSQL the sequences
    were moved on before the commit)."""
    report = import_file(any_db, files["json"])
    assert report.written and report.imported == 2 and report.count_reports == 2
    new = create_incident(any_db, IncidentDraft(title="After the import", start_at="2026-10-01"))
    assert new.id == max(report.incident_ids) + 1
    reports = list_count_reports(any_db)
    assert len(reports) == 2
    assert {r.report.draft.stated_total for r in reports} == {221, 18}
    with any_db.read_sql() as sql:
        logged = sql.execute("SELECT DISTINCT entity_id FROM history WHERE entity = 'incident'")
        assert {r[0] for r in logged} == {*report.incident_ids, new.id}


def test_an_acled_file_and_the_preview(any_db: Database, files: dict[str, Path]) -> None:
    preview = preview_file(any_db, files["acled"])
    assert [r.title[:20] for r in preview.rows] and preview.report.format == "acled"
    assert _counts(any_db)["incident"] == 0  # a preview writes nothing
    report = import_file(any_db, files["acled"])
    assert report.written and report.imported == 3, report.problems
    assert count_incidents(any_db, "Kharkiv") == 1
    assert count_incidents(any_db, "shelling") == 1


def test_duplicates_in_the_database_and_in_the_file(
    any_db: Database, files: dict[str, Path], tmp_path: Path
) -> None:
    assert import_file(any_db, files["csv"]).imported == 2
    again = import_file(any_db, files["csv"])
    assert again.imported == 0 and len(again.duplicates) == 2
    lines = files["csv"].read_text(encoding="utf-8-sig").splitlines()
    twice = tmp_path / "twice.csv"
    other = lines[1].replace("Drone debris", "Other debris").replace("Pump station", "A pump")
    twice.write_text("\n".join([lines[0], other, other]) + "\n", encoding="utf-8")
    report = import_file(any_db, twice)
    assert report.imported == 1 and len(report.duplicates) == 1
    assert "line 2" in str(report.duplicates[0])


def _many(path: Path, rows: int, bad_line: int | None = None, long: bool = False) -> Path:
    """``rows`` incidents; ``long`` narratives make a file of more than one piece (1 MB)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["title", "start_at", "place", "sources", "narrative"])
        for n in range(rows):
            when = (
                "2026-13-45" if n + 2 == bad_line else f"2026-09-{1 + n % 28:02d} {n % 24:02d}:00"
            )
            narrative = f"Report {n}: " + "debris fell on the road " * (45 if long else 1)
            writer.writerow(
                [f"Event {n}", when, f"Town {n % 7}", f"Channel {n % 3} | B2", narrative]
            )
    return path


def test_a_refused_row_keeps_everything_out_and_partial_keeps_the_rest(
    any_db: Database, tmp_path: Path
) -> None:
    path = _many(tmp_path / "careless.csv", 40, bad_line=30)
    before = _counts(any_db)
    report = import_file(any_db, path)
    assert not report.written and report.imported == 0
    assert "line 30" in str(report.problems[0])
    assert _counts(any_db) == before
    partial = import_file(any_db, path, partial=True)
    assert partial.written and partial.imported == 39
    assert count_incidents(any_db, "") == 39


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Batches of 25 rows, the rows taken 30 at a time (as pieces of a big file come)."""
    monkeypatch.setattr(stream_module, "BATCH", 25)
    real_take = stream_module.StreamImport.take

    def take(self: stream_module.StreamImport, prepared: stream_module.Prepared) -> None:
        places, sources, items = prepared
        for at in range(0, max(1, len(items)), 30):
            real_take(self, (places, sources, items[at : at + 30]))

    monkeypatch.setattr(stream_module.StreamImport, "take", take)
    yield


def test_a_cancel_or_a_failure_midway_leaves_nothing(
    any_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_batches: None
) -> None:
    path = _many(tmp_path / "many.csv", 200)
    before = _counts(any_db)
    calls = {"insert": 0}
    real_insert = stream_module.StreamImport._insert

    def failing_insert(self: stream_module.StreamImport, out: dict) -> None:  # type: ignore[type-arg]
        calls["insert"] += 1
        if calls["insert"] == 3:  # two batches written in the transaction, then a failure
            raise OSError("the disk went away")
        real_insert(self, out)

    monkeypatch.setattr(stream_module.StreamImport, "_insert", failing_insert)
    with pytest.raises(OSError, match="went away"):
        import_file(any_db, path)
    assert calls["insert"] == 3
    assert _counts(any_db) == before
    monkeypatch.setattr(stream_module.StreamImport, "_insert", real_insert)
    big = _many(tmp_path / "big.csv", 2_400, long=True)  # 2.7 MB: cancelled after a piece
    asked: list[int] = []
    written: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        if len(asked) == 2:
            with any_db.read_sql() as sql:  # another connection: nothing committed yet
                written.append(int(sql.scalar("SELECT count(*) FROM incident")))
        return len(asked) >= 2

    with pytest.raises(ImportCancelled):
        import_file(any_db, big, cancelled=cancelled)
    assert written == [0] and _counts(any_db) == before
    progress: list[tuple[int, int]] = []
    report = import_file(
        any_db, path, progress=lambda done, total, _: progress.append((done, total))
    )
    assert report.imported == 200 and progress[-1][0] == progress[-1][1]
    assert count_incidents(any_db, "") == 200 and count_incidents(any_db, "Town") == 200


def test_demo_data_a_transaction_per_batch(
    any_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generate, "BATCH", 40)
    stats = generate_demo(any_db, 100, seed=3)
    assert stats.incidents == 100 and stats.count_reports > 0
    assert count_incidents(any_db, "") == 100
    assert count_incidents(any_db, "drone") > 0
    with any_db.read_sql() as sql:
        assert int(sql.scalar("SELECT count(*) FROM history WHERE entity = 'incident'")) == 100
    # A failure in the second batch keeps the first (each batch is one transaction).
    real = generate._renumbered
    seen = {"batches": 0}

    def failing(batch: generate.Batch, shift: int) -> generate.Batch:
        seen["batches"] += 1
        if seen["batches"] == 2:
            raise OSError("the disk went away")
        return real(batch, shift)

    monkeypatch.setattr(generate, "_renumbered", failing)
    with pytest.raises(OSError, match="went away"):
        generate_demo(any_db, 100, seed=4)
    assert count_incidents(any_db, "") == 140
    monkeypatch.setattr(generate, "_renumbered", real)
    new = create_incident(any_db, IncidentDraft(title="After the demo", start_at="2026-10-01"))
    assert new.id == 141


def test_a_colleague_saving_during_an_import_waits_for_it(
    pg_url: str, tmp_path: Path, small_batches: None
) -> None:
    """On a team database an import holds the tables it numbers: a colleague's save waits
    until it commits, then gets the next id after the import's."""
    path = _many(tmp_path / "many.csv", 120)
    mine, theirs = open_database(pg_url), open_database(pg_url)
    saved: list[int] = []
    started = threading.Event()

    def colleague() -> None:
        started.set()
        draft = IncidentDraft(title="A colleague's save", start_at="2026-10-01")
        saved.append(create_incident(theirs, draft).id)

    worker = threading.Thread(target=colleague)

    def progress(done: int, total: int, text: str) -> None:
        if not worker.is_alive() and not saved:
            worker.start()
            started.wait(5)
            time.sleep(0.5)  # time for the colleague's save to reach the server
        assert not saved  # still waiting: the import has not committed

    try:
        report = import_file(mine, path, progress=progress)
        worker.join(30)
        assert report.imported == 120
        assert saved == [max(report.incident_ids) + 1]
    finally:
        mine.close()
        theirs.close()


def test_an_editor_imports_and_makes_demo_data_a_viewer_is_told_why_not(
    pg_url: str, files: dict[str, Path]
) -> None:
    """An editor does not own the tables: holding them, COPY and moving the sequences on
    need only an editor's rights; a viewer is refused before anything is read."""
    from tests.pg.test_team_database import _login

    editor = open_database(_login(pg_url, "il_test_imogen", "il_test_editors"))
    viewer = open_database(_login(pg_url, "il_test_victor", "il_test_viewers"))
    try:
        report = import_file(editor, files["json"])
        assert report.written and report.imported == 2 and report.count_reports == 2
        generate_demo(editor, 20, seed=5)
        with editor.read_sql() as sql:
            actors = {r[0] for r in sql.execute("SELECT DISTINCT actor FROM history")}
        assert "il_test_imogen" in actors
        new = create_incident(editor, IncidentDraft(title="After", start_at="2026-10-01"))
        assert new.id == 23
        with pytest.raises(DatabaseError, match="read-only; nothing can be imported"):
            import_file(viewer, files["csv"])
    finally:
        editor.close()
        viewer.close()


def test_a_connection_lost_midway_leaves_nothing_and_says_so(
    pg_url: str, tmp_path: Path, small_batches: None
) -> None:
    """The server ends the import's connection after batches were sent: the import fails with
    a plain message, and nothing of it was kept."""
    import psycopg

    path = _many(tmp_path / "many.csv", 200)
    db = open_database(pg_url)
    before = _counts(db)

    def progress(done: int, total: int, text: object) -> None:
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )

    try:
        with pytest.raises(DatabaseError) as caught:
            import_file(db, path, progress=progress)
        assert caught.value.reason == "io" and "Nothing from this change was saved" in str(
            caught.value
        )
        assert _counts(db) == before
        assert import_file(db, path).imported == 200  # the next try finds a new connection
    finally:
        db.close()
