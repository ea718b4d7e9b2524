"""The means of an incident (drone, missile, ...): SQLite's schema 9 (``store/migrations.py``).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

STATEMENTS = (
    'ALTER TABLE incident ADD COLUMN means TEXT COLLATE "C"',
    "CREATE INDEX ix_incident_live_means ON incident(coalesce(means, ''), id) "
    "WHERE deleted_at IS NULL",
)


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("revisions are not undone; restore a backup instead")
