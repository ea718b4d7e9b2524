"""Count reports: the one SELECT, INSERT and UPDATE, and the row <-> report mapping.

A report's lines live in ``count_line`` in the report's order (``position``). The services,
the import writer, the export and the demo generator read and write reports through here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from incident_logger.domain.models import CountLine, CountReport, CountReportDraft
from incident_logger.store.sql import Sql

# The report's own columns, in the draft's order (its lines are in count_line).
COLUMNS = (
    "source_id",
    "issued_at",
    "period_start",
    "period_end",
    "subject",
    "outcome",
    "stated_total",
    "note",
    "total_approximate",
)
_WRITTEN = ("id", *COLUMNS, "created_at", "updated_at", "deleted_at")
INSERT_SQL = (
    f"INSERT INTO count_report({', '.join(_WRITTEN)}) VALUES ({','.join('?' * len(_WRITTEN))})"
)
UPDATE_SQL = (
    f"UPDATE count_report SET {', '.join(f'{c} = ?' for c in (*COLUMNS, 'updated_at'))} "
    "WHERE id = ?"
)
LINE_SQL = (
    "INSERT INTO count_line(report_id, place_id, count, note, position, approximate) "
    "VALUES (?,?,?,?,?,?)"
)
_SELECT = f"SELECT id, {', '.join(COLUMNS)}, created_at, updated_at, deleted_at FROM count_report"
_LINES = "SELECT report_id, place_id, count, note, approximate FROM count_line"


def values(draft: CountReportDraft) -> tuple[Any, ...]:
    """The report's columns in ``COLUMNS`` order (a total's "30+" only with a total)."""
    return (
        draft.source_id,
        draft.issued_at,
        draft.period_start,
        draft.period_end,
        draft.subject,
        draft.outcome,
        draft.stated_total,
        draft.note,
        bool(draft.total_approximate and draft.stated_total is not None),
    )


def line_rows(report_id: int, lines: Iterable[CountLine]) -> list[tuple[Any, ...]]:
    return [
        (report_id, ln.place_id, ln.count, ln.note, pos, ln.approximate)
        for pos, ln in enumerate(lines)
    ]


def insert(
    conn: sqlite3.Connection,
    draft: CountReportDraft,
    now: str,
    report_id: int | None = None,
    *,
    created_at: str | None = None,
    updated_at: str | None = None,
    deleted_at: str | None = None,
) -> int:
    """Write a report and its lines; returns its id."""
    cur = conn.execute(
        INSERT_SQL,
        (report_id, *values(draft), created_at or now, updated_at or now, deleted_at),
    )
    assert cur.lastrowid is not None
    conn.executemany(LINE_SQL, line_rows(cur.lastrowid, draft.lines))
    return cur.lastrowid


def update(conn: sqlite3.Connection, report_id: int, draft: CountReportDraft, now: str) -> None:
    """Replace a report's values and lines."""
    conn.execute(UPDATE_SQL, (*values(draft), now, report_id))
    conn.execute("DELETE FROM count_line WHERE report_id = ?", (report_id,))
    conn.executemany(LINE_SQL, line_rows(report_id, draft.lines))


def _report(row: Sequence[Any], lines: Iterable[CountLine]) -> CountReport:
    width = len(COLUMNS)
    draft = CountReportDraft(
        source_id=row[1],
        issued_at=row[2],
        period_start=row[3],
        period_end=row[4],
        subject=row[5],
        outcome=row[6],
        stated_total=row[7],
        note=row[8],
        lines=tuple(lines),
        total_approximate=bool(row[9]),
    )
    return CountReport(row[0], draft, *row[width + 1 :])


def _line(place_id: int, count: int, note: str, approximate: int) -> CountLine:
    return CountLine(place_id, count, note, bool(approximate))


def get(conn: sqlite3.Connection, report_id: int) -> CountReport | None:
    row = conn.execute(f"{_SELECT} WHERE id = ?", (report_id,)).fetchone()
    if row is None:
        return None
    lines = conn.execute(f"{_LINES} WHERE report_id = ? ORDER BY position, id", (report_id,))
    return _report(row, (_line(*ln[1:]) for ln in lines))


def load_all(conn: sqlite3.Connection) -> list[CountReport]:
    """Every report (the trash included) with its lines, by id."""
    lines: dict[int, list[CountLine]] = {}
    for ln in conn.execute(f"{_LINES} ORDER BY report_id, position, id"):
        lines.setdefault(ln[0], []).append(_line(*ln[1:]))
    return [_report(row, lines.get(row[0], ())) for row in conn.execute(f"{_SELECT} ORDER BY id")]


def same_report_exists(sql: Sql, draft: CountReportDraft) -> bool:
    """Whether a report of the same source, times, subject and outcome is stored."""
    row = sql.execute(
        "SELECT 1 FROM count_report WHERE source_id = ? AND issued_at = ? "
        "AND period_start = ? AND period_end = ? AND subject = ? AND outcome = ?",
        (
            draft.source_id,
            draft.issued_at,
            draft.period_start,
            draft.period_end,
            draft.subject,
            draft.outcome,
        ),
    ).fetchone()
    return row is not None


def count_all(sql: Sql) -> int:
    """Every report, the trash included."""
    return int(sql.scalar("SELECT count(*) FROM count_report"))
