"""Every window action with its icon and shortcut, and the menus and toolbar built from them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from incident_logger.ui.icons import icon


@dataclass
class Actions:
    """The window's QActions by role; ``by_name`` for lookup in tests and the shortcut list."""

    by_name: dict[str, QAction] = field(default_factory=dict)
    theme_group: QActionGroup | None = None

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def get(self, name: str) -> QAction | None:
        return self.by_name.get(name)


def make_action(
    parent: QObject,
    actions: Actions,
    name: str,
    text: str,
    slot: Callable[[], object] | None = None,
    *,
    icon_name: str | None = None,
    shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] | None = None,
    tip: str = "",
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(f"action_{name}")
    if icon_name:
        action.setIcon(icon(icon_name))
        action.setData(icon_name)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(context)
    label = text.replace("&", "").replace("…", "")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip or label} ({keys})" if keys else tip or label)
    action.setStatusTip(tip or label)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    actions.by_name[name] = action
    return action


def refresh_icons(actions: Actions) -> None:
    """Re-create icons in the current palette's colours (after a theme change)."""
    for action in actions.by_name.values():
        name = action.data()
        if isinstance(name, str) and name:
            action.setIcon(icon(name))


def shortcut_table(actions: Actions) -> list[tuple[str, str]]:
    rows = []
    for action in actions.by_name.values():
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        if keys:
            rows.append((action.text().replace("&", "").replace("…", ""), keys))
    return rows


def shortcuts_help(parent: QWidget, actions: Actions) -> str:
    lines = [
        f"<tr><td>{text}</td><td><b>{keys}</b></td></tr>" for text, keys in shortcut_table(actions)
    ]
    title = parent.tr("Keyboard shortcuts")
    return f"<h3>{title}</h3><table cellspacing='6'>{''.join(lines)}</table>"
