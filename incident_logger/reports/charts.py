"""Bar charts drawn with reportlab.graphics in the briefing's palette."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from incident_logger.reports import fonts, i18n
from incident_logger.reports.styles import INK, MUTED, NAVY, RULE, STEEL

LABEL_SIZE = 7.4
_BAR = 11.0  # height of one horizontal bar row


def _fit(text: str, width: float, size: float = LABEL_SIZE, face: str = fonts.REGULAR) -> str:
    """Shorten ``text`` with an ellipsis until it fits ``width`` points."""
    if stringWidth(text, face, size) <= width:
        return text
    ellipsis = "…" if face == fonts.REGULAR else "..."  # the fallbacks may lack the ellipsis
    while text and stringWidth(text + ellipsis, face, size) > width:
        text = text[:-1]
    return text.rstrip() + ellipsis


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # The renderer's starting font would otherwise be Helvetica, which the PDF does not embed.
    drawing.initialFontName = fonts.REGULAR
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _nice_step(top: int, ticks: int = 4) -> int:
    raw = max(1, math.ceil(top / ticks))
    magnitude = 10 ** int(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = int(factor * magnitude)
        if step >= raw:
            return max(1, step)
    return raw


def horizontal_bars(
    labels: Sequence[str],
    values: Sequence[int],
    width: float,
    *,
    label: Callable[[str], tuple[str, str]],
    color: colors.Color = NAVY,
) -> Drawing:
    """One bar per label, longest first as given, value printed at the bar's end.

    ``label(text)`` gives the font and string for a label (a label in Chinese is drawn in
    the CJK font, see :func:`text.one_face`).
    """
    n = len(labels)
    faced = [label(t) for t in labels]
    label_width = min(width * 0.38, max(stringWidth(t, face, LABEL_SIZE) for face, t in faced) + 6)
    height = n * _BAR + 8
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 4
    chart.width = width - label_width - 34
    chart.height = n * _BAR
    # reportlab draws the first category at the bottom; reverse so the list reads top-down.
    chart.data = [list(reversed(values))]
    shown = list(reversed(faced))
    chart.categoryAxis.categoryNames = [_fit(t, label_width - 6, face=face) for face, t in shown]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    for i, (face, _text) in enumerate(shown):
        if face != fonts.REGULAR:
            chart.categoryAxis.labels[i].fontName = face
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.strokeWidth = 0.6
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, max(values, default=0))
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barWidth = 7
    chart.groupSpacing = 4
    chart.barLabelFormat = _integer
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.fillColor = STEEL
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _integer(value: float) -> str:
    return i18n.number(int(value))


def columns(
    labels: Sequence[str],
    values: Sequence[int],
    width: float,
    height: float = 120,
    *,
    caption: str = "",
) -> Drawing:
    """A column chart for a time series; axis labels thinned to about a dozen."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 26
    chart.y = 22
    chart.width = width - 32
    chart.height = height - 30
    chart.data = [list(values)]
    every = max(1, math.ceil(len(labels) / 12))
    chart.categoryAxis.categoryNames = [
        label if i % every == 0 else "" for i, label in enumerate(labels)
    ]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE - 0.4
    chart.categoryAxis.labels.fillColor = STEEL
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickDown = 0
    top = max(1, max(values, default=0))
    step = _nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(top / step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 0.4
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = _integer
    chart.valueAxis.strokeColor = None
    chart.valueAxis.visibleAxis = False
    chart.valueAxis.visibleTicks = False
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.35
    chart.bars[0].fillColor = NAVY
    chart.bars[0].strokeColor = None
    # Bars take about three quarters of their slot, but never grow wider than 16 points.
    slot = chart.width / max(1, len(values))
    chart.barWidth = 1
    chart.groupSpacing = max(1 / 3, slot / 16 - 1)
    drawing.add(chart)
    if caption:
        drawing.add(
            String(
                width,
                height - 6,
                caption,
                fontName=fonts.REGULAR,
                fontSize=LABEL_SIZE,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    return drawing
