"""Ctrl+Home and Ctrl+End in every table: first or real last row, in the current column.

Qt's own Ctrl+End stops at the last row a lazily loaded model has fetched (a few hundred of
20,000) and jumps to the last column. Here the rows still to come are fetched first (for
models that load on a worker, until ``more_available()`` says nothing is left), and the
cursor keeps its column. Esc or any other key while waiting gives up quietly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from shiboken6 import Shiboken

_SEL = QItemSelectionModel.SelectionFlag
POLL_MS = 15  # how often a pending Ctrl+End looks for the rows a worker has delivered


class _Pending:
    def __init__(self, view: QAbstractItemView, column: int, extend: bool) -> None:
        self.view = view
        self.column = column
        self.extend = extend
        self.anchor = view.currentIndex().row()


class TableKeys(QObject):
    """An event filter for item views; ``install`` puts one on every view under a widget."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: _Pending | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._step)

    def install(self, root: QWidget) -> None:
        views = root.findChildren(QAbstractItemView)
        if isinstance(root, QAbstractItemView):
            views.append(root)
        for view in views:
            if not view.property("tableKeys"):
                view.setProperty("tableKeys", True)
                view.installEventFilter(self)

    def busy(self) -> bool:
        return self._pending is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractItemView):
            return False
        assert isinstance(event, QKeyEvent)
        if self._pending is not None:
            self._stop()  # any key while waiting: give up, then handle the key as usual
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not ctrl or event.key() not in (Qt.Key.Key_Home, Qt.Key.Key_End):
            return False
        model = watched.model()
        if model is None or model.rowCount(watched.rootIndex()) == 0:
            return False
        current = watched.currentIndex()
        column = current.column() if current.isValid() else self._first_column(watched)
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        pending = _Pending(watched, column, extend)
        if event.key() == Qt.Key.Key_Home:
            self._land(pending, 0)
            return True
        self._pending = pending
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._step()
        return True

    @staticmethod
    def _first_column(view: QAbstractItemView) -> int:
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        if header is None:
            return 0
        found = header()
        for visual in range(found.count()):
            logical = found.logicalIndex(visual)
            if not found.isSectionHidden(logical):
                return logical
        return 0

    def _step(self) -> None:
        """Fetch what the model can give now; land once nothing more will come."""
        pending = self._pending
        if pending is None:
            return
        view = pending.view
        if not Shiboken.isValid(view) or view.model() is None:
            self._stop()
            return
        model = view.model()
        root = view.rootIndex()
        while model.canFetchMore(root):
            before = model.rowCount(root)
            model.fetchMore(root)
            if model.rowCount(root) == before:
                break  # fetched on a worker: look again on the next tick
        more = getattr(model, "more_available", None)
        if callable(more) and more():
            if not self._timer.isActive():
                self._timer.start()
            return
        self._stop()
        self._land(pending, model.rowCount(root) - 1)

    def _stop(self) -> None:
        if self._pending is not None:
            self._pending = None
            self._timer.stop()
            QApplication.restoreOverrideCursor()

    @staticmethod
    def _land(pending: _Pending, row: int) -> None:
        view = pending.view
        model = view.model()
        root = view.rootIndex()
        if not 0 <= row < model.rowCount(root):
            return
        target = model.index(row, pending.column, root)
        selection = view.selectionModel()
        rows = view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
        whole = _SEL.Rows if rows else _SEL.NoUpdate
        multi = view.selectionMode() in (
            QAbstractItemView.SelectionMode.ExtendedSelection,
            QAbstractItemView.SelectionMode.MultiSelection,
        )
        if pending.extend and multi and pending.anchor >= 0:
            first, last = sorted((pending.anchor, row))
            span = QItemSelection(
                model.index(first, pending.column, root), model.index(last, pending.column, root)
            )
            selection.select(span, _SEL.ClearAndSelect | whole)
            selection.setCurrentIndex(target, _SEL.NoUpdate)
        else:
            selection.setCurrentIndex(target, _SEL.ClearAndSelect | whole)
        view.scrollTo(target)


_shared: TableKeys | None = None


def install(root: QWidget) -> TableKeys:
    """Give every item view under ``root`` these keys (one shared filter for the app)."""
    global _shared
    if _shared is None:
        _shared = TableKeys(QApplication.instance())
    _shared.install(root)
    return _shared
