"""The editor's two sub-tables: the sources an incident cites and the damage it did."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.enums import (
    DAMAGE_OBJECT_KINDS,
    DamageSeverity,
    DamageState,
)
from incident_logger.domain.models import DamageNote, Source, SourceLink
from incident_logger.store.engine import Database
from incident_logger.ui import words
from incident_logger.ui.icons import themed
from incident_logger.ui.incidents.damage_model import DamageModel
from incident_logger.ui.incidents.source_links_model import SourceLinksModel
from incident_logger.ui.widgets.cell_delegate import CellDelegate, WholeNumberDelegate
from incident_logger.ui.widgets.combo_delegate import ComboDelegate
from incident_logger.ui.widgets.refill import refill_combo
from incident_logger.ui.widgets.views import size_columns


def _table(model: object, name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)  # type: ignore[arg-type]
    view.setItemDelegate(CellDelegate(view))  # an open cell keeps its typing (see CellDelegate)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table: the form stays keyboard-friendly
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # columns fit
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    rows = 3
    view.setMinimumHeight(
        view.horizontalHeader().sizeHint().height() + rows * (view.fontMetrics().height() + 10) + 4
    )
    view.setMaximumHeight(view.minimumHeight() + 2 * (view.fontMetrics().height() + 10))
    return view


class SourcesEditor(QWidget):
    """Pick a source (or add one), then set the credibility of this claim 1–6."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.model = SourceLinksModel(self)
        self.picker = QComboBox(self)
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setAccessibleName(self.tr("Source to add"))
        line = self.picker.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type a source and press Enter"))
        completer = self.picker.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line.returnPressed.connect(self.add_current)
        self.add_button = QPushButton(self.tr("Add"), self)
        themed(self.add_button, "new")
        self.add_button.setAccessibleName(self.tr("Add this source"))
        self.add_button.clicked.connect(self.add_current)
        self.new_button = QToolButton(self)
        themed(self.new_button, "add-source")
        self.new_button.setToolTip(self.tr("A source not in the list yet…"))
        self.new_button.setAccessibleName(self.tr("Add a new source"))
        self.new_button.clicked.connect(self.new_source)
        self.view = _table(self.model, self.tr("Sources of this incident"), self)
        credibility = [(f"{n} — {words.credibility(n)}", n) for n in words.CREDIBILITY]
        self.view.setItemDelegateForColumn(1, ComboDelegate(credibility, parent=self.view))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        size_columns(header, {1: 170, 2: 70, 3: 70})  # never narrower than the title
        self.remove_button = QToolButton(self)
        themed(self.remove_button, "remove-row")
        self.remove_button.setToolTip(self.tr("Remove the selected source"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected source"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.label = QLabel(self.tr("Reported &by"), self)
        self.label.setBuddy(self.picker)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.label)
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.model.edited.connect(self.changed)
        # The list of sources is read when first needed (links shown, the picker entered), not
        # with the window: the sources service loads the ORM (docs/ARCHITECTURE.md, start-up).
        self._sources_read = False
        self.picker.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.picker and event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.MouseButtonPress,
        ):
            self.ensure_sources()
        return super().eventFilter(watched, event)

    def ensure_sources(self) -> None:
        if not self._sources_read:
            self.reload_sources()

    def set_links(self, links: tuple[SourceLink, ...]) -> None:
        if links:
            self.ensure_sources()  # their names and grades
        self.model.set_links(links)

    def reload_sources(self) -> None:
        """Refill the list of sources; whatever is typed in the picker stays as it is."""
        from incident_logger.services.sources import list_sources

        self._sources_read = True
        sources = list_sources(self._db)
        self.model.set_sources(sources + list_sources(self._db, deleted=True))
        refill_combo(
            self.picker,
            [(f"{s.draft.name}  [{s.draft.reliability}]", s.id) for s in sources],
            select_none=True,
        )

    def add_current(self) -> None:
        self.ensure_sources()
        text = self.picker.currentText().strip()
        if not text:
            return
        found = self.picker.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            found = self.picker.findText(text, Qt.MatchFlag.MatchStartsWith)
        if found < 0:
            found = self.picker.findText(text, Qt.MatchFlag.MatchContains)
        if found < 0:
            self.new_source()
            return
        self.add_source_id(int(self.picker.itemData(found)))
        self.picker.setCurrentIndex(-1)
        self.picker.setEditText("")

    def add_source_id(self, source_id: int, credibility: int = 3) -> None:
        self.ensure_sources()
        row = self.model.add_link(SourceLink(source_id=source_id, credibility=credibility))
        self.view.selectRow(row)

    def new_source(self) -> None:
        from incident_logger.ui.dialogs.new_source_dialog import NewSourceDialog

        text = self.picker.currentText().strip()
        dialog = NewSourceDialog(self._db, text, self)
        if dialog.exec() and dialog.source is not None:
            self.reload_sources()
            self._add_created(dialog.source)

    def _add_created(self, source: Source) -> None:
        self.add_source_id(source.id)
        self.picker.setEditText("")

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.model.remove_row(rows[0].row())

    def links(self) -> tuple[SourceLink, ...]:
        return tuple(self.model.links)


class DamageEditor(QWidget):
    """What was damaged: a row per kind of object, with count, severity, state and a note."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DamageModel(self)
        self.view = _table(self.model, self.tr("Damage notes"), self)
        kinds = [(words.damage_kind(k), k) for k in DAMAGE_OBJECT_KINDS]
        self.view.setItemDelegateForColumn(0, ComboDelegate(kinds, editable=True, parent=self.view))
        self.view.setItemDelegateForColumn(
            1, WholeNumberDelegate(self.tr("not stated"), parent=self.view)
        )
        severities = [(words.severity(s), s.value) for s in DamageSeverity]
        self.view.setItemDelegateForColumn(2, ComboDelegate(severities, parent=self.view))
        states = [(words.damage_state(s), s.value) for s in DamageState]
        self.view.setItemDelegateForColumn(3, ComboDelegate(states, parent=self.view))
        # Every column fits the panel (no sideways scrolling that hides "What" while a cell on
        # the right is edited): What and Note share the room, the others take what they need.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.add_button = QPushButton(self.tr("Add da&mage"), self)
        themed(self.add_button, "add-row")
        self.add_button.setAccessibleName(self.tr("Add a damage note"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QToolButton(self)
        themed(self.remove_button, "remove-row")
        self.remove_button.setToolTip(self.tr("Remove the selected damage note"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected damage note"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.model.edited.connect(self.changed)

    def add_row(self) -> None:
        row = self.model.add_note(DamageNote(object_kind="vehicle"))
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.edit(self.model.index(row, 0))

    def remove_selected(self) -> None:
        index: QModelIndex = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def notes(self) -> tuple[DamageNote, ...]:
        return tuple(self.model.notes)
