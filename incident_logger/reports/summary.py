"""The first page: title block and key figures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from incident_logger.reports import fonts, words
from incident_logger.reports import formatting as fmt
from incident_logger.reports.figures import KeyFigures
from incident_logger.reports.i18n import _, n_
from incident_logger.reports.kit import Kit
from incident_logger.reports.model import Briefing
from incident_logger.reports.styles import NAVY, RULE, WASH, table_style


def title_block(kit: Kit, briefing: Briefing, *, fingerprint: str, records: str) -> list[Flowable]:
    s = kit.styles
    period = fmt.period(briefing.period_start, briefing.period_end)
    rows: list[tuple[str, str]] = [
        (_("Selection"), briefing.scope or _("All incidents")),
        (
            _("Prepared"),
            _("{time} by {author}").format(
                time=fmt.stamp(briefing.generated_at), author=briefing.author
            )
            if briefing.author
            else fmt.stamp(briefing.generated_at),
        ),
        (_("Records"), records),
        (_("Fingerprint"), f"{fingerprint[:12]}  (sha256 {fingerprint})"),
    ]
    if briefing.marking:
        rows.append((_("Marking"), briefing.marking))
    label_w = 24 * mm
    table = kit.table(
        [[kit.rich(label, s.cell_head), kit.flow(value, s.cell)] for label, value in rows],
        [label_w, kit.width - label_w],
        repeat_rows=0,
        h_align="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return [
        kit.rich(_("INCIDENT BRIEFING"), s.meta),
        Spacer(1, 1.5 * mm),
        *kit.flow(briefing.title or _("Incident briefing"), s.title),
        kit.para(period, s.subtitle),
        Spacer(1, 4 * mm),
        table,
    ]


def summary_section(kit: Kit, sentences: list[str]) -> list[Flowable]:
    """The generated opening summary, one paragraph."""
    return [
        kit.rich(_("Summary"), kit.styles.h1),
        *kit.flow(" ".join(sentences), kit.styles.lead),
    ]


def _card(kit: Kit, value: str, label: str, detail: str) -> list[Flowable]:
    s = kit.styles
    return [
        kit.rich(value, s.figure_value),
        kit.rich(label, s.cell_head),
        kit.rich(detail, s.figure_label),
    ]


def _stated(stated: int, unknown: int) -> str:
    if unknown == 0:
        return n_("stated for all {n} incident", "stated for all {n} incidents", stated)
    return _("stated in {stated}; <b>not stated in {unknown}</b>").format(
        stated=fmt.count(stated), unknown=fmt.count(unknown)
    )


def key_figures(kit: Kit, figures: KeyFigures) -> list[Flowable]:
    s = kit.styles
    objects = sum(d.objects for d in figures.damage)
    unstated = sum(d.unstated for d in figures.damage)
    damage_detail = n_("in {n} incident", "in {n} incidents", figures.with_damage)
    if unstated:
        damage_detail += "; " + n_(
            "{n} note without a number", "{n} notes without a number", unstated
        )
    cards = [
        _card(kit, fmt.count(figures.incidents), _("INCIDENTS"), _("in the selection")),
        _card(
            kit,
            fmt.count(figures.injuries),
            _("INJURED"),
            _stated(figures.injuries_stated, figures.injuries_unknown),
        ),
        _card(
            kit,
            fmt.count(figures.fatalities),
            _("KILLED"),
            _stated(figures.fatalities_stated, figures.fatalities_unknown),
        ),
        _card(kit, fmt.count(objects), _("DAMAGED OBJECTS"), damage_detail),
    ]
    gap = 3 * mm
    card_w = (kit.width - 3 * gap) / 4
    panel = Table(
        [[cards[0], "", cards[1], "", cards[2], "", cards[3]]],
        colWidths=[card_w, gap, card_w, gap, card_w, gap, card_w],
        hAlign="LEFT",
    )
    panel.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *[("BACKGROUND", (c, 0), (c, 0), WASH) for c in (0, 2, 4, 6)],
                *[("LINEABOVE", (c, 0), (c, 0), 1.2, NAVY) for c in (0, 2, 4, 6)],
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    out: list[Flowable] = [kit.rich(_("Key figures"), s.h1), panel]
    if figures.damage:
        out += [*kit.table_heading(_("Damaged objects by kind")), _damage_table(kit, figures)]
    return out


def _damage_table(kit: Kit, figures: KeyFigures) -> Table:
    s = kit.styles
    head: list[object] = [
        kit.rich(_("Kind"), s.cell_head),
        kit.rich(_("Objects"), s.cell_head_right),
        kit.rich(_("Incidents"), s.cell_head_right),
        kit.rich(_("Notes without a number"), s.cell_head_right),
    ]
    body: list[list[object]] = [
        [
            kit.flow(fmt.capital(words.damage_kind(d.kind)), s.cell),
            fmt.count(d.objects),
            fmt.count(d.incidents),
            fmt.count(d.unstated) if d.unstated else "–",
        ]
        for d in figures.damage
    ]
    w = kit.width
    table = kit.table([head, *body], [w * 0.46, w * 0.16, w * 0.16, w * 0.22], h_align="LEFT")
    table.setStyle(table_style(numeric_from=1))
    return table
