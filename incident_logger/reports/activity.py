"""Activity section: incidents per day (or week, month) and per category."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether

from incident_logger.reports import charts
from incident_logger.reports import formatting as fmt
from incident_logger.reports.figures import per_category, per_period
from incident_logger.reports.kit import Kit
from incident_logger.reports.model import Briefing, BriefingIncident

MAX_CATEGORIES = 15


def activity_section(
    kit: Kit, briefing: Briefing, incidents: Sequence[BriefingIncident]
) -> list[Flowable]:
    s = kit.styles
    out: list[Flowable] = [kit.rich("Activity", s.h1)]
    if not incidents:
        out.append(kit.rich("No incidents in the selection.", s.body))
        return out
    series = per_period(incidents, briefing.period_start, briefing.period_end)
    if series.values:
        out.append(
            KeepTogether(
                [
                    kit.rich(f"Incidents per {series.unit}", s.h2),
                    charts.columns(series.labels, series.values, kit.width, 118),
                    kit.rich(_period_caption(series.unit, series.labels), s.caption),
                ]
            )
        )
    categories = per_category(incidents)
    shown = categories.labels[:MAX_CATEGORIES]
    parts: list[Flowable] = [
        kit.rich("Incidents by category", s.h2),
        charts.horizontal_bars(
            [fmt.capital(c) for c in shown],
            categories.values[:MAX_CATEGORIES],
            kit.width,
            clean=kit.clean,
        ),
    ]
    if len(categories.labels) > MAX_CATEGORIES:
        rest = sum(categories.values[MAX_CATEGORIES:])
        parts.append(
            kit.rich(
                f"{fmt.plural(len(categories.labels) - MAX_CATEGORIES, 'further category', 'further categories')}"  # noqa: E501
                f" with {fmt.plural(rest, 'incident')} not shown.",
                s.caption,
            )
        )
    out.append(KeepTogether(parts))
    return out


def _period_caption(unit: str, labels: Sequence[str]) -> str:
    if not labels:
        return ""
    first, last = labels[0], labels[-1]
    starts = {"week": "Weeks start on Monday. ", "month": "", "day": ""}[unit]
    return f"{starts}From {first} to {last}; empty {unit}s are shown as gaps."
