"""One way to make an action: themed icon, shortcuts (each key once), tool and status tips."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from incident_logger.ui import icons

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def unique_keys(shortcuts: Sequence[Shortcut]) -> list[QKeySequence]:
    """The key sequences of ``shortcuts`` (a standard key expands to the platform's list), each
    once: a standard key often repeats one given explicitly (Ctrl+Shift+Z and Redo)."""
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            expanded = QKeySequence.keyBindings(shortcut)
        else:
            expanded = [QKeySequence(shortcut)]
        for key in expanded:
            if not key.isEmpty() and key not in keys:
                keys.append(key)
    return keys


def new_action(
    parent: QObject,
    text: str,
    *,
    icon_name: str | None = None,
    shortcuts: Sequence[Shortcut] | None = None,
    tip: str = "",
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    slot: Callable[[], object] | None = None,
) -> QAction:
    """A QAction whose icon follows the theme and whose tooltip names its keys."""
    action = QAction(text, parent)
    if icon_name:
        icons.themed(action, icon_name)  # redrawn when the theme changes
    if shortcuts:
        action.setShortcuts(unique_keys(shortcuts))
        action.setShortcutContext(context)
    label = tip or text.replace("&", "").replace("…", "")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{label} ({keys})" if keys else label)
    action.setStatusTip(label)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def make_action(
    parent: QWidget,
    text: str,
    icon_name: str,
    shortcut: Shortcut | None = None,
    tip: str = "",
) -> QAction:
    """A page's action: its shortcut only fires while the focus is inside ``parent``."""
    action = new_action(
        parent,
        text,
        icon_name=icon_name,
        shortcuts=[shortcut] if shortcut is not None else None,
        tip=tip or text,
        context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
    )
    parent.addAction(action)
    return action


def unfocusable_buttons(toolbar: QToolBar) -> None:
    """Toolbar buttons stay out of the tab chain, as in native toolbars (shortcuts reach them)."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
