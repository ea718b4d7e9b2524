"""Guard: the installed PySide6 must keep Python's reference counts (6.12.0 on 3.11 did not)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal()


def test_signals_and_void_calls_keep_refcounts(qtbot: QtBot) -> None:
    emitter = _Emitter()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit()
        edit.setText("x")
    after = sys.getrefcount(True), sys.getrefcount(None)
    # A binding that drops a reference per call would crash the app after a few thousand.
    assert abs(after[0] - before[0]) < 20 and abs(after[1] - before[1]) < 20, (
        "this PySide6 build loses references to True/None on every call; "
        "install PySide6-Essentials 6.11.x (see the UI notes)"
    )
