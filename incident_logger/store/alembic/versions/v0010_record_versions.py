"""A version on every incident, place, source and count report (SQLite's migration 10).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

VERSIONED_TABLES = ("incident", "place", "source", "count_report")


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN version BIGINT NOT NULL DEFAULT 1")


def downgrade() -> None:
    raise NotImplementedError("schema steps are not undone; restore a backup instead")
