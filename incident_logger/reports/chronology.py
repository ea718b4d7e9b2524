"""The compact chronology: one line per incident in a table, about forty to a page.

A briefing of thousands of incidents reads as a list, with the full entries in an optional
annex. The table is laid out a page at a time (:class:`Chronology`): rows are made and measured
once, when the layout reaches them, so time and memory grow with the number of incidents only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, Table

from incident_logger.reports import formatting as fmt
from incident_logger.reports.i18n import _
from incident_logger.reports.kit import Kit
from incident_logger.reports.model import BriefingIncident
from incident_logger.reports.styles import table_style

# Column shares of the frame width: reference, date, time, where, what, casualties, grade
# (the category is in the title, the details annex and the chart).
_SHARES = (0.098, 0.122, 0.1, 0.165, 0.365, 0.087, 0.063)
_PAD = 2.5 + 2.5  # top and bottom padding of a row (see _table)
_SIDE = 3.0  # left and right padding of a cell
_SIDES = 2 * _SIDE


def _head() -> tuple[str, ...]:
    return (_("Ref."), _("Date"), _("Time"), _("Where"), _("What"), _("Inj./killed"), _("Grade"))


def not_stated() -> str:
    """What a casualty cell of the chronology says when the statement gives no number."""
    return _("n.s.")


def chronology_section(
    kit: Kit,
    incidents: Sequence[BriefingIncident],
    *,
    details: bool,
    advance: Callable[[int], None] | None = None,
) -> list[Flowable]:
    """Heading, a line on how to read the table, and the table itself."""
    s = kit.styles
    out: list[Flowable] = [
        kit.rich(_("Chronology ({count})").format(count=fmt.count(len(incidents))), s.h1)
    ]
    if not incidents:
        out.append(kit.rich(_("No incidents in the selection."), s.body))
        return out
    where = (
        _("The full entries follow in the annex <i>Incidents in detail</i>.")
        if details
        else _("Full entries are left out of this briefing.")
    )
    how = _(
        "One line per incident in time order. Casualties are injured / killed; "
        "<b>{not_stated}</b> means the statement gives no number. The grade is the first "
        "source's."
    ).format(not_stated=not_stated())
    out.append(kit.rich(f"{how} {where}", s.small))
    out.append(Chronology(kit, incidents, advance=advance))
    return out


class Chronology(Flowable):
    """The rows of a chronology; splits into a page's table and the rest at each page end."""

    def __init__(
        self,
        kit: Kit,
        incidents: Sequence[BriefingIncident],
        *,
        start: int = 0,
        made: list[tuple[list[object], float]] | None = None,
        advance: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__()
        self.kit = kit
        self.incidents = incidents
        self.start = start  # index of the first incident not yet turned into a row
        self.made = made if made is not None else []  # rows made but not yet placed
        self.advance = advance
        self.widths = [kit.width * share for share in _SHARES]
        self.inner = [width - _SIDES for width in self.widths]
        self.head = [kit.rich(text, kit.styles.cell_head) for text in _head()]
        self.head_height = self._height(self.head)

    # -- rows --------------------------------------------------------------------------

    def _row(self, incident: BriefingIncident) -> list[object]:
        kit, row, widths = self.kit, self.kit.styles.row, self.inner
        date, time = fmt.compact_when(incident.start_at, incident.end_at, incident.time_precision)
        where = incident.region or incident.place.rsplit(" › ", 1)[-1] or incident.locality
        grade = incident.sources[0].grade if incident.sources else ""
        return [
            incident.ref,
            kit.cell(date, row, widths[1]),
            time,
            kit.cell(where, row, widths[3]),
            kit.cell(incident.title or _("(untitled)"), row, widths[4]),
            f"{_number(incident.injuries)} / {_number(incident.fatalities)}",
            grade,
        ]

    def _height(self, cells: Sequence[object]) -> float:
        tallest = self.kit.styles.row.leading
        for cell, width in zip(cells, self.widths, strict=True):
            parts = cell if isinstance(cell, list) else [cell]
            height = 0.0
            for part in parts:
                if isinstance(part, Flowable):
                    height += part.wrap(width - _SIDES, 1e6)[1]
            tallest = max(tallest, height)
        return tallest + _PAD

    def _fill(self, room: float) -> tuple[int, float]:
        """Make rows until ``room`` is full; how many of them fit, and their height."""
        used = 0.0
        fitting = 0
        while True:
            if fitting == len(self.made):
                if self.start >= len(self.incidents):
                    return fitting, used
                row = self._row(self.incidents[self.start])
                self.start += 1
                self.made.append((row, self._height(row)))
            height = self.made[fitting][1]
            if used + height > room:
                return fitting, used
            used += height
            fitting += 1

    # -- layout ------------------------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        fitting, used = self._fill(availHeight - self.head_height)
        if fitting == len(self.made) and self.start >= len(self.incidents):
            self.height = self.head_height + used
        else:
            self.height = availHeight + 1  # more than a page's worth: the frame will split
        self.width = availWidth
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fitting, _ = self._fill(availHeight - self.head_height)
        if fitting == 0:
            return []  # not even one row here: start on the next page
        rows, self.made = self.made[:fitting], self.made[fitting:]
        if self.advance is not None:
            self.advance(fitting)
        page = self._table(rows)
        rest = Chronology(
            self.kit, self.incidents, start=self.start, made=self.made, advance=self.advance
        )
        return [page, rest]

    def draw(self) -> None:  # the whole rest fits: draw it as one table
        rows, self.made = self.made, []
        if self.advance is not None:
            self.advance(len(rows))
        table = self._table(rows)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)

    def _table(self, rows: list[tuple[list[object], float]]) -> Table:
        table = Table(
            [self.head, *(cells for cells, _ in rows)],
            colWidths=self.widths,
            rowHeights=[self.head_height, *(height for _, height in rows)],
            hAlign="LEFT",
        )
        style = table_style()
        style.add("FONTSIZE", (0, 1), (-1, -1), self.kit.styles.row.fontSize)
        style.add("ALIGN", (5, 0), (-1, -1), "RIGHT")
        style.add("LEFTPADDING", (0, 0), (-1, -1), _SIDE)
        style.add("RIGHTPADDING", (0, 0), (-1, -1), _SIDE)
        style.add("VALIGN", (0, 0), (-1, -1), "TOP")
        style.add("TOPPADDING", (0, 0), (-1, -1), 2.5)
        style.add("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)
        table.setStyle(style)
        return table


def _number(value: int | None) -> str:
    return not_stated() if value is None else fmt.count(value)
