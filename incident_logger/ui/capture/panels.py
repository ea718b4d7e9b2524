"""One proposed draft in an ordinary editor, with the spans its fields were read from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from incident_logger.domain.models import CountReport, CountReportDraft, IncidentDraft
from incident_logger.services.capture import IncidentProposal, Proposed, ReportProposal, Span
from incident_logger.store.engine import Database
from incident_logger.ui.counts.editor import CountReportEditor
from incident_logger.ui.incidents.editor import IncidentEditor

UNSURE_STYLE = "border: 1px dashed {colour}; border-radius: 3px;"


class DraftPanel(QGroupBox):
    """A checkable box (unchecked: not saved) holding one editor."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setCheckable(True)
        self.setChecked(True)
        self.setToolTip(self.tr("Untick to leave this draft out when saving"))
        self.spans: dict[QWidget, Span] = {}  # field -> the words it was read from
        self.whole: dict[QWidget, Span] = {}  # shown only when selected (a whole incident)
        self.unsure: list[QWidget] = []
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(6, 4, 6, 6)

    def _map(self, widget: QWidget, p: Proposed[Any]) -> None:
        if p.span is not None:
            self.spans[widget] = p.span
            if p.unsure:
                self.unsure.append(widget)

    def span_of(self, widget: QWidget | None) -> Span | None:
        while widget is not None and widget is not self:
            if widget in self.spans:
                return self.spans[widget]
            if widget in self.whole:
                return self.whole[widget]
            widget = widget.parentWidget()
        return None


class ReportPanel(DraftPanel):
    def __init__(
        self,
        number: int,
        proposal: ReportProposal,
        draft: CountReportDraft,
        parent: QWidget | None = None,
    ) -> None:
        what = ", ".join(x for x in (proposal.subject.value, proposal.outcome.value) if x)
        super().__init__(self.tr("Count report {0}: {1}").format(number, what or "?"), parent)
        self.editor = CountReportEditor(self)
        for hidden in (self.editor.save_button, self.editor.cancel_button, self.editor.heading):
            hidden.hide()
        self.body.addWidget(self.editor)
        self.draft = draft
        e = self.editor
        self._map(e.total, proposal.total)
        self._map(e.subject, proposal.subject)
        self._map(e.outcome, proposal.outcome)
        self._map(e.period_start, proposal.period)
        self._map(e.period_end, proposal.period)
        if proposal.lines:
            first = proposal.lines[0]
            self._map(e.lines, first.count if first.count.span else first.place)

    def load(self) -> None:
        self.editor.load(CountReport(0, self.draft, "", ""))

    def collect(self) -> CountReportDraft | None:
        return self.editor.draft()


class IncidentPanel(DraftPanel):
    def __init__(
        self,
        number: int,
        db: Database,
        proposal: IncidentProposal,
        draft: IncidentDraft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Incident {0}: {1}").format(number, proposal.title), parent)
        self.editor = IncidentEditor(db, self)
        # The window scrolls the drafts; the editor shows its whole form, not a scroll of its own.
        self.editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor.setMinimumHeight(self.editor.form.sizeHint().height() + 4)
        self.body.addWidget(self.editor)
        self.draft = draft
        f = self.editor.form
        if proposal.span is not None:
            self.whole[f.title] = proposal.span
        self._map(f.category, proposal.category)
        self._map(f.start_at, proposal.time)
        self._map(f.end_at, proposal.time)
        self._map(f.place, proposal.place)
        self._map(f.locality, proposal.locality)
        self._map(f.injuries, proposal.injuries)
        self._map(f.fatalities, proposal.fatalities)
        self._map(f.response, proposal.response)
        if proposal.damage:
            self._map(f.damage, proposal.damage[0].object_kind)

    def load(self) -> None:
        self.editor.load(None, self.draft)

    def collect(self) -> tuple[IncidentDraft, list[object]]:
        draft, errors = self.editor.all_errors()
        if errors:
            self.editor.show_errors(errors)
        return draft, list(errors)
