"""Paste-to-draft capture: read a published statement and propose count reports and incidents."""

from incident_logger.services.capture.model import (
    CaptureResult,
    Count,
    DamageProposal,
    IncidentProposal,
    LineProposal,
    PlaceRef,
    Proposed,
    ReportProposal,
    Span,
    Window,
)
from incident_logger.services.capture.pipeline import capture
from incident_logger.services.capture.places import PlaceIndex, load_place_index
from incident_logger.services.capture.times import TimeRules

__all__ = [
    "CaptureResult",
    "Count",
    "DamageProposal",
    "IncidentProposal",
    "LineProposal",
    "PlaceIndex",
    "PlaceRef",
    "Proposed",
    "ReportProposal",
    "Span",
    "TimeRules",
    "Window",
    "capture",
    "load_place_index",
]
