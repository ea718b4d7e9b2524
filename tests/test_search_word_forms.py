"""Search with word forms: a word finds its inflected forms through the index's lemmas column,
however the incident was written (the service, a CSV or JSON import, the demo generator)."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from incident_logger.demo.generate import generate_demo
from incident_logger.domain.models import IncidentDraft
from incident_logger.services import query_sql
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.incidents import create_incident
from incident_logger.services.search import count_incidents, search_incidents
from incident_logger.store import fts, migrations
from incident_logger.store.engine import Database, open_database
from tests.conftest import Night
from tests.fts_terms import indexed_terms


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db

V1_FILE = Path(__file__).parent / "data" / "schema_v1.sqlite3"

TEXTS = {
    "ru": (
        "Обломки беспилотников упали над Брянской областью",
        "Несколько обломками повреждены крыши; сбиты 12 беспилотников.",
    ),
    "uk": (
        "Уламки безпілотників впали на Харківщині",
        "Уламками пошкоджено дах; збито 7 безпілотників над Харківщиною.",
    ),
    "en": (
        "Drones attacked a depot",
        "Air defence was intercepting drones while the depot burned.",
    ),
    "plain": ("Обломок на дороге", "Один обломок, без беспилотника."),
}


@pytest.fixture(autouse=True)
def _no_synonyms(monkeypatch: pytest.MonkeyPatch) -> None:
    """Word forms alone: synonyms and place names (``test_search_synonyms``) widen a search."""
    monkeypatch.setattr(query_sql, "expand_terms", lambda conn, node: node)


def ids(db: Database, query: str) -> set[int]:
    found = {r.id for r in search_incidents(db, query).rows}
    assert count_incidents(db, query) == len(found)
    return found


@pytest.fixture
def made(db: Database, night: Night) -> dict[str, int]:
    out = {}
    for key, (title, narrative) in TEXTS.items():
        draft = IncidentDraft(
            title=title,
            start_at="2026-09-12 01:00",
            category="debris impact",
            narrative=narrative,
            place_id=night.bryansk_region if key == "ru" else None,
        )
        out[key] = create_incident(db, draft).id
    return out


def _check_examples(db: Database, m: dict[str, int]) -> None:
    """The examples, among the incidents of ``m`` (the night's own English mentions drones)."""
    ru, uk, en, plain = m["ru"], m["uk"], m["en"], m["plain"]

    def ids(db: Database, query: str) -> set[int]:
        return globals()["ids"](db, query) & set(m.values())

    # Russian: the dictionary form finds the inflected ones, and back.
    assert ids(db, "обломки") == {ru, plain}
    assert ids(db, "обломков") == {ru, plain}
    assert ids(db, "беспилотник") == {ru, plain}
    assert ids(db, "брянская") >= {ru}
    assert ids(db, "брянская область") >= {ru}
    # Ukrainian
    assert ids(db, "уламки") == {uk}
    assert ids(db, "безпілотник") == {uk}
    assert ids(db, "харківщина") == {uk}
    # English: plural, -ing, -ed
    assert ids(db, "drone") == {en}
    assert ids(db, "attack") == {en}
    assert ids(db, "intercepted") == {en}
    assert ids(db, "burning") == {en}


def test_a_word_finds_its_inflected_forms(db: Database, made: dict[str, int]) -> None:
    _check_examples(db, made)


def test_exact_form_phrase_and_prefix_match_as_typed(db: Database, made: dict[str, int]) -> None:
    ru, plain = made["ru"], made["plain"]

    def ids(db: Database, query: str) -> set[int]:
        return globals()["ids"](db, query) & set(made.values())

    assert ids(db, "=обломками") == {ru}
    assert ids(db, "=Брянской") == {ru}
    assert ids(db, "=обломок") == {plain}
    assert ids(db, "=беспилотник") == set()
    assert ids(db, "=drone") == set()
    assert ids(db, "=drones") == {made["en"]}
    assert ids(db, '"обломки беспилотников"') == {ru}
    assert ids(db, '"обломок беспилотников"') == set()
    assert ids(db, '="обломки беспилотников"') == {ru}
    # A prefix reads the folded text only: "беспилот*" finds the word forms written, but
    # "обломо*" does not reach "обломки" through the lemma обломок.
    assert ids(db, "беспилот*") == {ru, plain}
    assert ids(db, "обломо*") == {plain}
    assert ids(db, "обломки -=обломок") == {ru}


def _lemma_sets(db: Database) -> dict[str, frozenset[str]]:
    """title -> the keys of the incident's own text, read from the index."""
    with db.raw() as conn:
        terms = indexed_terms(conn)
        titles = dict(conn.execute("SELECT id, title FROM incident").fetchall())
    return {titles[rowid]: columns["lemmas"] for rowid, columns in terms.items()}


def _as_rebuilt(db: Database) -> bool:
    """Whether the index is exactly the one ``store.fts`` builds from the tables."""
    with db.raw() as conn:
        kept = indexed_terms(conn)
        conn.execute("BEGIN")
        fts.rebuild_all(conn)
        rebuilt = indexed_terms(conn)
        conn.execute("ROLLBACK")
    return kept == rebuilt


@pytest.mark.sqlite_only("reads the terms of SQLite's FTS5 index")
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_imported_rows_are_found_by_lemma_like_saved_ones(
    db: Database, made: dict[str, int], tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"all.{fmt}"
    export_file(db, path)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        report = import_file(other, path)
        assert report.imported == count_incidents(db), report.problems
        by_title = {r.title: r.id for r in search_incidents(other, "").rows}
        _check_examples(other, {k: by_title[TEXTS[k][0]] for k in TEXTS})
        assert _lemma_sets(other) == _lemma_sets(db)
        assert _as_rebuilt(other)
    finally:
        other.close()


@pytest.mark.sqlite_only("reads the terms of SQLite's FTS5 index")
def test_demo_rows_hold_the_lemmas_the_service_would_index(db: Database) -> None:
    generate_demo(db, 60, seed=3)
    with db.raw() as conn:
        stored = indexed_terms(conn)
    assert len(stored) == 60 and all(c["lemmas"] for c in stored.values())
    assert _as_rebuilt(db)


def test_the_migration_reindexes_a_schema_1_database_with_progress(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(V1_FILE, path)
    heard: list[tuple[str, int, int]] = []
    migrations.set_progress(lambda what, done, total: heard.append((what, done, total)))
    try:
        db = open_database(path)
    finally:
        migrations.set_progress(None)
    try:
        assert heard[0] == ("a safety copy of the file before the upgrade", 0, 0)
        heard = [h for h in heard if "lemmas" in h[0]]  # the step that indexes incidents
        assert heard[0][1:] == (0, 40) and heard[-1][1:] == (40, 40)
        with db.raw() as conn:
            assert conn.execute("SELECT count(*) FROM incident_fts").fetchone()[0] == 40
            assert all(c["lemmas"] for c in indexed_terms(conn).values())
        # "обломки" is written, "обломков" is not: found through the lemma обломок.
        written = ids(db, "=обломки")
        assert written and ids(db, "обломков") >= written
        assert ids(db, "беспилотник") >= ids(db, "=беспилотников") > set()
        # The migrated index is the one the service builds.
        assert _as_rebuilt(db)
    finally:
        db.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == (
        migrations.SCHEMA_VERSION
    )
