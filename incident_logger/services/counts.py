"""Regional count reports: one statement's numbers per region, and totals per region."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlmodel import Session

from incident_logger.domain.enums import EntityKind
from incident_logger.domain.errors import NotFoundError
from incident_logger.domain.messages import msg
from incident_logger.domain.models import CountReport, CountReportDraft
from incident_logger.domain.query import Node
from incident_logger.domain.tally import Tally, tally
from incident_logger.domain.timefmt import normalise_when
from incident_logger.domain.validation import count_report_errors, raise_if
from incident_logger.services import history, versions
from incident_logger.services.context import now_iso
from incident_logger.services.counts_query import parse_count_query
from incident_logger.services.places import place_exists
from incident_logger.services.sources import source_exists
from incident_logger.store.engine import Database
from incident_logger.store.repositories import count_reports as repo
from incident_logger.store.repositories import count_search
from incident_logger.store.sql import Sql, wrap
from incident_logger.store.tables import CountReportRow


@dataclass(frozen=True, slots=True)
class CountReportSummary:
    """A report as a list shows it: who, when, what, and its arithmetic."""

    report: CountReport
    source_name: str
    source_grade: str
    tally: Tally


@dataclass(frozen=True, slots=True)
class RegionSourceTotal:
    """The sum a source reported for one region over a period."""

    place_id: int
    place_name: str
    source_id: int
    source_name: str
    total: int
    reports: int


@dataclass(frozen=True, slots=True)
class SourcePeriodTally:
    """What one source's reports in a period add up to beyond their region lines."""

    source_id: int
    source_name: str
    reports: int
    stated: int  # the sum of the stated totals (reports that state one)
    unallocated: int  # the sum of what those totals left unattributed to any region
    without_total: int  # reports that state no total (only their lines count)


def tallies_by_source(reports: Iterable[CountReportSummary]) -> list[SourcePeriodTally]:
    """Per source, stated totals and unallocated remainders, as the report form shows them."""
    found: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for summary in reports:
        source_id = summary.report.draft.source_id
        names[source_id] = summary.source_name
        cell = found.setdefault(source_id, [0, 0, 0, 0])
        cell[0] += 1
        if summary.tally.stated_total is None:
            cell[3] += 1
        else:
            cell[1] += summary.tally.stated_total
            cell[2] += summary.tally.remainder or 0
    return [
        SourcePeriodTally(sid, names[sid], n, stated, rest, unstated)
        for sid, (n, stated, rest, unstated) in found.items()
    ]


def as_stored(draft: CountReportDraft, *, strict: bool = True) -> CountReportDraft:
    """The draft with its times and words as a save stores them. Not ``strict`` (to compare
    a form with a stored version: "2026-09-12T09:00" is stored as "2026-09-12 09:00"), a time
    that cannot be read stays as typed; ``strict``, it raises ``ValueError``."""

    def when(text: str) -> str:
        try:
            return normalise_when(text)
        except ValueError:
            if strict:
                raise
            return text

    return replace(
        draft,
        issued_at=when(draft.issued_at),
        period_start=when(draft.period_start),
        period_end=when(draft.period_end),
        subject=" ".join(draft.subject.split()),
        outcome=" ".join(draft.outcome.split()),
    )


def _normalised(session: Session, draft: CountReportDraft) -> CountReportDraft:
    raise_if(
        count_report_errors(
            draft, lambda i: place_exists(session, i), lambda i: source_exists(session, i)
        )
    )
    return as_stored(draft)


def add_count_report(session: Session, draft: CountReportDraft, reason: str = "") -> int:
    draft = _normalised(session, draft)
    session.flush()  # anything the session holds reaches the database before the plain writes
    report_id = repo.insert(Sql.of(session), draft, now_iso())
    history.created(session, EntityKind.COUNT_REPORT, report_id, draft, reason)
    return report_id


def create_count_report(db: Database, draft: CountReportDraft, reason: str = "") -> CountReport:
    with db.write() as session:
        report_id = add_count_report(session, draft, reason)
    return get_count_report(db, report_id)


