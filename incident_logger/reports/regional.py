"""Regional counts section: per region per source, with a chart of the highest counts."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table

from incident_logger.reports import charts
from incident_logger.reports import formatting as fmt
from incident_logger.reports.counts import CountGroup
from incident_logger.reports.kit import Kit
from incident_logger.reports.statements import inline, statement_details
from incident_logger.reports.styles import ALERT_HEX, ALERT_WASH, RULE, STEEL_HEX, table_style

CHART_REGIONS = 20
MIN_BARS = 3


def regional_section(kit: Kit, groups: tuple[CountGroup, ...]) -> list[Flowable]:
    s = kit.styles
    out: list[Flowable] = [kit.rich("Regional counts", s.h1)]
    if not groups:
        out.append(kit.rich("No regional count statements cover this period.", s.body))
        return out
    out.append(
        kit.rich(
            "Numbers per region as each source stated them for the period; where a source issued "
            "several statements its lines are added up. Remainders are the part of a stated "
            "total that the source did not attribute to any region.",
            s.small,
        )
    )
    for group in groups:
        out += _group(kit, group, titled=len(groups) > 1)
    return out


def _source(kit: Kit, name: str, reliability: str) -> str:
    return f"{kit.esc(name)} <font color='{STEEL_HEX}'>({reliability})</font>"


def _group(kit: Kit, group: CountGroup, *, titled: bool) -> list[Flowable]:
    s = kit.styles
    label = fmt.capital(group.label)
    out: list[Flowable] = []
    if titled:
        out.append(kit.para(label, s.h2))
    out.append(_region_table(kit, group))
    if len(group.rows) >= MIN_BARS:  # one or two bars would only repeat the table
        rows = group.rows[:CHART_REGIONS]
        out.append(kit.para(f"{label}: highest count reported per region", s.h2))
        out.append(
            charts.horizontal_bars(
                [r.region for r in rows], [r.highest for r in rows], kit.width, label=kit.label
            )
        )
        if len(group.rows) > CHART_REGIONS:
            out.append(kit.rich(f"The {CHART_REGIONS} regions with the highest counts.", s.caption))
    if inline(group):
        out += statement_details(kit, group)
    else:
        out.append(kit.rich(_pointer(group), s.small))
    out.append(Spacer(1, 4))
    return out


def _pointer(group: CountGroup) -> str:
    what = fmt.plural(len(group.statements), "statement")
    text = f"The {what} behind these numbers, with their remainders"
    if group.disagreements:
        text += f", and the {fmt.plural(len(group.disagreements), 'disagreement')} between sources"
    return text + ", are listed in the annex <i>Count statements</i>."


def _region_table(kit: Kit, group: CountGroup) -> Table:
    s = kit.styles
    head = [
        kit.rich("Region", s.cell_head),
        kit.rich("Source (reliability)", s.cell_head),
        kit.rich("Count", s.cell_head_right),
        kit.rich("Statements", s.cell_head_right),
        kit.rich("Note", s.cell_head),
    ]
    data: list[list[object]] = [head]
    commands: list[tuple[object, ...]] = []
    for row in group.rows:
        first = len(data)
        for i, sc in enumerate(row.by_source):
            note = ""
            if i == 0 and row.disputed:
                times = "" if row.disputes == 1 else f" ({fmt.count(row.disputes)}×)"
                note = f"<font color='{ALERT_HEX}'>sources disagree{times}</font>"
            data.append(
                [
                    kit.para(row.region, s.cell) if i == 0 else "",
                    kit.rich(_source(kit, sc.source_name, sc.reliability.value), s.cell),
                    fmt.count(sc.count),
                    fmt.count(sc.statements),
                    kit.rich(note, s.cell),
                ]
            )
        if row.disputed:
            commands.append(("BACKGROUND", (0, first), (-1, len(data) - 1), ALERT_WASH))
        commands.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.35, RULE))
    for u in group.unallocated:
        data.append(
            [
                kit.rich("<i>Not attributed to a region</i>", s.cell),
                kit.rich(_source(kit, u.source_name, u.reliability.value), s.cell),
                fmt.count(u.remainder),
                fmt.count(u.statements),
                kit.rich("rest of stated totals", s.cell),
            ]
        )
    w = kit.width
    table = kit.table(data, [w * 0.25, w * 0.31, w * 0.09, w * 0.11, w * 0.24])
    style = table_style(row_rules=False)  # rules between regions, not between their sources
    for command in commands:
        style.add(*command)
    style.add("ALIGN", (2, 0), (3, -1), "RIGHT")
    table.setStyle(style)
    return table
