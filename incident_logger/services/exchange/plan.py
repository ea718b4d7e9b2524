"""Matching what a file holds against the database: existing or new places, sources and
categories, validated incidents with their future ids, refused rows and duplicates.

Planning only reads. It runs inside the import's write transaction (so the ids it hands
out stay free) or inside a read transaction for a preview.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from incident_logger.domain.models import CountLine, IncidentDraft, SourceLink
from incident_logger.domain.text import fold
from incident_logger.domain.timefmt import normalise_when
from incident_logger.domain.validation import (
    count_report_errors,
    incident_errors,
    place_errors,
    source_errors,
)
from incident_logger.services.exchange.folding import fold_short
from incident_logger.services.exchange.json_format import ENTITY_PREFIX, ID_FIELDS
from incident_logger.services.exchange.problems import Problem
from incident_logger.services.exchange.records import (
    CountReportSpec,
    HistorySpec,
    IncidentSpec,
    ParsedFile,
    PlaceSpec,
    SourceSpec,
    Stamps,
)

_INDEXED_FIELD = re.compile(r"^([a-z_]+)(\[\d+\])?(.*)$")


@dataclass(slots=True)
class NewPlace:
    id: int
    spec: PlaceSpec
    parent_id: int | None


@dataclass(slots=True)
class NewSource:
    id: int
    spec: SourceSpec


@dataclass(slots=True)
class ReadyIncident:
    id: int
    spec: IncidentSpec
    draft: IncidentDraft  # normalised, with database ids


@dataclass(slots=True)
class ReadyReport:
    id: int
    spec: CountReportSpec
    draft: Any  # CountReportDraft, normalised, with database ids


@dataclass
class Plan:
    parsed: ParsedFile
    places: list[NewPlace] = field(default_factory=list)
    sources: list[NewSource] = field(default_factory=list)
    categories: list[tuple[int, str]] = field(default_factory=list)  # new: (id, name)
    incidents: list[ReadyIncident] = field(default_factory=list)
    reports: list[ReadyReport] = field(default_factory=list)
    history: list[tuple[HistorySpec, int, dict[str, Any]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    refused: int = 0
    source_names: dict[int, str] = field(default_factory=dict)
    reliability: dict[int, str] = field(default_factory=dict)
    place_ids: dict[str, int] = field(default_factory=dict)
    source_ids: dict[str, int] = field(default_factory=dict)


class Existing:
    """What the database already holds, read once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.live_places: set[int] = set()
        self.place_by_name: dict[tuple[int | None, str], int] = {}
        for pid, parent, key in conn.execute(
            "SELECT id, parent_id, name_key FROM place WHERE deleted_at IS NULL ORDER BY id DESC"
        ):
            self.live_places.add(pid)
            self.place_by_name[(parent, key)] = pid
        for pid, parent, key in conn.execute(
            "SELECT p.id, p.parent_id, a.alias_key FROM place_alias a JOIN place p "
            "ON p.id = a.place_id WHERE p.deleted_at IS NULL ORDER BY p.id DESC"
        ):
            self.place_by_name.setdefault((parent, key), pid)
        self.live_sources: set[int] = set()
        self.source_by_name: dict[str, int] = {}
        self.source_names: dict[int, str] = {}
        self.reliability: dict[int, str] = {}
        for sid, name, key, grade, deleted in conn.execute(
            "SELECT id, name, name_key, reliability, deleted_at FROM source ORDER BY id DESC"
        ):
            self.source_names[sid], self.reliability[sid] = name, grade
            if deleted is None:
                self.live_sources.add(sid)
                self.source_by_name[key] = sid
        self.categories = {k for (k,) in conn.execute("SELECT name_key FROM category")}
        self.next_id = {
            table: conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
            for table in ("place", "source", "incident", "count_report", "category")
        }
        self.has_incidents = conn.execute("SELECT 1 FROM incident LIMIT 1").fetchone() is not None
        self.has_reports = conn.execute("SELECT 1 FROM count_report LIMIT 1").fetchone() is not None


def _stamp_problems(parsed: ParsedFile, line: int, stamps: Stamps) -> list[Problem]:
    out = []
    for name in ("created_at", "updated_at", "deleted_at"):
        value = getattr(stamps, name)
        if value is not None:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                out.append(parsed.problem(line, name, f"'{value}' is not a date and time"))
    return out


