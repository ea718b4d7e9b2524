"""Briefing use case: select incidents with the search language, fill the report model, write."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from incident_logger.domain.messages import Message, MessageError, msg
from incident_logger.domain.query import Node, parse_query, with_period
from incident_logger.domain.timefmt import normalise_when
from incident_logger.domain.validation import MAX_TITLE
from incident_logger.reports import (
    Briefing,
    BriefingCancelled,
    BriefingResult,
    BriefingSections,
    FontsMissingError,
    build_briefing,
    i18n,
)
from incident_logger.reports import formatting as fmt
from incident_logger.services.briefing_records import (
    Places,
    read_incidents,
    read_sources,
    read_statements,
    statement_ids,
)
from incident_logger.services.context import now_iso, raw_connection
from incident_logger.services.search import QuerySyntaxError, compile_query
from incident_logger.store.engine import Database
from incident_logger.store.repositories import incidents as incident_repo

__all__ = [
    "DEFAULT_MARKING",
    "LANGUAGES",
    "MAX_LABELS",
    "BriefingCancelled",
    "BriefingRequest",
    "BriefingResult",
    "BriefingSections",
    "FontsMissingError",
    "LabelError",
    "PeriodError",
    "QuerySyntaxError",
    "briefing_data",
    "check_labels",
    "covered",
    "default_marking",
    "default_title",
    "write_briefing",
]

DEFAULT_MARKING = i18n.N_("For internal use")  # the app and the command line both start from it
LANGUAGES = i18n.LANGUAGES  # code -> the language's own name: what a briefing can be written in
# The longest title page texts a briefing takes (the dialog's fields stop there too).
MAX_LABELS = {"title": MAX_TITLE, "marking": 200, "author": 200}


@dataclass(frozen=True, slots=True)
class BriefingRequest:
    """What the user asks for: a search, an optional period, and how the briefing is labelled.

    ``period_start``/``period_end`` accept what users type ('2026-09-12', '2026-09-12 06:00');
    a bare end date means the end of that day. Without a period the briefing covers the span of
    the selected incidents, and the count statements that overlap it.
    """

    query: str = ""
    period_start: str | None = None
    period_end: str | None = None
    title: str = ""
    marking: str = DEFAULT_MARKING  # "" for none
    author: str = ""
    sections: BriefingSections = field(default_factory=BriefingSections)
    paper: Literal["A4", "Letter"] = "A4"
    language: str = "en"  # the briefing's own words, dates and numbers: en, ru or uk


def default_marking(language: str) -> str:
    """The marking a briefing in ``language`` starts with ("For internal use", translated)."""
    with i18n.use(language):
        return i18n._(DEFAULT_MARKING)


def default_title(language: str) -> str:
    """The title a briefing in ``language`` has when none is given."""
    with i18n.use(language):
        return i18n._("Incident briefing")


class PeriodError(MessageError):
    """The briefing's period cannot be read or runs backwards."""


class LabelError(MessageError):
    """A title page text is longer than allowed."""


def _bound(text: str | None, what: str, *, end: bool) -> str | None:
    if text is None or not text.strip():
        return None
    try:
        stored = normalise_when(text)
    except MessageError as exc:
        raise PeriodError(msg(what, problem=exc.msg)) from None
    if end and len(text.strip()) == 10:
        stored = stored[:10] + "T23:59"  # a bare end date includes that whole day
    return stored


def check_labels(request: BriefingRequest) -> None:
    """Raise LabelError naming the field when a title page text is longer than allowed."""
    for name, limit in MAX_LABELS.items():
        value = getattr(request, name).strip()
        if len(value) > limit:
            raise LabelError(msg("label_too_long", field=name, length=len(value), limit=limit))


def _period(request: BriefingRequest) -> tuple[str | None, str | None]:
    start = _bound(request.period_start, "period_start", end=False)
    end = _bound(request.period_end, "period_end", end=True)
    if start and end and start > end:
        raise PeriodError(msg("period_reversed", start=start, end=end))
    return start, end


def _selection(request: BriefingRequest) -> tuple[Node | None, str | None, str | None]:
    """The request's search, parsed once (QuerySyntaxError names the position in the user's
    own text), and its period."""
    start, end = _period(request)
    return parse_query(request.query), start, end


