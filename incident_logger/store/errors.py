"""DatabaseError and plain-words explanations of SQLite's errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from incident_logger.domain.messages import Message, msg
from incident_logger.store import connection


class DatabaseError(RuntimeError):
    """The database file cannot be opened or used; the message says why and what to do.

    ``reason`` lets the app choose a way out: ``"damaged"``, ``"not_sqlite"``, ``"foreign"``,
    ``"too_new"``, ``"read_only"``, ``"disk_full"``, ``"io"``, ``"busy"``, ``"cannot_open"``
    or ``"other"``.
    """

    def __init__(
        self, message: str | Message, *, reason: str = "other", path: Path | None = None
    ) -> None:
        super().__init__(str(message))
        self.reason = reason
        self.path = path
        # The message code (domain/messages.py) the interface translates; None: English only.
        self.msg = message if isinstance(message, Message) else None


# --- Explaining SQLite's errors ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class OpenProblem:
    reason: str
    msg: Message

    @property
    def message(self) -> str:
        return str(self.msg)


def sqlite_error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an error (e.g. 13 for SQLITE_FULL), when known."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def translate_error(exc: BaseException, path: Path) -> OpenProblem | None:
    """Words for the errors a user can act on; None for programming errors (constraints)."""
    code = sqlite_error_code(exc)
    if code == 13:  # SQLITE_FULL
        return OpenProblem("disk_full", msg("db_disk_full", path=str(path)))
    if code == 10:  # SQLITE_IOERR
        return OpenProblem("io", msg("db_io", path=str(path), detail=str(exc)))
    if code == 8:  # SQLITE_READONLY
        return OpenProblem("read_only", msg("db_read_only", path=str(path)))
    if code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        seconds = connection.BUSY_TIMEOUT_MS // 1000
        return OpenProblem("busy", msg("db_busy", path=str(path), seconds=seconds))
    if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return OpenProblem("damaged", msg("db_damaged", path=str(path), detail=str(exc)))
    if code == 14:  # SQLITE_CANTOPEN
        return OpenProblem("cannot_open", msg("db_cannot_open", path=str(path), detail=str(exc)))
    return None
