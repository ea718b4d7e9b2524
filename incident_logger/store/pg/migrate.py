"""The team database's schema history: Alembic revisions in ``store/alembic/versions``.

Revision ids are SQLite schema versions ("0005" matches ``PRAGMA user_version`` 5), so a
database's revision says which SQLite schema it equals; ``copy`` relies on that.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection

SCRIPTS = Path(__file__).resolve().parent.parent / "alembic"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head() -> str:
    found = _scripts().get_current_head()
    assert found is not None
    return found


def head_version() -> int:
    """The SQLite schema version the newest revision matches."""
    return int(head())


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def current(connection: Connection) -> str | None:
    """The database's revision, or None when it has no Incident Logger schema."""
    from sqlalchemy import text

    exists = connection.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL"))
    if not exists.scalar():
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection) -> None:
    """Bring the schema to the newest revision (each revision in its own transaction)."""
    from alembic import command

    command.upgrade(_config(connection), "head")