@contextmanager
def _snapshot(db: Database) -> Iterator[Any]:
    """One read snapshot: SQLite's own connection (its compiled search reads the FTS5 index),
    or a team database's ``Sql``; ``compile_query`` picks the engine's compiler from it."""
    if db.kind == "postgresql":
        with db.read_sql() as sql:
            yield sql
        return
    with db.read() as session:
        yield raw_connection(session)


def briefing_data(
    db: Database,
    request: BriefingRequest,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Briefing:
    """The report model for ``request``, read in one snapshot of the database.

    Raises QuerySyntaxError for a malformed query, ValueError for an unreadable period or a
    title, marking or author longer than :data:`MAX_LABELS` allows.
    """
    check_labels(request)
    i18n.language(request.language)  # raises UnknownLanguageError (a ValueError) naming it
    query, start, end = _selection(request)
    with _snapshot(db) as conn:
        compiled = compile_query(conn, with_period(query, start, end))
        ids = incident_repo.ids_where(conn, compiled.sql, compiled.params)
        places = Places(conn)
        sources = read_sources(conn)
        incidents = read_incidents(conn, ids, places, sources, cancelled)
        if (start is None or end is None) and incidents:
            start = start or min(i.start_at for i in incidents)
            end = end or max((i.end_at or i.start_at) for i in incidents)
        if (start and end) or query is not None:
            report_ids, counts_note = statement_ids(conn, query, start, end)
        else:
            report_ids, counts_note = [], None  # nothing selected, no period: no statements
        statements = read_statements(conn, report_ids, places, sources)
    cited = {c.source_id for i in incidents for c in i.sources}
    cited |= {s.source_id for s in statements}
    notes = [*compiled.notes, *([counts_note] if counts_note else [])]
    with i18n.use(request.language):
        scope = _scope(request, notes, *_period(request))
        title = request.title.strip() or i18n._("Incident briefing")
    return Briefing(
        title=title,
        generated_at=now_iso(),
        period_start=start,
        period_end=end,
        scope=scope,
        marking=request.marking.strip(),
        author=request.author.strip(),
        incidents=tuple(incidents),
        statements=tuple(statements),
        sources=tuple(sources[s] for s in sorted(cited) if s in sources),
        sections=request.sections,
        paper=request.paper,
        language=request.language,
    )


def _scope(
    request: BriefingRequest, notes: Sequence[Message], start: str | None, end: str | None
) -> str:
    """The selection in words: the search, the period asked for, and the search's notes."""
    scope = request.query.strip() or i18n._("All incidents")
    if start or end:
        scope += ", " + fmt.period(start, end)
    if notes:
        scope += " (" + "; ".join(_note(n) for n in notes) + ")"
    return scope


# The search's notes in the briefing's language (the same texts as domain/messages.py's).
_NOTES = {
    "no_place_named": i18n.N_("No place is named '{text}'."),
    "no_category_named": i18n.N_("No category is named '{value}'."),
    "no_source_contains": i18n.N_("No source name contains '{value}'."),
    "counts_by_period": i18n.N_(
        "count statements: all in the period; the search applies to incidents"
    ),
}


def _note(note: Message) -> str:
    if note.code not in _NOTES:
        return str(note)
    return i18n._(_NOTES[note.code]).format(**{k: str(v) for k, v in note.values})


def covered(db: Database, request: BriefingRequest) -> tuple[int, int]:
    """How many incidents and count statements a briefing of ``request`` would cover.

    The same selection as :func:`briefing_data`, counted without reading the records.
    """
    check_labels(request)
    query, start, end = _selection(request)
    with _snapshot(db) as conn:
        compiled = compile_query(conn, with_period(query, start, end))
        found, first, last = incident_repo.span_where(conn, compiled.sql, compiled.params)
        if (start is None or end is None) and found:
            start, end = start or first, end or last
        report_ids: list[int] = []
        if (start and end) or query is not None:
            report_ids, _ = statement_ids(conn, query, start, end)
    return int(found), len(report_ids)


def write_briefing(
    db: Database,
    request: BriefingRequest,
    path: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BriefingResult:
    """Read the data and write the PDF atomically (whole file or none; see build_briefing)."""
    briefing = briefing_data(db, request, cancelled=cancelled)
    return build_briefing(briefing, path, progress=progress, cancelled=cancelled)
