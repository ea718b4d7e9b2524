"""Import a file: read it, plan it against the database, write it all in one transaction."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from incident_logger.domain.messages import VERBATIM, msg
from incident_logger.domain.timefmt import display_window
from incident_logger.services.exchange.acled import is_acled_header, row_to_spec
from incident_logger.services.exchange.csv_format import CsvReader
from incident_logger.services.exchange.csv_import import CHUNK_BYTES, read_header, stream_csv
from incident_logger.services.exchange.csvio import header_index, read_rows, sniff_delimiter
from incident_logger.services.exchange.json_import import JsonImport, stream_json
from incident_logger.services.exchange.problems import ExchangeError, ImportReport, Problem
from incident_logger.services.exchange.records import IncidentSpec, ParsedFile
from incident_logger.services.exchange.stream import StreamImport
from incident_logger.services.exchange.writer import ImportCancelled, Progress
from incident_logger.store import bulk_write
from incident_logger.store.engine import Database, DatabaseError

FORMATS = ("auto", "json", "csv", "acled")
# The page cache while bulk-loading. A big import builds the sort indexes at its end
# (``store.bulk``), so its inserts mostly append and a bigger cache saves no work (measured
# at 100,000 rows: the same CPU time with 16 MB and 64 MB, and 50 MB less memory).
BULK_CACHE_KB = 16 * 1024
FORMAT_LABELS = {
    "json": "Incident Logger JSON",
    "csv": "Incident Logger CSV",
    "acled": "ACLED event CSV",
}

__all__ = ["FORMATS", "ImportCancelled", "ImportReport", "Preview", "import_file", "preview_file"]


def detect_format(path: Path, text: str) -> str:
    """JSON when the text starts with '{'; ACLED when the header has ACLED's columns."""
    stripped = text.lstrip()
    if stripped.startswith("{") or path.suffix.lower() in (".json", ".geojson"):
        return "json"
    first_line = stripped.replace("\r", "\n").split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    if is_acled_header(c.strip().strip('"') for c in first_line.split(delimiter)):
        return "acled"
    return "csv"


def _stream_report(
    path: Path,
    fmt: str,
    stream: StreamImport,
    warnings: list[Problem],
    *,
    partial: bool,
    dry_run: bool,
) -> ImportReport:
    return ImportReport(
        path=path,
        format=fmt,
        rows=stream.rows,
        imported=len(stream.ids),
        refused=stream.refused,
        problems=stream.problems,
        duplicates=stream.duplicates,
        warnings=warnings,
        new_places=len(stream.new_places),
        new_sources=stream.new_sources,
        new_categories=stream.new_categories,
        dry_run=dry_run,
        partial=partial,
    )


def _json_report(path: Path, done: JsonImport, *, partial: bool, dry_run: bool) -> ImportReport:
    stream, plan = done.stream, done.plan
    problems = list(done.problems)
    duplicates: list[Problem] = []
    warnings = done.warnings + (done.head.warnings if done.head is not None else [])
    report = ImportReport(path=path, format="json", warnings=warnings, dry_run=dry_run)
    report.partial = partial
    if plan is not None:
        problems[:0] = plan.problems
        duplicates += plan.duplicates
        report.new_places, report.new_sources = len(plan.places), len(plan.sources)
        report.new_categories = len(plan.categories)
        report.count_reports = done.reports
        report.refused += plan.refused
    if stream is not None:
        problems += stream.problems
        duplicates[:0] = stream.duplicates
        report.rows, report.imported = stream.rows, len(stream.ids)
        report.refused += stream.refused
        report.new_categories += stream.new_categories
        report.incident_ids = stream.ids
    report.problems, report.duplicates = problems, duplicates
    return report


