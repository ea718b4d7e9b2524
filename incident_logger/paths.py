"""Every user path (data, config, logs, backups) comes from platformdirs here."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "incident-logger"
DB_ENV = "INCIDENT_LOGGER_DB"

_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def config_dir() -> Path:
    return Path(_dirs.user_config_dir)


def log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_database() -> Path:
    return data_dir() / "incidents.sqlite3"


def backup_dir_for(db_path: str | os.PathLike[str]) -> Path:
    """Where the backups of ``db_path`` go: the backup folder for the default database; for
    any other (``--db``, ``$INCIDENT_LOGGER_DB``) a folder beside it, named after it. A
    database in a folder that cannot be written backs up into the backup folder (the file
    names there carry the database's name and a tag of its full path)."""
    db = Path(db_path).expanduser().absolute()
    if db == default_database().absolute():
        return backup_dir()
    beside = db.parent / f"{db.stem}-backups"
    if beside.is_dir() or os.access(db.parent, os.W_OK):
        return beside
    return backup_dir()


def database_target(explicit: str | os.PathLike[str] | None = None) -> Path | str:
    """Like ``database_path``, but a ``postgresql://`` URL (a team database) stays a string."""
    text = os.fspath(explicit) if explicit else os.environ.get(DB_ENV, "")
    if text.strip().lower().startswith(("postgresql://", "postgres://")):
        return text.strip()
    return database_path(explicit)


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database to use: ``--db`` first, then ``$INCIDENT_LOGGER_DB``, then the default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_database()
