"""Count reports: the one SELECT, INSERT and UPDATE, and the row <-> report mapping.

A report's lines live in ``count_line`` in the report's order (``position``). The services,
the import writer, the export and the demo generator read and write reports through here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from incident_logger.domain.models import CountLine, CountReport, CountReportDraft
from incident_logger.store.sql import Sql, wrap

Conn = sqlite3.Connection | Sql  # the import passes its sqlite3 connection as it is

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
# PostgreSQL's identity column takes no NULL id.
_INSERT_NEW_SQL = (
    f"INSERT INTO count_report({', '.join(_WRITTEN[1:])}) "
    f"VALUES ({','.join('?' * (len(_WRITTEN) - 1))})"
)
LINE_SQL = (
    "INSERT INTO count_line(report_id, place_id, count, note, position, approximate) "
    "VALUES (?,?,?,?,?,?)"
)
_SELECT = (
    f"SELECT id, {', '.join(COLUMNS)}, created_at, updated_at, deleted_at, version "
    "FROM count_report"
)
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
    conn: Conn,
    draft: CountReportDraft,
    now: str,
    report_id: int | None = None,
    *,
    created_at: str | None = None,
    updated_at: str | None = None,
    deleted_at: str | None = None,
) -> int:
    """Write a report and its lines; returns its id."""
    sql = wrap(conn)
    row = (*values(draft), created_at or now, updated_at or now, deleted_at)
    if report_id is None and sql.kind == "postgresql":
        new_id = sql.insert(_INSERT_NEW_SQL, row)
    else:
        new_id = sql.insert(INSERT_SQL, (report_id, *row))
    sql.executemany(LINE_SQL, line_rows(new_id, draft.lines))
    return new_id


def update(conn: Conn, report_id: int, draft: CountReportDraft, now: str) -> None:
    """Replace a report's values and lines."""
    conn = wrap(conn)
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


def get(conn: Conn, report_id: int) -> CountReport | None:
    conn = wrap(conn)
    row = conn.execute(f"{_SELECT} WHERE id = ?", (report_id,)).fetchone()
    if row is None:
        return None
    lines = conn.execute(f"{_LINES} WHERE report_id = ? ORDER BY position, id", (report_id,))
    return _report(row, (_line(*ln[1:]) for ln in lines))


def load_all(conn: Conn) -> list[CountReport]:
    """Every report (the trash included) with its lines, by id."""
    conn = wrap(conn)
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


# --- lists (the Counts page, totals, the briefing) ------------------------------------------
# A list is selected by ``where``, a condition over ``count_report r`` with named parameters:
# ``selection`` gives the period and trash part, the counts search adds its own.


def selection(
    start: str | None, end: str | None, *, deleted: bool
) -> tuple[str, dict[str, object]]:
    """The condition for reports in or out of the trash overlapping [start, end]."""
    where = "(r.deleted_at IS NOT NULL) = :deleted"
    params: dict[str, object] = {"deleted": deleted}
    if start:
        where += " AND r.period_end >= :start"
        params["start"] = start
    if end:
        where += " AND r.period_start <= :end"
        params["end"] = end
    return where, params


def ids_where(sql: Sql, where: str, params: dict[str, object]) -> list[int]:
    """Reports selected by ``where``, oldest issued first."""
    rows = sql.execute(
        f"SELECT r.id FROM count_report r WHERE {where} ORDER BY r.issued_at, r.id",
        params,
    )
    return [int(r[0]) for r in rows]


def summary_rows_where(sql: Sql, where: str, params: dict[str, object]) -> list[Any]:
    """(id, source id, issued, period start, period end, subject, outcome, total, note,
    created, updated, deleted, source name, source grade, total approximate) of the reports
    selected by ``where``, newest issued first."""
    return sql.execute(
        "SELECT r.id, r.source_id, r.issued_at, r.period_start, r.period_end, r.subject, "
        "r.outcome, r.stated_total, r.note, r.created_at, r.updated_at, r.deleted_at, "
        "s.name, s.reliability, r.total_approximate "
        "FROM count_report r JOIN source s ON s.id = r.source_id "
        f"WHERE {where} ORDER BY r.issued_at DESC, r.id DESC",
        params,
    ).fetchall()


def lines_of(sql: Sql, report_ids: Sequence[int]) -> dict[int, list[CountLine]]:
    """The lines of these reports, in each report's order, in one statement."""
    out: dict[int, list[CountLine]] = {}
    if sql.kind == "postgresql":
        rows = sql.execute(
            "SELECT report_id, place_id, count, note, approximate FROM count_line "
            "WHERE report_id = ANY(?) ORDER BY report_id, position",
            (list(report_ids),),
        )
    else:  # one statement however many ids (SQLite's limit on parameters does not apply)
        rows = sql.execute(
            "SELECT l.report_id, l.place_id, l.count, l.note, l.approximate FROM count_line l "
            "WHERE l.report_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY l.report_id, l.position",
            (json.dumps(list(report_ids)),),
        )
    for report_id, place_id, count, note, approximate in rows:
        out.setdefault(report_id, []).append(_line(place_id, count, note, approximate))
    return out


def totals_where(sql: Sql, where: str, params: dict[str, object]) -> list[Any]:
    """(place id, place name, source id, source name, sum of counts, reports) per region and
    source over the lines of the reports selected by ``where``."""
    return sql.execute(
        "SELECT l.place_id, p.name, r.source_id, s.name, sum(l.count), count(DISTINCT r.id) "
        "FROM count_line l JOIN count_report r ON r.id = l.report_id "
        "JOIN place p ON p.id = l.place_id JOIN source s ON s.id = r.source_id "
        f"WHERE {where} GROUP BY l.place_id, r.source_id, p.name, s.name ORDER BY p.name, s.name",
        params,
    ).fetchall()


def by_ids(conn: Conn, report_ids: Sequence[int]) -> list[CountReport]:
    """The reports ``report_ids`` (missing ones skipped) with their lines, in that order."""
    sql = wrap(conn)
    found: dict[int, Any] = {}
    lines: dict[int, list[CountLine]] = {}
    for start in range(0, len(report_ids), 500):
        chunk = list(report_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        found.update((r[0], r) for r in sql.execute(f"{_SELECT} WHERE id IN ({marks})", chunk))
        for ln in sql.execute(
            f"{_LINES} WHERE report_id IN ({marks}) ORDER BY report_id, position, id", chunk
        ):
            lines.setdefault(ln[0], []).append(_line(*ln[1:]))
    return [_report(found[i], lines.get(i, ())) for i in report_ids if i in found]
