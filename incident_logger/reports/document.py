"""Page template: marking, 'Page X of Y', record-count footer, lazy sections, cancel checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from incident_logger.reports import fonts
from incident_logger.reports.styles import INK, MARGIN, MUTED, NAVY, RULE, STEEL

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

FOOTER_SIZE = 7.2
_TOTAL_FORM = "pageTotal"


class BriefingCancelled(Exception):
    """The user cancelled the briefing; no file was written."""


class Deferred(Flowable):
    """A placeholder that becomes its flowables only when the layout reaches it.

    Building 10,000 incidents' paragraphs up front would hold them all in memory at once;
    expanding them chunk by chunk keeps the peak small and lets progress follow the layout.
    """

    def __init__(self, make: Callable[[], list[Flowable]], units: int = 1) -> None:
        super().__init__()
        self.make = make
        self.units = units

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:  # only reached if reportlab bypassed filterFlowables
        raise RuntimeError("a deferred section was drawn without being expanded")


@dataclass(frozen=True, slots=True)
class PageDecor:
    """Strings printed on every page, already cleaned for the fonts."""

    marking: str
    running_title: str
    period: str
    footer: str  # e.g. "12 incidents · 3 count statements · fingerprint 3fa9c2e81b0d"


class TotalPagesCanvas(Canvas):
    """Draws the page total as a form XObject defined at save time: one pass, any length."""

    pages = 0

    def save(self) -> None:
        total = max(1, self.getPageNumber() - 1)
        self.pages = total
        self.beginForm(_TOTAL_FORM)
        self.setFont(fonts.REGULAR, FOOTER_SIZE)
        self.setFillColor(STEEL)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


class BriefingDocument(BaseDocTemplate):
    """One frame per page, decorations on every page, lazy sections, progress and cancel."""

    def __init__(
        self,
        filename: str,
        decor: PageDecor,
        *,
        paper: str = "A4",
        total_units: int = 1,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
        **info: Any,
    ) -> None:
        pagesize = LETTER if paper == "Letter" else A4
        super().__init__(
            filename,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN + 4 * mm,
            creator="Incident Logger",
            # Otherwise every page's preamble names Helvetica, a font the PDF does not embed.
            initialFontName=fonts.REGULAR,
            initialFontSize=9,
            **info,
        )
        self.decor = decor
        self._progress = progress
        self._cancelled = cancelled
        self._total_units = max(1, total_units)
        self._done_units = 0
        self._reported = -1
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    # -- lazy expansion, progress and cancel -------------------------------------------

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        if self._cancelled is not None and self._cancelled():
            raise BriefingCancelled("briefing cancelled")
        # Expand placeholders at the front, and behind any keep-with-next run, so reportlab
        # groups real flowables rather than an empty placeholder.
        i = 0
        while i < len(flowables):
            item = flowables[i]
            if isinstance(item, Deferred):
                # A section with nothing to show leaves an empty spacer: the list the
                # layout loop reads from must not run dry before the story ends.
                flowables[i : i + 1] = item.make() or [Spacer(0, 0)]
                self._advance(item.units)
                continue
            if not item.getKeepWithNext():
                break
            i += 1

    def advance(self, units: int) -> None:
        """Count ``units`` of work as laid out (a section, or rows of the chronology)."""
        self._advance(units)

    def _advance(self, units: int) -> None:
        self._done_units = min(self._total_units, self._done_units + units)
        if self._progress is None:
            return
        # Report about two hundred steps at most, whatever the size of the briefing.
        step = self._done_units * 200 // self._total_units
        if step != self._reported:
            self._reported = step
            self._progress(self._done_units, self._total_units)

    # -- every page --------------------------------------------------------------------

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        top = height - MARGIN + 2 * mm
        canvas.saveState()
        if self.decor.marking:
            canvas.setFont(fonts.BOLD, 8)
            canvas.setFillColor(NAVY)
            canvas.drawCentredString(width / 2, top, _clip(self.decor.marking, 90))
        if canvas.getPageNumber() > 1:
            canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
            canvas.setFillColor(MUTED)
            canvas.drawString(left, top, _clip(self.decor.running_title, 70))
            canvas.drawRightString(right, top, _clip(self.decor.period, 60))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 2.6 * mm, right, top - 2.6 * mm)

        bottom = MARGIN - 2 * mm
        canvas.line(left, bottom + 3.6 * mm, right, bottom + 3.6 * mm)
        canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
        canvas.setFillColor(STEEL)
        label = f"Page {canvas.getPageNumber()} of "
        canvas.drawString(left, bottom, label)
        canvas.saveState()
        canvas.translate(left + canvas.stringWidth(label, fonts.REGULAR, FOOTER_SIZE), bottom)
        canvas.doForm(_TOTAL_FORM)
        canvas.restoreState()
        canvas.drawRightString(right, bottom, self.decor.footer)
        if self.decor.marking:
            canvas.setFont(fonts.BOLD, FOOTER_SIZE)
            canvas.setFillColor(INK)
            canvas.drawCentredString(width / 2, bottom - 3.6 * mm, _clip(self.decor.marking, 90))
        canvas.restoreState()


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
