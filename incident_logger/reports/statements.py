"""Count statements with their remainders, and disagreements: inline or as an annex."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from incident_logger.reports import formatting as fmt
from incident_logger.reports.counts import CountGroup, Disagreement
from incident_logger.reports.i18n import _, n_
from incident_logger.reports.kit import Kit
from incident_logger.reports.model import COMPACT_FROM, CountStatement
from incident_logger.reports.styles import ALERT, ALERT_WASH, STEEL_HEX, table_style

INLINE = 15  # longer lists move to the annex so the summary pages stay a summary


def inline(group: CountGroup) -> bool:
    return len(group.statements) <= INLINE and len(group.disagreements) <= INLINE


def statement_details(kit: Kit, group: CountGroup) -> list[Flowable]:
    out: list[Flowable] = [*kit.table_heading(_("Statements and unallocated remainders"))]
    out.append(_statement_table(kit, group))
    if len(group.disagreements) > COMPACT_FROM:
        out += kit.table_heading(_("Where sources disagree, by region"))
        out.append(
            kit.rich(
                n_(
                    "{n} pair of overlapping statements from two sources gives different numbers "
                    "for a region; too many to list one by one, they are summed up per region.",
                    "{n} pairs of overlapping statements from two sources give different numbers "
                    "for a region; too many to list one by one, they are summed up per region.",
                    len(group.disagreements),
                ),
                kit.styles.small,
            )
        )
        out.append(_disputes_by_region(kit, group.disagreements))
    elif group.disagreements:
        out += kit.table_heading(_("Where sources disagree"))
        out.append(_disagreement_table(kit, group.disagreements))
    return out


def _disputes_by_region(kit: Kit, disagreements: tuple[Disagreement, ...]) -> Table:
    """Per region: how many pairs disagree, the largest difference, and between whom."""
    s = kit.styles
    regions: dict[str, list[Disagreement]] = {}
    for d in disagreements:
        regions.setdefault(d.region, []).append(d)
    ordered = sorted(regions.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    w = kit.width
    data: list[list[object]] = [
        [
            kit.rich(_("Region"), s.cell_head),
            kit.rich(_("Pairs"), s.cell_head_right),
            kit.rich(_("Largest difference"), s.cell_head),
            kit.rich(_("Sources"), s.cell_head),
        ]
    ]
    for region, found in ordered:
        largest = max(found, key=lambda d: d.difference)
        names = sorted({d.first.source_name for d in found} | {d.second.source_name for d in found})
        data.append(
            [
                kit.cell(region, s.cell, w * 0.24 - 8),
                fmt.count(len(found)),
                kit.rich(
                    _who(kit, largest.first, largest.first_count)
                    + "<br/>"
                    + _who(kit, largest.second, largest.second_count),
                    s.cell,
                ),
                kit.flow("; ".join(names), s.cell),
            ]
        )
    table = kit.table(data, [w * 0.24, w * 0.08, w * 0.4, w * 0.28])
    style = table_style()
    style.add("ALIGN", (1, 1), (1, -1), "RIGHT")
    table.setStyle(style)
    return table


def statements_annex(kit: Kit, groups: tuple[CountGroup, ...]) -> list[Flowable]:
    """The annex for groups too long to show inline; empty when every group was inline."""
    long = [g for g in groups if not inline(g)]
    if not long:
        return []
    out: list[Flowable] = [kit.rich(_("Annex: count statements"), kit.styles.h1)]
    for group in long:
        if len(groups) > 1:
            out.append(kit.para(fmt.capital(group.label), kit.styles.h2))
        out += statement_details(kit, group)
    return out


def _source(kit: Kit, name: str, reliability: str) -> str:
    return f"{kit.esc(name)} <font color='{STEEL_HEX}'>({reliability})</font>"


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


def _statement_table(kit: Kit, group: CountGroup) -> Table:
    s = kit.styles
    head = [
        kit.rich(h, s.cell_head if i < 3 else s.cell_head_right)
        for i, h in enumerate(
            (
                _("Issued"),
                _("Source (reliability)"),
                _("Period"),
                _("Stated total"),
                _("Allocated"),
                _("Unallocated"),
            )
        )
    ]
    data: list[list[object]] = [head]
    alerts: list[int] = []
    for st in group.statements:
        statement = st.statement
        tally = st.tally
        if tally.stated_total is None:
            remainder: object = _("no total stated")
        elif tally.exceeds_total:
            remainder = kit.rich(
                _("lines exceed total by {count}").format(count=fmt.count(tally.over_by)), s.alert
            )
            alerts.append(len(data))
        else:
            remainder = fmt.count(tally.remainder or 0) + (
                "+" if statement.total_approximate else ""
            )
        source = kit.shared(
            _source(kit, statement.source_name, statement.reliability.value), s.cell
        )
        data.append(
            [
                # Dates and times are the report's own words: plain strings, drawn fast.
                fmt.stamp(statement.issued_at).replace(", ", "\n"),
                [source, *_notes(kit, statement)] if _has_notes(statement) else source,
                "\n".join(fmt.span_lines(statement.period_start, statement.period_end)),
                "–"
                if tally.stated_total is None
                else fmt.count(tally.stated_total) + ("+" if statement.total_approximate else ""),
                fmt.count(tally.allocated),
                remainder,
            ]
        )
    w = kit.width
    table = kit.table(data, [w * 0.14, w * 0.28, w * 0.22, w * 0.12, w * 0.11, w * 0.13])
    style = table_style()
    style.add("ALIGN", (3, 0), (-1, -1), "RIGHT")
    for row in alerts:
        style.add("BACKGROUND", (0, row), (-1, row), ALERT_WASH)
    table.setStyle(style)
    return table


def _has_notes(statement: CountStatement) -> bool:
    return bool(statement.note) or any(line.note for line in statement.lines)


def _notes(kit: Kit, statement: CountStatement) -> list[Flowable]:
    """The statement's note, then each line's note after its region."""
    out = kit.flow(statement.note, kit.styles.cell_note)
    for line in statement.lines:
        if line.note:
            out += kit.flow(
                line.note, kit.styles.cell_note, lead=f"<i>{kit.esc(line.region)}:</i> "
            )
    return out


def _who(kit: Kit, statement: CountStatement, count: int) -> str:
    who = _source(kit, statement.source_name, statement.reliability.value)
    when = kit.esc(fmt.span(statement.period_start, statement.period_end))
    return (
        f"<b>{fmt.count(count)}</b> — {who}<br/><font size='7.4' color='{STEEL_HEX}'>{when}</font>"
    )


def _disagreement_table(kit: Kit, disagreements: tuple[Disagreement, ...]) -> Table:
    s = kit.styles
    head = [
        kit.rich(_("Region"), s.cell_head),
        kit.rich(_("One source says"), s.cell_head),
        kit.rich(_("Another says"), s.cell_head),
        kit.rich(_("Difference"), s.cell_head_right),
    ]
    data: list[list[object]] = [head]
    w = kit.width
    for d in disagreements:
        data.append(
            [
                kit.cell(d.region, s.cell, w * 0.22 - 8),
                kit.rich(_who(kit, d.first, d.first_count), s.cell),
                kit.rich(_who(kit, d.second, d.second_count), s.cell),
                fmt.count(d.difference),
            ]
        )
    table = kit.table(data, [w * 0.22, w * 0.33, w * 0.33, w * 0.12])
    style = table_style()
    style.add("ALIGN", (3, 1), (3, -1), "RIGHT")
    style.add("TEXTCOLOR", (3, 1), (3, -1), ALERT)
    table.setStyle(style)
    return table
