"""What the Incidents page does when an undo or redo of one of its steps ends.

The page's saves and moves to the Trash push undo steps (``commands``); each step calls back
when its undo or redo, run on the task runner, is done (the editor shows the incident as it is
now, unless it holds typing; the list and the other pages follow the ``Changes``) or refused
(said, with what to do next). The texts keep the page's translation context ("IncidentsPage").
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from incident_logger.domain.changes import Changes
from incident_logger.domain.errors import ConflictError, NotFoundError
from incident_logger.domain.models import Incident
from incident_logger.ui import prompts
from incident_logger.ui.incidents import commands

if TYPE_CHECKING:
    from incident_logger.ui.incidents.page import IncidentsPage


def callbacks(page: IncidentsPage) -> tuple[commands.Changed, commands.Failed]:
    """A step's ``on_change`` and ``on_error`` for ``page``."""
    return partial(step_done, page), partial(step_refused, page)


def step_done(page: IncidentsPage, changes: Changes) -> None:
    """An undo or redo changed ``changes``: the editor shows the incident as it is now (unless
    it holds typing), the list and the other pages follow."""
    ids = sorted(changes.incidents)
    editor = page.editor
    if editor.incident_id in ids and not editor.is_dirty():
        # The ORM behind it loads on first use, not at start-up.
        from incident_logger.services.incidents import get_incident

        incident: Incident | None
        try:
            incident = get_incident(page.db, ids[0] if len(ids) == 1 else editor.incident_id or 0)
        except NotFoundError:
            incident = None
        still_here = incident is not None and incident.deleted_at is None
        page.show_incident(incident if still_here else None)
    page.after_change(changes, select=ids[0] if len(ids) == 1 else None)


def step_refused(page: IncidentsPage, exc: BaseException) -> None:
    """An undo or redo did not happen: say why, and what to do."""
    said = commands.refusal_text(exc)
    page.status_message.emit(
        QCoreApplication.translate("IncidentsPage", "Cannot undo: {e}").format(e=said)
    )
    if isinstance(exc, ConflictError):  # the step is dropped (commands.py)
        advice = QCoreApplication.translate(
            "IncidentsPage",
            "The step is dropped. Open the incident again to see its newer version.",
        )
    else:
        advice = QCoreApplication.translate(
            "IncidentsPage", "The record may have been changed elsewhere."
        )
    prompts.show_error(
        page, QCoreApplication.translate("IncidentsPage", "Cannot undo or redo"), said, advice
    )
