"""The briefing's look: palette, paragraph styles and table styles, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from incident_logger.reports import fonts

INK = colors.HexColor("#1B2430")  # body text
NAVY = colors.HexColor("#1F3A5F")  # headings, bars
STEEL = colors.HexColor("#5B6B7F")  # secondary text
MUTED = colors.HexColor("#8A96A3")  # captions, axis labels
RULE = colors.HexColor("#C9D1DA")  # table rules
WASH = colors.HexColor("#EEF2F6")  # table header and figure panels
ACCENT = colors.HexColor("#3D6FA3")  # second series, links
ALERT = colors.HexColor("#9C2F1F")  # disagreements, lines over the total
ALERT_WASH = colors.HexColor("#FBEFEC")
# The same colours for Paragraph markup (<font color=...>).
STEEL_HEX = "#5B6B7F"
ALERT_HEX = "#9C2F1F"

MARGIN = 18 * mm
BODY_SIZE = 9.0


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h2_table: ParagraphStyle  # h2 without keep-with-next, see Kit.table_heading
    body: ParagraphStyle
    lead: ParagraphStyle  # the opening summary
    small: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_strong: ParagraphStyle
    cell_muted: ParagraphStyle  # a URL or note under a name in a cell
    cell_note: ParagraphStyle  # a smaller note under a name in a narrow cell
    cell_head: ParagraphStyle
    row: ParagraphStyle  # a line of the chronology
    cell_head_right: ParagraphStyle
    figure_value: ParagraphStyle
    figure_label: ParagraphStyle
    incident_title: ParagraphStyle
    incident_meta: ParagraphStyle
    fact: ParagraphStyle
    fact_more: ParagraphStyle  # a further line of a fact, under the first line's text
    fact_muted: ParagraphStyle
    alert: ParagraphStyle


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": fonts.REGULAR,
        "fontSize": BODY_SIZE,
        "leading": BODY_SIZE * 1.38,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,  # long words and URLs break at the margin instead of overflowing
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


def make_styles() -> Styles:
    """Styles for the registered fonts (call :func:`fonts.register_fonts` first)."""
    return Styles(
        title=_style("title", fontName=fonts.BOLD, fontSize=20, leading=25, textColor=NAVY),
        subtitle=_style("subtitle", fontSize=10.5, leading=14, textColor=STEEL),
        meta=_style("meta", fontSize=8.5, leading=12, textColor=STEEL),
        h1=_style(
            "h1",
            fontName=fonts.BOLD,
            fontSize=13,
            leading=17,
            textColor=NAVY,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=_style(
            "h2",
            fontName=fonts.BOLD,
            fontSize=10,
            leading=13,
            textColor=INK,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h2_table=_style(
            "h2_table",
            fontName=fonts.BOLD,
            fontSize=10,
            leading=13,
            textColor=INK,
            spaceBefore=9,
            spaceAfter=4,
        ),
        body=_style("body", spaceAfter=4),
        lead=_style("lead", fontSize=9.8, leading=14, spaceAfter=4),
        small=_style("small", fontSize=8, leading=10.5, textColor=STEEL, spaceAfter=5),
        caption=_style("caption", fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=2),
        cell=_style("cell", fontSize=8.2, leading=10.6),
        cell_right=_style("cell_right", fontSize=8.2, leading=10.6, alignment=TA_RIGHT),
        cell_strong=_style("cell_strong", fontName=fonts.BOLD, fontSize=8.2, leading=10.6),
        cell_muted=_style("cell_muted", fontSize=8.2, leading=10.6, textColor=STEEL),
        cell_note=_style("cell_note", fontSize=7.4, leading=9.8, textColor=STEEL),
        row=_style("row", fontSize=7.6, leading=9.6),
        cell_head=_style(
            "cell_head", fontName=fonts.BOLD, fontSize=7.6, leading=10, textColor=STEEL
        ),
        cell_head_right=_style(
            "cell_head_right",
            fontName=fonts.BOLD,
            fontSize=7.6,
            leading=10,
            textColor=STEEL,
            alignment=TA_RIGHT,
        ),
        figure_value=_style(
            "figure_value", fontName=fonts.BOLD, fontSize=17, leading=21, textColor=NAVY
        ),
        figure_label=_style("figure_label", fontSize=7.8, leading=10, textColor=STEEL),
        incident_title=_style(
            "incident_title",
            fontName=fonts.BOLD,
            fontSize=9.8,
            leading=13,
            textColor=NAVY,
            keepWithNext=1,
        ),
        incident_meta=_style(
            "incident_meta", fontSize=8, leading=10.8, textColor=STEEL, keepWithNext=1
        ),
        # A hanging indent sets continuation lines (a second damage note) off the labels.
        fact=_style("fact", fontSize=8.4, leading=11.4, leftIndent=10, firstLineIndent=-10),
        fact_more=_style("fact_more", fontSize=8.4, leading=11.4, leftIndent=10),
        fact_muted=_style("fact_muted", fontSize=8.4, leading=11.4, leftIndent=10, textColor=STEEL),
        alert=_style("alert", fontSize=8.2, leading=11, textColor=ALERT),
    )


def table_style(
    *, header_rows: int = 1, numeric_from: int | None = None, row_rules: bool = True
) -> TableStyle:
    """Light-ruled table: a washed header, hairlines between rows, no vertical lines."""
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if row_rules:
        commands.append(("LINEBELOW", (0, header_rows), (-1, -1), 0.35, RULE))
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), WASH),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, NAVY),
        ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    return TableStyle(commands)
