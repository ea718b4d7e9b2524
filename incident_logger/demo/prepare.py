"""The separate demo database the welcome offers: filled once, reused after."""

from __future__ import annotations

from pathlib import Path

from incident_logger.services.welcome import (
    DEMO_INCIDENTS,
    demo_database_path,
    first_start_facts,
)
from incident_logger.store.engine import open_database


def prepare_demo(path: Path | None = None, incidents: int = DEMO_INCIDENTS) -> Path:
    """A database of made-up incidents to try the app on (filled once; reused after)."""
    path = path or demo_database_path()
    from incident_logger.demo.generate import generate_demo  # loaded only when asked for

    db = open_database(path)
    try:
        if first_start_facts(db).incidents == 0:
            generate_demo(db, incidents)
    finally:
        db.close()
    return path
