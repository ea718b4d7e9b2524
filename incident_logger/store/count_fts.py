"""The full-text index of count reports, kept in step by triggers (every writer is covered).

Two FTS5 tables: ``count_report_fts`` holds one document per report (what was counted, the
stated total, the note; the source's name) and ``count_line_fts`` one per line (the region's
name and other names, the count, the line's note), so adding a line indexes that line only.
Text is stored as written: the ``unicode61 remove_diacritics 2`` tokenizer folds case and
accents of documents and search terms alike, so no Python function runs inside SQLite and a
report written by any program (import, demo, another instance) is indexed the same way.
"""

from __future__ import annotations

import sqlite3

_REPORT_DOCS = """
INSERT INTO count_report_fts(rowid, note, source)
SELECT r.id,
    r.subject || ' ' || r.outcome || ' ' || coalesce(r.stated_total, '') || ' ' || r.note,
    coalesce((SELECT s.name FROM source s WHERE s.id = r.source_id), '')
FROM count_report r WHERE r.id IN ({ids})
"""
_LINE_DOCS = """
INSERT INTO count_line_fts(rowid, region, note)
SELECT l.id,
    coalesce((SELECT p.name FROM place p WHERE p.id = l.place_id), '') || ' ' || coalesce(
        (SELECT group_concat(a.alias, ' ') FROM place_alias a WHERE a.place_id = l.place_id), ''
    ),
    l.count || ' ' || l.note
FROM count_line l WHERE l.id IN ({ids})
"""


def _reports(ids: str) -> str:
    """Statements that (re)write the documents of the reports selected by ``ids`` (SQL)."""
    return f"DELETE FROM count_report_fts WHERE rowid IN ({ids}); {_REPORT_DOCS.format(ids=ids)};"


def _lines(ids: str) -> str:
    return f"DELETE FROM count_line_fts WHERE rowid IN ({ids}); {_LINE_DOCS.format(ids=ids)};"


_AT_PLACE = "SELECT id FROM count_line WHERE place_id = {place}"

SCHEMA: tuple[str, ...] = (
    """CREATE VIRTUAL TABLE count_report_fts USING fts5(
        note, source, tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE VIRTUAL TABLE count_line_fts USING fts5(
        region, note, tokenize='unicode61 remove_diacritics 2'
    )""",
    f"""CREATE TRIGGER count_report_fts_insert AFTER INSERT ON count_report BEGIN
        {_REPORT_DOCS.format(ids="NEW.id")};
    END""",
    f"""CREATE TRIGGER count_report_fts_update
    AFTER UPDATE OF source_id, subject, outcome, stated_total, note ON count_report BEGIN
        {_reports("OLD.id, NEW.id")}
    END""",
    """CREATE TRIGGER count_report_fts_delete AFTER DELETE ON count_report BEGIN
        DELETE FROM count_report_fts WHERE rowid = OLD.id;
    END""",
    f"""CREATE TRIGGER count_line_fts_insert AFTER INSERT ON count_line BEGIN
        {_LINE_DOCS.format(ids="NEW.id")};
    END""",
    f"""CREATE TRIGGER count_line_fts_update AFTER UPDATE ON count_line BEGIN
        {_lines("OLD.id, NEW.id")}
    END""",
    """CREATE TRIGGER count_line_fts_delete AFTER DELETE ON count_line BEGIN
        DELETE FROM count_line_fts WHERE rowid = OLD.id;
    END""",
    f"""CREATE TRIGGER count_place_fts_rename AFTER UPDATE OF name ON place BEGIN
        {_lines(_AT_PLACE.format(place="NEW.id"))}
    END""",
    f"""CREATE TRIGGER count_alias_fts_insert AFTER INSERT ON place_alias BEGIN
        {_lines(_AT_PLACE.format(place="NEW.place_id"))}
    END""",
    f"""CREATE TRIGGER count_alias_fts_update AFTER UPDATE ON place_alias BEGIN
        {_lines(_AT_PLACE.format(place="OLD.place_id OR place_id = NEW.place_id"))}
    END""",
    f"""CREATE TRIGGER count_alias_fts_delete AFTER DELETE ON place_alias BEGIN
        {_lines(_AT_PLACE.format(place="OLD.place_id"))}
    END""",
    f"""CREATE TRIGGER count_source_fts_rename AFTER UPDATE OF name ON source BEGIN
        {_reports("SELECT id FROM count_report WHERE source_id = NEW.id")}
    END""",
)

# A free word or phrase matches a report when its own document or one of its lines has it.
MATCH_CONDITION = (
    "(r.id IN (SELECT rowid FROM count_report_fts WHERE count_report_fts MATCH :{name}) "
    "OR r.id IN (SELECT l.report_id FROM count_line l WHERE l.id IN "
    "(SELECT rowid FROM count_line_fts WHERE count_line_fts MATCH :{name})))"
)


def create(conn: sqlite3.Connection) -> None:
    """Create the index and its triggers, and index the reports already stored."""
    for statement in SCHEMA:
        conn.execute(statement)
    rebuild(conn)


def rebuild(conn: sqlite3.Connection) -> int:
    """Re-index every count report and line (a repair; triggers keep it current otherwise).

    Returns how many reports are indexed.
    """
    conn.execute("DELETE FROM count_report_fts")
    conn.execute("DELETE FROM count_line_fts")
    conn.execute(_REPORT_DOCS.format(ids="SELECT id FROM count_report"))
    conn.execute(_LINE_DOCS.format(ids="SELECT id FROM count_line"))
    return int(conn.execute("SELECT count(*) FROM count_report_fts").fetchone()[0])
