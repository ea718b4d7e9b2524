"""The sources an incident cites, as an editable table: source, grade, link and note."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt

from incident_logger.domain.enums import CREDIBILITY_LABELS
from incident_logger.domain.models import Source, SourceLink
from incident_logger.ui import words
from incident_logger.ui.widgets.row_table import Column, RowTableModel


class SourceLinksModel(RowTableModel[SourceLink]):
    """Rows of ``SourceLink``; the source's own reliability and the claim's credibility form
    the grade shown (e.g. "B2")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: dict[int, Source] = {}
        self.columns = (
            Column(
                "source",
                self.tr("Source"),
                self._name,
                edit=lambda link: link.source_id,
                tip=self._reliability_tip,
            ),
            Column(
                "credibility",
                self.tr("Credibility"),
                lambda link: f"{self.grade(link)} — {words.credibility(link.credibility)}",
                edit=lambda link: link.credibility,
                parse=self._credibility,
            ),
            Column(
                "url",
                self.tr("Link"),
                lambda link: link.url,
                parse=lambda link, v: replace(link, url="" if v is None else str(v)),
            ),
            Column(
                "note",
                self.tr("Note"),
                lambda link: link.note,
                parse=lambda link, v: replace(link, note="" if v is None else str(v)),
            ),
        )

    def _name(self, link: SourceLink) -> str:
        source = self.sources.get(link.source_id)
        return source.draft.name if source else self.tr("(unknown source)")

    def _reliability_tip(self, link: SourceLink) -> str | None:
        source = self.sources.get(link.source_id)
        return self.tr("Reliability {r}").format(r=source.draft.reliability) if source else None

    @staticmethod
    def _credibility(link: SourceLink, value: Any) -> SourceLink | None:
        try:
            number = int(value)
        except (TypeError, ValueError):
            return None
        if number not in CREDIBILITY_LABELS:
            return None
        return replace(link, credibility=number)

    def grade(self, link: SourceLink) -> str:
        source = self.sources.get(link.source_id)
        reliability = source.draft.reliability if source else "?"
        return f"{reliability}{link.credibility}"

    @property
    def links(self) -> list[SourceLink]:
        return self.rows

    def set_links(self, links: tuple[SourceLink, ...] | list[SourceLink]) -> None:
        self.set_rows(links)

    def set_sources(self, sources: list[Source]) -> None:
        """Names and grades of the sources cited (after the Sources page changed one)."""
        before, self.sources = self.sources, {s.id: s for s in sources}
        for row, link in enumerate(self.rows):
            if before.get(link.source_id) != self.sources.get(link.source_id):
                self.dataChanged.emit(
                    self.index(row, 0),
                    self.index(row, 1),
                    [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
                )

    def add_link(self, link: SourceLink) -> int:
        existing = next((i for i, x in enumerate(self.rows) if x.source_id == link.source_id), -1)
        if existing >= 0:
            return existing
        return self.append_row(link)
