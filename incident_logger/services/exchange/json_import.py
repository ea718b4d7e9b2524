"""Importing the app's JSON document as a stream, like a CSV file.

The document is read one element at a time (``jsonscan``). Its categories, places and
sources are planned and written when the incidents begin; the incidents go, a piece at a
time, to the worker processes that prepare CSV rows (the same checks and stored form),
and the main process writes them in bulk (``stream``). Count reports follow; a history
section replaces the "imported" entries with the document's own.

The app writes the sections in that order. A document written by hand in another order is
read twice: once for everything else, then once more for its incidents.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from incident_logger.domain.messages import VERBATIM, msg
from incident_logger.domain.text import fold
from incident_logger.services.exchange import json_read
from incident_logger.services.exchange.json_format import FORMAT_NAME, FORMAT_VERSION
from incident_logger.services.exchange.json_prepare import (
    incident_spec,
    known_keys,
    prepare_incidents,
)
from incident_logger.services.exchange.jsonscan import NESTED, JsonError, JsonScanner, too_deep
from incident_logger.services.exchange.plan import (
    Existing,
    HistoryMapper,
    Plan,
    plan_head,
    plan_reports,
)
from incident_logger.services.exchange.pool import in_order
from incident_logger.services.exchange.prepare import Prepared
from incident_logger.services.exchange.problems import ExchangeError, Problem, Said
from incident_logger.services.exchange.records import HistorySpec, IncidentSpec, ParsedFile
from incident_logger.services.exchange.stream import StreamImport
from incident_logger.services.exchange.writer import (
    ImportCancelled,
    Progress,
    write_head,
    write_history,
    write_reports,
)
from incident_logger.store import history
from incident_logger.store.sql import Sql, wrap

PIECE_CHARS = 1024 * 1024
PARALLEL_FROM = 8 * 1024 * 1024  # bytes, as for CSV
SECTIONS = ("categories", "places", "sources", "incidents", "count_reports", "history")
COLLECTED = ("categories", "places", "sources", "count_reports")  # held in memory
HISTORY_BATCH = 10_000

# --- main side -----------------------------------------------------------------------------


@dataclass
class JsonImport:
    """What a JSON import did (``stream`` holds the incidents)."""

    stream: StreamImport | None = None
    head: ParsedFile | None = None
    plan: Plan | None = None
    problems: list[Problem] = field(default_factory=list)  # about the document as a whole
    warnings: list[Problem] = field(default_factory=list)
    first: list[IncidentSpec] = field(default_factory=list)  # for a preview
    reports: int = 0
    fatal: bool = False


class _Reader:
    def __init__(
        self,
        conn: sqlite3.Connection | Sql,
        path: Path,
        *,
        write: bool,
        partial: bool,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        keep_first: int,
    ) -> None:
        self.conn, self.path, self.write, self.partial = conn, path, write, partial
        self.progress, self.cancelled, self.keep_first = progress, cancelled, keep_first
        self.reason = f"imported from {path.name}"
        self.out = JsonImport(head=ParsedFile(path, "json", keep_unused=True))
        self.head: ParsedFile = self.out.head  # type: ignore[assignment]
        self.seen: set[str] = set()
        self.format_ok = False
        self.deferred: list[str] = []
        self.done: set[str] = set()
        self.db: Existing | None = None
        self.history_from = 0  # history ids above this were written by this import
        self.history_started = False
        self.total = max(1, path.stat().st_size)

    def problem(self, line: int, name: str, message: Said) -> None:
        self.out.problems.append(self.head.problem(line, name, message))

    # --- the head and the tail -------------------------------------------------------

    def _plan_head(self) -> None:
        if self.out.plan is not None:
            return
        plan, self.db = plan_head(self.conn, self.head)
        self.out.plan = plan
        self.history_from = history.last_id(wrap(self.conn))
        if self.write:
            write_head(self.conn, plan, self.reason, own_history=True)
        stream = StreamImport(self.conn, self.path.name, write=self.write, reason=self.reason)
        stream.total_bytes = self.total
        stream.place_ids.update(plan.place_ids)
        stream.source_ids.update(plan.source_ids)
        stream.names.update(plan.source_names)
        stream.grades.update(plan.reliability)
        for cid, name in plan.categories:
            stream.categories.setdefault(fold(name), cid)
        self.out.stream = stream

    def _flush_reports(self) -> None:
        if "count_reports" in self.done:
            return
        self.done.add("count_reports")
        plan, stream = self.out.plan, self.out.stream
        assert plan is not None and stream is not None and self.db is not None
        stream.flush()
        plan_reports(plan, self.db, self.conn)
        self.out.reports = len(plan.reports)
        if self.write and plan.reports and not self.blocked():
            write_reports(self.conn, plan, self.reason, own_history=True)

    def blocked(self) -> bool:
        """Nothing more is written once anything is refused (unless ``partial``)."""
        if self.partial:
            return False
        stream, plan = self.out.stream, self.out.plan
        return bool(
            self.out.problems
            or (plan is not None and plan.problems)
            or (stream is not None and stream.problems)
        )

    # --- sections --------------------------------------------------------------------

    def value(self, key: str, line: int, value: Any) -> bool:
        """A top-level value; False to stop reading."""
        if key == "format":
            if value != FORMAT_NAME:
                self.problem(line, "format", msg("not_our_export", format=FORMAT_NAME))
                return False
        elif key == "version":
            if isinstance(value, bool) or not isinstance(value, int):
                shown = json_read.shown(value)
                self.problem(line, "version", msg("version_number", found=shown))
                return False
            if value > FORMAT_VERSION:
                self.problem(
                    line, "version", msg("version_newer", version=value, reads=FORMAT_VERSION)
                )
                return False
        elif key in SECTIONS:
            self.problem(line, key, msg("json_list"))
            return False
        elif key == "type" and value == "FeatureCollection":
            self.problem(line, "format", msg("geojson_not_ours", format=FORMAT_NAME))
            return False
        elif key != "query":
            self.out.warnings.append(self.head.problem(line, key, msg("unknown_section")))
        return True

    def ready_for(self, key: str) -> bool:
        """Whether a section can be used as it is read (else it waits for another pass)."""
        if key == "incidents":
            return {"format", "version", "places", "sources"} <= self.seen
        if key == "history":
            return "incidents" in self.done and "count_reports" in self.seen
        return True  # the head and the count reports are collected as they come

    def head_item(self, key: str, line: int, obj: Any) -> None:
        if too_deep(obj):
            self.problem(line, "", NESTED)
        elif key == "categories":
            json_read.category(self.head, obj, line)
        elif key == "places":
            json_read.place(self.head, obj, line)
        elif key == "sources":
            json_read.source(self.head, obj, line)
        elif key == "count_reports":
            self.head.count_reports.append(json_read.count_report(self.head, obj, line))

    def incidents(self, events: Iterator[tuple[str, str, int, Any]], scanner: JsonScanner) -> None:
        self._plan_head()
        stream, plan = self.out.stream, self.out.plan
        assert stream is not None and plan is not None
        places, sources = frozenset(plan.place_ids), frozenset(plan.source_ids)

        def pieces() -> Iterator[tuple[int, Callable[..., Prepared], tuple[Any, ...]]]:
            batch: list[tuple[int, str]] = []
            chars = 0
            for kind, _, line, payload in events:
                if kind == "end":
                    break
                obj, text = payload
                if len(self.out.first) < self.keep_first:
                    self.out.first.append(incident_spec(self.head, obj, line, places, sources))
                batch.append((line, text))
                chars += len(text)
                if chars >= PIECE_CHARS:
                    yield chars, prepare_incidents, (self.path.name, batch)
                    batch, chars = [], 0
            if batch:
                yield chars, prepare_incidents, (self.path.name, batch)

        parallel = self.total >= PARALLEL_FROM
        for _, prepared in in_order(
            pieces(), parallel=parallel, setup=known_keys, setup_args=(places, sources)
        ):
            if self.cancelled is not None and self.cancelled():
                raise ImportCancelled()
            if self.blocked():
                stream.write = False  # nothing will be kept: only look for more problems
            stream.read_bytes = scanner.bytes_read
            stream.take(prepared)
            if self.progress is not None:
                self.progress(
                    min(scanner.bytes_read, self.total),
                    self.total,
                    msg("incidents_read", n=stream.rows),
                )
        stream.flush()

    def history(self, events: Iterator[tuple[str, str, int, Any]]) -> None:
        self._plan_head()
        self._flush_reports()
        plan, stream = self.out.plan, self.out.stream
        assert plan is not None and stream is not None
        if self.write and not self.history_started:
            # The document's history replaces the "imported" entries of this import.
            history.delete_after(wrap(self.conn), self.history_from)
        self.history_started = True
        created: dict[str, int] = {}
        created.update({p.spec.key: p.id for p in plan.places})
        created.update({s.spec.key: s.id for s in plan.sources})
        created.update(stream.keys)
        created.update({r.spec.key: r.id for r in plan.reports if r.spec.key})
        new_categories = {fold(name): cid for cid, name in plan.categories}
        new_categories.update(stream.created_categories)
        for key, name in self.head.category_keys.items():
            if fold(name) in new_categories:
                created[key] = new_categories[fold(name)]
        mapper = HistoryMapper(created, {**plan.place_ids, **plan.source_ids})
        self.head.history = []
        batch: list[tuple[HistorySpec, int, dict[str, Any]]] = []
        for kind, _, line, payload in events:
            if kind == "end":
                break
            obj = payload[0]
            if too_deep(obj):
                self.out.warnings.append(self.head.problem(line, "", NESTED))
                continue
            json_read.history(self.head, obj, line)
            for spec in self.head.history:
                entry = mapper.entry(spec)
                if entry is not None:
                    batch.append(entry)
            self.head.history.clear()
            if len(batch) >= HISTORY_BATCH:
                self._write_history(batch)
                batch = []
        self._write_history(batch)

    def _write_history(self, batch: list[tuple[HistorySpec, int, dict[str, Any]]]) -> None:
        if self.write and batch and not self.blocked():
            write_history(self.conn, batch)

    # --- passes ----------------------------------------------------------------------

    def read(self, only: str | None = None) -> bool:
        """One pass over the document (or over its section ``only``); False when it cannot
        be read on."""
        try:
            fh = self.path.open("rb")
        except OSError as exc:
            said = msg(VERBATIM, text=str(exc.strerror or exc))
            raise ExchangeError(msg("cannot_read", path=str(self.path), problem=said)) from exc
        with fh:
            scanner = JsonScanner(fh, keep_text=frozenset({"incidents"}))
            events = scanner.events()
            try:
                for kind, key, line, payload in events:
                    if only is not None:
                        if kind == "start" and key == only:
                            self.section(key, events, scanner)
                        continue
                    if kind in ("value", "start"):
                        if key in self.seen:
                            self.problem(line, key, msg("section_twice"))
                            return False
                        self.seen.add(key)
                    if kind == "value":
                        if not self.value(key, line, payload):
                            return False
                    elif kind == "start" and key in ("incidents", "history"):
                        if self.ready_for(key):
                            self.section(key, events, scanner)
                        else:
                            self.deferred.append(key)
                    elif kind == "start" and key not in SECTIONS:
                        self.out.warnings.append(
                            self.head.problem(line, key, msg("unknown_section"))
                        )
                    elif kind == "item" and key in COLLECTED:
                        self.head_item(key, line, payload[0])
            except JsonError as exc:
                self.problem(exc.line, "", exc.message)
                return False
        return True

    def section(
        self, key: str, events: Iterator[tuple[str, str, int, Any]], scanner: JsonScanner
    ) -> None:
        if key == "incidents":
            self.incidents(events, scanner)
        else:
            self.history(events)
        self.done.add(key)

    def run(self) -> JsonImport:
        if not self.read():
            self.out.fatal = True
            return self.out
        for name in ("format", "version"):
            if name not in self.seen:
                self.problem(1, name, msg("not_our_export_no", name=name))
                self.out.fatal = True
                return self.out
        self._plan_head()
        for key in ("incidents", "history"):  # sections that came too early: in this order
            if key in self.deferred and not self.read(only=key):
                self.out.fatal = True
                return self.out
        self._flush_reports()
        stream = self.out.stream
        assert stream is not None
        if not stream.rows and not self.head.count_reports and not self.problems_found():
            self.problem(0, "", msg("nothing_in_file"))
        return self.out

    def problems_found(self) -> bool:
        return bool(self.out.problems or (self.out.plan and self.out.plan.problems))


def stream_json(
    conn: sqlite3.Connection | Sql,
    path: Path,
    *,
    write: bool,
    partial: bool,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    keep_first: int = 0,
) -> JsonImport:
    """Read, check and (with ``write``) insert the app's JSON document."""
    try:
        path.stat()
    except OSError as exc:
        said = msg(VERBATIM, text=str(exc.strerror or exc))
        raise ExchangeError(msg("cannot_read", path=str(path), problem=said)) from exc
    reader = _Reader(
        conn,
        path,
        write=write,
        partial=partial,
        progress=progress,
        cancelled=cancelled,
        keep_first=keep_first,
    )
    try:
        return reader.run()
    finally:
        if reader.out.stream is not None:
            reader.out.stream.close()
