"""The full-text index of count reports, kept in step by triggers (every writer is covered).

Two FTS5 tables: ``count_report_fts`` holds one document per report (what was counted, the
stated total, the note; the source's name) and ``count_line_fts`` one per line (the region's
name and other names, the count, the line's note), so adding a line indexes that line only.
Text is stored as written: the ``unicode61 remove_diacritics 2`` tokenizer folds case and
the accents of Latin letters of documents and search terms alike, so no Python function runs
inside SQLite and a report written by any program (import, demo, another instance) is indexed
the same way. The Cyrillic letters with a mark that the rest of the app folds (``ё`` as
``е``, ``й``, ``ї``, ``ў``: ``domain.text.fold``) the tokenizer keeps apart, so since step 13
the documents are written with them folded by ``replace()`` (``FOLDED_LETTERS``) and search
terms likewise (``fold_letters``). A team database folds the same letters (revision 0013).
"""

from __future__ import annotations

import sqlite3

# Letters folded to their base letter in documents and search terms beyond what the
# tokenizer folds: (letter, base), capitals too.
FOLDED_LETTERS = (
    ("ё", "е"), ("Ё", "Е"), ("й", "и"), ("Й", "И"),
    ("ї", "і"), ("Ї", "І"), ("ў", "у"), ("Ў", "У"),
)  # fmt: skip
_FOLD_TABLE = str.maketrans(dict(FOLDED_LETTERS))


def fold_letters(text: str) -> str:
    """``text`` with ``FOLDED_LETTERS`` folded, as the documents are written."""
    return text.translate(_FOLD_TABLE)


def _folded(expr: str) -> str:
    """SQL that folds ``FOLDED_LETTERS`` in the text ``expr``."""
    for letter, base in FOLDED_LETTERS:
        expr = f"replace({expr}, '{letter}', '{base}')"
    return expr


# The documents' columns: a report's (note, source) and a line's (region, note).
_REPORT_COLUMNS = (
    "r.subject || ' ' || r.outcome || ' ' || coalesce(r.stated_total, '') || ' ' || r.note",
    "coalesce((SELECT s.name FROM source s WHERE s.id = r.source_id), '')",
)
_LINE_COLUMNS = (
    "coalesce((SELECT p.name FROM place p WHERE p.id = l.place_id), '') || ' ' || coalesce("
    "(SELECT group_concat(a.alias, ' ') FROM place_alias a WHERE a.place_id = l.place_id), '')",
    "l.count || ' ' || l.note",
)


def _report_docs(folded: bool) -> str:
    """The INSERT of the documents of the reports ``{ids}`` selects."""
    note, source = (_folded(c) if folded else c for c in _REPORT_COLUMNS)
    return (
        f"INSERT INTO count_report_fts(rowid, note, source) SELECT r.id, {note}, {source} "
        "FROM count_report r WHERE r.id IN ({ids})"
    )


def _line_docs(folded: bool) -> str:
    """The INSERT of the documents of the lines ``{ids}`` selects."""
    region, note = (_folded(c) if folded else c for c in _LINE_COLUMNS)
    return (
        f"INSERT INTO count_line_fts(rowid, region, note) SELECT l.id, {region}, {note} "
        "FROM count_line l WHERE l.id IN ({ids})"
    )


def _reports(ids: str, folded: bool) -> str:
    """Statements that (re)write the documents of the reports selected by ``ids`` (SQL)."""
    docs = _report_docs(folded).format(ids=ids)
    return f"DELETE FROM count_report_fts WHERE rowid IN ({ids}); {docs};"


def _lines(ids: str, folded: bool) -> str:
    docs = _line_docs(folded).format(ids=ids)
    return f"DELETE FROM count_line_fts WHERE rowid IN ({ids}); {docs};"


_AT_PLACE = "SELECT id FROM count_line WHERE place_id = {place}"

