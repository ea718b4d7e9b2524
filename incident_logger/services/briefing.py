"""Briefing use case: select incidents with the search language, fill the report model, write."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, TypeVar

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    GeoPrecision,
    Reliability,
    SourceKind,
    Status,
    TimePrecision,
)
from incident_logger.domain.models import DamageNote, incident_ref
from incident_logger.domain.query import parse_query
from incident_logger.domain.timefmt import normalise_when
from incident_logger.domain.validation import MAX_TITLE
from incident_logger.reports import (
    AnnexSource,
    Briefing,
    BriefingCancelled,
    BriefingIncident,
    BriefingResult,
    BriefingSections,
    CountStatement,
    FontsMissingError,
    RegionCount,
    SourceCitation,
    build_briefing,
)
from incident_logger.reports import formatting as fmt
from incident_logger.services.context import now_iso, raw_connection
from incident_logger.services.counts import count_report_ids
from incident_logger.services.counts_query import parse_count_query
from incident_logger.services.search import QuerySyntaxError, compile_query
from incident_logger.store.engine import Database

__all__ = [
    "DEFAULT_MARKING",
    "MAX_LABELS",
    "BriefingCancelled",
    "BriefingRequest",
    "BriefingResult",
    "BriefingSections",
    "FontsMissingError",
    "QuerySyntaxError",
    "briefing_data",
    "check_labels",
    "covered",
    "write_briefing",
]

CHUNK = 500  # ids per IN (...) query; well under SQLite's parameter limit
DEFAULT_MARKING = "For internal use"  # the app and the command line both start from it
# The longest title page texts a briefing takes (the dialog's fields stop there too).
MAX_LABELS = {"title": MAX_TITLE, "marking": 200, "author": 200}
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class BriefingRequest:
    """What the user asks for: a search, an optional period, and how the briefing is labelled.

    ``period_start``/``period_end`` accept what users type ('2026-09-12', '2026-09-12 06:00');
    a bare end date means the end of that day. Without a period the briefing covers the span of
    the selected incidents, and the count statements that overlap it.
    """

    query: str = ""
    period_start: str | None = None
    period_end: str | None = None
    title: str = ""
    marking: str = DEFAULT_MARKING  # "" for none
    author: str = ""
    sections: BriefingSections = field(default_factory=BriefingSections)
    paper: Literal["A4", "Letter"] = "A4"


def _bound(text: str | None, what: str, *, end: bool) -> str | None:
    if text is None or not text.strip():
        return None
    try:
        stored = normalise_when(text)
    except ValueError as exc:
        raise ValueError(f"{what}: {exc}") from None
    if end and len(text.strip()) == 10:
        stored = stored[:10] + "T23:59"  # a bare end date includes that whole day
    return stored


def check_labels(request: BriefingRequest) -> None:
    """Raise ValueError naming the field when a title page text is longer than allowed."""
    for name, limit in MAX_LABELS.items():
        value = getattr(request, name).strip()
        if len(value) > limit:
            raise ValueError(f"{name}: is too long ({len(value):,} characters, at most {limit:,})")


def _period(request: BriefingRequest) -> tuple[str | None, str | None]:
    start = _bound(request.period_start, "period start", end=False)
    end = _bound(request.period_end, "period end", end=True)
    if start and end and start > end:
        raise ValueError(f"the period starts ({start}) after it ends ({end})")
    return start, end


def _full_query(query: str, start: str | None, end: str | None) -> str:
    parse_query(query)  # raises QuerySyntaxError with positions in the user's own text
    parts = [f"({query})"] if query.strip() else []
    if start:
        parts.append(f"from:{start}")
    if end:
        parts.append(f"to:{end}")
    return " ".join(parts)


def _enum(cls: type[E], value: str, default: E) -> E:
    try:
        return cls(value)
    except ValueError:
        return default  # a value an older or foreign import left behind prints as the default


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


class _Places:
    """Paths and regions of places, computed once per place from one read of the table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.rows = {
            pid: (name, parent, kind)
            for pid, name, parent, kind in conn.execute(
                "SELECT id, name, parent_id, kind FROM place"
            )
        }
        self.memo: dict[int, tuple[str, str]] = {}

    def chain(self, place_id: int) -> list[tuple[str, str]]:
        names: list[tuple[str, str]] = []
        seen: set[int] = set()
        current: int | None = place_id
        while current is not None and current in self.rows and current not in seen:
            seen.add(current)
            name, parent, kind = self.rows[current]
            names.append((name, kind))
            current = parent
        return names

    def describe(self, place_id: int | None) -> tuple[str, str]:
        """('Россия › Калужская область › Калуга', 'Калужская область') for a place id."""
        if place_id is None:
            return "", ""
        if place_id not in self.memo:
            names = self.chain(place_id)
            path = " › ".join(n for n, _ in reversed(names))
            region = next((n for n, k in names if k == "region"), names[0][0] if names else "")
            self.memo[place_id] = (path, region)
        return self.memo[place_id]

    def name(self, place_id: int) -> str:
        row = self.rows.get(place_id)
        return row[0] if row else f"place {place_id}"


