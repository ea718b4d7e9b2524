"""The worker side of a JSON import: incident objects (as text) to prepared rows.

Kept apart from ``json_import`` so that worker processes import only what they need.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from incident_logger.domain.messages import Message, msg
from incident_logger.services.exchange import json_read
from incident_logger.services.exchange.jsonscan import MAX_DEPTH, NESTED, decode, too_deep
from incident_logger.services.exchange.plan import file_field
from incident_logger.services.exchange.prepare import Item, Prepared, prepare_spec
from incident_logger.services.exchange.records import IncidentSpec, ParsedFile

_KNOWN: dict[str, frozenset[str]] = {"places": frozenset(), "sources": frozenset()}


def known_keys(places: frozenset[str], sources: frozenset[str]) -> None:
    """Worker set-up: the place and source keys the planned head of the document holds."""
    _KNOWN["places"], _KNOWN["sources"] = places, sources


def _unreadable(parsed: ParsedFile, line: int, message: Message) -> Item:
    return line, [("", message)], None


def prepare_incidents(file_name: str, items: list[tuple[int, str]]) -> Prepared:
    """Prepare incident objects (their JSON text, with their first lines)."""
    parsed = ParsedFile(Path(file_name), "json")
    places, sources = _KNOWN["places"], _KNOWN["sources"]
    out: list[Item] = []
    for line, text in items:
        try:
            obj, _ = decode(text)
        except RecursionError:
            out.append(_unreadable(parsed, line, NESTED))
            continue
        if text.count("[") + text.count("{") > MAX_DEPTH and too_deep(obj):
            out.append(_unreadable(parsed, line, NESTED))
            continue
        plain = "\\ud" not in text and "\\uD" not in text  # no surrogate escaped
        spec = incident_spec(parsed, obj, line, places, sources, plain)
        out.append(prepare_spec(parsed, spec))
    return [], [], out


def incident_spec(
    parsed: ParsedFile,
    obj: Any,
    line: int,
    places: frozenset[str] | dict[str, int],
    sources: frozenset[str] | dict[str, int],
    plain: bool = False,
) -> IncidentSpec:
    spec = json_read.incident(parsed, obj, line, plain)
    if spec.place is not None and spec.place not in places:
        spec.problems.append(
            parsed.problem(
                line, file_field(parsed, "place"), msg("unknown_place_named", name=spec.place)
            )
        )
    for n, link in enumerate(spec.links, 1):
        if link.source not in sources:
            spec.problems.append(
                parsed.problem(line, f"sources[{n}]", msg("unknown_source_named", name=link.source))
            )
    return spec
