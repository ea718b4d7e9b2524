"""Form helpers the record pages share: page actions, field error labels, safe task callbacks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from incident_logger.ui import icons
from incident_logger.ui.i18n import tr


def make_action(
    parent: QWidget,
    text: str,
    icon_name: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    """An action whose shortcut only fires while the focus is inside ``parent``."""
    action = QAction(text, parent)
    icons.themed(action, icon_name)  # redrawn when the theme changes
    tip = tip or text
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        hint = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({hint})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    parent.addAction(action)
    return action


def unfocusable_buttons(toolbar: QToolBar) -> None:
    """Toolbar buttons stay out of the tab chain, as in native toolbars (shortcuts reach them)."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Flag a field for the theme's red border (``[invalid="true"]``)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class ErrorLabel(QLabel):
    """A short message under a field, styled by the theme; hidden while there is none."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self._field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_messages(self, messages: Iterable[str]) -> None:
        text = "\n".join(m[:1].upper() + m[1:] for m in messages if m)
        self.setText(text)
        self.setVisible(bool(text))
        if self._field is not None:
            mark_invalid(self._field, bool(text))
            self._field.setAccessibleDescription(text)


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """A field with its error label underneath, for one row of a QFormLayout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box


def alive(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """Wrap a task callback so it does nothing once ``owner`` has been deleted."""

    def call(*args: Any) -> None:
        if Shiboken.isValid(owner):
            callback(*args)

    return call


def ask_unsaved(parent: QWidget, what: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for unsaved edits of ``what``."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Unsaved changes"),
        tr("The {0} has unsaved changes. Save them first?").format(what),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


class EmptyNote(QWidget):
    """A centred icon, title and hint shown in place of an empty list."""

    def __init__(self, icon_name: str = "empty", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        self._icon = QLabel()
        self.refresh_icon()
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for label in (self._icon, self.title, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(3)

    def refresh_icon(self) -> None:
        """Draw the icon in the current palette (``icons.refresh_themed`` calls this)."""
        self._icon.setPixmap(icons.icon(self._icon_name).pixmap(48, 48))

    def set_text(self, title: str, hint: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than the default, matching the table views' row height."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))
