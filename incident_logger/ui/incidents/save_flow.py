"""Saving the incident open on the Incidents page, on the task runner.

The page's Save (and Save in its unsaved-edits question) starts here. While the form shows an
error nothing is written; otherwise its draft goes to ``incident_edits.create`` or ``update``
through the page's ``FormWrites`` (:func:`write`: one write at a time, the form locked, keys
typed meanwhile held and typed in after). What comes back:

- a new incident that looks like a recorded one: the analyst saves it anyway, opens the
  recorded one, or adds its sources to it (a save of that one);
- a colleague's save since the form was opened (``ConflictError``): both versions field by
  field; save mine over theirs, take theirs, or keep editing (nothing saved);
- any other refusal or failure (:func:`not_saved`): said, the typing kept in the form;
- success: the undo step is pushed, the crash draft cleared, the stored incident shown and
  its ``Changes`` emitted; then the caller's ``then`` runs.

The texts keep the page's translation context ("IncidentsPage").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from incident_logger.domain.errors import ConflictError, NotFoundError, ValidationError
from incident_logger.domain.messages import translate
from incident_logger.domain.models import Incident, IncidentDraft, SourceLink
from incident_logger.ui import prompts
from incident_logger.ui.dialogs.duplicate_dialog import DuplicateChoice
from incident_logger.ui.incidents import commands, page_undo
from incident_logger.ui.messages import error_text

if TYPE_CHECKING:
    from incident_logger.services import incident_edits
    from incident_logger.ui.incidents.page import IncidentsPage

Then = Callable[[], object] | None  # the caller's next step, once the save has succeeded

# lupdate files a text with %Ln as a plural entry only when the count it reads is a number:
# marked here, translated where it is shown with the real count.
_FIELDS_NEED_ATTENTION = translate(
    "IncidentsPage", "Not saved: %Ln field(s) need attention.", None, 1
)


def as_fields(draft: IncidentDraft) -> dict[str, Any]:
    """An incident draft's fields by name, in their declared order (for comparing)."""
    return {name: getattr(draft, name) for name in IncidentDraft.__dataclass_fields__}


def save(page: IncidentsPage, then: Then = None) -> bool:
    """Start saving the form; False when it has errors or a write is running already."""
    if page.writes.is_busy():
        return False
    page.editor.reveal_all_errors()
    draft, errors = page.editor.all_errors()
    if errors:
        page.editor.show_errors(errors)
        page.status_message.emit(
            QCoreApplication.translate("IncidentsPage", _FIELDS_NEED_ATTENTION, None, len(errors))
        )
        return False
    # The ORM behind it loads on first use, not at start-up.
    from incident_logger.services import incident_edits

    before = page.editor.incident
    if before is None:
        write(
            page,
            partial(incident_edits.create, page.db, draft),
            lambda r: _created(page, draft, r, then),
        )
    else:
        _update(page, before, draft, then)
    return True


