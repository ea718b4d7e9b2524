"""Writing a file so that a failure never leaves half of it: a temporary name, then a rename."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from incident_logger.domain.messages import VERBATIM, msg
from incident_logger.services.exchange.problems import ExchangeError


def _explain(exc: OSError, path: Path) -> ExchangeError:
    if exc.errno == errno.ENOSPC:
        why = msg("disk_full")
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = msg("folder_not_writable")
    else:
        why = msg(VERBATIM, text=exc.strerror or str(exc))  # the system's own words
    return ExchangeError(msg("cannot_write", path=str(path), problem=why))


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


_KINDS = (
    (stat.S_ISFIFO, msg("named_pipe")),
    (stat.S_ISSOCK, msg("socket")),
    (stat.S_ISCHR, msg("device")),
    (stat.S_ISBLK, msg("device")),
)


def _target(path: Path) -> tuple[Path, os.stat_result | None]:
    """The file to replace and its status (None: a new file).

    A symbolic link is followed: the file it points to is replaced and the link stays.
    Anything but a regular file, and a file nobody may write, is refused.
    """
    real = Path(os.path.realpath(path))
    try:
        status = os.stat(real)
    except FileNotFoundError:
        return real, None
    except OSError as exc:
        raise _explain(exc, path) from exc
    if stat.S_ISDIR(status.st_mode):
        raise ExchangeError(msg("is_a_folder_give_file", path=str(path)))
    for test, kind in _KINDS:
        if test(status.st_mode):
            raise ExchangeError(msg("not_a_file_kind", path=str(path), kind=kind))
    if not status.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise ExchangeError(
            msg("read_only_link", path=str(path), real=str(real))
            if real != path.absolute()
            else msg("read_only_file", path=str(path))
        )
    return real, status


def _keep(tmp: Path, status: os.stat_result | None) -> None:
    """Give the new file the mode (and owner, where allowed) of the one it replaces;
    a new file gets the usual mode for the umask (mkstemp makes it private)."""
    if status is None:
        os.chmod(tmp, 0o666 & ~_umask())
        return
    if (status.st_uid, status.st_gid) != (os.getuid(), os.getgid()):
        with contextlib.suppress(OSError):
            os.chown(tmp, status.st_uid, status.st_gid)
    os.chmod(tmp, stat.S_IMODE(status.st_mode))


@contextmanager
def atomic_output(
    path: Path, *, newline: str | None = None, encoding: str = "utf-8"
) -> Iterator[IO[Any]]:
    """A text file opened under a temporary name beside ``path``; renamed over it on success.

    If the block raises (or the disk fills up), the temporary file is removed and ``path``
    is left as it was: absent, or the previous complete file. An existing file keeps its
    permissions; a symbolic link keeps pointing at the (new) file.
    """
    path = Path(path)
    if path.is_dir():
        raise ExchangeError(msg("is_a_folder_give_file", path=str(path)))
    if not path.parent.is_dir():
        raise ExchangeError(msg("no_folder_nothing_written", path=str(path.parent)))
    real, status = _target(path)
    folder = real.parent
    if not folder.is_dir():
        raise ExchangeError(msg("no_folder_nothing_written", path=str(folder)))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _explain(exc, path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep(tmp, status)
        os.replace(tmp, real)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _explain(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
