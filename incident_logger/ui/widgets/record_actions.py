"""What every page that keeps records beside a list has: its toolbar (New, Save, Delete | Trash,
Restore, Refresh, with Ctrl+N, Ctrl+S, Del on the list, F5) and the list's behaviour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolBar, QWidget

from incident_logger.ui.widgets import record_texts as texts
from incident_logger.ui.widgets.actions import make_action, unfocusable_buttons


@dataclass(frozen=True, slots=True)
class ActionTips:
    """What the page's own actions say, in its words: "New source", "Move the source to the
    trash", "Show sources in the trash", "Take the source out of the trash"."""

    new: str
    delete: str
    trash: str
    restore: str
    new_tip: str = ""
    save_tip: str = ""


@dataclass(frozen=True, slots=True)
class RecordActions:
    new: QAction
    save: QAction
    delete: QAction
    trash: QAction  # checkable: the list shows the trash
    restore: QAction
    refresh: QAction
    toolbar: QToolBar


def record_actions(
    page: QWidget, list_view: QWidget, tips: ActionTips, title: str
) -> RecordActions:
    """The actions on ``page`` (Delete on ``list_view``, so Del in a field deletes text) and
    their toolbar named ``title``; the page connects them."""
    new = make_action(page, tips.new, "new", QKeySequence.StandardKey.New, tips.new_tip)
    save = make_action(
        page, texts.t(texts.SAVE), "save", QKeySequence.StandardKey.Save, tips.save_tip
    )
    delete = make_action(
        list_view, texts.t(texts.DELETE), "delete", QKeySequence.StandardKey.Delete, tips.delete
    )
    page.addAction(delete)
    trash = make_action(page, texts.t(texts.TRASH), "trash", None, tips.trash)
    trash.setCheckable(True)
    restore = make_action(page, texts.t(texts.RESTORE), "restore", None, tips.restore)
    refresh = make_action(page, texts.t(texts.REFRESH), "refresh", QKeySequence.StandardKey.Refresh)
    toolbar = QToolBar(title)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (new, save, delete):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (trash, restore, refresh):
        toolbar.addAction(action)
    unfocusable_buttons(toolbar)
    return RecordActions(new, save, delete, trash, restore, refresh, toolbar)


def set_up_list(view: QAbstractItemView, name: str) -> None:
    """One row selected at a time, read-only, alternate rows; Tab leaves the list for the
    form. A table: no row numbers, rows one line high, the last column stretched."""
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    if isinstance(view, QTableView):
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
