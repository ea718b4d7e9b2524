"""Incidents behind a source or a place, newest first, for the Sources and Places pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from incident_logger.services.search import IncidentSummary, summaries
from incident_logger.store.engine import Database
from incident_logger.store.repositories import incidents

DEFAULT_LIMIT = 200


@dataclass(frozen=True, slots=True)
class IncidentList:
    """The newest ``rows`` of ``total`` matching live incidents."""

    rows: list[IncidentSummary]
    total: int
    grades: dict[int, str] = field(default_factory=dict)  # incident id -> this source's grade


def incidents_citing_source(
    db: Database, source_id: int, *, limit: int = DEFAULT_LIMIT
) -> IncidentList:
    """Live incidents that cite the source, with the grade of its claim (e.g. 'B2')."""
    with db.read_sql() as sql:
        total = incidents.count_citing(sql, source_id)
        found = incidents.newest_citing(sql, source_id, limit)
        rows = summaries(sql.dbapi, [incident_id for incident_id, _ in found])
    return IncidentList(rows, total, dict(found))


def incidents_in_place(db: Database, place_id: int, *, limit: int = DEFAULT_LIMIT) -> IncidentList:
    """Live incidents located in the place or anywhere inside it."""
    with db.read_sql() as sql:
        total = incidents.count_in_place(sql, place_id)
        rows = summaries(sql.dbapi, incidents.newest_in_place(sql, place_id, limit))
    return IncidentList(rows, total)
