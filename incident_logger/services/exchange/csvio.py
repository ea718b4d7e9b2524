"""Reading and writing CSV text: encodings, physical line numbers, formula-safe cells."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from incident_logger.services.exchange.cells import neutralise, restore
from incident_logger.services.exchange.problems import Problem

# Narratives may hold 200,000 characters; csv's default limit is 131,072.
csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))


def decode(path: Path, data: bytes) -> tuple[str, Problem | None]:
    """The file's text (UTF-8, with or without a byte-order mark), or where it is not UTF-8."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return "", Problem(
            path.name,
            line,
            "",
            "this is not UTF-8 text (save it from the spreadsheet as 'CSV UTF-8')",
        )


def read_rows(path: Path, text: str, problems: list[Problem]) -> Iterator[tuple[int, list[str]]]:
    """(first physical line, cells) for each record; a broken record stops the reading."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.append(
                Problem(path.name, line, "", f"the CSV is malformed here ({exc}); reading stopped")
            )
            return
        yield line, row


def restored(row: list[str]) -> list[str]:
    """Cells with the formula guard of ``neutralise`` removed."""
    return [restore(c) if c[:1] == "'" else c for c in row]


def safe_row(cells: list[str]) -> list[str]:
    return [neutralise(c) for c in cells]


def header_index(header: list[str]) -> dict[str, int]:
    return {name.strip().lower(): i for i, name in enumerate(header)}
