"""At start-up, offer the unsaved incident form a crash left behind (the autosaved draft)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from incident_logger.domain.errors import NotFoundError
from incident_logger.domain.models import incident_ref
from incident_logger.services.incidents import get_incident
from incident_logger.ui import prompts
from incident_logger.ui.incidents import recovery_draft

if TYPE_CHECKING:
    from incident_logger.ui.incidents.page import IncidentsPage


def offer_recovery(page: IncidentsPage) -> None:
    """Ask whether to restore the autosaved form for this database, and put it back."""
    found = recovery_draft.read_draft()
    if found is None:
        return
    if found.database and Path(found.database) != Path(page.db.path):
        return  # a draft for another database file: leave it for that one
    what = incident_ref(found.incident_id) if found.incident_id else page.tr("a new incident")
    if not prompts.ask_restore_draft(page, found.saved_at, what):
        recovery_draft.clear_draft()
        return
    incident = None
    if found.incident_id is not None:
        try:
            incident = get_incident(page.db, found.incident_id)
        except NotFoundError:
            incident = None
    if incident is not None:
        page.editor.load(incident)
        page.editor.overlay(found.draft)
    else:
        page.editor.load(None, found.draft)
    page.update_heading()
    page.status_message.emit(page.tr("Restored the unsaved form. Save it with Ctrl+S."))
