"""The PDF briefing: takes plain data (reports.model), writes a file; no Qt, no database."""

from incident_logger.reports.build import BriefingResult, build_briefing
from incident_logger.reports.document import BriefingCancelled
from incident_logger.reports.fonts import FontsMissingError
from incident_logger.reports.model import (
    AnnexSource,
    Briefing,
    BriefingIncident,
    BriefingSections,
    CountStatement,
    RegionCount,
    SourceCitation,
)

__all__ = [
    "AnnexSource",
    "Briefing",
    "BriefingCancelled",
    "BriefingIncident",
    "BriefingResult",
    "BriefingSections",
    "CountStatement",
    "FontsMissingError",
    "RegionCount",
    "SourceCitation",
    "build_briefing",
]
