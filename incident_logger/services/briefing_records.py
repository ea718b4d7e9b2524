"""Reading a briefing's records: incidents, count statements, places and sources, in bulk.

Plain sqlite3 on the session's connection, a few queries per 500 ids, names resolved into the
plain strings the report model holds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from typing import TypeVar

from incident_logger.domain.fields import INCIDENT_FIELDS
from incident_logger.domain.messages import Message, msg
from incident_logger.domain.models import incident_ref
from incident_logger.domain.query import Node
from incident_logger.reports import (
    AnnexSource,
    BriefingCancelled,
    BriefingIncident,
    CountStatement,
    RegionCount,
    SourceCitation,
)
from incident_logger.services.counts import count_report_ids
from incident_logger.services.counts_query import parse_count_query
from incident_logger.services.search import QuerySyntaxError
from incident_logger.store.repositories import count_reports, incidents, places
from incident_logger.store.repositories import sources as source_repo
from incident_logger.store.sql import Sql, wrap

CHUNK = 500  # ids per IN (...) query; well under SQLite's parameter limit
E = TypeVar("E", bound=StrEnum)


def _enum(cls: type[E], value: str, default: E) -> E:
    try:
        return cls(value)
    except ValueError:
        return default  # a value an older or foreign import left behind prints as the default


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


class Places:
    """Paths and regions of places, computed once per place from one read of the table."""

    def __init__(self, conn: sqlite3.Connection | Sql) -> None:
        self.rows = {
            pid: (name, parent, kind) for pid, name, parent, kind in places.tree_rows(wrap(conn))
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


def read_sources(conn: sqlite3.Connection) -> dict[int, AnnexSource]:
    out = {}
    for stored in source_repo.iter_all(conn):
        s, d = stored.source, stored.source.draft
        out[s.id] = AnnexSource(s.id, d.name, d.kind, d.reliability, d.url, d.note)
    return out


# The registry's fields a printed incident holds as the draft has them (the place is a path
# and the sources are citations, filled in below).
_AS_STORED = tuple(
    f.name
    for f in INCIDENT_FIELDS
    if f.name in BriefingIncident.__dataclass_fields__ and f.name != "sources"
)


def read_incidents(
    conn: sqlite3.Connection,
    ids: Sequence[int],
    places: Places,
    sources: dict[int, AnnexSource],
    cancelled: Callable[[], bool] | None,
) -> list[BriefingIncident]:
    out: list[BriefingIncident] = []
    for chunk in _chunks(ids):
        if cancelled is not None and cancelled():
            raise BriefingCancelled("briefing cancelled")
        for found in incidents.iter_incidents(conn, chunk):
            d = found.draft
            path, region = places.describe(d.place_id)
            cites = []
            for link in d.sources:
                src = sources.get(link.source_id) or AnnexSource(
                    link.source_id, f"source {link.source_id}"
                )
                cites.append(
                    SourceCitation(
                        link.source_id,
                        src.name,
                        src.reliability,
                        link.credibility,
                        link.url,
                        link.note,
                    )
                )
            out.append(
                BriefingIncident(
                    ref=incident_ref(found.id),
                    place=path,
                    region=region,
                    sources=tuple(cites),
                    **{name: getattr(d, name) for name in _AS_STORED},
                )
            )
    return out


COUNTS_BY_PERIOD = msg("counts_by_period")


def statement_ids(
    conn: sqlite3.Connection, query: Node | None, start: str | None, end: str | None
) -> tuple[list[int], Message | None]:
    """The count reports the briefing's search and period select, and a note when the search
    names fields count reports do not have (then every report in the period is taken)."""
    try:
        parse_count_query(query)
    except QuerySyntaxError:  # the incident search parsed, so an incident-only field
        return count_report_ids(conn, None, start=start, end=end), COUNTS_BY_PERIOD
    return count_report_ids(conn, query, start=start, end=end), None


def read_statements(
    conn: sqlite3.Connection,
    ids: Sequence[int],
    places: Places,
    sources: dict[int, AnnexSource],
) -> list[CountStatement]:
    """The count reports ``ids``, in that order, with their lines."""
    out = []
    for report in count_reports.by_ids(conn, ids):
        d = report.draft
        src = sources.get(d.source_id) or AnnexSource(d.source_id, f"source {d.source_id}")
        out.append(
            CountStatement(
                ref=f"CR-{report.id:06d}",
                source_id=d.source_id,
                source_name=src.name,
                reliability=src.reliability,
                issued_at=d.issued_at,
                period_start=d.period_start,
                period_end=d.period_end,
                subject=d.subject,
                outcome=d.outcome,
                stated_total=d.stated_total,
                lines=tuple(
                    RegionCount(places.name(ln.place_id), ln.count, ln.note) for ln in d.lines
                ),
                note=d.note,
                total_approximate=bool(d.total_approximate),
            )
        )
    return out
