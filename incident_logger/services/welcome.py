"""First start: what a database holds (is it new?), and a separate database to try demo data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from incident_logger import paths
from incident_logger.store.engine import Database
from incident_logger.store.repositories import count_reports, incidents, places, sources

DEMO_INCIDENTS = 2_000
DEMO_FILE = "demo.sqlite3"


@dataclass(frozen=True, slots=True)
class FirstStart:
    incidents: int  # live and in the trash
    count_reports: int
    sources: int
    places_by_kind: dict[str, int] = field(default_factory=dict)  # live places

    @property
    def places(self) -> int:
        return sum(self.places_by_kind.values())

    @property
    def is_new(self) -> bool:
        """Nothing recorded yet: no incident (not even in the trash) and no count report."""
        return self.incidents == 0 and self.count_reports == 0


def first_start_facts(db: Database) -> FirstStart:
    with db.read_sql() as sql:
        return FirstStart(
            incidents.count_all(sql),
            count_reports.count_all(sql),
            sources.live_count(sql),
            places.live_count_by_kind(sql),
        )


def demo_database_path() -> Path:
    """The demo database lives in the user data folder, never in the user's own file."""
    return paths.data_dir() / DEMO_FILE
