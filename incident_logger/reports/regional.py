"""Regional counts section: per region per source, with a chart of the highest counts."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table

from incident_logger.reports import charts
from incident_logger.reports import formatting as fmt
from incident_logger.reports.counts import CountGroup
from incident_logger.reports.i18n import _, n_
from incident_logger.reports.kit import Kit
from incident_logger.reports.statements import inline, statement_details
from incident_logger.reports.styles import ALERT_HEX, ALERT_WASH, RULE, STEEL_HEX, table_style

CHART_REGIONS = 20
MIN_BARS = 3


def regional_section(kit: Kit, groups: tuple[CountGroup, ...]) -> list[Flowable]:
    s = kit.styles
    out: list[Flowable] = [kit.rich(_("Regional counts"), s.h1)]
    if not groups:
        out.append(kit.rich(_("No regional count statements cover this period."), s.body))
        return out
    out.append(
        kit.rich(
            _(
                "Numbers per region as each source stated them for the period; where a source "
                "issued several statements its lines are added up. Remainders are the part of a "
                "stated total that the source did not attribute to any region."
            ),
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
        highest = _("{what}: highest count reported per region").format(what=label)
        out.append(kit.para(highest, s.h2))
        out.append(
            charts.horizontal_bars(
                [r.region for r in rows], [r.highest for r in rows], kit.width, label=kit.label
            )
        )
        if len(group.rows) > CHART_REGIONS:
            out.append(kit.rich(
                    _("The {n} regions with the highest counts.").format(n=CHART_REGIONS),
                    s.caption,
                ))
    if inline(group):
        out += statement_details(kit, group)
    else:
        out.append(kit.rich(_pointer(group), s.small))
    out.append(Spacer(1, 4))
    return out


def _pointer(group: CountGroup) -> str:
    statements = n_(
        "The {n} statement behind these numbers, with its remainder",
        "The {n} statements behind these numbers, with their remainders",
        len(group.statements),
    )
    if group.disagreements:
        statements += n_(
            ", and the {n} disagreement between sources",
            ", and the {n} disagreements between sources",
            len(group.disagreements),
        )
    return statements + _(", are listed in the annex <i>Count statements</i>.")


def _region_table(kit: Kit, group: CountGroup) -> Table:
    s = kit.styles
    head = [
        kit.rich(_("Region"), s.cell_head),
        kit.rich(_("Source (reliability)"), s.cell_head),
        kit.rich(_("Count"), s.cell_head_right),
        kit.rich(_("Statements"), s.cell_head_right),
        kit.rich(_("Note"), s.cell_head),
    ]
    data: list[list[object]] = [head]
    commands: list[tuple[object, ...]] = []
    for row in group.rows:
        first = len(data)
        for i, sc in enumerate(row.by_source):
            note = ""
            if i == 0 and row.disputed:
                times = "" if row.disputes == 1 else f" ({fmt.count(row.disputes)}×)"
                disagree = _("sources disagree")
                note = f"<font color='{ALERT_HEX}'>{disagree}{times}</font>"
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
                kit.rich(_("<i>Not attributed to a region</i>"), s.cell),
                kit.rich(_source(kit, u.source_name, u.reliability.value), s.cell),
                fmt.count(u.remainder),
                fmt.count(u.statements),
                kit.rich(_("rest of stated totals"), s.cell),
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
