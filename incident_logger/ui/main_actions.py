"""Every window action with its icon and shortcut, and the menus and toolbar built from them."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from incident_logger.ui.i18n import tr
from incident_logger.ui.icons import icon
from incident_logger.ui.widgets.actions import Shortcut, new_action


@dataclass
class Actions:
    """The window's QActions by role; ``by_name`` for lookup in tests and the shortcut list."""

    by_name: dict[str, QAction] = field(default_factory=dict)
    theme_group: QActionGroup | None = None
    language_menu: QObject | None = None  # View › Language (ui/language_menu.py)

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
    shortcuts: Sequence[Shortcut] | None = None,
    tip: str = "",
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    """A window action, registered in ``actions`` under ``name``."""
    action = new_action(
        parent, text, icon_name=icon_name, shortcuts=shortcuts, tip=tip, context=context, slot=slot
    )
    action.setObjectName(f"action_{name}")
    if icon_name:
        action.setData(icon_name)
    if shortcuts:
        standard = [s for s in shortcuts if isinstance(s, QKeySequence.StandardKey)]
        action.setProperty("standard_keys", [int(k.value) for k in standard])
    actions.by_name[name] = action
    return action


def refresh_icons(actions: Actions) -> None:
    """Re-create icons in the current palette's colours (after a theme change)."""
    for action in actions.by_name.values():
        name = action.data()
        if isinstance(name, str) and name:
            action.setIcon(icon(name))


_DEDICATED_KEYS = frozenset(
    {
        Qt.Key.Key_New,
        Qt.Key.Key_Open,
        Qt.Key.Key_Save,
        Qt.Key.Key_Close,
        Qt.Key.Key_Undo,
        Qt.Key.Key_Redo,
        Qt.Key.Key_Find,
        Qt.Key.Key_Help,
        Qt.Key.Key_Refresh,
        Qt.Key.Key_Copy,
        Qt.Key.Key_Cut,
        Qt.Key.Key_Paste,
        Qt.Key.Key_Printer,
    }
)


def shortcut_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action with a key, each key shown once, each row once."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        keys: list[str] = []
        # An action whose keys are lent to another page keeps them in "scoped_keys".
        scoped = action.property("scoped_keys") or []
        for sequence in action.shortcuts() or [QKeySequence(k) for k in scoped]:
            if any(sequence == QKeySequence(key) for key in _DEDICATED_KEYS):
                continue  # a "New" or "Undo" key of a few keyboards: noise in the list
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if text and text not in keys:
                keys.append(text)
        row = (action.text().replace("&", "").replace("…", "").strip(), ", ".join(keys))
        if keys and row[0] and row not in rows:
            rows.append(row)
    return rows


def shortcut_table(actions: Actions) -> list[tuple[str, str]]:
    return shortcut_rows(list(actions.by_name.values()))


def shortcuts_help(parent: QWidget, sections: Sequence[tuple[str, list[tuple[str, str]]]]) -> str:
    """An HTML table of ``sections``: (heading, rows of what and keys)."""
    parts = [f"<h3>{html.escape(tr('Keyboard shortcuts'))}</h3>"]
    for heading, rows in sections:
        if not rows:
            continue
        lines = "".join(
            f"<tr><td>{html.escape(text)}</td><td><b>{html.escape(keys)}</b></td></tr>"
            for text, keys in rows
        )
        parts.append(f"<h4>{html.escape(heading)}</h4><table cellspacing='4'>{lines}</table>")
    return "".join(parts)
