"""Reading and writing CSV text: encodings, physical line numbers, formula-safe cells."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from incident_logger.domain.messages import msg
from incident_logger.services.exchange.cells import neutralise, restore
from incident_logger.services.exchange.problems import Problem, problem

# Narratives may hold 200,000 characters; csv's default limit is 131,072.
csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))


def read_rows(
    path: Path, text: str, problems: list[Problem], delimiter: str = ","
) -> Iterator[tuple[int, list[str]]]:
    """(first physical line, cells) for each record; a broken record stops the reading."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if str(exc) == "unexpected end of data":  # csv's words for a quote never closed
                said = msg("csv_unclosed_quote")
            else:
                said = msg("csv_malformed", detail=str(exc))
            problems.append(problem(path.name, line, "", said))
            return
        yield line, row


def restored(row: list[str]) -> list[str]:
    """Cells with the formula guard of ``neutralise`` removed."""
    return [restore(c) if c[:1] == "'" else c for c in row]


def safe_row(cells: list[str]) -> list[str]:
    return [neutralise(c) for c in cells]


def header_index(header: list[str]) -> dict[str, int]:
    return {name.strip().lower(): i for i, name in enumerate(header)}


# Separators a spreadsheet may use instead of commas (Excel in many locales uses ';'),
# with the message code naming them.
DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical_bars"}


def line_end(text: str) -> str:
    """The character that ends records: "\n" (also for CRLF), or "\r" in a CR-only file."""
    for i, ch in enumerate(text):
        if ch == "\n":
            return "\n"
        if ch == "\r":
            return "\n" if text[i + 1 : i + 2] == "\n" else "\r"
    return "\n"


def sniff_delimiter(first_line: str) -> str:
    """The separator that cuts the header into the most columns (commas on a tie)."""
    best, most = ",", 0
    for delimiter in DELIMITERS:
        try:
            cells = next(csv.reader([first_line], delimiter=delimiter), [])
        except csv.Error:
            continue
        if len(cells) > most:
            best, most = delimiter, len(cells)
    return best


def repeated_column(header: list[str]) -> tuple[str, int, int] | None:
    """The first column title that appears twice (case and spaces aside), with both places."""
    seen: dict[str, int] = {}
    for i, name in enumerate(header):
        key = name.strip().lower()
        if not key:
            continue
        if key in seen:
            return key, seen[key] + 1, i + 1
        seen[key] = i
    return None