@contextmanager
def _bulk_cache(tx: bulk_write.BulkWrite) -> Iterator[None]:
    """The page cache for bulk-loading (dirty pages beyond it spill to the write-ahead log);
    SQLite's only (a team database's server sizes its own)."""
    if tx.kind != "sqlite":
        yield
        return
    conn = tx.sql
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
    try:
        yield
    finally:
        conn.execute("PRAGMA cache_size = -65536")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while bulk-loading.

    An import makes millions of short-lived objects and no reference cycles worth
    collecting; the collector's passes over the rows held in flight cost as much as
    unpickling them (measured: 1.0 s of 1.3 s for 100,000 rows). Memory is still freed
    by reference counting; the collector is restored, if it was on, when the import ends.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def import_file(
    db: Database,
    path: Path,
    *,
    fmt: str = "auto",
    partial: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import ``path`` in one transaction.

    By default nothing is written when any row is refused; with ``partial`` the good rows
    are written and the report lists the rest. ``dry_run`` writes and then rolls back, so
    it meets every check a real import would. Rows already in the database (same ACLED
    event id, or same title, time and place) are skipped and listed as duplicates.
    """
    started = time.perf_counter()
    if db.read_only:
        raise DatabaseError(
            msg("import_read_only", path=str(db.label), why=db.read_only_reason),
            reason="read_only",
            path=db.path,
        )
    path = Path(path)
    fmt = _resolve_format(path, fmt)
    stream: StreamImport | None
    with bulk_write.begin(db, "Importing a file") as tx, _bulk_cache(tx), _collector_paused():
        conn = tx.conn
        try:
            if fmt == "json":
                done = stream_json(
                    conn,
                    path,
                    write=True,
                    partial=partial,
                    progress=progress,
                    cancelled=cancelled,
                )
                report = _json_report(path, done, partial=partial, dry_run=dry_run)
                fatal = done.fatal
                stream = done.stream
            else:
                stream, warnings = stream_csv(
                    conn,
                    path,
                    fmt,
                    write=True,
                    partial=partial,
                    progress=progress,
                    cancelled=cancelled,
                )
                report = _stream_report(
                    path, fmt, stream, warnings, partial=partial, dry_run=dry_run
                )
                report.incident_ids = stream.ids
                fatal = stream.fatal
            if report.problems and (fatal or not partial or not report.imported):
                report.imported, report.incident_ids = 0, []
                tx.rollback()
            elif dry_run:
                report.incident_ids = []
                tx.rollback()
            else:
                if stream is not None:
                    stream.finish()  # the indexes a big import set aside are built again
                tx.commit()
                report.written = True
        except BaseException:
            if tx.open:
                tx.rollback()
            raise
    report.seconds = time.perf_counter() - started
    return report


def _resolve_format(path: Path, fmt: str) -> str:
    if fmt not in FORMATS:
        raise ExchangeError(msg("unknown_format", format=fmt, formats=", ".join(FORMATS)))
    if fmt != "auto":
        return fmt
    try:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
    except FileNotFoundError:
        raise ExchangeError(msg("no_such_file", path=str(path))) from None
    except IsADirectoryError:
        raise ExchangeError(msg("folder_not_file", path=str(path))) from None
    except OSError as exc:
        said = msg(VERBATIM, text=str(exc.strerror or exc))
        raise ExchangeError(msg("cannot_read", path=str(path), problem=said)) from exc
    return detect_format(path, head.decode("utf-8-sig", errors="replace"))


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int
    when: str
    title: str
    place: str
    category: str
    sources: str
    problem: str  # empty when the row is fine


@dataclass
class Preview:
    report: ImportReport
    rows: list[PreviewRow]


def _preview_row(spec: IncidentSpec, parsed: ParsedFile, problems: dict[int, str]) -> PreviewRow:
    place = spec.place or ""
    if place in parsed.places:
        place = parsed.places[place].draft.name
    names = [
        parsed.sources[link.source].draft.name if link.source in parsed.sources else link.source
        for link in spec.links
    ]
    return PreviewRow(
        spec.line,
        display_window(spec.draft.start_at, spec.draft.end_at, spec.draft.time_precision),
        spec.draft.title,
        place,
        spec.draft.category,
        "; ".join(names),
        problems.get(spec.line, ""),
    )


def preview_file(db: Database, path: Path, *, fmt: str = "auto", rows: int = 50) -> Preview:
    """What an import would do, without writing: the first rows and every problem."""
    started = time.perf_counter()
    path = Path(path)
    fmt = _resolve_format(path, fmt)
    with bulk_write.begin(db, "Previewing an import", write=False) as tx:
        conn = tx.conn
        try:
            if fmt == "json":
                done = stream_json(conn, path, write=False, partial=True, keep_first=rows)
                report = _json_report(path, done, partial=False, dry_run=True)
                parsed = done.head or ParsedFile(path, fmt)
                parsed.incidents = done.first
            else:
                stream, warnings = stream_csv(conn, path, fmt, write=False, partial=True)
                report = _stream_report(path, fmt, stream, warnings, partial=False, dry_run=True)
                parsed = first_records(path, fmt, rows)
        finally:
            tx.rollback()
    report.seconds = time.perf_counter() - started
    first_problem: dict[int, str] = {}
    for p in [*report.problems, *report.duplicates]:
        first_problem.setdefault(p.line, f"{p.field}: {p.message}" if p.field else p.message)
    shown = [_preview_row(s, parsed, first_problem) for s in parsed.incidents[:rows]]
    return Preview(report, shown)


def first_records(path: Path, fmt: str, rows: int) -> ParsedFile:
    """Specs for the first few CSV records (to show them; the import uses ``prepare``)."""
    parsed = ParsedFile(path, fmt)
    with path.open("rb") as fh:
        data = fh.read(CHUNK_BYTES)
    text = data.decode("utf-8-sig", errors="replace")
    layout = read_header(path, text, fmt)
    if layout.problems:
        return parsed
    first_line = 1 + text.count(layout.nl, 0, layout.start)
    records: list[tuple[int, list[str]]] = []
    problems: list[Problem] = []
    for line, cells in read_rows(path, text[layout.start :], problems, layout.delimiter):
        if len(records) >= rows:
            break
        if len(cells) == len(layout.header):
            records.append((line + first_line - 1, cells))
    index = header_index(layout.header)
    if fmt == "acled":
        parsed.incidents = [row_to_spec(parsed, line, cells, index) for line, cells in records]
    else:
        reader = CsvReader(parsed, index)
        parsed.incidents = [reader.spec(line, cells) for line, cells in records]
    return parsed
