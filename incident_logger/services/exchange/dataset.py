"""Reading what an export needs in bulk, inside one read transaction (a consistent snapshot)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    GeoPrecision,
    Reliability,
    SourceKind,
    Status,
    TimePrecision,
)
from incident_logger.domain.models import (
    CountLine,
    CountReportDraft,
    DamageNote,
    IncidentDraft,
    PlaceDraft,
    SourceDraft,
    SourceLink,
)
from incident_logger.services.places import place_aliases, place_draft_from_row

CHUNK = 500


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


def load_gazetteer(conn: sqlite3.Connection) -> Gazetteer:
    gaz = Gazetteer()
    aliases = place_aliases(conn)
    for row in conn.execute(
        "SELECT id, name, kind, parent_id, country_code, iso_code, latitude, longitude, "
        "created_at, updated_at, deleted_at FROM place ORDER BY id"
    ):
        gaz.places[row[0]] = PlaceRecord(
            row[0],
            place_draft_from_row(row, aliases),
            Record(row[8], row[9], row[10]),
        )
    for row in conn.execute(
        "SELECT id, name, kind, reliability, url, note, created_at, updated_at, deleted_at "
        "FROM source ORDER BY id"
    ):
        gaz.sources[row[0]] = SourceRecord(
            row[0],
            SourceDraft(row[1], SourceKind(row[2]), Reliability(row[3]), row[4], row[5]),
            Record(row[6], row[7], row[8]),
        )
    gaz.categories = dict(conn.execute("SELECT id, name FROM category ORDER BY name_key, id"))
    return gaz


_INCIDENTS = (
    "SELECT i.id, i.title, i.start_at, i.end_at, i.time_precision, i.place_id, i.locality, "
    "i.latitude, i.longitude, i.geo_precision, c.name, i.narrative, i.injuries, i.fatalities, "
    "i.response, i.status, i.external_id, i.external_type, i.created_at, i.updated_at, "
    "i.deleted_at FROM incident i JOIN category c ON c.id = i.category_id WHERE i.id IN ({})"
)


def _grouped(conn: sqlite3.Connection, sql: str, ids: Sequence[int]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for row in conn.execute(sql.format(",".join("?" * len(ids))), ids):
        out.setdefault(row[0], []).append(row[1:])
    return out


def iter_incidents(conn: sqlite3.Connection, ids: Sequence[int]) -> Iterator[IncidentRecord]:
    """Incidents with tags, sources and damage, in the order of ``ids``, a chunk at a time."""
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = {r[0]: r for r in conn.execute(_INCIDENTS.format(marks), chunk)}
        tags = _grouped(
            conn,
            "SELECT incident_id, tag FROM incident_tag WHERE incident_id IN ({}) "
            "ORDER BY incident_id, tag_key",
            chunk,
        )
        links = _grouped(
            conn,
            "SELECT incident_id, source_id, credibility, url, note FROM incident_source "
            "WHERE incident_id IN ({}) ORDER BY incident_id, position, id",
            chunk,
        )
        damage = _grouped(
            conn,
            "SELECT incident_id, object_kind, quantity, severity, state, note FROM damage_note "
            "WHERE incident_id IN ({}) ORDER BY incident_id, position, id",
            chunk,
        )
        for incident_id in chunk:
            r = rows.get(incident_id)
            if r is None:
                continue
            draft = IncidentDraft(
                title=r[1],
                start_at=r[2],
                end_at=r[3],
                time_precision=TimePrecision(r[4]),
                place_id=r[5],
                locality=r[6],
                latitude=r[7],
                longitude=r[8],
                geo_precision=GeoPrecision(r[9]),
                category=r[10],
                narrative=r[11],
                injuries=r[12],
                fatalities=r[13],
                response=r[14],
                status=Status(r[15]),
                tags=tuple(t[0] for t in tags.get(incident_id, ())),
                sources=tuple(SourceLink(*link) for link in links.get(incident_id, ())),
                damage=tuple(
                    DamageNote(k, q, DamageSeverity(s), DamageState(st), n)
                    for k, q, s, st, n in damage.get(incident_id, ())
                ),
                external_id=r[16],
                external_type=r[17],
            )
            yield IncidentRecord(incident_id, draft, Record(r[18], r[19], r[20]))


def all_incident_ids(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM incident ORDER BY id")]


def load_count_reports(conn: sqlite3.Connection) -> list[CountReportRecord]:
    lines: dict[int, list[CountLine]] = {}
    for report_id, place_id, count, note, approximate in conn.execute(
        "SELECT report_id, place_id, count, note, approximate FROM count_line "
        "ORDER BY report_id, position, id"
    ):
        lines.setdefault(report_id, []).append(CountLine(place_id, count, note, bool(approximate)))
    out = []
    for row in conn.execute(
        "SELECT id, source_id, issued_at, period_start, period_end, subject, outcome, "
        "stated_total, note, created_at, updated_at, deleted_at, total_approximate "
        "FROM count_report ORDER BY id"
    ):
        draft = CountReportDraft(
            source_id=row[1],
            issued_at=row[2],
            period_start=row[3],
            period_end=row[4],
            subject=row[5],
            outcome=row[6],
            stated_total=row[7],
            note=row[8],
            lines=tuple(lines.get(row[0], ())),
            total_approximate=bool(row[12]),
        )
        out.append(CountReportRecord(row[0], draft, Record(row[9], row[10], row[11])))
    return out


def load_history(conn: sqlite3.Connection) -> Iterator[HistoryRecord]:
    for row in conn.execute(
        "SELECT id, at, actor, entity, entity_id, action, changes, reason FROM history ORDER BY id"
    ):
        try:
            changes = json.loads(row[6])
        except ValueError:
            changes = {"unreadable": [None, row[6]]}
        yield HistoryRecord(row[0], row[1], row[2], row[3], row[4], row[5], changes, row[7])
