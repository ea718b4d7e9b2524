"""Writing what a plan creates besides incidents (categories, places, sources, count
reports, a document's history) inside the caller's transaction; incidents are written in
bulk by ``stream``. The SQL here is shared with it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from incident_logger.domain.enums import EntityKind, HistoryAction
from incident_logger.domain.field_diff import diff
from incident_logger.domain.messages import Message
from incident_logger.domain.models import IncidentDraft, PlaceDraft, SourceDraft
from incident_logger.domain.text import fold
from incident_logger.services.context import current_actor, now_iso
from incident_logger.services.exchange.plan import Plan
from incident_logger.services.exchange.records import HistorySpec
from incident_logger.services.place_import import add_spellings
from incident_logger.store import categories, fts, history
from incident_logger.store.repositories import count_reports, incidents, places
from incident_logger.store.repositories import sources as source_repo
from incident_logger.store.sql import Sql, wrap

Progress = Callable[[int, int, str | Message], None]  # a Message: the interface translates it


class ImportCancelled(Exception):
    """The user stopped the import; the caller rolls the transaction back."""


# The statements of the bulk paths (this module, ``stream``, the benchmark's anchor).
SQL = {
    "incident": incidents.INSERT_SQL,
    "damage": incidents.DAMAGE_SQL,
    "links": incidents.LINK_SQL,
    "tags": incidents.TAG_SQL,
    "fts": fts.INSERT_SQL,
    "history": history.INSERT_SQL,
}


def created_changes(draft: Any) -> str:
    """The history ``changes`` of a new record, as ``history.diff(None, draft)`` gives them."""
    values = {f.name: getattr(draft, f.name) for f in fields(draft)}
    return json.dumps(diff(None, values), ensure_ascii=False, sort_keys=True)


class _Writer:
    def __init__(
        self, conn: sqlite3.Connection | Sql, plan: Plan | None, reason: str, own_history: bool
    ) -> None:
        self.conn, self.reason, self.own_history = conn, reason, own_history
        self.plan: Plan = plan  # type: ignore[assignment]  # None only for document_history
        self.now, self.actor = now_iso(), current_actor(wrap(conn))

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
        sql = wrap(self.conn)
        for cid, name in self.plan.categories:
            categories.add(sql, cid, name)
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
        self.conn.executemany(places.INSERT_SQL, rows)
        places.add_aliases(sql, aliases)
        if self.own_history:
            self.conn.executemany(SQL["history"], log)

    def sources(self) -> None:
        rows, log = [], []
        for new in self.plan.sources:
            d, t = new.spec.draft, new.spec.stamps
            rows.append(
                source_repo.row(new.id, d, self.now, t.created_at, t.updated_at, t.deleted_at)
            )
            log.append(self.created(EntityKind.SOURCE, new.id, created_changes(d), new.spec.line))
        self.conn.executemany(source_repo.INSERT_SQL, rows)
        if self.own_history:
            self.conn.executemany(SQL["history"], log)

    def reports(self) -> None:
        log = []
        for ready in self.plan.reports:
            d, t = ready.draft, ready.spec.stamps
            count_reports.insert(
                self.conn,
                d,
                self.now,
                ready.id,
                created_at=t.created_at,
                updated_at=t.updated_at,
                deleted_at=t.deleted_at,
            )
            log.append(
                self.created(EntityKind.COUNT_REPORT, ready.id, created_changes(d), ready.spec.line)
            )
        if self.own_history:
            self.conn.executemany(SQL["history"], log)

    def document_history(self, entries: list[tuple[HistorySpec, int, dict[str, Any]]]) -> None:
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
                for spec, entity_id, changes in entries
            ],
        )


def _as_dict(draft: PlaceDraft | SourceDraft | IncidentDraft) -> dict[str, Any]:
    return {f.name: getattr(draft, f.name) for f in fields(draft)}


def write_head(
    conn: sqlite3.Connection | Sql, plan: Plan, reason: str, *, own_history: bool
) -> None:
    """Insert the new categories, places and sources of a plan (the caller's transaction)."""
    writer = _Writer(conn, plan, reason, own_history)
    writer.categories_and_places()
    add_spellings(conn, plan.spellings, reason)
    writer.sources()


def write_reports(
    conn: sqlite3.Connection | Sql, plan: Plan, reason: str, *, own_history: bool
) -> None:
    _Writer(conn, plan, reason, own_history).reports()


def write_history(
    conn: sqlite3.Connection | Sql, entries: list[tuple[HistorySpec, int, dict[str, Any]]]
) -> None:
    _Writer(conn, None, "", False).document_history(entries)
