"""The field registry: every consumer reads it, and every writer builds the same document."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from incident_logger.demo.generate import generate_demo
from incident_logger.domain import fields
from incident_logger.domain.models import IncidentDraft
from incident_logger.domain.query import FIELDS, parse_query
from incident_logger.services.exchange import csv_format
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.search import SORT_COLUMNS
from incident_logger.store import fts
from incident_logger.store.engine import Database, open_database
from tests.conftest import Night
from tests.fts_terms import indexed_terms


def test_every_draft_attribute_is_declared_once() -> None:
    names = [f.name for f in fields.INCIDENT_FIELDS]
    assert len(names) == len(set(names))
    assert set(names) == set(IncidentDraft.__dataclass_fields__)


def test_the_import_keeps_every_field_when_it_sets_ids() -> None:
    from dataclasses import fields as dataclass_fields

    from incident_logger.domain.models import SourceLink
    from incident_logger.services.exchange.plan import with_ids

    draft = IncidentDraft("t", "2026-09-12T01:00")
    changed = {f.name: f"value of {f.name}" for f in dataclass_fields(IncidentDraft)}
    links = (SourceLink(3),)
    kept = with_ids(IncidentDraft(**{**changed, "title": "t"}), 7, links)  # type: ignore[arg-type]
    for name, value in changed.items():
        if name not in ("title", "place_id", "sources"):
            assert getattr(kept, name) == value, name
    assert (kept.place_id, kept.sources) == (7, links)
    assert with_ids(draft, None, ()) == draft


def test_every_consumer_knows_every_field() -> None:
    for f in fields.INCIDENT_FIELDS:
        if f.sort:
            assert f.sort in SORT_COLUMNS, f.name
        if f.exchange:
            assert f.exchange in csv_format.COLUMNS, f.name
        for name in f.query:
            assert name in FIELDS, name
        if f.fulltext:
            assert f.fulltext in fts.COLUMNS, f.name
    # ``lemmas`` holds the word forms of the other columns (store/lemma_doc.py), no field's own.
    assert {f.fulltext for f in fields.INCIDENT_FIELDS if f.fulltext} == set(fts.COLUMNS) - {
        "lemmas"
    }


def test_the_table_shows_registry_labels_and_sorts_by_registry_keys() -> None:
    from incident_logger.ui.incidents.columns import incident_columns

    by_key = {c.key: c.title for c in incident_columns()}
    for name in ("title", "locality", "category", "injuries", "fatalities", "status"):
        entry = fields.field(name)
        assert by_key[entry.sort or ""] == entry.label


def test_every_query_name_of_the_registry_parses() -> None:
    samples = {
        "from": "2026-09-01",
        "to": "2026-09-01",
        "region": "Калуга",
        "category": "strike",
        "injuries": ">0",
        "fatalities": "unknown",
        "status": "confirmed",
        "means": "drone",
        "tag": "night",
        "source": "ministry",
        "grade": "B2",
        "reliability": "<=B",
        "credibility": "2",
    }
    # A field of the registry's plain kinds takes a value of its kind (a new field needs no
    # sample here); the others are read by their own rules above.
    by_kind = {fields.Kind.TEXT: "word", fields.Kind.COUNT: ">1", fields.Kind.NUMBER: "<=2.5"}
    for name, entry in fields.QUERY_NAMES.items():
        if name in samples:
            value = samples[name]
        elif entry.enum is not None:
            value = next(iter(entry.enum)).value
        else:
            value = by_kind[entry.kind]
        parse_query(f"{name}:{value}")


def _documents(path: Path) -> list[tuple[object, ...]]:
    """Every incident's full-text document without its id, in id order: the words indexed
    in each column (the index keeps no copy of the text; tests/fts_terms.py reads it)."""
    conn = sqlite3.connect(path)
    try:
        terms = indexed_terms(conn)
    finally:
        conn.close()
    return [tuple(tuple(sorted(cols[c])) for c in fts.COLUMNS) for _, cols in terms.items()]


def _without_places(document: tuple[object, ...]) -> tuple[object, ...]:
    at = fts.COLUMNS.index("places")
    return document[:at] + document[at + 1 :]


def _rebuilt(path: Path) -> list[tuple[object, ...]]:
    """The documents ``store/fts`` builds from the tables, one incident at a time."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        fts.rebuild_all(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return _documents(path)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_imported_rows_are_indexed_as_the_service_indexes_them(
    night: Night, db: Database, db_path: Path, tmp_path: Path, fmt: str
) -> None:
    exported = tmp_path / f"night.{fmt}"
    export_file(db, exported, fmt=fmt)
    target = tmp_path / f"imported-{fmt}.sqlite3"
    other = open_database(target)
    try:
        report = import_file(other, exported, fmt=fmt)
    finally:
        other.close()
    assert report.written and report.imported == len(_documents(db_path)) > 0
    imported = _documents(target)
    # As the service wrote them (a CSV carries no place aliases, so places are left out).
    assert sorted(map(_without_places, imported)) == sorted(
        map(_without_places, _documents(db_path))
    )
    assert imported == _rebuilt(target)  # and exactly as store/fts builds them


def test_demo_rows_are_indexed_as_the_service_indexes_them(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    db = open_database(path)
    try:
        generate_demo(db, 60, seed=3)
    finally:
        db.close()
    made = _documents(path)
    assert len(made) == 60
    assert made == _rebuilt(path)
