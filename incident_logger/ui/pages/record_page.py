"""A list-and-editor page skeleton (new, save, trash, restore; never losing typed edits)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.changes import Changes
from incident_logger.domain.errors import ConflictError, NotFoundError, ValidationError
from incident_logger.services.record_edits import RecordEdits, Written
from incident_logger.store.engine import Database
from incident_logger.ui import icons
from incident_logger.ui.dialogs.conflict_dialog import fields_of
from incident_logger.ui.tasks import TaskRunner
from incident_logger.ui.widgets.empty_state import EmptyState
from incident_logger.ui.widgets.record_actions import ActionTips, record_actions, set_up_list
from incident_logger.ui.widgets.record_writes import Fields, RecordWrites

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordForm(Protocol):
    """The editor of one record a page puts beside its list."""

    def draft(self) -> Any:
        """The typed record; raises ``ValidationError`` for what cannot even be read."""
        ...

    def show_errors(self, error: ValidationError | None) -> None: ...


class RecordPage(QWidget):
    """Subclasses fill the list and the form through the hooks at the end of this class;
    they set ``edits`` (the kind's writes, ``services.record_edits``) and ``form``."""

    edits: RecordEdits[Any, Any]
    form: RecordForm

    status_message = Signal(str)
    changes_made = Signal(object)  # Changes: a record saved, moved to the trash or restored
    open_incident = Signal(int)  # the user asked to open an incident listed on the page

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._trash = False
        self._record_id: int | None = None
        self.loaded_version: int | None = None  # the open record's version (show_record sets it)
        self._dirty = False
        self._loading = False
        self._fields: list[QWidget] = []
        self._build()

    def _build(self) -> None:
        noun = self.noun()
        self.list_view = self.make_list_view()
        set_up_list(self.list_view, self.tr("{0} list").format(noun.capitalize()))
        tips = ActionTips(
            new=self.tr("New {0}").format(noun),
            delete=self.tr("Move the {0} to the trash").format(noun),
            trash=self.tr("Show {0}s in the trash").format(noun),
            restore=self.tr("Take the {0} out of the trash").format(noun),
        )
        actions = record_actions(self, self.list_view, tips, noun)
        self.new_action, self.save_action = actions.new, actions.save
        self.delete_action, self.trash_action = actions.delete, actions.trash
        self.restore_action, self.refresh_action = actions.restore, actions.refresh
        self.toolbar = actions.toolbar
        self.new_action.triggered.connect(self.new_record)
        self.save_action.triggered.connect(lambda: self.save())
        self.delete_action.triggered.connect(self.delete_selected)
        self.trash_action.toggled.connect(self.show_trash)
        self.restore_action.triggered.connect(self.restore_selected)
        self.refresh_action.triggered.connect(self.refresh)
        self.empty = EmptyState()
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.empty)

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        icons.themed(self.save_button, "save")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Discard the changes typed since the last save"))
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button.clicked.connect(self.cancel_edits)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.save_button)
        editor = QWidget()
        self.editor_layout = QVBoxLayout(editor)
        self.editor_layout.setContentsMargins(12, 8, 12, 12)
        self.editor_layout.addWidget(self.heading)

        self.writes = RecordWrites(self, self._db, editor, self)
        self.writes.busy_changed.connect(self._update_actions)
        self.writes.status.connect(self.status_message)
        self.writes.changed.connect(self.changes_made)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(editor)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.list_view)

    def set_runner(self, runner: TaskRunner) -> None:
        """Run the page's saves, deletes and restores on the application's runner."""
        self.writes.set_runner(runner)

    def is_saving(self) -> bool:
        return self.writes.is_busy()

    def table_header(self) -> QHeaderView:
        view = self.list_view
        if isinstance(view, QTableView):
            return view.horizontalHeader()
        assert isinstance(view, QTreeView)
        return view.header()

    def set_list_model(self, model: QAbstractItemModel) -> None:
        self.list_view.setModel(model)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def add_editor(self, form: QWidget, fields: list[QWidget], edited: SignalInstance) -> None:
        """Put the subclass's form under the heading, with Save/Cancel, in tab order."""
        self.editor_layout.insertWidget(1, form)
        self.editor_layout.insertLayout(2, self.buttons)
        self._fields = fields
        chain = [self.list_view, *fields, self.cancel_button, self.save_button]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)
        edited.connect(self._touched)

    # --- state ---------------------------------------------------------------------

    def _touched(self) -> None:
        if not self._loading and not self._dirty:
            self._dirty = True
            self._update_actions()

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    @property
    def record_id(self) -> int | None:
        return self._record_id

    def selected_id(self) -> int | None:
        rows = self.list_view.selectionModel().selectedRows(0)
        value = rows[0].data(ID_ROLE) if rows else None
        return int(value) if value is not None else None

    def confirm_leave(self, then: Callable[[], object] | None = None) -> bool:
        """True when it is fine to leave now (nothing typed, or edits discarded). When the
        user chooses Save, the save starts on the runner and ``then`` runs once it succeeded."""
        return self.writes.confirm_leave(then)

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Read again when shown and touched (a hidden page reads again when shown)."""
        if origin is not self and self.touched_by(changes) and self.isVisible():
            self.refresh()

    def page_toolbar(self) -> QToolBar | None:
        return self.toolbar

    def refresh(self) -> None:
        """Reload the list and keep the selection by id; typed edits stay in the form."""
        keep = self._record_id
        model = self.list_view.selectionModel()
        model.blockSignals(True)
        self.load_rows()
        self._select(keep)
        model.blockSignals(False)
        rows = self.list_view.model().rowCount()
        title, hint = self.empty_text()
        self.empty.set_text(title, hint)
        self.list_stack.setCurrentWidget(self.list_view if rows else self.empty)
        self.status_message.emit(self.count_text(self.count_rows()))
        if not self._dirty and (keep is None or self.index_of(keep).isValid()):
            self._open(keep)
        elif not self._dirty:
            self._open(None)
        self._update_actions()

    def _select(self, record_id: int | None) -> None:
        index = self.index_of(record_id) if record_id is not None else QModelIndex()
        model = self.list_view.selectionModel()
        if index.isValid():
            model.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list_view.scrollTo(index)
        else:
            model.clear()

    def _on_selection_changed(self, *_args: object) -> None:
        # Selection, not the current index: focusing the list moves the current index
        # without selecting, and must not open another record over typed edits.
        new_id = self.selected_id()
        if new_id is None:
            self._update_actions()
            return
        if new_id == self._record_id:
            return
        if not self.confirm_leave(then=lambda: self._select(new_id)):
            blocker = self.list_view.selectionModel()
            blocker.blockSignals(True)
            self._select(self._record_id)
            blocker.blockSignals(False)
            return
        self._open(new_id)

    def _open(self, record_id: int | None) -> None:
        self._loading = True
        try:
            self.show_record(record_id)
            self._record_id = record_id
        except NotFoundError:
            self.show_record(None)
            self._record_id = None
        self.show_errors(None)
        self._loading = False
        self._dirty = False
        for field in [*self._fields, self.save_button, self.cancel_button]:
            field.setEnabled(not self._trash)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        has_row = self.selected_id() is not None
        idle = not self.writes.is_busy()
        self.save_action.setEnabled(idle and not self._trash)
        self.save_button.setEnabled(idle and not self._trash)
        self.delete_action.setEnabled(idle and has_row and not self._trash)
        self.restore_action.setEnabled(idle and has_row and self._trash)
        self.restore_action.setVisible(self._trash)

    # --- actions -------------------------------------------------------------------

    def new_record(self) -> None:
        if self._trash:
            self.trash_action.setChecked(False)
        if not self.confirm_leave(then=self.new_record):
            return
        self.list_view.selectionModel().blockSignals(True)
        self.list_view.selectionModel().clear()
        self.list_view.selectionModel().blockSignals(False)
        self._open(None)
        self._fields[0].setFocus()

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Start saving the form on the task runner (``RecordWrites.save``)."""
        return self.writes.save(then)

    def cancel_edits(self) -> None:
        self.writes.discard()

    def delete_selected(self) -> None:
        self._move_selected(True)

    def restore_selected(self) -> None:
        self._move_selected(False)

    def _move_selected(self, deleted: bool) -> None:
        record_id = self.selected_id()
        if record_id is not None and self._trash != deleted:
            self.writes.move(record_id, deleted)

    def show_trash(self, on: bool) -> None:
        if not self.writes.may_switch_trash(on, self.trash_action):
            return
        self._trash = on
        self._dirty = False
        self._record_id = None
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_background()
        super().closeEvent(event)

    # --- what RecordWrites asks (ui/widgets/record_writes.RecordHost) ----------------

    def in_trash(self) -> bool:
        return self._trash

    def unsaved_label(self) -> str:
        return self.tr("The {noun}").format(noun=self.noun())

    def current_draft(self) -> Any:
        return self.form.draft()  # raises ValidationError for what cannot even be read

    def show_errors(self, error: ValidationError | None) -> None:
        self.form.show_errors(error)

    def compared(self, conflict: ConflictError) -> tuple[Fields, Fields | None]:
        try:
            theirs: Fields | None = fields_of(self.edits.get(self._db, conflict.entity_id).draft)
        except NotFoundError:
            theirs = None
        return fields_of(self.form.draft()), theirs

    def reopen(self, record_id: int | None) -> None:
        self._open(record_id)

    def show_saved(self, written: Written[Any]) -> str:
        record_id = int(written.record.id)
        self._dirty = False
        self._record_id = record_id
        self.refresh()
        self._open(record_id)
        return self.tr("Saved the {0}.").format(self.noun())

    def show_trashed(self, record_id: int, deleted: bool) -> str:
        self._dirty = False
        self._record_id = None
        self.refresh()
        done = self.tr("Moved the {0} to the trash.") if deleted else self.tr("Restored the {0}.")
        return done.format(self.noun())

    def show_newer(self, record_id: int) -> None:
        self._dirty = False
        self._record_id = record_id
        self.refresh()

    # --- hooks for subclasses ------------------------------------------------------

    def noun(self) -> str:
        return self.tr("record")

    def make_list_view(self) -> QAbstractItemView:
        return QTableView()

    def load_rows(self) -> None:
        raise NotImplementedError

    def index_of(self, record_id: int) -> QModelIndex:
        raise NotImplementedError

    def show_record(self, record_id: int | None) -> None:
        raise NotImplementedError

    def touched_by(self, changes: Changes) -> bool:
        """Whether ``changes`` touch what the page shows."""
        raise NotImplementedError

    def empty_text(self) -> tuple[str, str]:
        return "", ""

    def count_rows(self) -> int:
        return self.list_view.model().rowCount()

    def count_text(self, rows: int) -> str:
        """'15 sources', '1 place in the trash': each page words its own count (plurals)."""
        where = self.tr(" in the trash") if self._trash else ""
        return self.counted(rows) + where

    def counted(self, rows: int) -> str:
        return self.tr("%Ln record(s)", "", rows)

    def stop_background(self) -> None:
        """Cancel background work the page started (called when it closes)."""
