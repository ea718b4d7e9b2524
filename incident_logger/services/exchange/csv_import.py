"""A CSV import (the app's CSV or ACLED's): the text is cut into chunks of whole records,
worker processes prepare the chunks, and the main process matches ids and writes.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

from incident_logger.services.exchange.acled import is_acled_header
from incident_logger.services.exchange.csv_format import COLUMNS, REQUIRED
from incident_logger.services.exchange.csvio import decode, header_index
from incident_logger.services.exchange.prepare import Prepared, ignore_interrupts, prepare_text
from incident_logger.services.exchange.problems import ExchangeError, Problem
from incident_logger.services.exchange.stream import StreamImport
from incident_logger.services.exchange.writer import ImportCancelled, Progress

CHUNK_BYTES = 2 * 1024 * 1024
PARALLEL_FROM = 8 * 1024 * 1024  # bytes; smaller files are quicker without worker processes


def record_end(text: str, start: int, at: int) -> int:
    """The end of the record that contains offset ``at`` (a newline outside quotes)."""
    end = text.find("\n", at)
    while end != -1 and text.count('"', start, end) % 2:
        end = text.find("\n", end + 1)  # inside a quoted cell: not a record boundary
    return len(text) if end == -1 else end + 1


def split_text(text: str, start: int, first_line: int, size: int) -> Iterator[tuple[int, str]]:
    """Whole-record pieces of about ``size`` characters, each with its first line number
    (made one at a time, so a big file is not held twice in memory)."""
    line = first_line
    while start < len(text):
        end = record_end(text, start, min(len(text), start + size))
        yield line, text[start:end]
        line += text.count("\n", start, end)
        start = end


def read_header(path: Path, text: str, fmt: str) -> tuple[list[str], int, list[Problem]]:
    """The header cells, where the records start, and problems that stop the import."""
    end = record_end(text, 0, 0)
    try:
        header = next(csv.reader(io.StringIO(text[:end], newline="")), [])
    except csv.Error as exc:
        return [], end, [Problem(path.name, 1, "", f"the header is malformed ({exc})")]
    if not header:
        return [], end, [Problem(path.name, 1, "", "the file is empty")]
    index = header_index(header)
    if fmt == "acled" and not is_acled_header(header):
        message = "this is not an ACLED event file (no event_id_cnty header)"
        return header, end, [Problem(path.name, 1, "", message)]
    missing = [c for c in REQUIRED if c not in index]
    if fmt == "csv" and missing:
        hint = " (this is an ACLED file: import it as ACLED)" if is_acled_header(header) else ""
        message = f"the header has no column {', '.join(missing)}{hint}"
        return header, end, [Problem(path.name, 1, "", message)]
    return header, end, []


def _prepared(
    fmt: str, name: str, header: list[str], pieces: Iterator[tuple[int, str]], parallel: bool
) -> Iterator[tuple[int, Prepared]]:
    """(characters, prepared piece) in file order; a few pieces are worked on ahead."""
    if not parallel:
        for line, piece in pieces:
            yield len(piece), prepare_text(fmt, name, header, line, piece)
        return
    workers = max(1, min(4, os.cpu_count() or 2))
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=get_context("spawn"), initializer=ignore_interrupts
    ) as pool:
        first = next(pieces, None)
        queue: deque[tuple[int, Future[Prepared]]] = deque(
            (len(piece), pool.submit(prepare_text, fmt, name, header, line, piece))
            for line, piece in islice(pieces, 2 * workers)
        )
        try:
            if first is not None:  # prepared here while the workers start up
                yield len(first[1]), prepare_text(fmt, name, header, *first)
            while queue:
                size, future = queue.popleft()
                result = future.result()
                for line, piece in islice(pieces, 1):
                    queue.append(
                        (len(piece), pool.submit(prepare_text, fmt, name, header, line, piece))
                    )
                yield size, result
        finally:
            for _, future in queue:
                future.cancel()


def stream_csv(
    conn: sqlite3.Connection,
    path: Path,
    fmt: str,
    *,
    write: bool,
    partial: bool,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[StreamImport, list[Problem]]:
    """Read, check and (with ``write``) insert a CSV file; returns the stream and warnings.

    Once a row is refused and ``partial`` is not set, writing stops (the caller rolls
    back) but reading goes on, so every problem in the file is reported.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    stream = StreamImport(conn, path.name, write=write, reason=f"imported from {path.name}")
    text, problem = decode(path, data)
    if problem is not None:
        stream.problems.append(problem)
        return stream, []
    header, start, problems = read_header(path, text, fmt)
    if problems:
        stream.problems.extend(problems)
        return stream, []
    warnings = [
        Problem(path.name, 1, name, "unknown column, ignored")
        for name in header_index(header)
        if fmt == "csv" and name not in COLUMNS
    ]
    first_line = 1 + text.count("\n", 0, start)
    pieces = split_text(text, start, first_line, CHUNK_BYTES)
    total = len(text) - start
    done = 0
    parallel = len(data) >= PARALLEL_FROM
    for size, prepared in _prepared(fmt, path.name, header, pieces, parallel):
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if stream.problems and not partial:
            stream.write = False  # nothing will be kept: only look for more problems
        stream.take(prepared)
        done += size
        if progress is not None:
            progress(done, total, f"{stream.rows:,} rows read")
    stream.flush()
    return stream, warnings
