"""The sources an incident cites, as an editable table: source, grade, link and note."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from incident_logger.domain.enums import CREDIBILITY_LABELS
from incident_logger.domain.models import Source, SourceLink
from incident_logger.ui import theme, words
from incident_logger.ui.incidents.damage_model import ERROR_ROLES

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("source", "credibility", "url", "note")


class SourceLinksModel(QAbstractTableModel):
    """Rows of ``SourceLink``; the source's own reliability and the claim's credibility form
    the grade shown (e.g. "B2"). ``edited`` is emitted only for the user's changes (see
    ``DamageModel``)."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.links: list[SourceLink] = []
        self.sources: dict[int, Source] = {}
        self.errors: dict[tuple[int, str], str] = {}
        self._titles = [
            self.tr("Source"),
            self.tr("Credibility"),
            self.tr("Link"),
            self.tr("Note"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.links)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
                return self._titles[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] != "source":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def grade(self, link: SourceLink) -> str:
        source = self.sources.get(link.source_id)
        reliability = source.draft.reliability if source else "?"
        return f"{reliability}{link.credibility}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.links):
            return None
        link = self.links[index.row()]
        column = COLUMNS[index.column()]
        error = self.errors.get((index.row(), column))
        source = self.sources.get(link.source_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "source":
                return source.draft.name if source else self.tr("(unknown source)")
            if column == "credibility":
                return f"{self.grade(link)} — {words.credibility(link.credibility)}"
            return getattr(link, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == "credibility":
                return link.credibility
            if column == "source":
                return link.source_id
            return getattr(link, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error
            if column == "source" and source:
                return self.tr("Reliability {r}").format(r=source.draft.reliability)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and error:
            return theme.tones().error
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return theme.tones().error_bg
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), COLUMNS[index.column()]
        if column == "source":
            return False
        link = self.links[row]
        if column == "credibility":
            try:
                number = int(value)
            except (TypeError, ValueError):
                return False
            if number not in CREDIBILITY_LABELS:
                return False
            changed = replace(link, credibility=number)
        else:
            text = "" if value is None else str(value)
            changed = replace(link, url=text) if column == "url" else replace(link, note=text)
        had_error = self.errors.pop((row, column), None) is not None
        if changed == link:
            if had_error:
                self.dataChanged.emit(index, index, ERROR_ROLES)
            return True  # an unchanged commit re-sends nothing
        self.links[row] = changed
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # --- rows -----------------------------------------------------------------------

    def set_links(self, links: tuple[SourceLink, ...] | list[SourceLink]) -> None:
        self.beginResetModel()
        self.links = list(links)
        self.errors = {}
        self.endResetModel()

    def set_sources(self, sources: list[Source]) -> None:
        """Names and grades of the sources cited (after the Sources page changed one)."""
        before, self.sources = self.sources, {s.id: s for s in sources}
        for row, link in enumerate(self.links):
            if before.get(link.source_id) != self.sources.get(link.source_id):
                self.dataChanged.emit(
                    self.index(row, 0),
                    self.index(row, 1),
                    [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
                )

    def add_link(self, link: SourceLink) -> int:
        existing = next((i for i, x in enumerate(self.links) if x.source_id == link.source_id), -1)
        if existing >= 0:
            return existing
        row = len(self.links)
        self.beginInsertRows(QModelIndex(), row, row)
        self.links.append(link)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.links):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.links[row]
            self.errors = {}
            self.endRemoveRows()
            self.edited.emit()

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Show ``errors``; only cells whose message changed are repainted (colours only)."""
        before, self.errors = self.errors, dict(errors)
        for row, column in set(before) ^ set(self.errors) | {
            k for k in before.keys() & self.errors.keys() if before[k] != self.errors[k]
        }:
            if 0 <= row < len(self.links) and column in COLUMNS:
                cell = self.index(row, COLUMNS.index(column))
                self.dataChanged.emit(cell, cell, ERROR_ROLES)
