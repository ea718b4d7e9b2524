"""An incident's history: who changed what and when, with old and new values."""

from __future__ import annotations

import json

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from incident_logger.domain.enums import EntityKind
from incident_logger.services.history import history_of
from incident_logger.store.engine import Database

_MAX = 160


def _short(value: object) -> str:
    if value is None or value == "" or value == []:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _MAX else text[: _MAX - 1] + "…"


class HistoryView(QTreeWidget):
    """A row per change (when, who, what; newest first) with a child row per changed field."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setAccessibleName(self.tr("Change history"))
        self.setHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 130)
        self.setColumnWidth(1, 170)

    def show_incident(self, incident_id: int | None) -> None:
        self.clear()
        if incident_id is None:
            return
        entries = history_of(self._db, entity=EntityKind.INCIDENT, entity_id=incident_id)
        bold = QFont(self.font())
        bold.setBold(True)
        for entry in reversed(entries):  # newest first
            parts = [entry.action.capitalize(), entry.at.replace("T", " ")]
            if entry.actor:
                parts.append(self.tr("by {who}").format(who=entry.actor))
            if entry.reason:
                parts.append(f"({entry.reason})")
            top = QTreeWidgetItem(["  ·  ".join(parts)])
            top.setFont(0, bold)
            for field, change in sorted(entry.changes.items()):
                old, new = [*list(change), None, None][:2]
                child = QTreeWidgetItem([field.replace("_", " "), _short(old), _short(new)])
                child.setToolTip(1, _short(old))
                child.setToolTip(2, _short(new))
                top.addChild(child)
            self.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