def _ordered_places(parsed: ParsedFile, problems: list[Problem]) -> list[PlaceSpec]:
    """Parents before children; places whose parent is missing or loops are reported."""
    ordered: list[PlaceSpec] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done, 3 refused

    def visit(spec: PlaceSpec) -> bool:
        if state.get(spec.key) in (2, 3):
            return state[spec.key] == 2
        if state.get(spec.key) == 1:
            problems.append(parsed.problem(spec.line, "parent", "places are inside each other"))
            state[spec.key] = 3
            return False
        state[spec.key] = 1
        parent = parsed.places.get(spec.parent) if spec.parent else None
        if spec.parent and parent is None:
            problems.append(
                parsed.problem(spec.line, "parent", f"'{spec.parent}' is not a place in the file")
            )
            state[spec.key] = 3
            return False
        if parent is not None and not visit(parent):
            state[spec.key] = 3
            return False
        state[spec.key] = 2
        ordered.append(spec)
        return True

    for spec in parsed.places.values():
        visit(spec)
    return ordered


def file_field(parsed: ParsedFile, name: str) -> str:
    """The file's name for a draft field (``sources[2]`` becomes ``source`` for ACLED)."""
    if not parsed.field_names:
        return name
    match = _INDEXED_FIELD.match(name)
    base = match.group(1) if match else name
    return parsed.field_names.get(base, name)


def plan_import(conn: sqlite3.Connection, parsed: ParsedFile) -> Plan:
    plan = Plan(parsed, problems=list(parsed.problems))
    db = Existing(conn)
    plan.source_names, plan.reliability = dict(db.source_names), dict(db.reliability)
    new_places: set[int] = set()
    for spec in _ordered_places(parsed, plan.problems):
        found = [parsed.problem(spec.line, e.field, e.message) for e in place_errors(spec.draft)]
        found += _stamp_problems(parsed, spec.line, spec.stamps)
        if spec.parent is not None and spec.parent not in plan.place_ids:
            continue  # its parent was refused (and reported)
        if found:
            plan.problems.extend(found)
            continue
        parent_id = plan.place_ids.get(spec.parent) if spec.parent else None
        existing = None
        if spec.matchable and (parent_id is None or parent_id not in new_places):
            existing = db.place_by_name.get((parent_id, fold(spec.draft.name)))
        if existing is not None:
            plan.place_ids[spec.key] = existing
            continue
        pid = db.next_id["place"] + len(plan.places)
        plan.places.append(NewPlace(pid, spec, parent_id))
        plan.place_ids[spec.key] = pid
        new_places.add(pid)
    for sspec in parsed.sources.values():
        found = [parsed.problem(sspec.line, e.field, e.message) for e in source_errors(sspec.draft)]
        found += _stamp_problems(parsed, sspec.line, sspec.stamps)
        if found:
            plan.problems.extend(found)
            continue
        existing = db.source_by_name.get(fold(sspec.draft.name)) if sspec.matchable else None
        if existing is not None:
            plan.source_ids[sspec.key] = existing
            continue
        sid = db.next_id["source"] + len(plan.sources)
        plan.sources.append(NewSource(sid, sspec))
        plan.source_ids[sspec.key] = sid
        plan.source_names[sid] = sspec.draft.name.strip()
        plan.reliability[sid] = str(sspec.draft.reliability).upper()
    _plan_incidents(plan, db, conn, new_places)
    _plan_reports(plan, db, conn)
    _plan_categories(plan, db)
    if not parsed.keep_unused:
        _prune(plan)
    _plan_history(plan)
    return plan


def _plan_incidents(plan: Plan, db: Existing, conn: sqlite3.Connection, new: set[int]) -> None:
    parsed = plan.parsed
    new_sources = {s.id for s in plan.sources}

    def place_known(pid: int) -> bool:
        return pid in db.live_places or pid in new

    def source_known(sid: int) -> bool:
        return sid in db.live_sources or sid in new_sources

    next_id = db.next_id["incident"]
    for spec in parsed.incidents:
        problems = list(spec.problems)
        place_id = None
        if spec.place is not None:
            place_id = plan.place_ids.get(spec.place)
            if place_id is None:
                problems.append(
                    parsed.problem(
                        spec.line, file_field(parsed, "place"), f"unknown place '{spec.place}'"
                    )
                )
        links = []
        for n, link in enumerate(spec.links, 1):
            sid = plan.source_ids.get(link.source)
            if sid is None:
                problems.append(
                    parsed.problem(
                        spec.line,
                        file_field(parsed, f"sources[{n}]"),
                        f"unknown source '{link.source}'",
                    )
                )
            else:
                links.append(SourceLink(sid, link.credibility, link.url, link.note))
        problems += _stamp_problems(parsed, spec.line, spec.stamps)
        if not problems:
            draft = with_ids(spec.draft, place_id, tuple(links))
            problems = [
                parsed.problem(spec.line, file_field(parsed, e.field), e.message)
                for e in incident_errors(draft, place_known, source_known)
            ]
        if problems:
            plan.problems.extend(problems)
            plan.refused += 1
            continue
        draft = stored_form(draft)
        if db.has_incidents and _already_there(conn, draft, spec, plan):
            continue
        plan.incidents.append(ReadyIncident(next_id, spec, draft))
        next_id += 1


