"""A CSV import (the app's CSV or ACLED's): the file is read a piece of whole records at a
time, worker processes prepare the pieces, and the main process matches ids and writes.
"""

from __future__ import annotations

import codecs
import csv
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from incident_logger.domain.messages import VERBATIM, Message, msg
from incident_logger.services.exchange.acled import is_acled_header
from incident_logger.services.exchange.csv_format import COLUMNS, REQUIRED
from incident_logger.services.exchange.csvio import (
    DELIMITERS,
    header_index,
    line_end,
    repeated_column,
    sniff_delimiter,
)
from incident_logger.services.exchange.pool import in_order
from incident_logger.services.exchange.prepare import prepare_text
from incident_logger.services.exchange.problems import ExchangeError, Problem, problem
from incident_logger.services.exchange.stream import StreamImport
from incident_logger.services.exchange.writer import ImportCancelled, Progress
from incident_logger.store.sql import Sql

# A piece of the file for one worker task: 1 MB held 40 MB less in flight than 2 MB, as fast.
CHUNK_BYTES = 1024 * 1024
PARALLEL_FROM = 8 * 1024 * 1024  # bytes; smaller files are quicker without worker processes


def record_end(text: str, start: int, at: int, nl: str = "\n") -> int:
    """The end of the record that contains offset ``at`` (a line end outside quotes)."""
    end = text.find(nl, at)
    while end != -1 and text.count('"', start, end) % 2:
        end = text.find(nl, end + 1)  # inside a quoted cell: not a record boundary
    return len(text) if end == -1 else end + 1


def last_record_end(text: str, nl: str) -> int:
    """The end of the last whole record in ``text`` (which starts a record), or 0."""
    i = text.rfind(nl)
    if i < 0:
        return 0
    quotes = text.count('"', 0, i)
    while quotes % 2:  # that line end is inside a quoted cell: try the one before
        j = text.rfind(nl, 0, i)
        if j < 0:
            return 0
        quotes -= text.count('"', j, i)
        i = j
    return i + 1


@dataclass
class Layout:
    """What the start of a CSV file says about the rest of it."""

    header: list[str] = field(default_factory=list)
    start: int = 0  # where the records begin in the first text read
    delimiter: str = ","
    nl: str = "\n"
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def read_header(path: Path, text: str, fmt: str) -> Layout:
    """The header cells, separator and line end, and problems that stop the import."""
    layout = Layout(nl=line_end(text))
    end = record_end(text, 0, 0, layout.nl)
    first = text[:end]
    layout.start = end
    layout.delimiter = sniff_delimiter(first.rstrip("\r\n"))

    def stop(message: Message, column: str = "") -> Layout:
        layout.problems.append(problem(path.name, 1, column, message))
        return layout

    if not text.strip():
        return stop(msg("file_empty"))
    try:
        header = next(csv.reader([first.rstrip("\r\n")], delimiter=layout.delimiter), [])
    except csv.Error as exc:
        return stop(msg("header_malformed", detail=str(exc)))
    layout.header = header
    if layout.delimiter != ",":
        layout.warnings.append(
            problem(
                path.name,
                1,
                "",
                msg("separated_by", separator=msg(DELIMITERS[layout.delimiter])),
            )
        )
    repeated = repeated_column(header)
    if repeated is not None:
        name, one, two = repeated
        return stop(msg("column_twice", one=one, two=two), name)
    index = header_index(header)
    if fmt == "acled" and not is_acled_header(header):
        return stop(msg("not_acled"))
    missing = [c for c in REQUIRED if c not in index]
    if fmt == "csv" and missing:
        names = ", ".join(missing)
        if is_acled_header(header):
            return stop(msg("no_column_acled", names=names))
        return stop(msg("no_column", names=names))
    if fmt == "csv":
        layout.warnings += [
            problem(path.name, 1, name, msg("unknown_column"))
            for name in index
            if name not in COLUMNS
        ]
    return layout


class CsvPieces:
    """The file's text a piece of whole records at a time, with each piece's first line."""

    def __init__(self, path: Path, fh: BinaryIO) -> None:
        self.path, self.fh = path, fh
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.lines_read = 0  # lines in the text decoded so far
        self.problem: Problem | None = None
        self.size = 0

    def read(self, size: int = CHUNK_BYTES) -> tuple[str, bool]:
        data = self.fh.read(size)
        self.size += len(data)
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            line = self.lines_read + data.count(b"\n", 0, max(0, exc.start)) + 1
            self.problem = problem(self.path.name, line, "", msg("not_utf8"))
            return "", True
        self.lines_read += text.count("\n")
        return text, not data

    def pieces(self, tail: str, first_line: int, nl: str) -> Iterator[tuple[int, str]]:
        line = first_line
        eof = False
        while not eof:
            text, eof = self.read()
            if self.problem is not None:
                return
            tail += text
            end = len(tail) if eof else last_record_end(tail, nl)
            if end == 0:
                continue  # one record longer than a chunk: read on
            piece, tail = tail[:end], tail[end:]
            if piece:
                yield line, piece
                line += piece.count(nl)


def stream_csv(
    conn: sqlite3.Connection | Sql,
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
    back) but reading goes on, so every problem in the file is reported. A file that
    turns out not to be UTF-8 text stops everything (``stream.fatal``).
    """
    try:
        fh = path.open("rb")
        total = path.stat().st_size
    except OSError as exc:
        said = msg(VERBATIM, text=str(exc.strerror or exc))
        raise ExchangeError(msg("cannot_read", path=str(path), problem=said)) from exc
    stream = StreamImport(conn, path.name, write=write, reason=f"imported from {path.name}")
    stream.total_bytes = total
    try:
        with fh:
            return _stream(stream, fh, path, fmt, total, partial, progress, cancelled)
    finally:
        stream.close()


def _stream(
    stream: StreamImport,
    fh: BinaryIO,
    path: Path,
    fmt: str,
    total: int,
    partial: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[StreamImport, list[Problem]]:
    reader = CsvPieces(path, fh)
    text, eof = reader.read()
    while not eof and reader.problem is None and "\n" not in text and "\r" not in text:
        more, eof = reader.read()  # a header longer than a chunk
        text += more
    if reader.problem is not None:
        stream.problems.append(reader.problem)
        stream.fatal = True
        return stream, []
    layout = read_header(path, text, fmt)
    if layout.problems:
        stream.problems.extend(layout.problems)
        stream.fatal = True
        return stream, layout.warnings
    first_line = 1 + text.count(layout.nl, 0, layout.start)
    if eof:
        pieces: Iterator[tuple[int, str]] = iter(
            [(first_line, text[layout.start :])] if text[layout.start :] else []
        )
    else:
        pieces = reader.pieces(text[layout.start :], first_line, layout.nl)
    del text
    tasks = (
        (
            len(piece),
            prepare_text,
            (fmt, path.name, layout.header, line, piece, layout.delimiter),
        )
        for line, piece in pieces
    )
    for _, prepared in in_order(tasks, parallel=total >= PARALLEL_FROM):
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if stream.problems and not partial:
            stream.write = False  # nothing will be kept: only look for more problems
        stream.read_bytes = reader.size
        stream.take(prepared)
        if progress is not None:
            progress(min(reader.size, total), total, msg("rows_read", n=stream.rows))
    if reader.problem is not None:
        stream.problems.append(reader.problem)
        stream.fatal = True
    stream.flush()
    if not stream.rows and not stream.problems:
        stream.problems.append(
            problem(path.name, 1, "", msg("only_header"))
        )
    return stream, layout.warnings
