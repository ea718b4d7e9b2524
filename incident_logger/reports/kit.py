"""What every section builder needs: fonts, styles, frame width and safe paragraph makers."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from incident_logger.reports.flow import MIN_ROW_PART, TextParagraph, TextTable, flow
from incident_logger.reports.fonts import REGULAR, FontSet
from incident_logger.reports.styles import Styles
from incident_logger.reports.text import drawable, markup, one_face


@dataclass(frozen=True, slots=True)
class Kit:
    fonts: FontSet
    styles: Styles
    width: float  # usable width of the frame, in points
    _shared: dict[tuple[str, str], Paragraph] = field(default_factory=dict, compare=False)

    def esc(self, text: str) -> str:
        """User text as safe markup, to splice into markup the report composes."""
        return markup(text, self.fonts)

    def para(self, text: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph of short user text (a name, a title) that prints exactly as typed."""
        return TextParagraph(markup(text, self.fonts), style)

    def flow(
        self, text: str, style: ParagraphStyle, *, lead: str = "", tail: str = ""
    ) -> list[Flowable]:
        """User text of any length as paragraphs that split across pages and table rows.

        ``lead``/``tail``: safe markup before the first and after the last piece.
        """
        return list(flow(self.fonts, text, style, lead=lead, tail=tail))

    def cell(self, text: str, style: ParagraphStyle, width: float) -> object:
        """User text for a table cell ``width`` points wide (inside its padding).

        A plain string when it fits one line in the main font: the table draws it in the
        table style's font and size (which must be ``style``'s), many times faster than a
        paragraph. Anything else (long, several lines, other scripts) as paragraphs.
        """
        fits = (
            "\n" not in text
            and ((text.isascii() and text.isprintable()) or self._covered(text))
            and stringWidth(text, style.fontName, style.fontSize) <= width
        )
        return text if fits else self.flow(text, style)

    def _covered(self, text: str) -> bool:
        coverage = self.fonts.coverage
        return all(ord(ch) in coverage for ch in text)

    def rich(self, safe_markup: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph of markup the report composed from :meth:`esc` pieces."""
        return TextParagraph(safe_markup, style)

    def shared(self, safe_markup: str, style: ParagraphStyle) -> Paragraph:
        """One paragraph for markup that repeats in many table cells (a source's name).

        A paragraph measures once per width and draws wherever a cell puts it, so a thousand
        rows citing one source lay out one paragraph instead of a thousand.
        """
        key = (safe_markup, style.name)
        found = self._shared.get(key)
        if found is None:
            found = self._shared[key] = TextParagraph(safe_markup, style)
        return found

    def table(
        self,
        data: list[list[object]],
        widths: list[float],
        *,
        repeat_rows: int = 1,
        h_align: str = "CENTER",
    ) -> Table:
        """A table whose rows may split across pages, so no user text is too long for it."""
        return TextTable(
            data,
            colWidths=widths,
            repeatRows=repeat_rows,
            hAlign=h_align,
            splitByRow=1,
            splitInRow=MIN_ROW_PART,
        )

    def table_heading(self, text: str) -> list[Flowable]:
        """A heading for a long table: starts a new page only when a few rows would not fit.

        A keep-with-next heading would drag a table longer than the rest of the page onto the
        next one, leaving a gap; a conditional break keeps heading and first rows together.
        """
        style = self.styles.h2
        return [
            CondPageBreak(style.spaceBefore + style.leading + 72),
            Paragraph(text, self.styles.h2_table),
        ]

    def clean(self, text: str) -> str:
        """User text for canvas strings in the main font (boxes for what it lacks)."""
        return drawable(text, self.fonts).replace("\n", " ")

    def label(self, text: str) -> tuple[str, str]:
        """A chart label: the one font that draws all of it, and the string to draw."""
        # Two scripts no one font has (Thai and Chinese): boxes for what Noto Sans lacks.
        return one_face(text, self.fonts, REGULAR) or (REGULAR, self.clean(text))
