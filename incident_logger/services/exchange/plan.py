"""Matching what a file holds against the database: existing or new places, sources,
categories and count reports, refused records and duplicates (incidents: ``stream``).

Planning only reads. It runs inside the import's write transaction (so the ids it hands
out stay free) or inside a read transaction for a preview.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from operator import attrgetter
from typing import Any

from incident_logger.domain.messages import msg
from incident_logger.domain.models import CountLine, IncidentDraft, SourceLink
from incident_logger.domain.text import fold
from incident_logger.domain.timefmt import normalise_when
from incident_logger.domain.validation import (
    count_report_errors,
    place_errors,
    source_errors,
)
from incident_logger.services.exchange.folding import fold_short
from incident_logger.services.exchange.json_format import ENTITY_PREFIX, ID_FIELDS
from incident_logger.services.exchange.problems import Problem
from incident_logger.services.exchange.records import (
    CountReportSpec,
    HistorySpec,
    ParsedFile,
    PlaceSpec,
    SourceSpec,
    Stamps,
)
from incident_logger.services.place_import import match_known_place
from incident_logger.store import bulk, categories
from incident_logger.store.repositories import count_reports, places
from incident_logger.store.repositories import sources as source_repo
from incident_logger.store.sql import Sql, wrap

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
    reports: list[ReadyReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    refused: int = 0
    spellings: list[tuple[int, str]] = field(default_factory=list)  # new aliases of known places
    source_names: dict[int, str] = field(default_factory=dict)
    reliability: dict[int, str] = field(default_factory=dict)
    place_ids: dict[str, int] = field(default_factory=dict)
    source_ids: dict[str, int] = field(default_factory=dict)


class Existing:
    """What the database already holds, read once."""

    def __init__(self, conn: sqlite3.Connection | Sql) -> None:
        sql = wrap(conn)
        self.live_places: set[int] = set()
        self.place_by_name: dict[tuple[int | None, str], int] = {}
        for pid, parent, key in places.live_names(sql):
            self.live_places.add(pid)
            self.place_by_name[(parent, key)] = pid
        for pid, parent, key in places.live_aliases(sql):
            self.place_by_name.setdefault((parent, key), pid)
        self.live_sources: set[int] = set()
        self.source_by_name: dict[str, int] = {}
        self.source_names: dict[int, str] = {}
        self.reliability: dict[int, str] = {}
        for sid, name, key, grade, deleted in source_repo.names_newest_first(sql):
            self.source_names[sid], self.reliability[sid] = name, grade
            if deleted is None:
                self.live_sources.add(sid)
                self.source_by_name[key] = sid
        self.categories = categories.keys(sql)
        self.next_id = bulk.next_ids(
            sql, ("place", "source", "incident", "count_report", "category")
        )
        self.has_incidents, self.has_reports = bulk.has_rows(sql, ("incident", "count_report"))

    def find_place(self, parent_id: int | None, name: str) -> int | None:
        """The live place called ``name`` (or with that alias) under ``parent_id``.

        Every import matches place names here, so a richer lookup (a built-in gazetteer)
        changes this one method.
        """
        return self.place_by_name.get((parent_id, fold(name)))


def _stamp_problems(parsed: ParsedFile, line: int, stamps: Stamps) -> list[Problem]:
    out = []
    for name in ("created_at", "updated_at", "deleted_at"):
        value = getattr(stamps, name)
        if value is not None:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                out.append(parsed.problem(line, name, msg("not_date_time", value=value)))
    return out


def _ordered_places(parsed: ParsedFile, problems: list[Problem]) -> list[PlaceSpec]:
    """Parents before children; places whose parent is missing or loops are reported."""
    ordered: list[PlaceSpec] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done, 3 refused

    def visit(spec: PlaceSpec) -> bool:
        if state.get(spec.key) in (2, 3):
            return state[spec.key] == 2
        if state.get(spec.key) == 1:
            problems.append(parsed.problem(spec.line, "parent", msg("places_loop")))
            state[spec.key] = 3
            return False
        state[spec.key] = 1
        parent = parsed.places.get(spec.parent) if spec.parent else None
        if spec.parent and parent is None:
            problems.append(
                parsed.problem(spec.line, "parent", msg("parent_not_in_file", name=spec.parent))
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


def plan_head(conn: sqlite3.Connection | Sql, parsed: ParsedFile) -> tuple[Plan, Existing]:
    """Plan the places, sources and categories a JSON document lists (all are kept, used
    or not); incidents and count reports are matched against the plan as they are read."""
    plan = Plan(parsed, problems=list(parsed.problems))
    db = Existing(conn)
    plan.source_names, plan.reliability = dict(db.source_names), dict(db.reliability)
    new_places: set[int] = set()
    for spec in _ordered_places(parsed, plan.problems):
        found = [parsed.problem(spec.line, e.field, e.msg) for e in place_errors(spec.draft)]
        found += _stamp_problems(parsed, spec.line, spec.stamps)
        if spec.parent is not None and spec.parent not in plan.place_ids:
            continue  # its parent was refused (and reported)
        if found:
            plan.problems.extend(found)
            continue
        parent_id = plan.place_ids.get(spec.parent) if spec.parent else None
        existing = None
        if spec.matchable and (parent_id is None or parent_id not in new_places):
            existing = db.find_place(parent_id, spec.draft.name)
            if existing is None and (existing := match_known_place(conn, spec.draft, parent_id)):
                plan.spellings.append((existing, spec.draft.name))
        if existing is not None:
            plan.place_ids[spec.key] = existing
            continue
        pid = db.next_id["place"] + len(plan.places)
        plan.places.append(NewPlace(pid, spec, parent_id))
        plan.place_ids[spec.key] = pid
        new_places.add(pid)
    for sspec in parsed.sources.values():
        found = [parsed.problem(sspec.line, e.field, e.msg) for e in source_errors(sspec.draft)]
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
    _plan_categories(plan, db)
    return plan, db


# Every attribute of a draft, in the order its constructor takes them.
_DRAFT_NAMES = tuple(f.name for f in fields(IncidentDraft))
_DRAFT_VALUES = attrgetter(*_DRAFT_NAMES)
_PLACE_ID_AT, _SOURCES_AT = _DRAFT_NAMES.index("place_id"), _DRAFT_NAMES.index("sources")


def with_ids(
    d: IncidentDraft, place_id: int | None, sources: tuple[SourceLink, ...]
) -> IncidentDraft:
    """``replace(d, place_id=..., sources=...)``, several times faster (imports call it a lot)."""
    values = list(_DRAFT_VALUES(d))
    values[_PLACE_ID_AT] = place_id
    values[_SOURCES_AT] = sources
    return IncidentDraft(*values)


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


def plan_reports(plan: Plan, db: Existing, conn: sqlite3.Connection | Sql) -> None:
    parsed = plan.parsed
    known_places = db.live_places | {p.id for p in plan.places}
    known_sources = db.live_sources | {s.id for s in plan.sources}
    next_id = db.next_id["count_report"]
    for spec in parsed.count_reports:
        problems = list(spec.problems)
        sid = plan.source_ids.get(spec.source)
        if sid is None:
            problems.append(
                parsed.problem(spec.line, "source", msg("unknown_source_named", name=spec.source))
            )
        lines = []
        for n, line in enumerate(spec.lines, 1):
            pid = plan.place_ids.get(line.place)
            if pid is None:
                problems.append(
                    parsed.problem(
                        spec.line, f"lines[{n}].place", msg("unknown_place_named", name=line.place)
                    )
                )
            else:
                lines.append(CountLine(pid, line.count, line.note, line.approximate))
        if not problems and sid is not None:
            draft = replace(spec.draft, source_id=sid, lines=tuple(lines))
            problems = [
                parsed.problem(spec.line, e.field, e.msg)
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
        if db.has_reports and count_reports.same_report_exists(wrap(conn), draft):
            plan.duplicates.append(
                parsed.problem(spec.line, "count report", msg("report_in_database"))
            )
            continue
        plan.reports.append(ReadyReport(next_id, spec, draft))
        next_id += 1


def _plan_categories(plan: Plan, db: Existing) -> None:
    wanted = list(plan.parsed.categories)
    seen = set(db.categories)
    for name in wanted:
        key = fold_short(name)
        if key and key not in seen:
            seen.add(key)
            plan.categories.append(
                (db.next_id["category"] + len(plan.categories), " ".join(name.split()))
            )


class HistoryMapper:
    """The document's own history, for the records this import creates: record keys and
    ids inside the changes become the new database ids."""

    def __init__(self, created: dict[str, int], ids: dict[str, int]) -> None:
        self.created, self.ids = created, ids

    def back(self, value: Any, kind: str | None = None) -> Any:
        if isinstance(value, str) and kind is not None:
            return self.ids.get(value, value)
        if isinstance(value, list):
            return [self.back(v, kind) for v in value]
        if isinstance(value, dict):
            return {k: self.back(v, ID_FIELDS.get(k)) for k, v in value.items()}
        return value

    def entry(self, spec: HistorySpec) -> tuple[HistorySpec, int, dict[str, Any]] | None:
        prefix = ENTITY_PREFIX.get(spec.entity)
        if prefix is None or not spec.record.startswith(prefix):
            return None
        entity_id = self.created.get(spec.record)
        if entity_id is None:
            return None
        return spec, entity_id, self.back(spec.changes)