def with_ids(
    d: IncidentDraft, place_id: int | None, sources: tuple[SourceLink, ...]
) -> IncidentDraft:
    """``replace(d, place_id=..., sources=...)``, several times faster (imports call it a lot)."""
    return IncidentDraft(
        d.title,
        d.start_at,
        d.end_at,
        d.time_precision,
        place_id,
        d.locality,
        d.latitude,
        d.longitude,
        d.geo_precision,
        d.category,
        d.narrative,
        d.injuries,
        d.fatalities,
        d.response,
        d.status,
        d.tags,
        sources,
        d.damage,
        d.external_id,
        d.external_type,
    )


# A time already in the stored form 'YYYY-MM-DDTHH:MM' (years 1000 to 9999).
_STORED_WHEN = re.compile(
    r"[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d"
)
_TAG_KEYS: dict[str, str] = {}


def stored_when(text: str) -> str:
    """``normalise_when`` of a time that passed validation, without parsing one that is
    already in the stored form (exports always are; parsing is a tenth of a row's cost)."""
    return text if _STORED_WHEN.fullmatch(text) else normalise_when(text)


def _tag_key(tag: str) -> str:
    found = _TAG_KEYS.get(tag)
    if found is None:
        if len(_TAG_KEYS) > 50_000:
            _TAG_KEYS.clear()
        found = _TAG_KEYS[tag] = fold(tag)
    return found


def stored_parts(
    d: IncidentDraft,
) -> tuple[str, str, str | None, str, str, tuple[str, ...]]:
    """The fields ``stored_form`` changes: (title, start_at, end_at, locality, category,
    tags), for a draft that passed validation."""
    tags: dict[str, str] = {}
    for tag in d.tags:
        if tag.strip():
            clean = " ".join(tag.split())
            tags.setdefault(_tag_key(clean), clean)
    end = d.end_at
    return (
        " ".join(d.title.split()),
        stored_when(d.start_at),
        stored_when(end) if end and end.strip() else None,
        d.locality.strip(),
        " ".join(d.category.split()),
        tuple(tags.values()),
    )


def stored_form(d: IncidentDraft) -> IncidentDraft:
    """``services.incidents.normalised`` in one step, and one tag per folded spelling
    ("Night" and "night" are one tag in the database), for a draft that passed validation."""
    title, start_at, end_at, locality, category, tags = stored_parts(d)
    return IncidentDraft(
        title,
        start_at,
        end_at,
        d.time_precision,
        d.place_id,
        locality,
        d.latitude,
        d.longitude,
        d.geo_precision,
        category,
        d.narrative,
        d.injuries,
        d.fatalities,
        d.response,
        d.status,
        tags,
        d.sources,
        d.damage,
        d.external_id,
        d.external_type,
    )


def _already_there(
    conn: sqlite3.Connection, draft: IncidentDraft, spec: IncidentSpec, plan: Plan
) -> bool:
    if draft.external_id:
        row = conn.execute(
            "SELECT id FROM incident WHERE external_id = ? AND external_id != ''",
            (draft.external_id,),
        ).fetchone()
        why = f"event {draft.external_id} is already in the database"
    else:
        sql = "SELECT id FROM incident WHERE start_at = ? AND title = ? AND place_id "
        sql += "IS NULL" if draft.place_id is None else "= ?"
        params: tuple[Any, ...] = (draft.start_at, draft.title)
        if draft.place_id is not None:
            params += (draft.place_id,)
        row = conn.execute(sql, params).fetchone()
        why = "an incident with the same title, time and place is already in the database"
    if row is None:
        return False
    plan.duplicates.append(plan.parsed.problem(spec.line, "", f"{why} (INC-{row[0]:06d}); skipped"))
    return True