def _sources(conn: sqlite3.Connection) -> dict[int, AnnexSource]:
    return {
        sid: AnnexSource(
            sid,
            name,
            _enum(SourceKind, kind, SourceKind.OTHER),
            _enum(Reliability, reliability, Reliability.F),
            url,
            note,
        )
        for sid, name, kind, reliability, url, note in conn.execute(
            "SELECT id, name, kind, reliability, url, note FROM source"
        )
    }


_INCIDENTS_SQL = """
SELECT i.id, i.title, i.start_at, i.end_at, i.time_precision, i.place_id, i.locality,
       i.latitude, i.longitude, i.geo_precision, c.name, i.narrative, i.injuries, i.fatalities,
       i.response, i.status
FROM incident i JOIN category c ON c.id = i.category_id WHERE i.id IN ({marks})
"""


def _incidents(
    conn: sqlite3.Connection,
    ids: Sequence[int],
    places: _Places,
    sources: dict[int, AnnexSource],
    cancelled: Callable[[], bool] | None,
) -> list[BriefingIncident]:
    out: list[BriefingIncident] = []
    for chunk in _chunks(ids):
        if cancelled is not None and cancelled():
            raise BriefingCancelled("briefing cancelled")
        marks = _marks(chunk)
        tags: dict[int, list[str]] = {}
        for iid, tag in conn.execute(
            f"SELECT incident_id, tag FROM incident_tag WHERE incident_id IN ({marks}) "
            "ORDER BY incident_id, tag_key",
            chunk,
        ):
            tags.setdefault(iid, []).append(tag)
        cites: dict[int, list[SourceCitation]] = {}
        for iid, sid, credibility, url in conn.execute(
            f"SELECT incident_id, source_id, credibility, url FROM incident_source "
            f"WHERE incident_id IN ({marks}) ORDER BY incident_id, position",
            chunk,
        ):
            src = sources.get(sid) or AnnexSource(sid, f"source {sid}")
            cites.setdefault(iid, []).append(
                SourceCitation(sid, src.name, src.reliability, credibility, url)
            )
        damage: dict[int, list[DamageNote]] = {}
        for iid, kind, qty, severity, state, note in conn.execute(
            f"SELECT incident_id, object_kind, quantity, severity, state, note FROM damage_note "
            f"WHERE incident_id IN ({marks}) ORDER BY incident_id, position",
            chunk,
        ):
            damage.setdefault(iid, []).append(
                DamageNote(
                    kind,
                    qty,
                    _enum(DamageSeverity, severity, DamageSeverity.UNKNOWN),
                    _enum(DamageState, state, DamageState.NONE),
                    note,
                )
            )
        rows = {r[0]: r for r in conn.execute(_INCIDENTS_SQL.format(marks=marks), chunk)}
        for iid in chunk:
            r = rows.get(iid)
            if r is None:
                continue
            path, region = places.describe(r[5])
            out.append(
                BriefingIncident(
                    ref=incident_ref(iid),
                    title=r[1],
                    start_at=r[2],
                    end_at=r[3],
                    time_precision=_enum(TimePrecision, r[4], TimePrecision.EXACT),
                    place=path,
                    region=region,
                    locality=r[6],
                    latitude=r[7],
                    longitude=r[8],
                    geo_precision=_enum(GeoPrecision, r[9], GeoPrecision.NEAR),
                    category=r[10],
                    narrative=r[11],
                    injuries=r[12],
                    fatalities=r[13],
                    response=r[14],
                    status=_enum(Status, r[15], Status.REPORTED),
                    tags=tuple(tags.get(iid, ())),
                    damage=tuple(damage.get(iid, ())),
                    sources=tuple(cites.get(iid, ())),
                )
            )
    return out


COUNTS_BY_PERIOD = "count statements: all in the period; the search applies to incidents"


def _statement_ids(
    conn: sqlite3.Connection, query: str, start: str | None, end: str | None
) -> tuple[list[int], str]:
    """The count reports the briefing's search and period select, and a note when the search
    names fields count reports do not have (then every report in the period is taken)."""
    try:
        parse_count_query(query)
    except QuerySyntaxError:  # the incident search parsed, so an incident-only field
        return count_report_ids(conn, "", start=start, end=end), COUNTS_BY_PERIOD
    return count_report_ids(conn, query, start=start, end=end), ""


