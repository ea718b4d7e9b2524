"""The app's full JSON document: stable keys (P1, S1, I1 ...) instead of database ids.

One record per line inside each list, so a problem's line number points at its record and
two exports can be compared with ``diff``. See resources/formats.md.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable
from typing import IO, Any

from incident_logger.domain.fields import INCIDENT_FIELDS
from incident_logger.services.exchange.dataset import (
    Gazetteer,
    IncidentRecord,
    Record,
    iter_incidents,
    load_count_reports,
    load_history,
)
from incident_logger.services.exchange.field_values import json_values
from incident_logger.store.repositories.incidents import Conn

# An incident's keys between its own key and its bookkeeping times, in registry order.
_KEYS = tuple(f.exchange for f in INCIDENT_FIELDS if f.exchange)

FORMAT_NAME = "incident-logger"
FORMAT_VERSION = 1

# History values that hold database ids, and the kind of record they point at.
ID_FIELDS = {"place_id": "P", "parent_id": "P", "source_id": "S"}
ENTITY_PREFIX = {"place": "P", "source": "S", "incident": "I", "count_report": "R", "category": "C"}


def place_order(gaz: Gazetteer) -> list[int]:
    """Parents before children, otherwise by id (so a re-import keeps the same order)."""
    children: dict[int | None, list[int]] = {}
    for pid, record in gaz.places.items():
        parent = record.draft.parent_id if record.draft.parent_id in gaz.places else None
        children.setdefault(parent, []).append(pid)
    ready = list(children.get(None, []))
    heapq.heapify(ready)
    out: list[int] = []
    while ready:
        pid = heapq.heappop(ready)
        out.append(pid)
        for child in children.get(pid, []):
            heapq.heappush(ready, child)
    done = set(out)  # a loop of parents (which the services prevent) still gets exported
    out.extend(pid for pid in sorted(gaz.places) if pid not in done)
    return out


class Keys:
    """Database id -> document key, per kind of record."""

    def __init__(self) -> None:
        self.by_kind: dict[str, dict[int, str]] = {k: {} for k in "PSICR"}

    def assign(self, kind: str, ids: Iterable[int]) -> None:
        table = self.by_kind[kind]
        for n, record_id in enumerate(ids, len(table) + 1):
            table[record_id] = f"{kind}{n}"

    def get(self, kind: str, record_id: int | None) -> str | None:
        return None if record_id is None else self.by_kind[kind].get(record_id)

    def in_changes(self, value: Any, kind: str | None = None) -> Any:
        """History values with ids replaced by keys (ids of unknown records are kept)."""
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and kind is not None:
            return self.by_kind[kind].get(value, value)
        if isinstance(value, list):
            return [self.in_changes(v, kind) for v in value]
        if isinstance(value, dict):
            return {k: self.in_changes(v, ID_FIELDS.get(k)) for k, v in value.items()}
        return value


def _times(t: Record) -> dict[str, Any]:
    return {"created_at": t.created_at, "updated_at": t.updated_at, "deleted_at": t.deleted_at}


def incident_object(record: IncidentRecord, keys: Keys) -> dict[str, Any]:
    d = record.draft
    values = json_values(d)
    values["place"] = keys.get("P", d.place_id)
    values["category"] = d.category
    values["tags"] = list(d.tags)
    values["sources"] = [
        {
            "source": keys.get("S", s.source_id),
            "credibility": s.credibility,
            "url": s.url,
            "note": s.note,
        }
        for s in d.sources
    ]
    values["damage"] = [
        {
            "object_kind": n.object_kind,
            "quantity": n.quantity,
            "severity": n.severity.value,
            "state": n.state.value,
            "note": n.note,
        }
        for n in d.damage
    ]
    return {
        "key": keys.get("I", record.id),
        **{name: values[name] for name in _KEYS},
        **_times(record.times),
    }


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


class _ListWriter:
    def __init__(self, out: IO[str], name: str, last: bool = False) -> None:
        self.out, self.first, self.last = out, True, last
        out.write(f' "{name}": [')

    def add(self, value: Any) -> None:
        self.out.write(("\n  " if self.first else ",\n  ") + _line(value))
        self.first = False

    def close(self) -> None:
        self.out.write("]" if self.first else "\n ]")
        self.out.write("\n" if self.last else ",\n")


def write_json(
    out: IO[str],
    conn: Conn,
    gaz: Gazetteer,
    incident_ids: list[int],
    *,
    query: str | None,
    with_history: bool,
    progress: Any = None,
) -> int:
    """Write the document; returns the number of incidents written."""
    keys = Keys()
    keys.assign("C", gaz.categories)
    keys.assign("P", place_order(gaz))
    keys.assign("S", sorted(gaz.sources))
    keys.assign("I", incident_ids)
    reports = load_count_reports(conn) if query is None else []
    keys.assign("R", [r.id for r in reports])
    out.write("{\n")
    out.write(f' "format": {_line(FORMAT_NAME)},\n "version": {FORMAT_VERSION},\n')
    out.write(f' "query": {_line(query)},\n')
    lists = ["categories", "places", "sources", "incidents", "count_reports"]
    if with_history:
        lists.append("history")
    writer = _ListWriter(out, "categories")
    for cid, name in gaz.categories.items():
        writer.add({"key": keys.get("C", cid), "name": name})
    writer.close()
    writer = _ListWriter(out, "places")
    for pid in keys.by_kind["P"]:
        p = gaz.places[pid]
        pd = p.draft
        writer.add(
            {
                "key": keys.get("P", pid),
                "name": pd.name,
                "kind": pd.kind.value,
                "parent": keys.get("P", pd.parent_id),
                "country_code": pd.country_code,
                "iso_code": pd.iso_code,
                "latitude": pd.latitude,
                "longitude": pd.longitude,
                "aliases": list(pd.aliases),
                **_times(p.times),
            }
        )
    writer.close()
    writer = _ListWriter(out, "sources")
    for sid in keys.by_kind["S"]:
        s = gaz.sources[sid]
        writer.add(
            {
                "key": keys.get("S", sid),
                "name": s.draft.name,
                "kind": s.draft.kind.value,
                "reliability": s.draft.reliability.value,
                "url": s.draft.url,
                "note": s.draft.note,
                **_times(s.times),
            }
        )
    writer.close()
    writer = _ListWriter(out, "incidents")
    written = 0
    for record in iter_incidents(conn, incident_ids):
        writer.add(incident_object(record, keys))
        written += 1
        if progress is not None and written % 5000 == 0:
            progress(written, len(incident_ids))
    writer.close()
    writer = _ListWriter(out, "count_reports", last=not with_history)
    for r in reports:
        rd = r.draft
        writer.add(
            {
                "key": keys.get("R", r.id),
                "source": keys.get("S", rd.source_id),
                "issued_at": rd.issued_at,
                "period_start": rd.period_start,
                "period_end": rd.period_end,
                "subject": rd.subject,
                "outcome": rd.outcome,
                "stated_total": rd.stated_total,
                # "more than 30": written only when true, so older files read the same
                **({"total_approximate": True} if rd.total_approximate else {}),
                "note": rd.note,
                "lines": [
                    {
                        "place": keys.get("P", ln.place_id),
                        "count": ln.count,
                        "note": ln.note,
                        **({"approximate": True} if ln.approximate else {}),
                    }
                    for ln in rd.lines
                ],
                **_times(r.times),
            }
        )
    writer.close()
    if with_history:
        writer = _ListWriter(out, "history", last=True)
        for h in load_history(conn):
            prefix = ENTITY_PREFIX.get(h.entity)
            record_key = keys.get(prefix, h.entity_id) if prefix else None
            if record_key is None:
                continue  # a record outside this export
            writer.add(
                {
                    "at": h.at,
                    "actor": h.actor,
                    "entity": h.entity,
                    "record": record_key,
                    "action": h.action,
                    "changes": keys.in_changes(h.changes),
                    "reason": h.reason,
                }
            )
        writer.close()
    out.write("}\n")
    return written
