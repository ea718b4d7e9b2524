"""Activity section: incidents per day (or week, month) and per category."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether

from incident_logger.reports import charts, words
from incident_logger.reports import formatting as fmt
from incident_logger.reports.figures import per_category, per_period
from incident_logger.reports.i18n import _, n_
from incident_logger.reports.kit import Kit
from incident_logger.reports.model import Briefing, BriefingIncident

MAX_CATEGORIES = 15


MIN_BARS = 3  # a chart of one or two bars says nothing the summary does not


def activity_section(
    kit: Kit, briefing: Briefing, incidents: Sequence[BriefingIncident]
) -> list[Flowable]:
    """Incidents per day (week, month) and per category; charts of fewer than three bars are
    left out, and so is the section when no chart is left."""
    s = kit.styles
    charts_shown: list[Flowable] = []
    series = per_period(incidents, briefing.period_start, briefing.period_end)
    if len(series.values) >= MIN_BARS:
        charts_shown.append(
            KeepTogether(
                [
                    kit.rich(_per_unit(series.unit), s.h2),
                    charts.columns(series.labels, series.values, kit.width, 118),
                    kit.rich(_period_caption(series.unit, series.labels), s.caption),
                ]
            )
        )
    categories = per_category(incidents)
    if len(categories.values) >= MIN_BARS:
        charts_shown.append(_categories(kit, categories.labels, categories.values))
    if not charts_shown:
        return []
    return [kit.rich(_("Activity"), s.h1), *charts_shown]


def _categories(kit: Kit, labels: Sequence[str], values: Sequence[int]) -> Flowable:
    s = kit.styles
    shown = labels[:MAX_CATEGORIES]
    parts: list[Flowable] = [
        kit.rich(_("Incidents by category"), s.h2),
        charts.horizontal_bars(
            [fmt.capital(words.category(c)) for c in shown],
            values[:MAX_CATEGORIES],
            kit.width,
            label=kit.label,
        ),
    ]
    if len(labels) > MAX_CATEGORIES:
        rest = sum(values[MAX_CATEGORIES:])
        further = n_(
            "{n} further category with {incidents} not shown.",
            "{n} further categories with {incidents} not shown.",
            len(labels) - MAX_CATEGORIES,
        ).format(incidents=fmt.incidents(rest))
        parts.append(kit.rich(further, s.caption))
    return KeepTogether(parts)


def _period_caption(unit: str, labels: Sequence[str]) -> str:
    first, last = labels[0], labels[-1]
    if unit == "week":
        span = _("Weeks start on Monday. From {first} to {last}; empty weeks are shown as gaps.")
    elif unit == "month":
        span = _("From {first} to {last}; empty months are shown as gaps.")
    else:
        span = _("From {first} to {last}; empty days are shown as gaps.")
    rule = _(
        "Each incident is counted on the day its time window ends: an overnight window from "
        "22:00 to 07:00 counts on the second day, when it is reported."
    )
    return span.format(first=first, last=last) + " " + rule


def _per_unit(unit: str) -> str:
    if unit == "week":
        return _("Incidents per week")
    if unit == "month":
        return _("Incidents per month")
    return _("Incidents per day")
