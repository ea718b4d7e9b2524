"""Incidents behind a source or a place, newest first, for the Sources and Places pages."""

from __future__ import annotations

from dataclasses import dataclass, field

from incident_logger.services.search import IncidentSummary, summaries
from incident_logger.store.engine import Database

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
    with db.raw() as conn:
        total = conn.execute(
            "SELECT count(DISTINCT l.incident_id) FROM incident_source l "
            "JOIN incident i ON i.id = l.incident_id "
            "WHERE l.source_id = ? AND i.deleted_at IS NULL",
            (source_id,),
        ).fetchone()[0]
        found = conn.execute(
            "SELECT i.id, s.reliability || min(l.credibility) FROM incident_source l "
            "JOIN incident i ON i.id = l.incident_id JOIN source s ON s.id = l.source_id "
            "WHERE l.source_id = ? AND i.deleted_at IS NULL GROUP BY i.id "
            "ORDER BY i.start_at DESC, i.id DESC LIMIT ?",
            (source_id, limit),
        ).fetchall()
        rows = summaries(conn, [r[0] for r in found])
    return IncidentList(rows, int(total), {r[0]: r[1] for r in found})


_DOWN = (
    "WITH RECURSIVE down(id, depth) AS (SELECT ?, 0 UNION SELECT p.id, down.depth + 1 "
    "FROM place p JOIN down ON p.parent_id = down.id WHERE down.depth < 20) "
)
_IN_PLACE = "i.place_id IN (SELECT id FROM down) AND i.deleted_at IS NULL"


def incidents_in_place(db: Database, place_id: int, *, limit: int = DEFAULT_LIMIT) -> IncidentList:
    """Live incidents located in the place or anywhere inside it."""
    with db.raw() as conn:
        total = conn.execute(
            f"{_DOWN}SELECT count(*) FROM incident i WHERE {_IN_PLACE}", (place_id,)
        ).fetchone()[0]
        found = conn.execute(
            f"{_DOWN}SELECT i.id FROM incident i WHERE {_IN_PLACE} "
            "ORDER BY i.start_at DESC, i.id DESC LIMIT ?",
            (place_id, limit),
        ).fetchall()
        rows = summaries(conn, [r[0] for r in found])
    return IncidentList(rows, int(total))
