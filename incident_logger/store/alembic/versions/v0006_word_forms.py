"""The search index with word forms: SQLite's schema 6 (``store/migrations.py``).

``incident_fts`` gains the ``lemmas`` column (the dictionary forms of the words of an
incident's own text, made by ``store/lemma_doc.py``), and the stored ``tsvector`` covers it.
Documents written before this revision keep an empty ``lemmas`` until they are written again
(``incident-logger copy`` of a file makes every document afresh).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STATEMENTS = (
    """ALTER TABLE incident_fts ADD COLUMN lemmas TEXT COLLATE "C" NOT NULL DEFAULT ''""",
    "ALTER TABLE incident_fts DROP COLUMN document",
    """ALTER TABLE incident_fts ADD COLUMN document tsvector GENERATED ALWAYS AS (il_fold(
        title || ' ' || narrative || ' ' || locality || ' ' || response || ' ' ||
        damage || ' ' || sources || ' ' || places || ' ' || lemmas
    )) STORED""",
    "CREATE INDEX ix_incident_fts_document ON incident_fts USING gin(document)",
)


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("revisions are not undone; restore a backup instead")
