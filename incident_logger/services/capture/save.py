"""Accepted proposals become drafts of the domain and are saved together, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from incident_logger.domain.enums import DamageState, GeoPrecision, Means, TimePrecision
from incident_logger.domain.errors import FieldError, ValidationError
from incident_logger.domain.models import (
    CountLine,
    CountReportDraft,
    DamageNote,
    IncidentDraft,
    SourceLink,
)
from incident_logger.services.capture.model import CaptureResult, IncidentProposal, ReportProposal
from incident_logger.services.counts import add_count_report
from incident_logger.services.incidents import add_incident
from incident_logger.store.engine import Database

CAPTURE_REASON = "captured from a statement"


@dataclass(frozen=True, slots=True)
class Saved:
    report_ids: tuple[int, ...]
    incident_ids: tuple[int, ...]


def report_draft(p: ReportProposal, source_id: int, issued_at: str, text: str) -> CountReportDraft:
    """The draft of one proposed report; what was not read stays empty for the user to fill."""
    period = p.period.value
    total = p.total.value
    return CountReportDraft(
        source_id=source_id,
        issued_at=issued_at,
        period_start=period.start if period else "",
        period_end=(period.end or period.start) if period else "",
        subject=p.subject.value or "",
        outcome=p.outcome.value or "",
        stated_total=total.value if total else None,
        note=text,
        lines=tuple(
            CountLine(ln.place.value.place_id, ln.count.value.value, "", ln.count.value.approximate)
            for ln in p.lines
            if ln.place.value is not None and ln.count.value is not None
        ),
        total_approximate=bool(total and total.approximate),
    )


def incident_draft(p: IncidentProposal, source_id: int, text: str) -> IncidentDraft:
    window = p.time.value
    place = p.place.value
    return IncidentDraft(
        title=p.title,
        start_at=window.start if window else "",
        end_at=window.end if window else None,
        time_precision=TimePrecision(window.precision) if window else TimePrecision.DAY,
        place_id=place.place_id if place else None,
        locality=p.locality.value or "",
        geo_precision=GeoPrecision.NEAR
        if p.locality.value
        else GeoPrecision.REGION
        if place and place.kind == "region"
        else GeoPrecision.NEAR,
        category=p.category.value or "",
        means=Means(p.means.value) if p.means.value else None,
        narrative="",
        injuries=p.injuries.value,
        fatalities=p.fatalities.value,
        response=p.response.value or "",
        sources=(SourceLink(source_id=source_id, credibility=6, note=text),),
        damage=tuple(
            DamageNote(
                object_kind=d.object_kind.value or "other",
                quantity=d.quantity.value.value if d.quantity.value else None,
                state=DamageState(d.state.value) if d.state.value else DamageState.NONE,
                note=d.note,
            )
            for d in p.damage
        ),
    )


def drafts(
    result: CaptureResult, source_id: int
) -> tuple[list[CountReportDraft], list[IncidentDraft], list[str]]:
    """Drafts of everything proposed, and what the user must still give before saving."""
    reports = [report_draft(r, source_id, result.issued_at, result.text) for r in result.reports]
    incidents = [incident_draft(i, source_id, result.text) for i in result.incidents]
    missing: list[str] = []
    for n, r in enumerate(reports, 1):
        if not r.period_start:
            missing.append(f"count report {n}: the period is not stated")
        if not r.subject or not r.outcome:
            missing.append(f"count report {n}: what was counted is not clear")
    for n, i in enumerate(incidents, 1):
        if not i.start_at:
            missing.append(f"incident {n}: the time is not stated")
        if not i.category:
            missing.append(f"incident {n}: the category is not clear")
    return reports, incidents, missing


def save_drafts(
    db: Database,
    reports: list[CountReportDraft],
    incidents: list[IncidentDraft],
    reason: str = CAPTURE_REASON,
) -> Saved:
    """Save every draft in one transaction: all of them, or (on any error) none."""
    report_ids: list[int] = []
    incident_ids: list[int] = []
    with db.write() as session:
        for n, r in enumerate(reports, 1):
            try:
                report_ids.append(add_count_report(session, r, reason))
            except ValidationError as exc:
                raise _named(exc, f"Count report {n}") from None
        for n, i in enumerate(incidents, 1):
            try:
                incident_ids.append(add_incident(session, i, reason))
            except ValidationError as exc:
                raise _named(exc, f"Incident {n}") from None
    return Saved(tuple(report_ids), tuple(incident_ids))


def _named(exc: ValidationError, what: str) -> ValidationError:
    return ValidationError([FieldError(f"{what}: {e.field}", e.msg) for e in exc.errors])