TABLES: tuple[str, ...] = (
    """CREATE VIRTUAL TABLE count_report_fts USING fts5(
        note, source, tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE VIRTUAL TABLE count_line_fts USING fts5(
        region, note, tokenize='unicode61 remove_diacritics 2'
    )""",
)


def _triggers(folded: bool) -> tuple[tuple[str, str], ...]:
    """(name, statement) of each trigger that keeps the documents."""
    report, line = _report_docs(folded), _line_docs(folded)
    bodies = (
        ("count_report_fts_insert", "AFTER INSERT ON count_report",
         f"{report.format(ids='NEW.id')};"),
        ("count_report_fts_update",
         "AFTER UPDATE OF source_id, subject, outcome, stated_total, note ON count_report",
         _reports("OLD.id, NEW.id", folded)),
        ("count_report_fts_delete", "AFTER DELETE ON count_report",
         "DELETE FROM count_report_fts WHERE rowid = OLD.id;"),
        ("count_line_fts_insert", "AFTER INSERT ON count_line", f"{line.format(ids='NEW.id')};"),
        ("count_line_fts_update", "AFTER UPDATE ON count_line", _lines("OLD.id, NEW.id", folded)),
        ("count_line_fts_delete", "AFTER DELETE ON count_line",
         "DELETE FROM count_line_fts WHERE rowid = OLD.id;"),
        ("count_place_fts_rename", "AFTER UPDATE OF name ON place",
         _lines(_AT_PLACE.format(place="NEW.id"), folded)),
        ("count_alias_fts_insert", "AFTER INSERT ON place_alias",
         _lines(_AT_PLACE.format(place="NEW.place_id"), folded)),
        ("count_alias_fts_update", "AFTER UPDATE ON place_alias",
         _lines(_AT_PLACE.format(place="OLD.place_id OR place_id = NEW.place_id"), folded)),
        ("count_alias_fts_delete", "AFTER DELETE ON place_alias",
         _lines(_AT_PLACE.format(place="OLD.place_id"), folded)),
        ("count_source_fts_rename", "AFTER UPDATE OF name ON source",
         _reports("SELECT id FROM count_report WHERE source_id = NEW.id", folded)),
    )  # fmt: skip
    return tuple(
        (name, f"CREATE TRIGGER {name} {when} BEGIN\n    {body}\nEND")
        for name, when, body in bodies
    )


# Migration 2's index, as released (step 13 folds the letters: ``fold_documents``).
SCHEMA: tuple[str, ...] = (*TABLES, *(statement for _, statement in _triggers(False)))

# A free word or phrase matches a report when its own document or one of its lines has it.
MATCH_CONDITION = (
    "(r.id IN (SELECT rowid FROM count_report_fts WHERE count_report_fts MATCH :{name}) "
    "OR r.id IN (SELECT l.report_id FROM count_line l WHERE l.id IN "
    "(SELECT rowid FROM count_line_fts WHERE count_line_fts MATCH :{name})))"
)


def create(conn: sqlite3.Connection) -> None:
    """Create the index and its triggers, and index the reports already stored (step 2)."""
    for statement in SCHEMA:
        conn.execute(statement)
    rebuild(conn, folded=False)


def fold_documents(conn: sqlite3.Connection) -> None:
    """Step 13: the triggers write the documents with ``FOLDED_LETTERS`` folded, and every
    document is written again so."""
    for name, statement in _triggers(True):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute(statement)
    rebuild(conn)


def rebuild(conn: sqlite3.Connection, *, folded: bool = True) -> int:
    """Re-index every count report and line (a repair; triggers keep it current otherwise).

    Returns how many reports are indexed.
    """
    conn.execute("DELETE FROM count_report_fts")
    conn.execute("DELETE FROM count_line_fts")
    conn.execute(_report_docs(folded).format(ids="SELECT id FROM count_report"))
    conn.execute(_line_docs(folded).format(ids="SELECT id FROM count_line"))
    return int(conn.execute("SELECT count(*) FROM count_report_fts").fetchone()[0])
