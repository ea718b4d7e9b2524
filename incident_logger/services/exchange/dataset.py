"""Reading what an export needs in bulk, inside one read transaction (a consistent snapshot)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from incident_logger.domain.models import (
    CountReportDraft,
    IncidentDraft,
    PlaceDraft,
    SourceDraft,
)
from incident_logger.store import categories, history
from incident_logger.store.repositories import count_reports, incidents, places
from incident_logger.store.repositories import sources as source_repo
from incident_logger.store.repositories.incidents import Conn
from incident_logger.store.sql import wrap


@dataclass(frozen=True, slots=True)
class Record:
    """A stored record's bookkeeping times."""

    created_at: str
    updated_at: str
    deleted_at: str | None


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    id: int
    draft: PlaceDraft
    times: Record


@dataclass(frozen=True, slots=True)
class SourceRecord:
    id: int
    draft: SourceDraft
    times: Record


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    id: int
    draft: IncidentDraft
    times: Record


@dataclass(frozen=True, slots=True)
class CountReportRecord:
    id: int
    draft: CountReportDraft
    times: Record


@dataclass(frozen=True, slots=True)
class HistoryRecord:
    id: int
    at: str
    actor: str
    entity: str
    entity_id: int
    action: str
    changes: dict[str, Any]
    reason: str


@dataclass
class Gazetteer:
    """Every place, source and category, by id (small enough to hold in memory)."""

    places: dict[int, PlaceRecord] = field(default_factory=dict)
    sources: dict[int, SourceRecord] = field(default_factory=dict)
    categories: dict[int, str] = field(default_factory=dict)

    def chain(self, place_id: int | None) -> list[PlaceRecord]:
        """The place and every place above it, from the top (a country) down."""
        out: list[PlaceRecord] = []
        seen: set[int] = set()
        while place_id is not None and place_id in self.places and place_id not in seen:
            seen.add(place_id)
            record = self.places[place_id]
            out.append(record)
            place_id = record.draft.parent_id
        return out[::-1]

    def path(self, place_id: int | None) -> list[str]:
        return [p.draft.name for p in self.chain(place_id)]


def load_gazetteer(conn: Conn) -> Gazetteer:
    sql = wrap(conn)
    gaz = Gazetteer()
    aliases = places.aliases_by_place(sql)
    for row in places.iter_rows(sql):
        gaz.places[row[0]] = PlaceRecord(
            row[0],
            places.draft_from_row(row, aliases),
            Record(row[8], row[9], row[10]),
        )
    for stored in source_repo.iter_all(sql):
        s = stored.source
        times = Record(stored.created_at, stored.updated_at, s.deleted_at)
        gaz.sources[s.id] = SourceRecord(s.id, s.draft, times)
    gaz.categories = dict(categories.names(sql))
    return gaz


def iter_incidents(conn: Conn, ids: Sequence[int]) -> Iterator[IncidentRecord]:
    """Incidents with tags, sources and damage, in the order of ``ids``, a chunk at a time."""
    for found in incidents.iter_incidents(conn, ids):
        times = Record(found.created_at, found.updated_at, found.deleted_at)
        yield IncidentRecord(found.id, found.draft, times)


def all_incident_ids(conn: Conn) -> list[int]:
    return incidents.all_ids(conn)


def load_count_reports(conn: Conn) -> list[CountReportRecord]:
    return [
        CountReportRecord(r.id, r.draft, Record(r.created_at, r.updated_at, r.deleted_at))
        for r in count_reports.load_all(conn)
    ]


def load_history(conn: Conn) -> Iterator[HistoryRecord]:
    for row in history.iter_all(wrap(conn)):
        try:
            changes = json.loads(row[6])
        except ValueError:
            changes = {"unreadable": [None, row[6]]}
        yield HistoryRecord(row[0], row[1], row[2], row[3], row[4], row[5], changes, row[7])
