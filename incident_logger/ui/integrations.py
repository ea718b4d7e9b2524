"""Pages and dialogs other modules deliver, found at run time (a missing one is left out)."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    module: str
    cls: str
    icon: str


# In navigation order after Incidents; Trash comes last.
OPTIONAL_PAGES: tuple[PageSpec, ...] = (
    PageSpec("counts", "incident_logger.ui.counts.page", "CountsPage", "counts"),
    PageSpec("sources", "incident_logger.ui.pages.sources_page", "SourcesPage", "sources"),
    PageSpec("places", "incident_logger.ui.pages.places_page", "PlacesPage", "places"),
)
BACKUPS_PAGE = PageSpec(
    "backups", "incident_logger.ui.pages.backups_page", "BackupsPage", "backups"
)


def available(module: str) -> bool:
    """Whether a module exists, without importing it (cheap at start-up)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def find(module: str, name: str) -> Any | None:
    """``module.name`` if the module exists and defines it, else None."""
    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None  # not delivered yet
        log.exception("cannot import %s", module)
        return None
    except Exception:  # a teammate's module failing must not stop the app from starting
        log.exception("cannot import %s", module)
        return None
    return getattr(loaded, name, None)


IMPORT_MODULE = "incident_logger.ui.dialogs.import_dialog"
EXPORT_MODULE = "incident_logger.ui.dialogs.export_dialog"
BRIEFING_MODULE = "incident_logger.ui.briefing.dialog"
RECOVERY_MODULE = "incident_logger.ui.dialogs.recovery_dialog"


def import_dialog() -> Any | None:
    return find(IMPORT_MODULE, "ImportDialog")


def export_dialog() -> Any | None:
    return find(EXPORT_MODULE, "ExportDialog")


def briefing_dialog() -> Any | None:
    return find(BRIEFING_MODULE, "BriefingDialog")


def recover_database() -> Any | None:
    return find(RECOVERY_MODULE, "recover_database")
