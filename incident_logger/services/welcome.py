"""First start: what a database holds (is it new?), and a separate database to try demo data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from incident_logger import paths
from incident_logger.store.engine import Database

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
    with db.read() as session:

        def one(sql: str) -> int:
            return int(session.execute(text(sql)).scalar_one())

        incidents = one("SELECT count(*) FROM incident")
        reports = one("SELECT count(*) FROM count_report")
        sources = one("SELECT count(*) FROM source WHERE deleted_at IS NULL")
        kinds = session.execute(
            text("SELECT kind, count(*) FROM place WHERE deleted_at IS NULL GROUP BY kind")
        ).all()
    return FirstStart(incidents, reports, sources, {str(k): int(n) for k, n in kinds})


def demo_database_path() -> Path:
    """The demo database lives in the user data folder, never in the user's own file."""
    return paths.data_dir() / DEMO_FILE