def _statements(
    conn: sqlite3.Connection,
    ids: Sequence[int],
    places: _Places,
    sources: dict[int, AnnexSource],
) -> list[CountStatement]:
    """The count reports ``ids``, in that order, with their lines."""
    reports = []
    for chunk in _chunks(ids):
        found = {
            row[0]: row
            for row in conn.execute(
                "SELECT id, source_id, issued_at, period_start, period_end, subject, outcome, "
                "stated_total, note, total_approximate FROM count_report "
                f"WHERE id IN ({_marks(chunk)})",
                chunk,
            )
        }
        reports += [found[rid] for rid in chunk if rid in found]
    lines: dict[int, list[RegionCount]] = {}
    for chunk in _chunks(ids):
        for rid, pid, count, note in conn.execute(
            f"SELECT report_id, place_id, count, note FROM count_line "
            f"WHERE report_id IN ({_marks(chunk)}) ORDER BY report_id, position",
            chunk,
        ):
            lines.setdefault(rid, []).append(RegionCount(places.name(pid), count, note))
    out = []
    for rid, sid, issued, p_start, p_end, subject, outcome, total, note, approx in reports:
        src = sources.get(sid) or AnnexSource(sid, f"source {sid}")
        out.append(
            CountStatement(
                ref=f"CR-{rid:06d}",
                source_id=sid,
                source_name=src.name,
                reliability=src.reliability,
                issued_at=issued,
                period_start=p_start,
                period_end=p_end,
                subject=subject,
                outcome=outcome,
                stated_total=total,
                lines=tuple(lines.get(rid, ())),
                note=note,
                total_approximate=bool(approx),
            )
        )
    return out


def briefing_data(
    db: Database,
    request: BriefingRequest,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Briefing:
    """The report model for ``request``, read in one snapshot of the database.

    Raises QuerySyntaxError for a malformed query, ValueError for an unreadable period or a
    title, marking or author longer than :data:`MAX_LABELS` allows.
    """
    check_labels(request)
    start, end = _period(request)
    query = _full_query(request.query, start, end)
    with db.read() as session:
        conn = raw_connection(session)
        compiled = compile_query(conn, query)
        ids = [
            r[0]
            for r in conn.execute(
                f"SELECT i.id FROM incident i WHERE {compiled.sql} ORDER BY i.start_at, i.id",
                compiled.params,
            )
        ]
        places = _Places(conn)
        sources = _sources(conn)
        incidents = _incidents(conn, ids, places, sources, cancelled)
        if (start is None or end is None) and incidents:
            start = start or min(i.start_at for i in incidents)
            end = end or max((i.end_at or i.start_at) for i in incidents)
        if (start and end) or request.query.strip():
            report_ids, counts_note = _statement_ids(conn, request.query, start, end)
        else:
            report_ids, counts_note = [], ""  # nothing selected, no period: no statements
        statements = _statements(conn, report_ids, places, sources)
    cited = {c.source_id for i in incidents for c in i.sources}
    cited |= {s.source_id for s in statements}
    notes = [*compiled.notes, *([counts_note] if counts_note else [])]
    scope = _scope(request, notes, *_period(request))
    return Briefing(
        title=request.title.strip() or "Incident briefing",
        generated_at=now_iso(),
        period_start=start,
        period_end=end,
        scope=scope,
        marking=request.marking.strip(),
        author=request.author.strip(),
        incidents=tuple(incidents),
        statements=tuple(statements),
        sources=tuple(sources[s] for s in sorted(cited) if s in sources),
        sections=request.sections,
        paper=request.paper,
    )


def _scope(
    request: BriefingRequest, notes: Sequence[str], start: str | None, end: str | None
) -> str:
    """The selection in words: the search, the period asked for, and the search's notes."""
    scope = request.query.strip() or "All incidents"
    if start or end:
        scope += ", " + fmt.period(start, end)
    if notes:
        scope += " (" + "; ".join(notes) + ")"
    return scope


def covered(db: Database, request: BriefingRequest) -> tuple[int, int]:
    """How many incidents and count statements a briefing of ``request`` would cover.

    The same selection as :func:`briefing_data`, counted without reading the records.
    """
    check_labels(request)
    start, end = _period(request)
    query = _full_query(request.query, start, end)
    with db.read() as session:
        conn = raw_connection(session)
        compiled = compile_query(conn, query)
        found, first, last = conn.execute(
            "SELECT count(*), min(i.start_at), max(coalesce(i.end_at, i.start_at)) "
            f"FROM incident i WHERE {compiled.sql}",
            compiled.params,
        ).fetchone()
        if (start is None or end is None) and found:
            start, end = start or first, end or last
        report_ids: list[int] = []
        if (start and end) or request.query.strip():
            report_ids, _ = _statement_ids(conn, request.query, start, end)
    return int(found), len(report_ids)


def write_briefing(
    db: Database,
    request: BriefingRequest,
    path: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BriefingResult:
    """Read the data and write the PDF atomically (whole file or none; see build_briefing)."""
    briefing = briefing_data(db, request, cancelled=cancelled)
    return build_briefing(briefing, path, progress=progress, cancelled=cancelled)
