"""Turning CSV rows into checked, normalised, index-ready values (runs in worker processes).

Everything here needs no database: reading the cells, the domain's validation (with
stand-in ids for places and sources), the stored form and the folded search text. The
main process then only matches names to ids and writes, so two cores share an import.
"""

from __future__ import annotations

import gc
import signal
from datetime import datetime
from pathlib import Path
from typing import Any

from incident_logger.domain.models import SourceLink
from incident_logger.domain.validation import incident_errors
from incident_logger.services.exchange.acled import FIELD_NAMES, row_to_spec
from incident_logger.services.exchange.csv_format import CsvReader
from incident_logger.services.exchange.csvio import header_index, read_rows
from incident_logger.services.exchange.folding import fold_short, fold_words
from incident_logger.services.exchange.plan import file_field, stored_parts, with_ids
from incident_logger.services.exchange.problems import Problem
from incident_logger.services.exchange.records import IncidentSpec, ParsedFile

# One prepared row: (line, [(field, message), ...], values or None when refused).
Item = tuple[int, list[tuple[str, str]], tuple[Any, ...] | None]
# What a chunk gives back: new place specs, new source specs, and the rows.
PlaceRow = tuple[str, int, str, str, str | None, str]  # key, line, name, kind, parent, country
SourceRow = tuple[str, int, str, str]  # key, line, name, reliability
Prepared = tuple[list[PlaceRow], list[SourceRow], list[Item]]

# Positions in the values tuple.
(
    V_PLACE,
    V_LINKS,
    V_TITLE,
    V_START,
    V_END,
    V_TIME_PRECISION,
    V_LOCALITY,
    V_LAT,
    V_LON,
    V_GEO_PRECISION,
    V_CATEGORY,
    V_NARRATIVE,
    V_INJURIES,
    V_FATALITIES,
    V_RESPONSE,
    V_STATUS,
    V_TAGS,
    V_DAMAGE,
    V_EXTERNAL_ID,
    V_EXTERNAL_TYPE,
    V_CREATED,
    V_UPDATED,
    V_DELETED,
    V_FOLDED,
) = range(24)


def ignore_interrupts() -> None:
    """Worker start-up: Ctrl+C is the main process's business (it rolls back and stops us)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _yes(_: int) -> bool:
    return True


def _stamp_problems(spec: IncidentSpec) -> list[tuple[str, str]]:
    out = []
    for name in ("created_at", "updated_at", "deleted_at"):
        value = getattr(spec.stamps, name)
        if value is not None:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                out.append((name, f"'{value}' is not a date and time"))
    return out


def prepare_spec(parsed: ParsedFile, spec: IncidentSpec) -> Item:
    """Check one row as far as possible without a database and give its stored values."""
    problems = [(p.field, p.message) for p in spec.problems] + _stamp_problems(spec)
    if problems:
        return spec.line, problems, None
    stand_in: dict[str, int] = {}
    links = tuple(
        SourceLink(
            stand_in.setdefault(link.source, len(stand_in) + 1),
            link.credibility,
            link.url,
            link.note,
        )
        for link in spec.links
    )
    draft = with_ids(spec.draft, 1 if spec.place else None, links)
    errors = incident_errors(draft, _yes, _yes)
    if errors:
        return spec.line, [(file_field(parsed, e.field), e.message) for e in errors], None
    title, start_at, end_at, locality, category, tags = stored_parts(draft)
    damage = tuple(
        (n.object_kind.strip(), n.quantity, n.severity.value, n.state.value, n.note)
        for n in draft.damage
    )
    stamps = spec.stamps
    values = (
        spec.place,
        tuple((link.source, link.credibility, link.url.strip(), link.note) for link in spec.links),
        title,
        start_at,
        end_at,
        draft.time_precision.value,
        locality,
        draft.latitude,
        draft.longitude,
        draft.geo_precision.value,
        category,
        draft.narrative,
        draft.injuries,
        draft.fatalities,
        draft.response,
        draft.status.value,
        tags,
        damage,
        draft.external_id,
        draft.external_type,
        stamps.created_at,
        stamps.updated_at,
        stamps.deleted_at,
        (
            fold_words(title),
            fold_words(draft.narrative),
            fold_short(locality),
            fold_short(draft.response),
            fold_short(" ".join(f"{n[0]} {n[4]}" for n in damage)),
        ),
    )
    return spec.line, [], values


def prepare_text(
    fmt: str, file_name: str, header: list[str], first_line: int, text: str
) -> Prepared:
    """Prepare whole CSV records (``fmt`` is ``csv`` or ``acled``) starting at ``first_line``.

    The cyclic garbage collector is paused meanwhile: a chunk makes a few hundred thousand
    objects and no cycles, and the collector's passes over them cost a sixth of the time.
    """
    problems: list[Problem] = []
    path = Path(file_name)
    collecting = gc.isenabled()
    gc.disable()
    try:
        rows = [(line + first_line - 1, cells) for line, cells in read_rows(path, text, problems)]
        places, sources, items = prepare_chunk(fmt, file_name, header, rows)
    finally:
        if collecting:
            gc.enable()
    for p in problems:  # a malformed record: reading stopped there
        items.append((p.line + first_line - 1, [("", p.message)], None))
    return places, sources, items


def prepare_chunk(
    fmt: str, file_name: str, header: list[str], rows: list[tuple[int, list[str]]]
) -> Prepared:
    """Prepare CSV records (``fmt`` is ``csv`` or ``acled``)."""
    parsed = ParsedFile(Path(file_name), fmt)
    index = header_index(header)
    if fmt == "acled":
        parsed.field_names = dict(FIELD_NAMES)

        def make(line: int, cells: list[str]) -> IncidentSpec:
            return row_to_spec(parsed, line, cells, index)

    else:
        make = CsvReader(parsed, index).spec
    width = len(header)
    items: list[Item] = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue  # a blank line
        if len(cells) != width:
            message = (
                f"has {len(cells)} cells where the header has {width} "
                "(a stray separator or an unclosed quote?)"
            )
            items.append((line, [("", message)], None))
            continue
        items.append(prepare_spec(parsed, make(line, cells)))
    places = [
        (k, s.line, s.draft.name, s.draft.kind.value, s.parent, s.draft.country_code)
        for k, s in parsed.places.items()
    ]
    sources = [
        (k, s.line, s.draft.name, s.draft.reliability.value) for k, s in parsed.sources.items()
    ]
    return places, sources, items
