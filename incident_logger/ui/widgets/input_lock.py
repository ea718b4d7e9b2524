"""Hold the keys typed into a form while it is being saved, and type them after.

While a save runs on the task runner, the form must not change under it, yet a person who
keeps typing must not lose a key. ``InputLock.hold(form)`` keeps every key press and release
aimed at a widget inside ``form`` (shortcuts with Ctrl or Alt still pass, so the window's own
commands answer), and blocks mouse clicks into it; ``release()`` types the held keys into the
widget that has the focus then, in order. The form never loses the focus, so nothing typed goes
to another widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_MOUSE = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
)
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class InputLock(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form: QWidget | None = None
        self._held: list[tuple[QEvent.Type, int, Qt.KeyboardModifier, str, bool, int]] = []

    def is_held(self) -> bool:
        return self._form is not None

    def hold(self, form: QWidget) -> None:
        if self._form is None:
            self._form = form
            self._held = []
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)

    def release(self) -> None:
        """Stop holding and type what was held into the focused widget."""
        if self._form is None:
            return
        form, self._form = self._form, None
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        held, self._held = self._held, []
        target = QApplication.focusWidget()
        if target is None or not Shiboken.isValid(form) or not form.isAncestorOf(target):
            return  # the focus left the form (e.g. another window): keys stay unsent
        for kind, key, modifiers, text, repeat, count in held:
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text, repeat, count))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        form = self._form
        if form is None or not isinstance(watched, QWidget) or not Shiboken.isValid(form):
            return False
        if watched is not form and not form.isAncestorOf(watched):
            return False
        kind = event.type()
        if kind in _KEYS:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & _COMMAND:
                return False  # a shortcut: the window decides
            self._held.append(
                (
                    kind,
                    event.key(),
                    event.modifiers(),
                    event.text(),
                    event.isAutoRepeat(),
                    event.count(),
                )
            )
            return True
        return kind in _MOUSE
