"""How every list and table of the app looks: headers and scrolling.

``style_header`` gives a header the house look (captions left-aligned like the incident table;
number columns say so themselves through ``headerData``). ``install`` makes each view under a
widget drop its horizontal scroll bar while it has no rows: an empty table has nothing to
scroll to, and a bar under nothing looks broken.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from shiboken6 import Shiboken

HEADER_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_PROPERTY = "emptyScroll"


def style_header(header: QHeaderView) -> None:
    header.setDefaultAlignment(HEADER_ALIGNMENT)
    header.setHighlightSections(False)


def size_columns(header: QHeaderView, widths: dict[int, int]) -> None:
    """Each column at its width in pixels, but never narrower than its title (a translated
    title may be longer than the English one the width was chosen for)."""
    model = header.model()
    metrics = header.fontMetrics()
    for column, width in widths.items():
        title = str(model.headerData(column, header.orientation()) or "") if model else ""
        header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 28))


def _update(view: QAbstractItemView) -> None:
    if not Shiboken.isValid(view):
        return
    model = view.model()
    empty = model is None or model.rowCount(view.rootIndex()) == 0
    view.setHorizontalScrollBarPolicy(
        Qt.ScrollBarPolicy.ScrollBarAlwaysOff if empty else Qt.ScrollBarPolicy.ScrollBarAsNeeded
    )


def follow_rows(view: QAbstractItemView) -> None:
    """Show the horizontal scroll bar only while ``view`` has rows (call after setModel)."""
    model = view.model()
    if model is None or view.property(_PROPERTY) == id(model):
        return
    view.setProperty(_PROPERTY, id(model))
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
        signal.connect(lambda *_args, v=view: _update(v))
    _update(view)


def install(root: QObject) -> None:
    """Apply ``follow_rows`` to every view under ``root`` (and to ``root`` if it is one)."""
    views = root.findChildren(QAbstractItemView)
    if isinstance(root, QAbstractItemView):
        views.append(root)
    for view in views:
        if isinstance(view, QWidget) and view.model() is not None:
            follow_rows(view)


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than the default, matching the table views' row height."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))
