"""The crash-recovery draft: the editor's unsaved form, written as JSON every few seconds."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    GeoPrecision,
    Status,
    TimePrecision,
)
from incident_logger.domain.models import DamageNote, IncidentDraft, SourceLink
from incident_logger.paths import data_dir
from incident_logger.services.history import plain


@dataclass(frozen=True, slots=True)
class RecoveredDraft:
    incident_id: int | None  # None: it was a new incident
    draft: IncidentDraft
    saved_at: str
    database: str


def draft_path() -> Path:
    return data_dir() / "recovery" / "editor-draft.json"


def to_json(draft: IncidentDraft, incident_id: int | None, database: Path) -> str:
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


def write_draft(draft: IncidentDraft, incident_id: int | None, database: Path) -> None:
    """Write atomically (temp file then rename) so a crash mid-write leaves the old draft."""
    path = draft_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(to_json(draft, incident_id, database), encoding="utf-8")
    os.replace(tmp, path)


def read_draft() -> RecoveredDraft | None:
    path = draft_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return RecoveredDraft(
            incident_id=data.get("incident_id"),
            draft=from_dict(data["draft"]),
            saved_at=str(data.get("saved_at", "")),
            database=str(data.get("database", "")),
        )
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable draft is not worth an error at start-up


def clear_draft() -> None:
    draft_path().unlink(missing_ok=True)