def update_count_report(
    db: Database,
    report_id: int,
    draft: CountReportDraft,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> CountReport:
    with db.write() as session:
        versions.claim(session, EntityKind.COUNT_REPORT, report_id, expected_version)
        before = _load(session, report_id)
        draft = _normalised(session, draft)
        changes = history.changes_between(before.draft, draft)
        if changes:
            session.flush()
            repo.update(Sql.of(session), report_id, draft, now_iso())
            history.edited(session, EntityKind.COUNT_REPORT, report_id, changes, reason)
    return get_count_report(db, report_id)


def set_count_report_deleted(
    db: Database,
    report_id: int,
    deleted: bool,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> CountReport:
    with db.write() as session:
        versions.claim(session, EntityKind.COUNT_REPORT, report_id, expected_version)
        row = session.get(CountReportRow, report_id)
        if row is None:
            raise NotFoundError(msg("no_count_report", id=str(report_id)))
        history.mark_deleted(
            session,
            row,
            entity=EntityKind.COUNT_REPORT,
            entity_id=report_id,
            deleted=deleted,
            reason=reason,
        )
    return get_count_report(db, report_id)


def _load(session: Session, report_id: int) -> CountReport:
    found = repo.get(Sql.of(session), report_id)
    if found is None:
        raise NotFoundError(msg("no_count_report", id=str(report_id)))
    return found


def get_count_report(db: Database, report_id: int) -> CountReport:
    with db.read() as session:
        return _load(session, report_id)


def _selection(
    conn: sqlite3.Connection | Sql,
    *,
    start: str | None,
    end: str | None,
    deleted: bool,
    query: str | Node | None,
) -> tuple[str, dict[str, object]]:
    """The WHERE condition over ``count_report r`` for a period, the trash flag and a query."""
    where, params = repo.selection(
        normalise_when(start) if start else None,
        normalise_when(end) if end else None,
        deleted=deleted,
    )
    node = parse_count_query(query)
    if node is not None:
        condition = count_search.condition(wrap(conn), node)
        where += f" AND ({condition.sql})"
        params.update(condition.params)
    return where, params


def count_report_ids(
    conn: sqlite3.Connection | Sql,
    query: str | Node | None = None,
    *,
    start: str | None = None,
    end: str | None = None,
) -> list[int]:
    """Ids of the live count reports a query selects (oldest issued first), e.g. for a briefing.

    ``query`` is the search language (source:, region:, from:, to:, reliability:, words over
    notes and lines); a period [start, end] keeps the reports overlapping it. Raises
    QuerySyntaxError (with the position in ``query``) for text that does not parse.
    """
    where, params = _selection(conn, start=start, end=end, deleted=False, query=query)
    return repo.ids_where(wrap(conn), where, params)


def list_count_reports(
    db: Database,
    *,
    start: str | None = None,
    end: str | None = None,
    deleted: bool = False,
    query: str = "",
) -> list[CountReportSummary]:
    """Reports whose period overlaps [start, end] and that ``query`` selects, newest first.

    Raises QuerySyntaxError when ``query`` does not parse.
    """
    with db.read_sql() as sql:
        where, params = _selection(sql, start=start, end=end, deleted=deleted, query=query)
        rows = repo.summary_rows_where(sql, where, params)
        # One pass over the lines of all selected reports (by id, through the report_id index),
        # not one query per report nor the selection evaluated a second time.
        lines = repo.lines_of(sql, [row[0] for row in rows])
    summaries = []
    for (
        rid,
        source_id,
        issued,
        p_start,
        p_end,
        subject,
        outcome,
        total,
        note,
        created,
        updated,
        deleted_at,
        source_name,
        grade,
        total_approximate,
    ) in rows:
        draft = CountReportDraft(
            source_id,
            issued,
            p_start,
            p_end,
            subject,
            outcome,
            total,
            note,
            tuple(lines.get(rid, ())),
            bool(total_approximate),
        )
        report = CountReport(rid, draft, created, updated, deleted_at)
        summaries.append(CountReportSummary(report, source_name, grade, tally(total, draft.lines)))
    return summaries


def totals_by_region(
    db: Database, *, start: str, end: str, subject: str | None = None, query: str = ""
) -> list[RegionSourceTotal]:
    """Per region and per source, the sum of counts in the reports whose period overlaps
    [start, end] (and that ``query`` selects)."""
    with db.read_sql() as sql:
        where, params = _selection(sql, start=start, end=end, deleted=False, query=query)
        if subject:
            where += " AND r.subject = :subject"
            params["subject"] = subject
        return [RegionSourceTotal(*row) for row in repo.totals_where(sql, where, params)]
