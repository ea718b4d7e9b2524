"""The full-text index of count reports, kept in step by triggers (every writer is covered).

One document per report: its note with what was counted and the stated total; its lines
(region names, other spellings, counts and line notes); its source's name. Text is stored as
written: FTS5's ``unicode61 remove_diacritics 2`` tokenizer folds case and accents of the
documents and of the search terms alike, so no Python function is needed inside SQLite and
a report written by any program (import, demo, another instance) is indexed the same way.
"""

from __future__ import annotations

import sqlite3

TABLE = "count_report_fts"

_DOCUMENTS = """
INSERT INTO count_report_fts(rowid, note, lines, source)
SELECT r.id,
    r.subject || ' ' || r.outcome || ' ' || coalesce(r.stated_total, '') || ' ' || r.note,
    coalesce((
        SELECT group_concat(
            p.name || ' ' || coalesce(
                (SELECT group_concat(a.alias, ' ') FROM place_alias a WHERE a.place_id = p.id),
                ''
            ) || ' ' || l.count || ' ' || l.note,
            ' ')
        FROM count_line l JOIN place p ON p.id = l.place_id WHERE l.report_id = r.id
    ), ''),
    coalesce((SELECT s.name FROM source s WHERE s.id = r.source_id), '')
FROM count_report r WHERE r.id IN ({ids})
"""


def _refresh(ids: str) -> str:
    """Statements that rebuild the documents of the reports selected by ``ids`` (SQL)."""
    return f"DELETE FROM count_report_fts WHERE rowid IN ({ids}); {_DOCUMENTS.format(ids=ids)};"


_BY_PLACE = "SELECT report_id FROM count_line WHERE place_id = {place}"

SCHEMA: tuple[str, ...] = (
    """CREATE VIRTUAL TABLE count_report_fts USING fts5(
        note, lines, source, tokenize='unicode61 remove_diacritics 2'
    )""",
    f"""CREATE TRIGGER count_report_fts_insert AFTER INSERT ON count_report BEGIN
        {_refresh("NEW.id")}
    END""",
    f"""CREATE TRIGGER count_report_fts_update
    AFTER UPDATE OF source_id, subject, outcome, stated_total, note ON count_report BEGIN
        {_refresh("OLD.id, NEW.id")}
    END""",
    """CREATE TRIGGER count_report_fts_delete AFTER DELETE ON count_report BEGIN
        DELETE FROM count_report_fts WHERE rowid = OLD.id;
    END""",
    f"""CREATE TRIGGER count_line_fts_insert AFTER INSERT ON count_line BEGIN
        {_refresh("NEW.report_id")}
    END""",
    f"""CREATE TRIGGER count_line_fts_update AFTER UPDATE ON count_line BEGIN
        {_refresh("OLD.report_id, NEW.report_id")}
    END""",
    f"""CREATE TRIGGER count_line_fts_delete AFTER DELETE ON count_line BEGIN
        {_refresh("OLD.report_id")}
    END""",
    f"""CREATE TRIGGER count_place_fts_rename AFTER UPDATE OF name ON place BEGIN
        {_refresh(_BY_PLACE.format(place="NEW.id"))}
    END""",
    f"""CREATE TRIGGER count_alias_fts_insert AFTER INSERT ON place_alias BEGIN
        {_refresh(_BY_PLACE.format(place="NEW.place_id"))}
    END""",
    f"""CREATE TRIGGER count_alias_fts_update AFTER UPDATE ON place_alias BEGIN
        {_refresh(_BY_PLACE.format(place="OLD.place_id OR place_id = NEW.place_id"))}
    END""",
    f"""CREATE TRIGGER count_alias_fts_delete AFTER DELETE ON place_alias BEGIN
        {_refresh(_BY_PLACE.format(place="OLD.place_id"))}
    END""",
    f"""CREATE TRIGGER count_source_fts_rename AFTER UPDATE OF name ON source BEGIN
        {_refresh("SELECT id FROM count_report WHERE source_id = NEW.id")}
    END""",
)


def create(conn: sqlite3.Connection) -> None:
    """Create the index and its triggers, and index the reports already stored."""
    for statement in SCHEMA:
        conn.execute(statement)
    rebuild(conn)


def rebuild(conn: sqlite3.Connection) -> int:
    """Re-index every count report (a repair; the triggers keep it current otherwise)."""
    conn.execute("DELETE FROM count_report_fts")
    conn.execute(_DOCUMENTS.format(ids="SELECT id FROM count_report"))
    return int(conn.execute("SELECT count(*) FROM count_report_fts").fetchone()[0])
