"""The Sources page: who said it, how reliable they are (A–F), and the incidents citing them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.changes import Changes
from incident_logger.domain.enums import Reliability, SourceKind
from incident_logger.domain.errors import NotFoundError, ValidationError
from incident_logger.domain.models import Source, SourceDraft
from incident_logger.services import record_edits
from incident_logger.services.citations import IncidentList, incidents_citing_source
from incident_logger.services.record_edits import Written
from incident_logger.services.sources import (
    get_source,
    list_sources,
)
from incident_logger.store.engine import Database
from incident_logger.ui import dates, place_names, words
from incident_logger.ui.dialogs.conflict_dialog import fields_of
from incident_logger.ui.i18n import number
from incident_logger.ui.messages import text as message_text
from incident_logger.ui.pages.record_page import ID_ROLE, RecordPage
from incident_logger.ui.tasks import Task, TaskRunner, alive, shared_runner
from incident_logger.ui.widgets.field_error import FieldErrorLabel, with_error
from incident_logger.ui.widgets.forms import add_row, form_layout
from incident_logger.ui.widgets.views import RoomyDelegate, size_columns, style_header

AnyIndex = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole


def grade_text(grade: Reliability) -> str:
    return words.grade(grade)


class SourceListModel(QAbstractTableModel):
    """Sources as rows: name, reliability grade with its Admiralty label, kind, link."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Source] = []

    def set_sources(self, sources: list[Source]) -> None:
        self.beginResetModel()
        self._rows = list(sources)
        self.endResetModel()

    def row_of(self, source_id: int | None) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == source_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _ROLE.DisplayRole:
            names = (self.tr("Name"), self.tr("Reliability"), self.tr("Kind"), self.tr("Link"))
            return names[section] if 0 <= section < 4 else None
        return None

    def data(self, index: AnyIndex, role: int = _ROLE.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        source, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return source.id
        if role in (_ROLE.DisplayRole, _ROLE.ToolTipRole):
            draft = source.draft
            values = (
                draft.name,
                grade_text(Reliability(draft.reliability)),
                words.source_kind(draft.kind),
                draft.url,
            )
            return values[column] if 0 <= column < 4 else None
        return None


class IncidentsPanel(QWidget):
    """A titled, read-only list of incidents loaded in the background; Enter opens one."""

    open_incident = Signal(int)
    loaded = Signal(int)  # total matching

    def __init__(self, title: str, idle_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.idle_hint = idle_hint
        self._task: Task[Any] | None = None
        self._runner: TaskRunner | None = None
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setAccessibleName(title)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RoomyDelegate(self.view))
        style_header(self.view.header())
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.show_list(IncidentList([], 0))

    def set_runner(self, runner: TaskRunner) -> None:
        self._runner = runner

    def load(self, job: Callable[[], IncidentList] | None) -> None:
        """Run ``job`` on the background runner and show its incidents (None: clear)."""
        self.cancel()
        if job is None:
            self.show_list(IncidentList([], 0))
            self.summary.setText(self.idle_hint)
            return
        self.summary.setText(self.tr("Loading…"))
        self._task = (self._runner or shared_runner()).submit(
            job, on_done=alive(self, self.show_list), description="incidents panel"
        )

    def is_loading(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def show_list(self, found: IncidentList) -> None:
        self._task = None
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Reference"),
                self.tr("When"),
                self.tr("Place"),
                self.tr("Title"),
                self.tr("Grade"),
            ]
        )
        for row in found.rows:
            place = (
                place_names.shown(row.place)
                if row.place == row.region or not row.region
                else (f"{place_names.shown(row.place)}, {place_names.shown(row.region)}")
            )
            cells = [
                row.ref,
                dates.when(row.start_at),
                place,
                row.title,
                found.grades.get(row.id, row.grade),
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(row.id, ID_ROLE)
            items[3].setToolTip(row.title)
            self.model.appendRow(items)
        for column, chars in enumerate((11, 17, 30, 36)):
            self.view.setColumnWidth(column, self.fontMetrics().averageCharWidth() * chars + 12)
        if found.total > len(found.rows):
            text = self.tr(
                "The newest {0} of %Ln incident(s); search to see them all.", "", found.total
            ).format(number(len(found.rows)))
        else:
            text = (
                self.tr("%Ln incident(s)", "", found.total)
                if found.total
                else self.tr("No incidents yet.")
            )
        self.summary.setText(text)
        self.loaded.emit(found.total)

    def _activated(self, index: QModelIndex) -> None:
        value = self.model.index(index.row(), 0).data(ID_ROLE)
        if value is not None:
            self.open_incident.emit(int(value))


class SourceEditor(QWidget):
    """Name, kind, reliability grade, link and note of one source."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Source name"))
        self.name.setPlaceholderText(self.tr("e.g. Governor of Kaluga Oblast (Telegram)"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of source"))
        for kind in SourceKind:
            self.kind.addItem(words.source_kind(kind), kind.value)
        self.reliability = QComboBox()
        self.reliability.setAccessibleName(self.tr("Reliability grade"))
        for grade in Reliability:
            self.reliability.addItem(grade_text(grade), grade.value)
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Link"))
        self.url.setPlaceholderText("https://")
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.errors = {
            "name": FieldErrorLabel(field=self.name),
            "reliability": FieldErrorLabel(field=self.reliability),
            "kind": FieldErrorLabel(field=self.kind),
        }
        form = form_layout(self)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("&Name"), with_error(self.name, self.errors["name"]), self.name)
        add_row(form, self.tr("&Kind"), with_error(self.kind, self.errors["kind"]), self.kind)
        add_row(
            form,
            self.tr("&Reliability"),
            with_error(self.reliability, self.errors["reliability"]),
            self.reliability,
        )
        add_row(form, self.tr("&Link"), self.url)
        add_row(form, self.tr("N&ote"), self.note)
        self.name.textChanged.connect(self.edited)
        self.url.textChanged.connect(self.edited)
        self.note.textChanged.connect(self.edited)
        self.kind.currentIndexChanged.connect(self.edited)
        self.reliability.currentIndexChanged.connect(self.edited)

    def fields(self) -> list[QWidget]:
        return [self.name, self.kind, self.reliability, self.url, self.note]

    def load(self, draft: SourceDraft) -> None:
        self.name.setText(draft.name)
        self.kind.setCurrentIndex(self.kind.findData(SourceKind(draft.kind).value))
        self.reliability.setCurrentIndex(
            self.reliability.findData(Reliability(draft.reliability).value)
        )
        self.url.setText(draft.url)
        self.note.setPlainText(draft.note)

    def draft(self) -> SourceDraft:
        return SourceDraft(
            name=self.name.text().strip(),
            kind=SourceKind(self.kind.currentData()),
            reliability=Reliability(self.reliability.currentData()),
            url=self.url.text().strip(),
            note=self.note.toPlainText().strip(),
        )

    def show_errors(self, error: ValidationError | None) -> None:
        for name, label in self.errors.items():
            label.set_messages([message_text(m) for m in error.messages_for(name)] if error else [])


class SourcesPage(RecordPage):
    """List, edit, trash and restore sources; see which incidents cite the selected one."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.form = SourceEditor()
        self.incidents = IncidentsPanel(
            self.tr("Incidents citing this source"),
            self.tr("Select a source to see the incidents that cite it."),
        )
        self.incidents.open_incident.connect(self.open_incident)
        self.model = SourceListModel(self)
        self.set_list_model(self.model)
        header = self.table_header()
        style_header(header)
        char = self.fontMetrics().averageCharWidth()
        kinds = max(self.fontMetrics().horizontalAdvance(words.source_kind(k)) for k in SourceKind)
        # Link takes the rest: no sideways scroll. The kind fits its longest word.
        size_columns(header, {0: char * 28, 1: char * 32, 2: kinds + 20})
        self.add_editor(self.form, self.form.fields(), self.form.edited)
        self.editor_layout.addWidget(self.incidents, 1)
        self.refresh()

    def noun(self) -> str:
        return self.tr("source")

    def counted(self, rows: int) -> str:
        return self.tr("%Ln source(s)", "", rows)

    def set_runner(self, runner: TaskRunner) -> None:
        super().set_runner(runner)
        self.incidents.set_runner(runner)

    def load_rows(self) -> None:
        self.model.set_sources(list_sources(self._db, deleted=self._trash))

    def index_of(self, record_id: int) -> QModelIndex:
        row = self.model.row_of(record_id)
        return self.model.index(row, 0) if row >= 0 else QModelIndex()

    def show_record(self, record_id: int | None) -> None:
        if record_id is None:
            self.heading.setText(self.tr("New source"))
            self.form.load(SourceDraft(""))
            self.incidents.load(None)
            return
        source = get_source(self._db, record_id)
        self.loaded_version = source.version
        self.heading.setText(source.draft.name)
        self.form.load(source.draft)
        self.incidents.load(partial(incidents_citing_source, self._db, record_id))

    def touched_by(self, changes: Changes) -> bool:
        return changes.touches_sources or changes.touches_incidents  # and the incidents cited

    def writer(self, record_id: int | None) -> Callable[[], Written[Any]]:
        draft = self.form.draft()
        version = self.loaded_version
        return partial(
            record_edits.save_source, self._db, record_id, draft, expected_version=version
        )

    def draft_fields(self) -> dict[str, object]:
        return fields_of(self.form.draft())

    def stored_fields(self, record_id: int) -> dict[str, object] | None:
        try:
            return fields_of(get_source(self._db, record_id).draft)
        except NotFoundError:
            return None

    def show_errors(self, error: ValidationError | None) -> None:
        self.form.show_errors(error)

    def trasher(
        self, record_id: int, deleted: bool, expected_version: int | None
    ) -> Callable[[], Changes]:
        return partial(
            record_edits.trash_source,
            self._db,
            record_id,
            deleted,
            expected_version=expected_version,
        )

    def empty_text(self) -> tuple[str, str]:
        if self._trash:
            return self.tr("No sources in the trash"), ""
        return self.tr("No sources yet"), self.tr(
            "Press Ctrl+N to add who reports incidents: an official's channel, a ministry, "
            "a news agency."
        )

    def stop_background(self) -> None:
        self.incidents.cancel()
