"""Page template: marking, 'Page X of Y', record-count footer, lazy sections, cancel checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

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
    page_label: str = "Page {page} of "  # the page total is drawn after it
    # The one font that draws each (text.one_face); "" when the string is Paragraph markup
    # that mixes fonts, laid out with the fallbacks.
    marking_face: str = fonts.BOLD
    title_face: str = fonts.REGULAR


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

    def _line(
        self,
        canvas: Canvas,
        text: str,
        face: str,
        size: float,
        x: float,
        y: float,
        limit: int,
        color: Color,
    ) -> None:
        """One line of a page decoration at (x, y), centred for the marking (limit 90)."""
        centred = limit == 90
        canvas.setFillColor(color)
        if face:
            canvas.setFont(face, size)
            clipped = _clip(text, limit, face)
            if centred:
                canvas.drawCentredString(x, y, clipped)
            else:
                canvas.drawString(x, y, clipped)
            return
        # Markup mixing fonts: a one-line paragraph, clipped to the frame's width.
        style = ParagraphStyle(
            "decor",
            fontName=fonts.BOLD if centred else fonts.REGULAR,
            fontSize=size,
            leading=size * 1.2,
            textColor=color,
            alignment=TA_CENTER if centred else TA_LEFT,
        )
        para = Paragraph(text, style)
        w = self.width if centred else self.width * 0.55
        _, h = para.wrap(w, size * 3)
        left = x - w / 2 if centred else x
        canvas.saveState()
        path = canvas.beginPath()
        path.rect(left, y - size * 0.4, w, size * 1.3)
        canvas.clipPath(path, stroke=0, fill=0)
        para.drawOn(canvas, left, y - h + size * 0.95)
        canvas.restoreState()

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        top = height - MARGIN + 2 * mm
        canvas.saveState()
        if self.decor.marking:
            self._line(
                canvas, self.decor.marking, self.decor.marking_face, 8, width / 2, top, 90, NAVY
            )
        if canvas.getPageNumber() > 1:
            canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
            canvas.setFillColor(MUTED)
            self._line(
                canvas,
                self.decor.running_title,
                self.decor.title_face,
                FOOTER_SIZE,
                left,
                top,
                70,
                MUTED,
            )
            canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
            canvas.drawRightString(right, top, _clip(self.decor.period, 60))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 2.6 * mm, right, top - 2.6 * mm)

        bottom = MARGIN - 2 * mm
        canvas.line(left, bottom + 3.6 * mm, right, bottom + 3.6 * mm)
        canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
        canvas.setFillColor(STEEL)
        label = self.decor.page_label.format(page=canvas.getPageNumber())
        canvas.drawString(left, bottom, label)
        canvas.saveState()
        canvas.translate(left + canvas.stringWidth(label, fonts.REGULAR, FOOTER_SIZE), bottom)
        canvas.doForm(_TOTAL_FORM)
        canvas.restoreState()
        canvas.drawRightString(right, bottom, self.decor.footer)
        if self.decor.marking:
            self._line(
                canvas,
                self.decor.marking,
                self.decor.marking_face,
                FOOTER_SIZE,
                width / 2,
                bottom - 3.6 * mm,
                90,
                INK,
            )
        canvas.restoreState()


def _clip(text: str, limit: int, face: str = fonts.REGULAR) -> str:
    if len(text) <= limit:
        return text
    main = face in (fonts.REGULAR, fonts.BOLD)  # a fallback font may lack the ellipsis
    return text[: limit - 1].rstrip() + ("…" if main else "...")
