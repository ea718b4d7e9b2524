"""The writes the Sources, Places and Regional counts pages make, each returning what it changed.

Like ``incident_edits`` they wrap the services (which keep their signatures for the command
line, import and tests) and add the ``Changes`` the UI's change hub announces. They run on the
task runner. A save given ``expected_version`` (the version the analyst opened) raises
``ConflictError`` when someone saved the record in between; a new record ignores it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from incident_logger.domain.changes import Changes, of_count_reports, of_places, of_sources
from incident_logger.domain.models import (
    CountReport,
    CountReportDraft,
    Place,
    PlaceDraft,
    Source,
    SourceDraft,
)
from incident_logger.domain.timefmt import normalise_when
from incident_logger.services import counts, places, sources
from incident_logger.store.engine import Database

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Written(Generic[R]):
    """The record as stored after a save, and what the save changed."""

    record: R
    changes: Changes


def save_source(
    db: Database, source_id: int | None, draft: SourceDraft, *, expected_version: int | None = None
) -> Written[Source]:
    if source_id is None:
        source = sources.create_source(db, draft)
    else:
        source = sources.update_source(db, source_id, draft, expected_version=expected_version)
    return Written(source, of_sources([source.id]))


def trash_source(
    db: Database, source_id: int, deleted: bool, *, expected_version: int | None = None
) -> Changes:
    """Move a source to the trash (refused while live incidents cite it) or restore it."""
    sources.set_source_deleted(db, source_id, deleted, expected_version=expected_version)
    return of_sources([source_id])


def save_place(
    db: Database, place_id: int | None, draft: PlaceDraft, *, expected_version: int | None = None
) -> Written[Place]:
    if place_id is None:
        place = places.create_place(db, draft)
    else:
        place = places.update_place(db, place_id, draft, expected_version=expected_version)
    return Written(place, of_places([place.id]))


def trash_place(
    db: Database, place_id: int, deleted: bool, *, expected_version: int | None = None
) -> Changes:
    """Move a place to the trash (refused while it is in use) or restore it."""
    places.set_place_deleted(db, place_id, deleted, expected_version=expected_version)
    return of_places([place_id])


def save_count_report(
    db: Database,
    report_id: int | None,
    draft: CountReportDraft,
    *,
    expected_version: int | None = None,
) -> Written[CountReport]:
    if report_id is None:
        report = counts.create_count_report(db, draft)
    else:
        report = counts.update_count_report(db, report_id, draft, expected_version=expected_version)
    return Written(report, of_count_reports([report.id]))


def trash_count_report(
    db: Database, report_id: int, deleted: bool, *, expected_version: int | None = None
) -> Changes:
    counts.set_count_report_deleted(db, report_id, deleted, expected_version=expected_version)
    return of_count_reports([report_id])


def count_report_as_stored(draft: CountReportDraft) -> CountReportDraft:
    """The draft with its times and words as a save stores them (to compare with a stored
    version: "2026-09-12 09:00" is what "2026-09-12T09:00" shows)."""

    def when(text: str) -> str:
        try:
            return normalise_when(text)
        except ValueError:
            return text

    return replace(
        draft,
        issued_at=when(draft.issued_at),
        period_start=when(draft.period_start),
        period_end=when(draft.period_end),
        subject=" ".join(draft.subject.split()),
        outcome=" ".join(draft.outcome.split()),
    )
