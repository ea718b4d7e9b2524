"""Crash-recovery drafts: the editor's unsaved form, written as JSON every few seconds.

Each window writes its own file, in a folder of its own database:
``<data>/recovery/<database key>/<process id>-<window>.json``, beside a lock file the process holds
while it runs. Two instances (on one database or two) never share a file; at start-up a window
offers only drafts of its own database whose process has ended (its lock is free): a crash, not a
neighbour.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    GeoPrecision,
    Status,
    TimePrecision,
)
from incident_logger.domain.models import DamageNote, IncidentDraft, SourceLink
from incident_logger.paths import data_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RecoveredDraft:
    incident_id: int | None  # None: it was a new incident
    draft: IncidentDraft
    saved_at: str
    database: str
    path: Path | None = None  # the file it was read from


def database_key(database: Path) -> str:
    """A folder name for one database file: its name and a digest of its full path."""
    resolved = str(Path(database).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in Path(database).stem)[:40]
    return f"{stem}-{digest}"


def drafts_dir(database: Path) -> Path:
    return data_dir() / "recovery" / database_key(database)


def to_json(draft: IncidentDraft, incident_id: int | None, database: Path) -> str:
    # The ORM behind it loads on first use, not at start-up.
    from incident_logger.services.history import plain

    return json.dumps(
        {
            "version": 1,
            "incident_id": incident_id,
            "database": str(database),
            "saved_at": datetime.now().replace(microsecond=0).isoformat(sep=" "),
            "draft": plain(draft),
        },
        ensure_ascii=False,
        indent=1,
    )


def from_dict(data: dict[str, Any]) -> IncidentDraft:
    d = dict(data)
    d["time_precision"] = TimePrecision(d.get("time_precision", "exact"))
    d["geo_precision"] = GeoPrecision(d.get("geo_precision", "near"))
    d["status"] = Status(d.get("status", "reported"))
    d["tags"] = tuple(d.get("tags", ()))
    d["sources"] = tuple(SourceLink(**s) for s in d.get("sources", ()))
    d["damage"] = tuple(
        DamageNote(
            object_kind=n["object_kind"],
            quantity=n.get("quantity"),
            severity=DamageSeverity(n.get("severity", "unknown")),
            state=DamageState(n.get("state", "none")),
            note=n.get("note", ""),
        )
        for n in d.get("damage", ())
    )
    known = IncidentDraft.__dataclass_fields__
    return IncidentDraft(**{k: v for k, v in d.items() if k in known})


def _read(path: Path) -> RecoveredDraft | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return RecoveredDraft(
            incident_id=data.get("incident_id"),
            draft=from_dict(data["draft"]),
            saved_at=str(data.get("saved_at", "")),
            database=str(data.get("database", "")),
            path=path,
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("ignoring an unreadable recovery draft %s", path)
        return None  # an unreadable draft is not worth an error at start-up


def _same_file(stored: str, database: Path) -> bool:
    if not stored:
        return True
    try:
        return Path(stored).resolve() == database.resolve()
    except OSError:
        return False


class DraftStore:
    """This process's draft for one database, and the drafts crashed processes left for it."""

    _serials = itertools.count(1)

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self.folder = drafts_dir(self.database)
        self.name = f"{os.getpid()}-{next(self._serials)}"
        self.path = self.folder / f"{self.name}.json"
        self._lock: QLockFile | None = None

    def _hold_lock(self) -> None:
        """Hold ``<name>.lock`` while this process runs: its draft is not an orphan."""
        if self._lock is not None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.folder / f"{self.name}.lock"))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if lock.tryLock(0):
            self._lock = lock

    def write(self, draft: IncidentDraft, incident_id: int | None) -> bool:
        """Write atomically (temp file then rename); False, logged, if the disk refused."""
        try:
            self._hold_lock()
            tmp = self.path.with_suffix(".json.tmp")
            tmp.write_text(to_json(draft, incident_id, self.database), encoding="utf-8")
            os.replace(tmp, self.path)
            return True
        except OSError:
            log.warning("could not write the recovery draft %s", self.path, exc_info=True)
            return False

    def clear(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the recovery draft %s", self.path, exc_info=True)

    def close(self) -> None:
        """At a clean exit: no draft stays behind, and the lock is let go."""
        self.clear()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def orphans(self) -> list[RecoveredDraft]:
        """Drafts of this database whose process has ended, newest first."""
        found: list[RecoveredDraft] = []
        try:
            candidates = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        for path in candidates:
            if path == self.path or not self._ended(path):
                continue
            draft = _read(path)
            if draft is not None and _same_file(draft.database, self.database):
                found.append(draft)
        return sorted(found, key=lambda d: d.saved_at, reverse=True)

    def _ended(self, path: Path) -> bool:
        lock = QLockFile(str(path.with_suffix(".lock")))
        lock.setStaleLockTime(0)
        if lock.tryLock(0):  # free, or stale (its process is gone)
            lock.unlock()
            return True
        return False

    def discard(self, draft: RecoveredDraft) -> None:
        """Forget a crashed process's draft (restored, or declined)."""
        if draft.path is None or draft.path == self.path:
            self.clear()
            return
        for path in (draft.path, draft.path.with_suffix(".lock")):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove %s", path, exc_info=True)
