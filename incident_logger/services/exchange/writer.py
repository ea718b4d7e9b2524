"""Writing a plan in bulk (executemany, like the demo generator), inside the caller's
transaction: the rows, the history entries and the search index stay in step.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import fields
from typing import Any

from incident_logger.domain.enums import EntityKind, HistoryAction
from incident_logger.domain.models import IncidentDraft, PlaceDraft, SourceDraft
from incident_logger.domain.text import fold
from incident_logger.services import history
from incident_logger.services.context import current_actor, now_iso
from incident_logger.services.exchange.folding import fold_words
from incident_logger.services.exchange.plan import Plan, ReadyIncident
from incident_logger.services.incidents import damage_total
from incident_logger.store import fts

BATCH = 10_000
Progress = Callable[[int, int, str], None]


class ImportCancelled(Exception):
    """The user stopped the import; the caller rolls the transaction back."""


SQL = {
    "incident": "INSERT INTO incident(id, title, start_at, end_at, time_precision, place_id, "
    "locality, latitude, longitude, geo_precision, category_id, narrative, injuries, fatalities, "
    "response, status, external_id, external_type, damage_count, best_grade, created_at, "
    "updated_at, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "damage": "INSERT INTO damage_note(incident_id, object_kind, quantity, severity, state, note, "
    "position) VALUES (?,?,?,?,?,?,?)",
    "links": "INSERT INTO incident_source(incident_id, source_id, credibility, url, note, "
    "position) VALUES (?,?,?,?,?,?)",
    "tags": "INSERT INTO incident_tag(incident_id, tag, tag_key) VALUES (?,?,?)",
    "fts": "INSERT INTO incident_fts(rowid, title, narrative, locality, response, damage, "
    "sources, places) VALUES (?,?,?,?,?,?,?,?)",
    "history": "INSERT INTO history(at, actor, entity, entity_id, action, changes, reason) "
    "VALUES (?,?,?,?,?,?,?)",
}


def created_changes(draft: Any) -> str:
    """The history ``changes`` of a new record, as ``history.diff(None, draft)`` gives them."""
    values = {f.name: getattr(draft, f.name) for f in fields(draft)}
    return json.dumps(history.diff(None, values), ensure_ascii=False, sort_keys=True)


class _Writer:
    def __init__(self, conn: sqlite3.Connection, plan: Plan, reason: str) -> None:
        self.conn, self.plan, self.reason = conn, plan, reason
        self.now, self.actor = now_iso(), current_actor()
        self.own_history = plan.parsed.history is None
        self.categories = {
            fold(name): cid for cid, name in conn.execute("SELECT id, name FROM category")
        }
        self.place_terms: dict[int | None, str] = {None: ""}
        self.folded: dict[str, str] = {}

    def fold(self, text: str) -> str:
        """``fold`` for short texts that repeat (localities, responses, source lists)."""
        found = self.folded.get(text)
        if found is None:
            found = self.folded[text] = fold(text)
        return found

    def created(
        self, entity: EntityKind, entity_id: int, changes: str, line: int
    ) -> tuple[Any, ...]:
        why = f"{self.reason}, line {line}" if line else self.reason
        return (
            self.now,
            self.actor,
            entity.value,
            entity_id,
            HistoryAction.CREATE.value,
            changes,
            why,
        )

    def categories_and_places(self) -> None:
        log = []
        for cid, name in self.plan.categories:
            self.conn.execute(
                "INSERT INTO category(id, name, name_key) VALUES (?,?,?)", (cid, name, fold(name))
            )
            self.categories[fold(name)] = cid
            log.append(
                self.created(EntityKind.CATEGORY, cid, json.dumps({"name": [None, name]}), 0)
            )
        rows, aliases = [], []
        for new in self.plan.places:
            d, t = new.spec.draft, new.spec.stamps
            rows.append(
                (
                    new.id,
                    d.name.strip(),
                    fold(d.name),
                    d.kind.value,
                    new.parent_id,
                    d.country_code.upper(),
                    d.iso_code.upper(),
                    d.latitude,
                    d.longitude,
                    t.created_at or self.now,
                    t.updated_at or self.now,
                    t.deleted_at,
                )
            )
            for alias in dict.fromkeys(a.strip() for a in d.aliases if a.strip()):
                aliases.append((new.id, alias, fold(alias)))
            stored = PlaceDraft(**{**_as_dict(d), "parent_id": new.parent_id})
            log.append(
                self.created(EntityKind.PLACE, new.id, created_changes(stored), new.spec.line)
            )
        self.conn.executemany(
            "INSERT INTO place(id, name, name_key, kind, parent_id, country_code, iso_code, "
            "latitude, longitude, created_at, updated_at, deleted_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        self.conn.executemany(
            "INSERT INTO place_alias(place_id, alias, alias_key) VALUES (?,?,?)", aliases
        )
        if self.own_history:
            self.conn.executemany(SQL["history"], log)

    def sources(self) -> None:
        rows, log = [], []
        for new in self.plan.sources:
            d, t = new.spec.draft, new.spec.stamps
            rows.append(
                (
                    new.id,
                    d.name.strip(),
                    fold(d.name),
                    d.kind.value,
                    str(d.reliability).upper(),
                    d.url.strip(),
                    d.note,
                    t.created_at or self.now,
                    t.updated_at or self.now,
                    t.deleted_at,
                )
            )
            log.append(self.created(EntityKind.SOURCE, new.id, created_changes(d), new.spec.line))
        self.conn.executemany(
            "INSERT INTO source(id, name, name_key, kind, reliability, url, note, created_at, "
            "updated_at, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        if self.own_history:
            self.conn.executemany(SQL["history"], log)

    def terms(self, place_id: int | None) -> str:
        if place_id not in self.place_terms:
            self.place_terms[place_id] = fts.place_terms(self.conn, place_id)
        return self.place_terms[place_id]

    def incident(self, ready: ReadyIncident, out: dict[str, list[tuple[Any, ...]]]) -> None:
        d, iid, t = ready.draft, ready.id, ready.spec.stamps
        names = self.plan.source_names
        grades = self.plan.reliability
        for pos, note in enumerate(d.damage):
            kind = note.object_kind.strip()
            out["damage"].append(
                (iid, kind, note.quantity, note.severity.value, note.state.value, note.note, pos)
            )
        best = ""
        for pos, link in enumerate(d.sources):
            out["links"].append(
                (iid, link.source_id, link.credibility, link.url.strip(), link.note, pos)
            )
            grade = f"{grades[link.source_id]}{link.credibility}"
            best = grade if not best or grade < best else best
        for tag in d.tags:
            out["tags"].append((iid, tag, self.fold(tag)))
        out["incident"].append(
            (
                iid,
                d.title,
                d.start_at,
                d.end_at,
                d.time_precision.value,
                d.place_id,
                d.locality,
                d.latitude,
                d.longitude,
                d.geo_precision.value,
                self.categories[self.fold(d.category)],
                d.narrative,
                d.injuries,
                d.fatalities,
                d.response,
                d.status.value,
                d.external_id,
                d.external_type,
                damage_total(d.damage),
                best,
                t.created_at or self.now,
                t.updated_at or self.now,
                t.deleted_at,
            )
        )
        out["fts"].append(
            (
                iid,
                fold_words(d.title),
                fold_words(d.narrative),
                self.fold(d.locality),
                self.fold(d.response),
                self.fold(" ".join(f"{n.object_kind.strip()} {n.note}" for n in d.damage)),
                self.fold(" ".join(names[s.source_id] for s in d.sources)),
                self.terms(d.place_id),
            )
        )
        if self.own_history:
            # The record itself holds the values it was created with, and every later edit
            # records old and new values, so "{}" loses nothing and keeps imports fast.
            out["history"].append(self.created(EntityKind.INCIDENT, iid, "{}", ready.spec.line))

    def incidents(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        """Rows are built here while a second thread runs SQLite on the previous batch
        (sqlite3 releases the GIL while it works), so Python and SQLite share two cores."""
        ready = self.plan.incidents
        pending: Future[None] | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-writer") as pool:
            try:
                for start in range(0, len(ready), BATCH):
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
                    out: dict[str, list[tuple[Any, ...]]] = {k: [] for k in SQL}
                    for item in ready[start : start + BATCH]:
                        self.incident(item, out)
                    if pending is not None:
                        pending.result()
                    pending = pool.submit(self._insert, out)
                    if progress is not None:
                        done = min(start + BATCH, len(ready))
                        progress(done, len(ready), f"{done:,} of {len(ready):,} incidents written")
                if pending is not None:
                    pending.result()
            finally:
                if pending is not None:
                    pending.exception()  # never leave SQLite busy on the other thread

    def _insert(self, out: dict[str, list[tuple[Any, ...]]]) -> None:
        for key in ("incident", "damage", "links", "tags", "fts", "history"):
            self.conn.executemany(SQL[key], out[key])

    def reports(self) -> None:
        log = []
        for ready in self.plan.reports:
            d, t = ready.draft, ready.spec.stamps
            self.conn.execute(
                "INSERT INTO count_report(id, source_id, issued_at, period_start, period_end, "
                "subject, outcome, stated_total, note, created_at, updated_at, deleted_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    ready.id,
                    d.source_id,
                    d.issued_at,
                    d.period_start,
                    d.period_end,
                    d.subject,
                    d.outcome,
                    d.stated_total,
                    d.note,
                    t.created_at or self.now,
                    t.updated_at or self.now,
                    t.deleted_at,
                ),
            )
            self.conn.executemany(
                "INSERT INTO count_line(report_id, place_id, count, note, position) "
                "VALUES (?,?,?,?,?)",
                [(ready.id, ln.place_id, ln.count, ln.note, i) for i, ln in enumerate(d.lines)],
            )
            log.append(
                self.created(EntityKind.COUNT_REPORT, ready.id, created_changes(d), ready.spec.line)
            )
        if self.own_history:
            self.conn.executemany(SQL["history"], log)

    def document_history(self) -> None:
        self.conn.executemany(
            SQL["history"],
            [
                (
                    spec.at,
                    spec.actor,
                    spec.entity,
                    entity_id,
                    spec.action,
                    json.dumps(changes, ensure_ascii=False, sort_keys=True),
                    spec.reason,
                )
                for spec, entity_id, changes in self.plan.history
            ],
        )


def _as_dict(draft: PlaceDraft | SourceDraft | IncidentDraft) -> dict[str, Any]:
    return {f.name: getattr(draft, f.name) for f in fields(draft)}


def write_plan(
    conn: sqlite3.Connection,
    plan: Plan,
    *,
    reason: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[int]:
    """Insert everything the plan holds (the caller owns the transaction); returns the ids."""
    writer = _Writer(conn, plan, reason)
    writer.categories_and_places()
    writer.sources()
    writer.incidents(progress, cancelled)
    writer.reports()
    if not writer.own_history:
        writer.document_history()
    return [r.id for r in plan.incidents]
