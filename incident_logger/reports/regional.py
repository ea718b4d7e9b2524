"""Regional counts section: per region per source, statements with remainders, disagreements."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table

from incident_logger.reports import charts
from incident_logger.reports import formatting as fmt
from incident_logger.reports.counts import CountGroup, Disagreement
from incident_logger.reports.kit import Kit
from incident_logger.reports.model import CountStatement
from incident_logger.reports.styles import ALERT_HEX, ALERT_WASH, RULE, STEEL_HEX, table_style

CHART_REGIONS = 20


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


def _lines(kit: Kit, lines: tuple[str, ...]) -> str:
    return "<br/>".join(kit.esc(line) for line in lines)


def _issued(kit: Kit, stamp: str) -> str:
    """'15 Jun 2025' over a grey '07:00': dates in narrow columns never wrap mid-date."""
    text = fmt.stamp(stamp)
    if ", " not in text:
        return kit.esc(text)
    date, time = text.rsplit(", ", 1)
    return f"{kit.esc(date)}<br/><font color='{STEEL_HEX}'>{kit.esc(time)}</font>"


def _period(kit: Kit, statement: CountStatement) -> str:
    return _lines(kit, fmt.span_lines(statement.period_start, statement.period_end))


def _source(kit: Kit, name: str, reliability: str) -> str:
    return f"{kit.esc(name)} <font color='{STEEL_HEX}'>({reliability})</font>"


def _group(kit: Kit, group: CountGroup, *, titled: bool) -> list[Flowable]:
    s = kit.styles
    label = fmt.capital(group.label)
    out: list[Flowable] = []
    if titled:
        out.append(kit.para(label, s.h2))
    out.append(_region_table(kit, group))
    if group.rows:
        rows = group.rows[:CHART_REGIONS]
        out.append(kit.para(f"{label}: highest count reported per region", s.h2))
        out.append(
            charts.horizontal_bars(
                [r.region for r in rows], [r.highest for r in rows], kit.width, clean=kit.clean
            )
        )
        if len(group.rows) > CHART_REGIONS:
            out.append(kit.rich(f"The {CHART_REGIONS} regions with the highest counts.", s.caption))
    out += kit.table_heading("Statements and unallocated remainders")
    out.append(_statement_table(kit, group))
    if group.disagreements:
        out += kit.table_heading("Where sources disagree")
        out.append(_disagreement_table(kit, group.disagreements))
    out.append(Spacer(1, 4))
    return out


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
    table = Table(data, colWidths=[w * 0.25, w * 0.31, w * 0.09, w * 0.11, w * 0.24], repeatRows=1)
    style = table_style(row_rules=False)  # rules between regions, not between their sources
    for command in commands:
        style.add(*command)
    style.add("ALIGN", (2, 0), (3, -1), "RIGHT")
    table.setStyle(style)
    return table


def _statement_table(kit: Kit, group: CountGroup) -> Table:
    s = kit.styles
    head = [
        kit.rich(h, s.cell_head if i < 3 else s.cell_head_right)
        for i, h in enumerate(
            ("Issued", "Source (reliability)", "Period", "Stated total", "Allocated", "Unallocated")
        )
    ]
    data: list[list[object]] = [head]
    alerts: list[int] = []
    for st in group.statements:
        statement = st.statement
        tally = st.tally
        if tally.stated_total is None:
            remainder: object = kit.rich("<i>no total stated</i>", s.cell_right)
        elif tally.exceeds_total:
            remainder = kit.rich(f"lines exceed total by {fmt.count(tally.over_by)}", s.alert)
            alerts.append(len(data))
        else:
            remainder = fmt.count(tally.remainder or 0)
        source = _source(kit, statement.source_name, statement.reliability.value)
        if statement.note:
            source += f"<br/><font size='7.4' color='{STEEL_HEX}'>{kit.esc(statement.note)}</font>"
        data.append(
            [
                kit.rich(_issued(kit, statement.issued_at), s.cell),
                kit.rich(source, s.cell),
                kit.rich(_period(kit, statement), s.cell),
                "–" if tally.stated_total is None else fmt.count(tally.stated_total),
                fmt.count(tally.allocated),
                remainder,
            ]
        )
    w = kit.width
    table = Table(
        data, colWidths=[w * 0.14, w * 0.28, w * 0.22, w * 0.12, w * 0.11, w * 0.13], repeatRows=1
    )
    style = table_style()
    style.add("ALIGN", (3, 0), (-1, -1), "RIGHT")
    for row in alerts:
        style.add("BACKGROUND", (0, row), (-1, row), ALERT_WASH)
    table.setStyle(style)
    return table


def _who(kit: Kit, statement: CountStatement, count: int) -> str:
    who = _source(kit, statement.source_name, statement.reliability.value)
    when = kit.esc(fmt.span(statement.period_start, statement.period_end))
    return (
        f"<b>{fmt.count(count)}</b> — {who}<br/><font size='7.4' color='{STEEL_HEX}'>{when}</font>"
    )


def _disagreement_table(kit: Kit, disagreements: tuple[Disagreement, ...]) -> Table:
    s = kit.styles
    head = [
        kit.rich("Region", s.cell_head),
        kit.rich("One source says", s.cell_head),
        kit.rich("Another says", s.cell_head),
        kit.rich("Difference", s.cell_head_right),
    ]
    data: list[list[object]] = [head]
    for d in disagreements:
        data.append(
            [
                kit.para(d.region, s.cell),
                kit.rich(_who(kit, d.first, d.first_count), s.cell),
                kit.rich(_who(kit, d.second, d.second_count), s.cell),
                kit.rich(
                    f"<font color='{ALERT_HEX}'>{fmt.count(d.difference)}</font>", s.cell_right
                ),
            ]
        )
    w = kit.width
    table = Table(data, colWidths=[w * 0.22, w * 0.33, w * 0.33, w * 0.12], repeatRows=1)
    table.setStyle(table_style())
    return table
