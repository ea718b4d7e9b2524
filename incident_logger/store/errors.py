"""DatabaseError and plain-words explanations of SQLite's errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from incident_logger.store import connection


class DatabaseError(RuntimeError):
    """The database file cannot be opened or used; the message says why and what to do.

    ``reason`` lets the app choose a way out: ``"damaged"``, ``"not_sqlite"``, ``"foreign"``,
    ``"too_new"``, ``"read_only"``, ``"disk_full"``, ``"io"``, ``"busy"``, ``"cannot_open"``
    or ``"other"``.
    """

    def __init__(self, message: str, *, reason: str = "other", path: Path | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


# --- Explaining SQLite's errors ---------------------------------------------------------

_SAVED_INTACT = "Nothing from this change was saved; everything saved before is intact."


@dataclass(frozen=True, slots=True)
class OpenProblem:
    reason: str
    message: str


def sqlite_error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an error (e.g. 13 for SQLITE_FULL), when known."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def translate_error(exc: BaseException, path: Path) -> OpenProblem | None:
    """Words for the errors a user can act on; None for programming errors (constraints)."""
    code = sqlite_error_code(exc)
    if code == 13:  # SQLITE_FULL
        return OpenProblem(
            "disk_full",
            f"The disk holding {path} is full. {_SAVED_INTACT} Free some space and try again.",
        )
    if code == 10:  # SQLITE_IOERR
        return OpenProblem(
            "io",
            f"The disk reported an error while using {path} ({exc}). {_SAVED_INTACT} "
            "Check the disk (or network drive) and try again.",
        )
    if code == 8:  # SQLITE_READONLY
        return OpenProblem(
            "read_only",
            f"{path} cannot be written (the file, its folder or the disk is read-only). "
            f"{_SAVED_INTACT}",
        )
    if code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return OpenProblem(
            "busy",
            f"Another program (perhaps a second copy of Incident Logger) kept {path} busy "
            f"for more than {connection.BUSY_TIMEOUT_MS // 1000} seconds. {_SAVED_INTACT} "
            "Try again.",
        )
    if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return OpenProblem(
            "damaged",
            f"{path} is damaged ({exc}). Restore a backup (File › Backups) or open another "
            "database; the damaged file is left as it is.",
        )
    if code == 14:  # SQLITE_CANTOPEN
        return OpenProblem("cannot_open", f"Cannot open {path} ({exc}).")
    return None
