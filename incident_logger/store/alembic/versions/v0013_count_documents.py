"""The count reports' documents as SQLite's index sees them (SQLite's schema 13 folds ё, й, ї,
ў in its count documents: ``store/count_fts.fold_documents``).

The documents were PostgreSQL's parser's reading of the text through ``unaccent``: a date, a
decimal, an address or a link was one word, ``№`` read as ``No``, and a phrase could run from
a report's note into its source's name. Now the text is first split as SQLite's tokenizer
splits it (every character that is neither a letter nor a digit separates) and ``ё``, ``й``,
``ї``, ``ў`` are folded as SQLite folds them (``count_fts.FOLDED_LETTERS``); the note and the
source's name (a line's region names and its note) are kept one position apart. The search
terms are written the same way (``store/repositories/count_search.py``).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# count_fts.FOLDED_LETTERS as written at this revision (tests/pg compares them).
FOLDED_FROM, FOLDED_TO = "ёЁйЙїЇўЎ", "еЕиИіІуУ"
# A lexeme between two columns, deleted after (as revision 0011's il_document).
_GAP = "'''|'':1'::tsvector"

STATEMENTS = (
    f"""CREATE FUNCTION il_count_words(doc text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN il_fold(regexp_replace(translate(doc, '{FOLDED_FROM}', '{FOLDED_TO}'),
                                  '[[:punct:][:space:]]+', ' ', 'g'))""",
    f"""CREATE OR REPLACE FUNCTION il_index_count_report(rid bigint) RETURNS void
    LANGUAGE sql AS $$
        INSERT INTO count_report_fts(report_id, document)
        SELECT r.id, ts_delete(
            il_count_words(r.subject || ' ' || r.outcome || ' ' ||
                           coalesce(r.stated_total::text, '') || ' ' || r.note)
            || {_GAP} ||
            il_count_words(coalesce((SELECT s.name FROM source s WHERE s.id = r.source_id), '')),
            '|'::text)
        FROM count_report r WHERE r.id = rid
        ON CONFLICT (report_id) DO UPDATE SET document = EXCLUDED.document
    $$""",
    f"""CREATE OR REPLACE FUNCTION il_index_count_line(lid bigint) RETURNS void
    LANGUAGE sql AS $$
        INSERT INTO count_line_fts(line_id, document)
        SELECT l.id, ts_delete(
            il_count_words(
                coalesce((SELECT p.name FROM place p WHERE p.id = l.place_id), '') || ' ' ||
                coalesce((SELECT string_agg(a.alias, ' ' ORDER BY a.id) FROM place_alias a
                          WHERE a.place_id = l.place_id), ''))
            || {_GAP} ||
            il_count_words(l.count || ' ' || l.note),
            '|'::text)
        FROM count_line l WHERE l.id = lid
        ON CONFLICT (line_id) DO UPDATE SET document = EXCLUDED.document
    $$""",
    "SELECT il_index_count_report(id) FROM count_report",
    "SELECT il_index_count_line(id) FROM count_line",
)


def upgrade() -> None:
    for statement in STATEMENTS:
        op.get_bind().exec_driver_sql(statement)  # as written: the gap holds a ":1"


def downgrade() -> None:
    raise NotImplementedError("revisions are not undone; restore a backup instead")
