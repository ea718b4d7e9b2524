"""Saved connection profiles of team databases, kept in the app's settings without passwords.

A profile names a server and a database (host, port, database, user), or a libpq service
(``~/.pg_service.conf``) that names them. Its password is never stored here: libpq's
``~/.pgpass`` and service file give it when they have it, else the system keyring, else a
prompt (``store/pg/credentials.py``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from PySide6.QtCore import QSettings

from incident_logger.store.pg.url import compose

KEY = "team/profiles"
LAST_KEY = "team/last_profile"


@dataclass(frozen=True)
class Profile:
    name: str
    host: str = ""
    port: str = ""
    database: str = ""
    user: str = ""
    service: str = ""

    @property
    def url(self) -> str:
        """The profile as a postgresql:// URL (never with a password)."""
        params = {
            "host": self.host,
            "port": self.port,
            "dbname": self.database,
            "user": self.user,
            "service": self.service,
        }
        return compose({k: v for k, v in params.items() if v})


def load(settings: QSettings) -> list[Profile]:
    """The saved profiles, in the order they were saved; unreadable entries are skipped."""
    raw = settings.value(KEY, "")
    try:
        entries = json.loads(raw) if isinstance(raw, str) and raw else []
    except ValueError:
        return []
    fields = set(Profile.__dataclass_fields__)
    profiles = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            values = {k: str(v) for k, v in entry.items() if k in fields}
            profiles.append(Profile(**values))
    return profiles


def save(settings: QSettings, profiles: list[Profile]) -> None:
    settings.setValue(KEY, json.dumps([asdict(p) for p in profiles], ensure_ascii=False))
    settings.sync()


def remember(settings: QSettings, profile: Profile) -> list[Profile]:
    """Save ``profile`` (replacing one of the same name) and mark it the last one used."""
    others = [p for p in load(settings) if p.name != profile.name]
    profiles = [*others, profile]
    save(settings, profiles)
    settings.setValue(LAST_KEY, profile.name)
    return profiles


def forget(settings: QSettings, name: str) -> list[Profile]:
    profiles = [p for p in load(settings) if p.name != name]
    save(settings, profiles)
    return profiles


def last_used(settings: QSettings) -> str:
    value = settings.value(LAST_KEY, "")
    return value if isinstance(value, str) else ""
