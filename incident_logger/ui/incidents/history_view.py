"""An incident's history: who changed what and when, with old and new values in words."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from incident_logger.domain.enums import EntityKind
from incident_logger.domain.errors import NotFoundError
from incident_logger.domain.fields import FIELDS_BY_NAME, INCIDENT_FIELDS, Kind
from incident_logger.store.engine import Database
from incident_logger.ui import dates, words
from incident_logger.ui.messages import field_label

_Index = QModelIndex | QPersistentModelIndex
_MAX = 4000  # a whole narrative fits; the rows wrap instead of cutting values short
# Each enum field's stored values (a value another program left that is none is shown as is).
_VALUES = {f.name: {m.value for m in f.enum} for f in INCIDENT_FIELDS if f.enum is not None}
_ORDER = {f.name: i for i, f in enumerate(INCIDENT_FIELDS)}  # the registry's (the form's) order
_EMPTY: tuple[object, ...] = (None, "", [], {})


def _in_order(item: tuple[str, Any]) -> tuple[int, str]:
    return _ORDER.get(item[0], len(_ORDER)), item[0]


def _label(field: str) -> str:
    """An incident field by its registry label ("Sources", not an item's "Source")."""
    entry = FIELDS_BY_NAME.get(field)
    return QCoreApplication.translate("Fields", entry.label) if entry else field_label(field)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX else text[: _MAX - 1] + "…"


class _WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped values at the column's current width."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.parent().isValid():  # a field's row: before and after wrap
            width = max(40, self._view.columnWidth(index.column()) - 10)
            text = str(index.data() or "")
            bound = option.fontMetrics.boundingRect(
                QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text
            )
            hint.setHeight(max(hint.height(), bound.height() + 6))
        return hint


class HistoryView(QTreeWidget):
    """A row per change (newest first) with a child row per changed field."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._sources: dict[int, tuple[str, str]] = {}
        self._places: dict[int, str] = {}
        self.setAccessibleName(self.tr("Change history"))
        self.setHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.setAlternatingRowColors(True)
        # Before and after share the width and wrap, so long values are read whole.
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 130)
        self.setItemDelegate(_WrapDelegate(self))
        header.sectionResized.connect(lambda *_: self.doItemsLayout())  # re-wrap to new widths

    # --- values in words ------------------------------------------------------------

    def _place(self, place_id: object) -> str:
        if not isinstance(place_id, int):
            return "—"
        if place_id not in self._places:
            try:
                from incident_logger.services.places import get_place

                self._places[place_id] = get_place(self._db, place_id).path
            except NotFoundError:
                self._places[place_id] = f"#{place_id}"
        return self._places[place_id]

    def _source(self, link: dict[str, Any]) -> str:
        source_id = link.get("source_id")
        name, grade = (
            self._sources.get(source_id, (f"#{source_id}", "?"))
            if isinstance(source_id, int)
            else ("?", "?")
        )
        return f"{name} ({grade}{link.get('credibility', '')})"

    @staticmethod
    def _damage(note: dict[str, Any]) -> str:
        quantity = note.get("quantity")
        parts = [f"{'?' if quantity is None else quantity} {note.get('object_kind', '')}"]
        parts += [str(note[k]) for k in ("severity", "state") if note.get(k) not in _EMPTY]
        parts = [p for p in parts if p not in ("unknown", "none")]
        text = ", ".join(parts)
        return f"{text} — {note['note']}" if note.get("note") else text

    def words(self, field: str, value: Any) -> str:
        if value in _EMPTY:
            return "—"
        if field == "place_id":
            return self._place(value)
        if field == "sources" and isinstance(value, list):
            return "; ".join(self._source(v) for v in value if isinstance(v, dict))
        if field == "damage" and isinstance(value, list):
            return "; ".join(self._damage(v) for v in value if isinstance(v, dict))
        entry = FIELDS_BY_NAME.get(field)
        if entry is not None and isinstance(value, str):  # a word of its kind, as the form shows it
            if entry.enum is not None and value in _VALUES[entry.name]:
                return words.enum_word(entry.enum(value))
            if entry.kind is Kind.CATEGORY:
                return words.category(value)
            if entry.kind is Kind.TIME:
                return dates.when(value)
        if isinstance(value, str):
            return _clip(value.replace("T", " ") if field.endswith("_at") else value)
        if isinstance(value, list):
            return _clip(", ".join(str(v) for v in value))
        return _clip(json.dumps(value, ensure_ascii=False))

    # --- rows -----------------------------------------------------------------------

    def show_incident(self, incident_id: int | None) -> None:
        self.clear()
        if incident_id is None:
            return
        # The ORM behind it loads on first use, not at start-up.
        from incident_logger.services.history import history_of
        from incident_logger.services.sources import list_sources

        entries = history_of(self._db, entity=EntityKind.INCIDENT, entity_id=incident_id)
        self._sources = {
            s.id: (s.draft.name, str(s.draft.reliability))
            for s in list_sources(self._db) + list_sources(self._db, deleted=True)
        }
        bold = QFont(self.font())
        bold.setBold(True)
        for entry in reversed(entries):  # newest first
            parts = [words.history_action(entry.action), dates.stamp(entry.at)]
            if entry.actor:
                parts.append(self.tr("by {who}").format(who=entry.actor))
            if entry.reason:
                parts.append(f"({entry.reason})")
            top = QTreeWidgetItem(["  ·  ".join(parts)])
            top.setFont(0, bold)
            for field, change in sorted(entry.changes.items(), key=_in_order):
                old, new = [*list(change), None, None][:2]
                if entry.action == "create" and new in _EMPTY:
                    continue  # a new record: only what was filled in
                label = self.tr("In the Trash") if field == "deleted_at" else _label(field)
                before, after = self.words(field, old), self.words(field, new)
                child = QTreeWidgetItem([label, before, after])
                child.setToolTip(1, before)
                child.setToolTip(2, after)
                top.addChild(child)
            self.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        self._fit_field_column()

    def _fit_field_column(self) -> None:
        """The field names whole ("location precision"); before and after share the rest."""
        metrics = self.fontMetrics()
        widest = 0
        for n in range(self.topLevelItemCount()):
            top = self.topLevelItem(n)
            for i in range(top.childCount() if top is not None else 0):
                child = top.child(i) if top is not None else None
                if child is not None:
                    widest = max(widest, metrics.horizontalAdvance(child.text(0)))
        if widest:
            self.setColumnWidth(0, widest + 2 * self.indentation() + 24)