def _plan_reports(plan: Plan, db: Existing, conn: sqlite3.Connection) -> None:
    parsed = plan.parsed
    known_places = db.live_places | {p.id for p in plan.places}
    known_sources = db.live_sources | {s.id for s in plan.sources}
    next_id = db.next_id["count_report"]
    for spec in parsed.count_reports:
        problems = list(spec.problems)
        sid = plan.source_ids.get(spec.source)
        if sid is None:
            problems.append(parsed.problem(spec.line, "source", f"unknown source '{spec.source}'"))
        lines = []
        for n, line in enumerate(spec.lines, 1):
            pid = plan.place_ids.get(line.place)
            if pid is None:
                problems.append(
                    parsed.problem(spec.line, f"lines[{n}].place", f"unknown place '{line.place}'")
                )
            else:
                lines.append(CountLine(pid, line.count, line.note))
        if not problems and sid is not None:
            draft = replace(spec.draft, source_id=sid, lines=tuple(lines))
            problems = [
                parsed.problem(spec.line, e.field, e.message)
                for e in count_report_errors(
                    draft, known_places.__contains__, known_sources.__contains__
                )
            ]
        if problems:
            plan.problems.extend(problems)
            plan.refused += 1
            continue
        draft = replace(
            draft,
            issued_at=normalise_when(draft.issued_at),
            period_start=normalise_when(draft.period_start),
            period_end=normalise_when(draft.period_end),
            subject=" ".join(draft.subject.split()),
            outcome=" ".join(draft.outcome.split()),
        )
        if (
            db.has_reports
            and conn.execute(
                "SELECT 1 FROM count_report WHERE source_id = ? AND issued_at = ? "
                "AND period_start = ? AND period_end = ? AND subject = ? AND outcome = ?",
                (
                    sid,
                    draft.issued_at,
                    draft.period_start,
                    draft.period_end,
                    draft.subject,
                    draft.outcome,
                ),
            ).fetchone()
        ):
            plan.duplicates.append(
                parsed.problem(spec.line, "count report", "already in the database; skipped")
            )
            continue
        plan.reports.append(ReadyReport(next_id, spec, draft))
        next_id += 1


def _plan_categories(plan: Plan, db: Existing) -> None:
    wanted = list(plan.parsed.categories) + [r.draft.category for r in plan.incidents]
    seen = set(db.categories)
    for name in wanted:
        key = fold_short(name)
        if key and key not in seen:
            seen.add(key)
            plan.categories.append(
                (db.next_id["category"] + len(plan.categories), " ".join(name.split()))
            )


def _prune(plan: Plan) -> None:
    """Leave out new places and sources that no incident that will be written uses."""
    parents = {p.id: p.parent_id for p in plan.places}
    used_places: set[int] = set()
    for ready in plan.incidents:
        pid = ready.draft.place_id
        while pid is not None and pid in parents and pid not in used_places:
            used_places.add(pid)
            pid = parents[pid]
    used_sources = {s.source_id for r in plan.incidents for s in r.draft.sources}
    plan.places = [p for p in plan.places if p.id in used_places]
    plan.sources = [s for s in plan.sources if s.id in used_sources]


def _plan_history(plan: Plan) -> None:
    """The document's own history, for the records this import creates."""
    if plan.parsed.history is None:
        return
    created: dict[str, int] = {}
    created.update({p.spec.key: p.id for p in plan.places})
    created.update({s.spec.key: s.id for s in plan.sources})
    created.update({r.spec.key: r.id for r in plan.incidents if r.spec.key})
    created.update({r.spec.key: r.id for r in plan.reports if r.spec.key})
    ids = {**plan.place_ids, **plan.source_ids}

    def back(value: Any, kind: str | None = None) -> Any:
        if isinstance(value, str) and kind is not None:
            return ids.get(value, value)
        if isinstance(value, list):
            return [back(v, kind) for v in value]
        if isinstance(value, dict):
            return {k: back(v, ID_FIELDS.get(k)) for k, v in value.items()}
        return value

    new_categories = {fold(name): cid for cid, name in plan.categories}
    for key, name in plan.parsed.category_keys.items():
        if fold(name) in new_categories:
            created[key] = new_categories[fold(name)]
    for spec in plan.parsed.history:
        prefix = ENTITY_PREFIX.get(spec.entity)
        if prefix is None or not spec.record.startswith(prefix):
            continue
        entity_id = created.get(spec.record)
        if entity_id is not None:
            plan.history.append((spec, entity_id, back(spec.changes)))
