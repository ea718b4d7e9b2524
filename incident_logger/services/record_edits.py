"""The writes the Sources, Places and Regional counts pages make, each returning what it changed.

Like ``incident_edits`` they wrap the services (which keep their signatures for the command
line, import and tests) and add the ``Changes`` the UI's change hub announces. They run on the
task runner. A save given ``expected_version`` (the version the analyst opened) raises
``ConflictError`` when someone saved the record in between; a new record ignores it. A move to
the trash or out of it given ``expected_version`` is refused the same way.

Each kind of record is one ``RecordEdits`` value (``SOURCES``, ``PLACES``, ``COUNT_REPORTS``):
its service calls and the ``Changes`` it makes, written once for the three.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from incident_logger.domain.changes import Changes, of_count_reports, of_places, of_sources
from incident_logger.services import counts, places, sources
from incident_logger.store.engine import Database


class Stored(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=Stored)
D = TypeVar("D")


@dataclass(frozen=True, slots=True)
class Written(Generic[R]):
    """The record as stored after a save, and what the save changed."""

    record: R
    changes: Changes


@dataclass(frozen=True, slots=True)
class RecordEdits(Generic[D, R]):
    """One kind of record's reads and writes as the pages need them."""

    get: Callable[[Database, int], R]
    create: Callable[[Database, D], R]
    update: Callable[..., R]  # (db, id, draft, *, expected_version)
    set_deleted: Callable[..., Any]  # (db, id, deleted, *, expected_version)
    changes_of: Callable[[Iterable[int]], Changes]

    def save(
        self, db: Database, record_id: int | None, draft: D, *, expected_version: int | None = None
    ) -> Written[R]:
        """Create the record (``record_id`` None) or save over it."""
        if record_id is None:
            record = self.create(db, draft)
        else:
            record = self.update(db, record_id, draft, expected_version=expected_version)
        return Written(record, self.changes_of([record.id]))

    def trash(
        self, db: Database, record_id: int, deleted: bool, *, expected_version: int | None = None
    ) -> Changes:
        """Move the record to the trash or restore it. A source cited by live incidents, or a
        place in use, is refused (``ValidationError``)."""
        self.set_deleted(db, record_id, deleted, expected_version=expected_version)
        return self.changes_of([record_id])


SOURCES = RecordEdits(
    sources.get_source,
    sources.create_source,
    sources.update_source,
    sources.set_source_deleted,
    of_sources,
)
PLACES = RecordEdits(
    places.get_place, places.create_place, places.update_place, places.set_place_deleted, of_places
)
COUNT_REPORTS = RecordEdits(
    counts.get_count_report,
    counts.create_count_report,
    counts.update_count_report,
    counts.set_count_report_deleted,
    of_count_reports,
)
