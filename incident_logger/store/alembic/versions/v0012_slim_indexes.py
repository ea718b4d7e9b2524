"""No change on PostgreSQL (SQLite's schema 12: smaller sort indexes).

SQLite's step 12 declares its ``(key, id)`` sort indexes as ``(key)``: an SQLite index
entry ends with the rowid, which is the id, so the id was stored twice. A PostgreSQL index
entry ends with the row's physical address instead, which says nothing of the id: the
``(key, id)`` indexes need their id for the keyset order and stay as they are (and so does
``ix_incident_live_deleted``, which SQLite's step drops as unused). This revision keeps the
two numbered histories in step.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change (see the module's text)."""


def downgrade() -> None:
    raise NotImplementedError("schema steps are not undone; restore a backup instead")