def write(
    page: IncidentsPage,
    job: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``job`` on the runner through the page's ``FormWrites``: the form locked meanwhile,
    the keys typed into it held and typed in after; then ``done`` or ``failed`` (default:
    :func:`not_saved`)."""
    page.writes.run(
        job,
        done,
        failed or partial(not_saved, page),
        QCoreApplication.translate("IncidentsPage", "Saving…"),
    )


def not_saved(page: IncidentsPage, exc: BaseException) -> None:
    """Say why a write failed: a refused field under its field, anything else in a dialog too;
    what was typed stays in the form."""
    said = QCoreApplication.translate("IncidentsPage", "Not saved: {e}").format(e=error_text(exc))
    if isinstance(exc, ValidationError):
        page.editor.show_errors(exc.errors)
        page.status_message.emit(said)
        return
    page.status_message.emit(said)
    prompts.show_error(
        page,
        QCoreApplication.translate("IncidentsPage", "Not saved"),
        error_text(exc),
        QCoreApplication.translate(
            "IncidentsPage",
            "What you typed is still in the form. Try again, or copy it somewhere safe.",
        ),
    )


def _created(
    page: IncidentsPage,
    draft: IncidentDraft,
    result: incident_edits.Saved | incident_edits.LooksLikeDuplicate,
    then: Then,
) -> None:
    from incident_logger.services import incident_edits
    from incident_logger.services.incidents import get_incident

    if isinstance(result, incident_edits.Saved):
        _saved(page, result, then)
        return
    choice, chosen_id = prompts.choose_duplicate(page, result.candidates, bool(draft.sources))
    if choice is DuplicateChoice.SAVE_ANYWAY:
        write(
            page,
            partial(incident_edits.create, page.db, draft, check_duplicates=False),
            lambda r: _created(page, draft, r, then),
        )
        return
    if chosen_id is None or choice is DuplicateChoice.CANCEL:
        return
    if choice is DuplicateChoice.OPEN:
        page.drop_typing()
        page.open_incident(chosen_id)
        return
    existing = get_incident(page.db, chosen_id)
    cited = {link.source_id for link in existing.draft.sources}
    extra: tuple[SourceLink, ...] = tuple(
        link for link in draft.sources if link.source_id not in cited
    )
    merged = replace(existing.draft, sources=existing.draft.sources + extra)
    _update(page, existing, merged, then, reason="corroborating source")


def _update(
    page: IncidentsPage,
    before: Incident,
    draft: IncidentDraft,
    then: Then,
    reason: str = "",
) -> None:
    """Save ``draft`` over ``before``, refused if someone saved after ``before`` was read."""
    from incident_logger.services import incident_edits

    write(
        page,
        partial(
            incident_edits.update,
            page.db,
            before.id,
            draft,
            reason=reason,
            expected_version=before.version,
        ),
        lambda s: _saved(page, s, then),
        failed=lambda exc: _update_failed(page, exc, draft, then),
    )


def _update_failed(
    page: IncidentsPage, exc: BaseException, mine: IncidentDraft, then: Then
) -> None:
    if not isinstance(exc, ConflictError):
        not_saved(page, exc)
        return
    _resolve_conflict(page, exc, mine, then)


def _resolve_conflict(
    page: IncidentsPage, conflict: ConflictError, mine: IncidentDraft, then: Then
) -> None:
    """Someone saved this incident after it was opened here: show both versions field by
    field; save mine over theirs, take theirs, or go back to editing (nothing saved)."""
    from incident_logger.services.incidents import get_incident, normalised
    from incident_logger.ui.dialogs import conflict_dialog
    from incident_logger.ui.dialogs.conflict_dialog import ConflictChoice

    try:
        theirs: Incident | None = get_incident(page.db, conflict.entity_id)
    except NotFoundError:
        theirs = None
    choice = conflict_dialog.ask(
        page,
        conflict,
        as_fields(normalised(mine)),
        as_fields(theirs.draft) if theirs else None,
    )
    if choice is ConflictChoice.SAVE_MINE and theirs is not None:
        _update(page, theirs, mine, then)  # a third save in between: compared again
        return
    if choice is ConflictChoice.TAKE_THEIRS and theirs is not None:
        page.drafts.clear()
        page.show_incident(theirs)
        page.status_message.emit(
            QCoreApplication.translate(
                "IncidentsPage", "Loaded the version saved by {who}."
            ).format(who=conflict.by or "?")
        )
        return
    page.status_message.emit(
        QCoreApplication.translate("IncidentsPage", "Not saved: {e}").format(e=conflict)
    )


def _saved(page: IncidentsPage, saved: incident_edits.Saved, then: Then) -> None:
    incident = saved.incident
    if saved.before is None:
        page.undo.push(
            commands.CreateIncident(page.db, page.runner, incident.id, *page_undo.callbacks(page))
        )
    elif saved.before != incident.draft:
        page.undo.push(
            commands.EditIncident(
                page.db,
                page.runner,
                incident.id,
                saved.before,
                incident.draft,
                *page_undo.callbacks(page),
            )
        )
    page.drafts.clear()
    page.editor.show_saved(incident)
    page.update_heading()
    page.load_history()
    page.after_change(saved.changes, select=incident.id)
    page.status_message.emit(
        QCoreApplication.translate("IncidentsPage", "Saved {ref}.").format(ref=incident.ref)
    )
    if then is not None:
        then()
