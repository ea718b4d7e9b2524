"""Annex: the sources with their reliability, and the grading scales."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.platypus import Flowable, Table

from incident_logger.domain.enums import Reliability
from incident_logger.reports import formatting as fmt
from incident_logger.reports import words
from incident_logger.reports.i18n import _
from incident_logger.reports.kit import Kit
from incident_logger.reports.model import AnnexSource, BriefingIncident, CountStatement
from incident_logger.reports.styles import table_style


def sources_annex(
    kit: Kit,
    sources: Sequence[AnnexSource],
    incidents: Sequence[BriefingIncident],
    statements: Sequence[CountStatement],
) -> list[Flowable]:
    s = kit.styles
    out: list[Flowable] = [kit.rich(_("Annex: sources"), s.h1)]
    cited: Counter[int] = Counter()
    for incident in incidents:
        for sid in {c.source_id for c in incident.sources}:
            cited[sid] += 1
    counted = Counter(st.source_id for st in statements)
    if sources:
        out.append(_source_table(kit, sources, cited, counted))
    else:
        out.append(kit.rich(_("No sources are cited."), s.body))
    out += [kit.rich(_("Grading scales (Admiralty system)"), s.h2), _scales(kit)]
    out.append(
        kit.rich(
            _(
                "A grade such as <b>B2</b> joins the reliability of the source (letter) and the "
                "credibility of the particular claim (digit)."
            ),
            s.caption,
        )
    )
    return out


def _source_table(
    kit: Kit, sources: Sequence[AnnexSource], cited: Counter[int], counted: Counter[int]
) -> Table:
    s = kit.styles
    head = [
        kit.rich(_("Source"), s.cell_head),
        kit.rich(_("Kind"), s.cell_head),
        kit.rich(_("Reliability"), s.cell_head),
        kit.rich(_("Incidents"), s.cell_head_right),
        kit.rich(_("Count statements"), s.cell_head_right),
    ]
    data: list[list[object]] = [head]
    ordered = sorted(sources, key=lambda x: (x.reliability.value, x.name.casefold()))
    for src in ordered:
        name: list[Flowable] = [
            *kit.flow(src.name, s.cell_strong),
            *kit.flow(src.url, s.cell_muted),
            *kit.flow(src.note, s.cell_muted),
        ]
        data.append(
            [
                name,
                kit.para(fmt.capital(words.source_kind(src.kind)), s.cell),
                kit.rich(
                    f"<b>{src.reliability.value}</b> · {words.reliability(src.reliability)}",
                    s.cell,
                ),
                fmt.count(cited[src.source_id]),
                fmt.count(counted[src.source_id]),
            ]
        )
    w = kit.width
    table = kit.table(data, [w * 0.42, w * 0.12, w * 0.22, w * 0.1, w * 0.14])
    style = table_style()
    style.add("ALIGN", (3, 0), (-1, -1), "RIGHT")
    table.setStyle(style)
    return table


def _scales(kit: Kit) -> Table:
    s = kit.styles
    data: list[list[object]] = [
        [
            kit.rich(_("Source reliability"), s.cell_head),
            "",
            kit.rich(_("Information credibility"), s.cell_head),
            "",
        ]
    ]
    for letter, digit in zip(Reliability, words.credibility_digits(), strict=True):
        data.append(
            [
                kit.rich(f"<b>{letter.value}</b>", s.cell),
                kit.rich(words.reliability(letter), s.cell),
                kit.rich(f"<b>{digit}</b>", s.cell),
                kit.rich(words.credibility(digit), s.cell),
            ]
        )
    w = kit.width
    table = Table(data, colWidths=[w * 0.06, w * 0.4, w * 0.06, w * 0.48])
    style = table_style()
    style.add("SPAN", (0, 0), (1, 0))
    style.add("SPAN", (2, 0), (3, 0))
    table.setStyle(style)
    return table
