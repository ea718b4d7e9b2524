"""Reading a statement as the app does it, off the GUI thread: dictionaries, places, source."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from incident_logger.language import warm_up
from incident_logger.services.capture.model import CaptureResult
from incident_logger.services.capture.pipeline import capture
from incident_logger.services.capture.places import load_place_index
from incident_logger.services.capture.sources import recognise_source
from incident_logger.services.capture.times import TimeRules
from incident_logger.store.engine import Database


def read_statement(
    db: Database,
    text: str,
    issued: datetime,
    rules: TimeRules | None = None,
    zone: str | None = None,
) -> CaptureResult:
    """Capture with the gazetteer of ``db`` and the source recognised from its Sources."""
    warm_up()  # the dictionaries, once per process (a no-op when already loaded)
    result = capture(text, issued, index=load_place_index(db), rules=rules, zone=zone)
    return replace(result, source=recognise_source(db, text))
