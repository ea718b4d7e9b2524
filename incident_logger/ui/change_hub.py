"""One signal for every change to the data: who changed what, announced to every page.

A page or dialog that wrote something announces the ``Changes`` its service returned; the hub
passes them, with the page that made them, to every listener. Each page decides in its own
``on_changes`` whether what it shows is touched and reads it again; nobody wires one page to
another. The main window connects every page of ``ui/page_list.py`` to the hub.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from incident_logger.domain.changes import Changes


class ChangeHub(QObject):
    changed = Signal(object, object)  # Changes, the object that made them (or None)

    def announce(self, changes: Changes, origin: object = None) -> None:
        if changes:
            self.changed.emit(changes, origin)
