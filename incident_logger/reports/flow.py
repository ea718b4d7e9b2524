"""User text of any length as flowables that split across pages, in linear time.

reportlab re-breaks the remainder of a paragraph every time it splits one at a page end, and a
table re-measures every cell of a row it splits: a 200,000-character note would take minutes.
So user text is cut into pieces of about :data:`PIECE` characters, each its own paragraph,
and each paragraph remembers its last measurement (:class:`TextParagraph`). Cuts fall
between the user's own lines where possible (which prints exactly as one paragraph would);
a single line longer than a piece is cut after a sentence, else between words, else anywhere,
and that cut starts a new line.
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from incident_logger.reports.fonts import FontSet
from incident_logger.reports.text import markup

PIECE = 2_000  # characters per paragraph; a piece measures in well under a millisecond
# A row taller than this that reaches the foot of a page is split there, filling the page;
# shorter rows move to the next page whole. Either part of a split row keeps at least
# MIN_ROW_PART points (two lines of cell text).
LONG_ROW = 120.0
MIN_ROW_PART = 22.0
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029")
_SENTENCE_END = re.compile(r"[.!?;…。！？；](?=\s)|[。！？]")


class TextParagraph(Paragraph):
    """A paragraph that measures itself once per width (tables re-measure cells per page)."""

    _measured: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        measured = self._measured
        if measured is not None and measured[0] == availWidth and hasattr(self, "blPara"):
            self.width, self.height = measured[1]
            return measured[1]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._measured = (availWidth, size)
        return size


def pieces(text: str, limit: int = PIECE) -> list[str]:
    """``text`` as runs of whole lines of at most ``limit`` characters (longer lines cut)."""
    text = _NEWLINES.sub("\n", text).strip()
    if len(text) <= limit:
        return [text] if text else []
    out: list[str] = []
    run: list[str] = []
    size = 0
    for line in text.split("\n"):
        for part in _cut(line, limit):
            if run and size + len(part) + 1 > limit:
                out.append("\n".join(run).strip())
                run, size = [], 0
            run.append(part)
            size += len(part) + 1
    if run:
        out.append("\n".join(run).strip())
    return [p for p in out if p]


def _cut(line: str, limit: int) -> list[str]:
    parts: list[str] = []
    while len(line) > limit:
        at = _cut_point(line, limit)
        parts.append(line[:at].rstrip())
        line = line[at:].lstrip()
    parts.append(line)
    return parts


def _cut_point(line: str, limit: int) -> int:
    window = line[limit // 2 : limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return limit // 2 + ends[-1]
    space = window.rfind(" ")
    if space > 0:
        return limit // 2 + space + 1
    at = limit
    while at > 1 and unicodedata.combining(line[at]):
        at -= 1  # never part a letter from its accents
    return at


def _variant(style: ParagraphStyle, *, first: bool, last: bool) -> ParagraphStyle:
    """The style of one piece: no space or indent where two pieces of one text meet."""
    if first and last:
        return style
    changes: dict[str, object] = {}
    if not first:
        changes.update(spaceBefore=0, firstLineIndent=0)
    if not last:
        changes.update(spaceAfter=0)
    if not first and getattr(style, "keepWithNext", False):
        changes.update(keepWithNext=0)  # only the first piece holds on to what follows
    return ParagraphStyle(f"{style.name}-piece", parent=style, **changes)


def flow(
    fonts: FontSet, text: str, style: ParagraphStyle, *, lead: str = "", tail: str = ""
) -> list[TextParagraph]:
    """``text`` as paragraphs that print it exactly as typed.

    ``lead`` and ``tail`` are safe markup put before the first and after the last piece.
    Returns no flowable for empty text unless there is a ``lead`` or ``tail``.
    """
    parts = pieces(text)
    if not parts:
        return [TextParagraph(lead + tail, style)] if lead or tail else []
    last = len(parts) - 1
    if last == 0:
        return [TextParagraph(lead + markup(parts[0], fonts) + tail, style)]
    styles = {
        (True, False): _variant(style, first=True, last=False),
        (False, False): _variant(style, first=False, last=False),
        (False, True): _variant(style, first=False, last=True),
    }
    out: list[TextParagraph] = []
    for i, part in enumerate(parts):
        body = markup(part, fonts)
        if i == 0:
            body = lead + body
        if i == last:
            body += tail
        out.append(TextParagraph(body, styles[i == 0, i == last]))
    return out


class TextTable(Table):
    """A table whose rows split across pages when they hold more text than a page.

    reportlab either splits only between rows (a row taller than a page cannot be laid out)
    or, with ``splitInRow``, also inside short rows and on whatever sliver of a page is left.
    Here a short row moves to the next page whole, and a long one is split where it is.
    Make it with ``splitInRow=MIN_ROW_PART`` (reportlab remakes its parts with the same
    arguments).
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        used = 0.0
        for height in self._rowHeights:
            if used + height > availHeight:
                break
            used += height
        else:
            return [self]
        room = availHeight - used
        if height > LONG_ROW and room >= MIN_ROW_PART:
            parts: list[Flowable] = self._splitRows(availHeight, doInRowSplit=True)
            if parts:
                return parts
        by_row: list[Flowable] = self._splitRows(availHeight, doInRowSplit=False)
        return by_row
