"""Moving incidents to the Trash from the Incidents page (Delete), on the task runner.

The selected rows (else the incident open in the editor) move together or not at all, through
the page's ``FormWrites``. The versions the analyst is looking at go with the move: a
colleague's save since refuses it, nothing moves, and the page shows that incident's newer
version. Typing in the open incident is dropped only once its move is done: after a refusal it
stays in the form and the crash draft, and saving it meets the conflict dialog like any save.
A done move pushes its undo step (Ctrl+Z brings the incidents back), and the editor moves on to
the row after them, as the table does. The texts keep the page's translation context
("IncidentsPage").
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from incident_logger.domain.errors import ConflictError
from incident_logger.domain.messages import msg, translate
from incident_logger.domain.models import incident_ref
from incident_logger.ui import prompts
from incident_logger.ui.incidents import commands, page_undo, save_flow
from incident_logger.ui.messages import text as message_text

if TYPE_CHECKING:
    from incident_logger.services import incident_edits
    from incident_logger.ui.incidents.page import IncidentsPage
    from incident_logger.ui.incidents.table_model import IncidentTableModel

# lupdate files a text with %Ln as a plural entry only when the count it reads is a number:
# marked here, translated where it is shown with the real count.
_MOVED = translate(
    "IncidentsPage", "Moved %Ln incident(s) to the Trash. Ctrl+Z brings them back.", None, 1
)


def delete_selected(page: IncidentsPage) -> None:
    """Move the selected incidents (else the open one) to the Trash."""
    if page.writes.is_busy():
        return
    ids = page.list.table.selected_ids()
    if not ids and page.editor.incident_id is not None:
        ids = [page.editor.incident_id]
    if not ids:
        return
    # The versions the analyst is looking at (the list's rows, the editor's incident): a
    # colleague's save since refuses the whole move.
    seen = page.list.model.versions_of(ids)
    shown = page.editor.incident
    if shown is not None and shown.id in ids:
        seen[shown.id] = shown.version
    # Typed edits of the incident open in the editor are dropped only once the move is
    # done: a refused or failed move leaves them in the form (and in the crash draft).
    following = row_after(page.list.model, ids)
    # The ORM behind it loads on first use, not at start-up.
    from incident_logger.services import incident_edits

    save_flow.write(
        page,
        partial(incident_edits.move, page.db, ids, True, expected_versions=seen),
        lambda moved: _deleted(page, ids, following, moved),
        failed=lambda exc: _delete_failed(page, ids, exc),
    )


def row_after(model: IncidentTableModel, ids: list[int]) -> int | None:
    """The incident the table shows after deleting ``ids``: the next row, else the one
    before."""
    rows = sorted(r for r in (model.row_of(i) for i in ids) if r is not None)
    if not rows:
        return None
    gone = set(ids)
    for row in (*range(rows[-1] + 1, model.rowCount()), *range(rows[0] - 1, -1, -1)):
        candidate = model.id_at(row)
        if candidate is not None and candidate not in gone:
            return candidate
    return None


def _delete_failed(page: IncidentsPage, ids: list[int], exc: BaseException) -> None:
    if not isinstance(exc, ConflictError):
        save_flow.not_saved(page, exc)
        return
    # Nothing moved: show the colleague's version so the analyst can decide again. Typing
    # in the editor stays: saving it later shows both versions field by field.
    if not page.editor.is_dirty():
        page.open_incident(exc.entity_id, select=False)
    page.list.refresh(select=exc.entity_id)
    if len(ids) > 1:
        said = message_text(msg("changed_before_move", ref=incident_ref(exc.entity_id)))
    else:
        said = message_text(msg("changed_before_trash"))
    page.status_message.emit(
        QCoreApplication.translate("IncidentsPage", "Nothing changed: {e}").format(e=said)
    )
    prompts.show_error(page, QCoreApplication.translate("IncidentsPage", "Nothing changed"), said)


def _deleted(
    page: IncidentsPage, ids: list[int], following: int | None, moved: incident_edits.Moved
) -> None:
    if page.editor.incident_id in ids:  # its typing went with it (Ctrl+Z brings it back)
        page.drop_typing()
    page.undo.push(
        commands.SetDeleted(
            page.db, page.runner, ids, True, *page_undo.callbacks(page), moved.drafts
        )
    )
    if following is not None and page.open_incident(following, select=False):
        pass  # the editor moves on to the next row, as the table does
    elif page.editor.incident_id in ids:
        page.show_incident(None)
    page.after_change(moved.changes, select=following)
    page.status_message.emit(QCoreApplication.translate("IncidentsPage", _MOVED, None, len(ids)))
