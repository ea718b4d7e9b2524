"""A short hash of the records a briefing was made from, so two copies can be compared."""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields, is_dataclass
from enum import Enum

from incident_logger.reports.model import Briefing

SHORT = 12


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _line(value: object) -> bytes:
    text = json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8") + b"\n"


def fingerprint(briefing: Briefing) -> str:
    """sha256 over canonical JSON of the records (not title, marking or time of making).

    Records are hashed in a canonical order (incidents by time then reference, statements by
    reference, sources by id), one JSON line each, so the order a service delivers them in
    does not change the result; two briefings of the same data share a fingerprint.
    """
    digest = hashlib.sha256()
    digest.update(_line({"period": [briefing.period_start, briefing.period_end]}))
    for incident in sorted(briefing.incidents, key=lambda i: (i.start_at, i.ref)):
        digest.update(b"I" + _line(incident))
    for statement in sorted(briefing.statements, key=lambda s: s.ref):
        digest.update(b"C" + _line(statement))
    for source in sorted(briefing.sources, key=lambda s: s.source_id):
        digest.update(b"S" + _line(source))
    return digest.hexdigest()


def short(full: str) -> str:
    return full[:SHORT]
