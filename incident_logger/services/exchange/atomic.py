"""Writing a file so that a failure never leaves half of it: a temporary name, then a rename."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from incident_logger.services.exchange.problems import ExchangeError


def _explain(exc: OSError, path: Path) -> ExchangeError:
    if exc.errno == errno.ENOSPC:
        why = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "the folder cannot be written"
    else:
        why = exc.strerror or str(exc)
    return ExchangeError(f"Could not write {path}: {why}. Nothing was written.")


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


@contextmanager
def atomic_output(
    path: Path, *, newline: str | None = None, encoding: str = "utf-8"
) -> Iterator[IO[Any]]:
    """A text file opened under a temporary name beside ``path``; renamed over it on success.

    If the block raises (or the disk fills up), the temporary file is removed and ``path``
    is left as it was: absent, or the previous complete file.
    """
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise ExchangeError(f"{path} is a folder; give a file name to write to.")
    if not folder.is_dir():
        raise ExchangeError(f"The folder {folder} does not exist. Nothing was written.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _explain(exc, path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; give it the usual mode
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _explain(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
