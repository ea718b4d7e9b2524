"""Connecting to the server without a password ever written in plain text.

The order: libpq's own sources first (``~/.pgpass``, the service file ``~/.pg_service.conf``,
``PGPASSWORD``), which psycopg reads when the URL has no password; then the system keyring
(the ``keyring`` package, entry "incident-logger" / user@host:port/dbname); then the caller's
prompt. A password typed at the prompt that works is kept in the keyring when one is there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from incident_logger.store.pg.url import PgUrl

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

KEYRING_SERVICE = "incident-logger"

# Asked for a password: gets the URL's label, returns the password or None (cancelled).
AskPassword = Callable[[str], "str | None"]


def _needs_password(exc: Exception) -> bool:
    text = str(exc).lower()
    return "password" in text and ("no password supplied" in text or "authentication" in text)


def keyring_password(url: PgUrl) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, url.keyring_key)
    except Exception:  # no backend, a locked or broken keyring: fall through to the prompt
        log.info("no password from the keyring", exc_info=True)
        return None


def remember_password(url: PgUrl, password: str) -> bool:
    """Keep a password that worked in the keyring; False when there is no usable keyring."""
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return False
        keyring.set_password(KEYRING_SERVICE, url.keyring_key, password)
        return True
    except Exception:
        log.info("the keyring did not keep the password", exc_info=True)
        return False


class Connector:
    """Opens connections to one database, finding the password once and holding it in memory."""

    def __init__(self, url: PgUrl, ask_password: AskPassword | None = None) -> None:
        self.url = url
        self._ask = ask_password
        self._password: str | None = None

    @property
    def password(self) -> str | None:
        return self._password

    def connect(self, *, autocommit: bool = False) -> psycopg.Connection:
        import psycopg

        params: dict[str, str] = dict(self.url.params)
        params.setdefault("application_name", "incident-logger")
        params.setdefault("connect_timeout", "10")

        def attempt(password: str | None = None) -> psycopg.Connection:
            extra = {} if password is None else {"password": password}
            info = psycopg.conninfo.make_conninfo("", **params, **extra)
            return psycopg.connect(info, autocommit=autocommit)

        if self._password is not None:
            return attempt(self._password)
        try:
            return attempt()
        except psycopg.OperationalError as exc:
            if not _needs_password(exc):
                raise
            first_error = exc
        stored = keyring_password(self.url)
        if stored is not None:
            try:
                conn = attempt(stored)
            except psycopg.OperationalError as exc:
                if not _needs_password(exc):
                    raise
            else:
                self._password = stored
                return conn
        if self._ask is None:
            raise first_error
        typed = self._ask(self.url.label)
        if typed is None:
            raise first_error
        conn = attempt(typed)
        self._password = typed
        remember_password(self.url, typed)
        return conn
