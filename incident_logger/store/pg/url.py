"""Database URLs of the team database (``postgresql://user@host:port/dbname``).

A URL names a server and a database, never a password: passwords come from libpq's own
``.pgpass`` and service file, then the system keyring, then a prompt (``store.pg.credentials``).
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMES = ("postgresql://", "postgres://")


def is_url(text: object) -> bool:
    """Whether ``text`` names a PostgreSQL database rather than a file."""
    return isinstance(text, str) and text.strip().lower().startswith(SCHEMES)


class UrlError(ValueError):
    """A database URL that cannot be used; the message says what to change."""


@dataclass(frozen=True)
class PgUrl:
    """A parsed URL: the libpq parameters (no password) and how to show it."""

    text: str
    params: tuple[tuple[str, str], ...]

    @property
    def as_dict(self) -> dict[str, str]:
        return dict(self.params)

    @property
    def label(self) -> str:
        """What to show the user: user@host:port/dbname (or the service's name)."""
        p = self.as_dict
        if "service" in p and "host" not in p:
            return f"service {p['service']}" + (f"/{p['dbname']}" if "dbname" in p else "")
        host = p.get("host", "localhost")
        port = f":{p['port']}" if "port" in p else ""
        user = f"{p['user']}@" if "user" in p else ""
        return f"{user}{host}{port}/{p.get('dbname', '')}"

    @property
    def keyring_key(self) -> str:
        """The name the password is kept under in the system keyring."""
        return self.label

    @property
    def database(self) -> str:
        return self.as_dict.get("dbname", "")

    @property
    def user(self) -> str:
        return self.as_dict.get("user", "")

    def with_database(self, dbname: str) -> PgUrl:
        """The same server and user, another database (tests, ``team init`` of a new one)."""
        params = {**self.as_dict, "dbname": dbname}
        return PgUrl(compose(params), tuple(sorted(params.items())))


def compose(params: dict[str, str]) -> str:
    """A postgresql:// URL from libpq parameters (a socket folder goes in ``?host=``)."""
    from urllib.parse import quote, urlencode

    rest = dict(params)
    user = quote(rest.pop("user", ""), safe="")
    dbname = quote(rest.pop("dbname", ""), safe="")
    host = rest.get("host", "")
    netloc = ""
    if host and not host.startswith("/"):
        netloc = host if ":" not in host else f"[{host}]"
        rest.pop("host")
        if "port" in rest:
            netloc += f":{rest.pop('port')}"
    at = f"{user}@" if user else ""
    query = f"?{urlencode(sorted(rest.items()))}" if rest else ""
    return f"postgresql://{at}{netloc}/{dbname}{query}"


def parse(text: str) -> PgUrl:
    """Parse a URL; a password in it is refused (it would end up in shell history)."""
    from psycopg import conninfo

    try:
        params = conninfo.conninfo_to_dict(text.strip())
    except Exception as exc:  # psycopg raises ProgrammingError for a malformed URL
        raise UrlError(f"{text!r} is not a usable PostgreSQL URL ({exc}).") from exc
    if "password" in params:
        raise UrlError(
            "The database URL holds a password. Give the URL without it "
            "(postgresql://user@host:port/dbname): the password is then read from ~/.pgpass "
            "or the system keyring, or asked for."
        )
    clean = tuple(sorted((k, str(v)) for k, v in params.items() if v is not None))
    return PgUrl(text.strip(), clean)
