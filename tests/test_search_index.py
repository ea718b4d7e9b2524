"""The contentless search index follows every edit: no word of an old text stays findable.

The index keeps no copy of the text, so removing a document means naming the words it was
indexed with (``store.fts``). After each kind of edit the index must equal one rebuilt from
the tables, and the words that went away must find nothing.
"""

from dataclasses import replace
from pathlib import Path

import pytest

from incident_logger.domain.fields import FULLTEXT_TEXT_FIELDS
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.incidents import get_incident, update_incident
from incident_logger.services.places import get_place, update_place
from incident_logger.services.search import search_incidents
from incident_logger.services.sources import get_source, update_source
from incident_logger.store import fts
from incident_logger.store.engine import Database, open_database
from tests.conftest import Night
from tests.fts_terms import indexed_terms


def ids(db: Database, query: str) -> set[int]:
    return {r.id for r in search_incidents(db, query).rows}


def _same_as_rebuilt(db: Database) -> None:
    with db.raw() as conn:
        kept = indexed_terms(conn)
        conn.execute("BEGIN")
        fts.rebuild_all(conn)
        rebuilt = indexed_terms(conn)
        conn.execute("ROLLBACK")
    assert kept == rebuilt


def test_the_index_holds_no_copy_of_the_text(db: Database, night: Night) -> None:
    with db.raw() as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        declared = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'incident_fts'"
        ).fetchone()[0]
        assert fts.is_current(conn)
    assert "incident_fts_content" not in names and "content=''" in declared


def test_an_edited_incident_loses_its_old_words(db: Database, night: Night) -> None:
    incident = get_incident(db, night.debris_incident)
    assert night.debris_incident in ids(db, "pond")
    draft = replace(
        incident.draft,
        title="Обломки упали у школы",
        narrative="Обломками повреждены окна.",
        locality="",
        damage=(),
    )
    update_incident(db, night.debris_incident, draft)
    assert night.debris_incident not in ids(db, "pond")
    assert night.debris_incident not in ids(db, "wreckage")
    assert night.debris_incident in ids(db, "обломок")
    assert night.debris_incident in ids(db, "школа")
    _same_as_rebuilt(db)


def test_a_renamed_source_and_place_leave_no_old_names(db: Database, night: Night) -> None:
    source = get_source(db, night.governor)
    update_source(db, night.governor, replace(source.draft, name="Губернатор (Telegram)"))
    assert night.debris_incident not in ids(db, "governor")
    assert night.debris_incident in ids(db, "губернатор")
    place = get_place(db, night.kaluga_region)
    update_place(
        db,
        night.kaluga_region,
        replace(place.draft, name="Калужская обл.", aliases=("Kaluzhskaya",)),
    )
    assert night.debris_incident not in ids(db, "oblast")
    assert night.debris_incident in ids(db, "kaluzhskaya")
    _same_as_rebuilt(db)


@pytest.mark.parametrize("fmt", ["csv", "json"])  # CSV's fast path folds on its own
def test_every_text_field_of_the_registry_fills_its_column_on_every_path(
    db: Database, night: Night, tmp_path: Path, fmt: str
) -> None:
    """A word of its own in each text field of one incident is indexed in that field's
    column by the save, the rebuild, the bulk documents of a search window and an import:
    a path that left a column out (or filled the wrong one) fails here."""
    marks = {f: f"zq{f.name.replace('_', '')}mark" for f in FULLTEXT_TEXT_FIELDS}
    incident = get_incident(db, night.debris_incident)
    texts = {f.name: f"{mark} text" for f, mark in marks.items()}
    draft = replace(incident.draft, place_id=None, **texts)  # no place: CSV's fast path
    update_incident(db, night.debris_incident, draft)

    def where(terms: dict[str, frozenset[str]]) -> dict[str, set[str]]:
        return {mark: {c for c, words in terms.items() if mark in words} for mark in marks.values()}

    wanted = {mark: {str(f.fulltext)} for f, mark in marks.items()}
    with db.raw() as conn:
        assert where(indexed_terms(conn)[night.debris_incident]) == wanted  # the save's
        ((_, *columns),) = fts.documents(conn, [night.debris_incident])  # a window's
        made = dict(zip(fts.COLUMNS, columns, strict=True))
        assert {m: {c for c in fts.TEXTS if m in str(made[c]).split()} for m in wanted} == wanted
    _same_as_rebuilt(db)  # the rebuild's
    exported = tmp_path / f"night.{fmt}"
    export_file(db, exported, fmt=fmt)
    other = open_database(tmp_path / "imported.sqlite3")
    try:
        import_file(other, exported, fmt=fmt)
        with other.raw() as conn:
            found = [where(cols) for cols in indexed_terms(conn).values()]
    finally:
        other.close()
    assert wanted in found  # the import's
