"""SQLite's schema 8 (``store/migrations.py``): its full-text index stops keeping a copy of the
text. Nothing changes on PostgreSQL, whose ``incident_fts`` is an ordinary table; the revision
keeps the two numbered histories in step.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to do on PostgreSQL."""


def downgrade() -> None:
    raise NotImplementedError("revisions are not undone; restore a backup instead")
