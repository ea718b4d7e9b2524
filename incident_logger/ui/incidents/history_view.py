"""An incident's history: who changed what and when, with old and new values."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from incident_logger.domain.enums import EntityKind
from incident_logger.services.history import history_of
from incident_logger.store.engine import Database

_MAX = 160


def _short(value: object) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _MAX else text[: _MAX - 1] + "…"


class HistoryView(QTreeWidget):
    """One top-level row per change (when, who, action); a child row per changed field."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setAccessibleName(self.tr("Change history"))
        self.setHeaderLabels(
            [self.tr("When / field"), self.tr("Who"), self.tr("Old"), self.tr("New")]
        )
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setRootIsDecorated(True)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 90, 200)):
            self.setColumnWidth(column, width)

    def show_incident(self, incident_id: int | None) -> None:
        self.clear()
        if incident_id is None:
            return
        entries = history_of(self._db, entity=EntityKind.INCIDENT, entity_id=incident_id)
        for entry in reversed(entries):  # newest first
            title = f"{entry.at.replace('T', ' ')}  ·  {entry.action}"
            if entry.reason:
                title += f" ({entry.reason})"
            top = QTreeWidgetItem([title, entry.actor, "", ""])
            for field, change in sorted(entry.changes.items()):
                old, new = ([*list(change), None, None])[:2]
                child = QTreeWidgetItem([field.replace("_", " "), "", _short(old), _short(new)])
                child.setToolTip(2, _short(old))
                child.setToolTip(3, _short(new))
                top.addChild(child)
            self.addTopLevelItem(top)
            top.setExpanded(entry is entries[-1] or len(entries) <= 3)
