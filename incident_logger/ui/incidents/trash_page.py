"""The Trash: incidents moved there (``deleted:yes``), searchable, restorable with undo."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolBar, QVBoxLayout, QWidget

from incident_logger.domain.changes import Changes
from incident_logger.domain.errors import ConflictError
from incident_logger.domain.messages import msg
from incident_logger.domain.models import incident_ref
from incident_logger.services.search import SortKey
from incident_logger.store.engine import Database
from incident_logger.ui import prompts
from incident_logger.ui.icons import themed
from incident_logger.ui.incidents import commands
from incident_logger.ui.incidents.columns import trash_columns
from incident_logger.ui.incidents.list_pane import IncidentListPane
from incident_logger.ui.messages import error_text
from incident_logger.ui.messages import text as message_text
from incident_logger.ui.tasks import TaskRunner, alive

if TYPE_CHECKING:
    from incident_logger.services import incident_edits


class TrashPage(QWidget):
    status_message = Signal(str)
    counts_changed = Signal()
    changes_made = Signal(object)  # Changes: restored, or an undo of this page's restore

    def __init__(
        self, db: Database, runner: TaskRunner, undo: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.undo = undo
        self._restoring = False
        self.list = IncidentListPane(
            db,
            runner,
            base_query="deleted:yes",
            columns=trash_columns(),
            with_filters=False,
            parent=self,
        )
        self.list.model.sort_key = SortKey("deleted", descending=True)
        self.list.table.sync_sort_indicator()
        self.list.table.set_empty_text(
            self.tr("The Trash is empty"),
            self.tr("Deleted incidents wait here until you restore them."),
        )
        title = QLabel(self.tr("Trash"), self)
        title.setObjectName("pageTitle")
        hint = QLabel(self.tr("Deleted incidents, newest first. Restore brings them back."), self)
        hint.setObjectName("muted")
        self.restore_button = QPushButton(self.tr("Restore"), self)
        themed(self.restore_button, "restore")
        self.restore_button.setAccessibleName(self.tr("Restore the selected incidents"))
        self.restore_button.setToolTip(self.tr("Restore the selected incidents (Ctrl+R)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        self.list.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.list.model.modelReset.connect(self._update_buttons)
        self.list.model.loaded.connect(self._update_buttons)  # after the selection is restored
        self.list.activated_id.connect(lambda _i: self.restore_selected())
        self.list.counts_changed.connect(self.counts_changed)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(10)
        top.addWidget(hint, 1)
        top.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)

    def start(self) -> None:
        self.list.start()

    def refresh(self) -> None:
        self.list.refresh()

    def confirm_leave(self, then: Callable[[], object] | None = None) -> bool:
        return True  # nothing is edited here

    def stop_background(self) -> None:
        """Nothing runs in the background here (the list's tasks end with the runner)."""

    def page_toolbar(self) -> QToolBar | None:
        return None  # the window's incident toolbar serves this page

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(bool(self.list.table.selected_ids()))

    def restore_selected(self) -> None:
        """Restore the selected incidents (on the task runner)."""
        ids = self.list.table.selected_ids()
        if not ids or self._restoring:
            return
        # The ORM behind it loads on first use, not at start-up.
        from incident_logger.services import incident_edits

        # The versions the rows show: a colleague's save since refuses the whole restore.
        seen = self.list.model.versions_of(ids)
        self._restoring = True
        self.restore_button.setEnabled(False)
        self.runner.submit(
            partial(incident_edits.move, expected_versions=seen),
            self.db,
            ids,
            False,
            on_done=alive(self, lambda moved: self._restored(ids, moved)),
            on_error=alive(self, lambda exc: self._failed(ids, exc)),
            description=self.tr("Restoring…"),
        )

    def _restored(self, ids: list[int], moved: incident_edits.Moved) -> None:
        self._restoring = False
        self.undo.push(
            commands.SetDeleted(
                self.db, self.runner, ids, False, self._on_change, self._undo_failed, moved.drafts
            )
        )
        self._on_change(moved.changes)
        self.status_message.emit(
            self.tr("Restored %Ln incident(s). Ctrl+Z puts them back in the Trash.", "", len(ids))
        )

    def _failed(self, ids: list[int], exc: BaseException) -> None:
        self._restoring = False
        self._update_buttons()
        if not isinstance(exc, ConflictError):
            self.status_message.emit(self.tr("Not restored: {e}").format(e=error_text(exc)))
            return
        # Nothing moved: the list shows the current state, to decide again.
        if len(ids) > 1:
            said = message_text(msg("changed_before_move", ref=incident_ref(exc.entity_id)))
        else:
            said = message_text(msg("changed_before_trash"))
        self.list.refresh(select=exc.entity_id)
        self.status_message.emit(self.tr("Not restored: {e}").format(e=said))
        prompts.show_error(self, self.tr("Not restored"), said)

    def _undo_failed(self, exc: BaseException) -> None:
        """An undo or redo of a restore made here was refused (``commands.SetDeleted``)."""
        said = commands.refusal_text(exc)
        self.list.refresh()
        self.status_message.emit(self.tr("Cannot undo: {e}").format(e=said))
        prompts.show_error(self, self.tr("Cannot undo or redo"), said)

    def _on_change(self, changes: Changes) -> None:
        self.list.refresh()
        self.changes_made.emit(changes)

    def on_changes(self, changes: Changes, origin: object) -> None:
        if origin is not self and changes.touches_incidents:
            self.list.refresh()
