"""The Sources page: who said it, how reliable they are (A–F), and the incidents citing them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from incident_logger.domain.changes import Changes
from incident_logger.domain.enums import Reliability, SourceKind
from incident_logger.domain.errors import ValidationError
from incident_logger.domain.models import Source, SourceDraft
from incident_logger.services import record_edits
from incident_logger.services.citations import incidents_citing_source
from incident_logger.services.sources import (
    list_sources,
)
from incident_logger.store.engine import Database
from incident_logger.ui import words
from incident_logger.ui.messages import text as message_text
from incident_logger.ui.pages.record_page import ID_ROLE
from incident_logger.ui.pages.record_with_incidents import RecordWithIncidentsPage
from incident_logger.ui.widgets.choice_box import choice_box, choose, chosen
from incident_logger.ui.widgets.field_error import FieldErrorLabel, with_error
from incident_logger.ui.widgets.forms import add_row, form_layout
from incident_logger.ui.widgets.views import size_columns, style_header

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


class SourceEditor(QWidget):
    """Name, kind, reliability grade, link and note of one source."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Source name"))
        self.name.setPlaceholderText(self.tr("e.g. Governor of Kaluga Oblast (Telegram)"))
        self.kind = choice_box(self.tr("Kind of source"), SourceKind, words.source_kind)
        self.reliability = choice_box(self.tr("Reliability grade"), Reliability, grade_text)
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
        choose(self.kind, SourceKind(draft.kind))
        choose(self.reliability, Reliability(draft.reliability))
        self.url.setText(draft.url)
        self.note.setPlainText(draft.note)

    def draft(self) -> SourceDraft:
        return SourceDraft(
            name=self.name.text().strip(),
            kind=chosen(self.kind, SourceKind),
            reliability=chosen(self.reliability, Reliability),
            url=self.url.text().strip(),
            note=self.note.toPlainText().strip(),
        )

    def show_errors(self, error: ValidationError | None) -> None:
        for name, label in self.errors.items():
            label.set_messages([message_text(m) for m in error.messages_for(name)] if error else [])


class SourcesPage(RecordWithIncidentsPage):
    """List, edit, trash and restore sources; see which incidents cite the selected one."""

    edits = record_edits.SOURCES
    form: SourceEditor
    incidents_of = staticmethod(incidents_citing_source)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.model = SourceListModel(self)
        self.set_list_model(self.model)
        header = self.table_header()
        style_header(header)
        char = self.fontMetrics().averageCharWidth()
        kinds = max(self.fontMetrics().horizontalAdvance(words.source_kind(k)) for k in SourceKind)
        # Link takes the rest: no sideways scroll. The kind fits its longest word.
        size_columns(header, {0: char * 28, 1: char * 32, 2: kinds + 20})
        hint = self.tr("Select a source to see the incidents that cite it.")
        self.finish(SourceEditor(), self.tr("Incidents citing this source"), hint)

    def noun(self) -> str:
        return self.tr("source")

    def counted(self, rows: int) -> str:
        return self.tr("%Ln source(s)", "", rows)

    def load_rows(self) -> None:
        self.model.set_sources(list_sources(self._db, deleted=self._trash))

    def index_of(self, record_id: int) -> QModelIndex:
        row = self.model.row_of(record_id)
        return self.model.index(row, 0) if row >= 0 else QModelIndex()

    def new_heading(self) -> str:
        return self.tr("New source")

    def blank_draft(self) -> SourceDraft:
        return SourceDraft("")

    def heading_of(self, record: Source) -> str:
        return record.draft.name

    def touched_by(self, changes: Changes) -> bool:
        return changes.touches_sources or changes.touches_incidents  # and the incidents cited

    def empty_text(self) -> tuple[str, str]:
        if self._trash:
            return self.tr("No sources in the trash"), ""
        return self.tr("No sources yet"), self.tr(
            "Press Ctrl+N to add who reports incidents: an official's channel, a ministry, "
            "a news agency."
        )
