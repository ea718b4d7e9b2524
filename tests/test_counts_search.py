"""SQLite's full-text index of count reports: kept by triggers, used by the search, made for
old files (the search itself on both engines: tests/engines/test_count_search.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import PlaceDraft, SourceDraft
from incident_logger.store import count_fts
from incident_logger.store.engine import Database, open_database
from tests.conftest import Night
from tests.engines.test_count_search import found

V1_FILE = Path(__file__).parent / "data" / "schema_v1.sqlite3"


def test_a_schema_1_database_gets_its_reports_indexed(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(V1_FILE, path)
    open_database(path).close()
    conn = sqlite3.connect(path)
    reports = conn.execute("SELECT count(*) FROM count_report").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM count_report_fts").fetchone()[0] == reports > 1000
    assert count_fts.rebuild(conn) == reports


def test_search_uses_the_index(db: Database, night: Night) -> None:
    with db.raw() as conn:
        plan = " ".join(
            row[-1]
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT rowid FROM count_report_fts "
                "WHERE count_report_fts MATCH 'обнинск'"
            )
        )
    assert "VIRTUAL TABLE INDEX" in plan


def test_places_and_sources_made_later_do_not_disturb_the_index(db: Database, night: Night) -> None:
    from incident_logger.services.places import create_place
    from incident_logger.services.sources import create_source

    create_place(db, PlaceDraft("Тула", PlaceKind.CITY, night.russia, aliases=("Tula",)))
    create_source(db, SourceDraft("Tula governor"))
    with db.raw() as conn:  # raises if the index and the reports disagree
        conn.execute("INSERT INTO count_report_fts(count_report_fts) VALUES ('integrity-check')")
    assert found(db, "Tula") == set()


def test_the_upgrade_folds_the_letters_of_older_documents(tmp_path: Path) -> None:
    from incident_logger.store import migrations

    path = tmp_path / "old.sqlite3"
    shutil.copy(V1_FILE, path)
    step = next(m.version for m in migrations.MIGRATIONS if m.apply is count_fts.fold_documents)
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, upto=step - 1)
    conn.execute("UPDATE count_report SET note = 'Над Орёл-Южным, йод' WHERE id = 7")

    def matches(word: str) -> list[int]:
        rows = conn.execute(
            "SELECT rowid FROM count_report_fts WHERE count_report_fts MATCH ?", (word,)
        )
        return [r[0] for r in rows]

    assert matches("орел") == [] and matches("орёл") == [7]  # the tokenizer keeps ё apart
    migrations.migrate(conn)
    assert matches("орел") == matches("иод") == matches("южным") == [7]
    conn.execute("UPDATE count_report SET note = 'ёмкость' WHERE id = 7")
    assert matches("емкость") == [7] and matches("иод") == []  # the triggers fold too
    conn.close()
