"""At start-up, offer the unsaved incident form a crash left behind (the autosaved draft)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from incident_logger.domain.errors import NotFoundError
from incident_logger.domain.models import incident_ref
from incident_logger.ui import prompts
from incident_logger.ui.i18n import tr
from incident_logger.ui.incidents.recovery_draft import RecoveredDraft

if TYPE_CHECKING:
    from incident_logger.ui.incidents.page import IncidentsPage


def offer_recovery(page: IncidentsPage) -> None:
    """Offer, newest first, the forms that ended processes left for this database; the first one
    accepted is put back (any older ones wait for the next start)."""
    for found in page.drafts.orphans():
        what = incident_ref(found.incident_id) if found.incident_id else tr("a new incident")
        if prompts.ask_restore_draft(page, found.saved_at, what):
            _restore(page, found)
            return
        page.drafts.discard(found)


def _restore(page: IncidentsPage, found: RecoveredDraft) -> None:
    incident = None
    if found.incident_id is not None:
        # Here, not at the top: every start-up imports this module, and the ORM behind the
        # incidents service loads on first use (docs/ARCHITECTURE.md, start-up).
        from incident_logger.services.incidents import get_incident

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
    page.autosave()  # the form is this process's draft now
    page.drafts.discard(found)
    page.status_message.emit(tr("Restored the unsaved form. Save it with Ctrl+S."))
