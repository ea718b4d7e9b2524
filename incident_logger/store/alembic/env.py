"""Alembic's environment for the team database: always run from the app with a connection.

``store.pg.migrate`` passes an open connection in ``config.attributes["connection"]``;
there is no alembic.ini and no URL here, so no password is ever written anywhere.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, transaction_per_migration=True)
with context.begin_transaction():
    context.run_migrations()
