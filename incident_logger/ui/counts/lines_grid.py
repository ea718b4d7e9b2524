"""The per-region lines grid of a count report, with its add and remove line buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from incident_logger.ui.counts.lines_delegate import CountLinesDelegate
from incident_logger.ui.counts.lines_model import CountLinesModel
from incident_logger.ui.counts.place_index import PlaceIndex
from incident_logger.ui.widgets.actions import make_action
from incident_logger.ui.widgets.views import style_header


class CountLinesGrid(QWidget):
    """Region, count and note per line; Ctrl+L adds a line, Del removes the current one."""

    def __init__(self, places: PlaceIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CountLinesModel(places, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Lines by region"))
        self.view.setModel(self.model)
        self.delegate = CountLinesDelegate(places.completion_model(), self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        style_header(header)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 90)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(140)
        self.add_action = make_action(
            self, self.tr("Add line"), "add-row", "Ctrl+L", self.tr("Add a region line")
        )
        self.remove_action = make_action(
            self.view,
            self.tr("Remove line"),
            "remove-row",
            QKeySequence.StandardKey.Delete,
            self.tr("Remove the selected line"),
        )
        self.add_action.triggered.connect(self.add_line)
        self.remove_action.triggered.connect(self.remove_current_line)
        title = QLabel(self.tr("Lines by region"))
        title.setObjectName("sectionTitle")
        row = QHBoxLayout()
        row.addWidget(title)
        row.addStretch(1)
        self.buttons: list[QToolButton] = []
        for action in (self.add_action, self.remove_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            row.addWidget(button)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

    def set_places(self, places: PlaceIndex) -> None:
        self.model.set_places(places)
        self.delegate.set_completions(places.completion_model())

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.view, *self.buttons):
            widget.setEnabled(not read_only)
        self.add_action.setEnabled(not read_only)
        self.remove_action.setEnabled(not read_only)

    def add_line(self) -> None:
        """Append a line and start typing its region."""
        row = self.model.add_line()
        index = self.model.index(row, CountLinesModel.REGION)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def commit_open_cell(self) -> None:
        """Store what is typed in a cell that is still being edited."""
        index = self.view.currentIndex()
        editor = self.view.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.delegate.commitData.emit(editor)

    def remove_current_line(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_line(index.row())
