"""When a database needs SQLite's quick check before it is written: the clean-close mark.

Reading the whole file on every open costs seconds at a million incidents, so the check
runs only when the file may have been damaged since it was last known good:

- A process that opened a file it trusted (checked, created or marked) and closes it with
  no changes left pending in a ``-wal`` or ``-journal`` writes a *mark*: the file's size,
  modification and change times and inode, in the user data folder (``checked/<tag>``;
  the file itself is never touched for this).
- Opening for writing (the app, import, demo, restore) runs ``PRAGMA quick_check`` first
  unless the file still matches its mark. A crash, a kill, a power cut, another program,
  a copy from elsewhere or a file replaced by hand all leave it unmarked, so it is checked
  before anything writes to it; a damaged file is refused.
- Reading commands (search, export, briefing) never check: reading cannot make damage
  worse, and SQLite reports a damaged page it meets, which becomes one clear line.
- The full ``integrity_check`` runs with every backup (on its copy) and on demand
  (``incident-logger check``).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from incident_logger import paths
from incident_logger.store.copies import database_tag


def _mark_file(path: Path) -> Path:
    return paths.data_dir() / "checked" / database_tag(path)


def _fingerprint(path: Path) -> str | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino}"


def _pending(path: Path) -> bool:
    """Whether a log beside ``path`` holds changes (a writer is busy, or one stopped dead)."""
    for suffix in ("-wal", "-journal"):
        try:
            if Path(f"{path}{suffix}").stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def is_marked(path: Path) -> bool:
    """Whether ``path`` is exactly as a trusting process left it at a clean close."""
    if _pending(path):
        return False
    now = _fingerprint(path)
    try:
        return now is not None and _mark_file(path).read_text(encoding="ascii") == now
    except (OSError, UnicodeDecodeError):
        return False


def mark_clean(path: Path) -> None:
    """Record that ``path`` was closed cleanly by a process that trusted it (best effort)."""
    if _pending(path):
        return  # another process is still writing: whoever closes last marks it
    now = _fingerprint(path)
    if now is None:
        return
    mark = _mark_file(path)
    try:
        mark.parent.mkdir(parents=True, exist_ok=True)
        tmp = mark.with_name(f".{mark.name}.{os.getpid()}")
        tmp.write_text(now, encoding="ascii")
        os.replace(tmp, mark)
    except OSError:
        pass  # no mark: the next writer checks the file, which is only slower


def forget(path: Path) -> None:
    """Drop the mark (e.g. a damaged file was found)."""
    with contextlib.suppress(OSError):
        _mark_file(path).unlink(missing_ok=True)
