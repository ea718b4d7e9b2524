"""Proposals as plain JSON: every value with the span of text it came from."""

from __future__ import annotations

from typing import Any

from incident_logger.services.capture.model import (
    CaptureResult,
    Count,
    PlaceRef,
    Proposed,
    Window,
)


def _value(value: object) -> Any:
    if isinstance(value, Count):
        return {"count": value.value, "approximate": value.approximate, "shown": str(value)}
    if isinstance(value, Window):
        return {
            "start": value.start,
            "end": value.end,
            "precision": value.precision,
            "rule": value.rule,
        }
    if isinstance(value, PlaceRef):
        return {
            "place_id": value.place_id,
            "name": value.name,
            "kind": value.kind,
            "iso_code": value.iso_code,
        }
    return value


def field(p: Proposed[Any], text: str) -> dict[str, Any]:
    out: dict[str, Any] = {"value": _value(p.value)}
    if p.span is not None:
        out["span"] = [p.span.start, p.span.end]
        out["text"] = text[p.span.start : p.span.end]
        if p.span.unsure:
            out["unsure"] = True
    return out


def capture_json(result: CaptureResult, source_name: str = "") -> dict[str, Any]:
    t = result.text
    return {
        "language": result.language,
        "time_zone": result.time_zone,
        "issued_at": result.issued_at,
        "source": {**field(result.source, t), "name": source_name},
        "notes": list(result.notes),
        "count_reports": [
            {
                "subject": field(r.subject, t),
                "outcome": field(r.outcome, t),
                "stated_total": field(r.total, t),
                "period": field(r.period, t),
                "lines": [
                    {"place": field(ln.place, t), "count": field(ln.count, t)} for ln in r.lines
                ],
                "remainder": field(r.remainder, t),
            }
            for r in result.reports
        ],
        "incidents": [
            {
                "title": i.title,
                "category": field(i.category, t),
                "time": field(i.time, t),
                "place": field(i.place, t),
                "locality": field(i.locality, t),
                "injuries": field(i.injuries, t),
                "fatalities": field(i.fatalities, t),
                "damage": [
                    {
                        "object_kind": field(d.object_kind, t),
                        "quantity": field(d.quantity, t),
                        "state": field(d.state, t),
                    }
                    for d in i.damage
                ],
                "response": field(i.response, t),
                "fire": field(i.state, t),
            }
            for i in result.incidents
        ],
    }
