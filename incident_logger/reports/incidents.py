"""The incidents in time order: one entry per incident, built lazily in chunks."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus.flowables import HRFlowable

from incident_logger.domain.enums import DamageSeverity, DamageState, GeoPrecision
from incident_logger.domain.models import DamageNote
from incident_logger.reports import formatting as fmt
from incident_logger.reports.document import Deferred
from incident_logger.reports.kit import Kit
from incident_logger.reports.model import BriefingIncident, SourceCitation
from incident_logger.reports.styles import RULE, STEEL_HEX
from incident_logger.reports.text import paragraphs

_GEO_WORDS = {
    GeoPrecision.NEAR: "near this place",
    GeoPrecision.DISTRICT: "district only",
    GeoPrecision.REGION: "region only",
}
CHUNK = 25  # incidents laid out per expansion; keeps memory flat for large briefings


def incidents_section(kit: Kit, incidents: Sequence[BriefingIncident]) -> list[Flowable]:
    """A heading, then placeholders that each become CHUNK incident entries when reached."""
    s = kit.styles
    heading = kit.rich(f"Incidents in time order ({fmt.count(len(incidents))})", s.h1)
    if not incidents:
        return [heading, kit.rich("No incidents in the selection.", s.body)]
    out: list[Flowable] = [heading]
    for start in range(0, len(incidents), CHUNK):
        chunk = incidents[start : start + CHUNK]
        out.append(Deferred(_Chunk(kit, chunk), units=len(chunk)))
    return out


class _Chunk:
    """Makes the entries of a run of incidents when the layout reaches them."""

    def __init__(self, kit: Kit, incidents: Sequence[BriefingIncident]) -> None:
        self.kit = kit
        self.incidents = incidents

    def __call__(self) -> list[Flowable]:
        out: list[Flowable] = []
        for incident in self.incidents:
            out += entry(self.kit, incident)
        return out


def _label(name: str) -> str:
    return f"<font color='{STEEL_HEX}'><b>{name}</b></font>\u2002"


def entry(kit: Kit, incident: BriefingIncident) -> list[Flowable]:
    s = kit.styles
    meta = " · ".join(
        [
            f"<b>{kit.esc(incident.ref)}</b>",
            kit.esc(fmt.incident_when(incident.start_at, incident.end_at, incident.time_precision)),
            kit.esc(fmt.capital(incident.category)),
            kit.esc(fmt.capital(incident.status.value)),
        ]
    )
    out: list[Flowable] = [
        kit.para(incident.title or "(untitled)", s.incident_title),
        kit.rich(meta, s.incident_meta),
    ]
    where = _where(kit, incident)
    if where:
        out.append(kit.rich(where, s.incident_meta))
    body = paragraphs(incident.narrative)
    for i, part in enumerate(body):
        p = kit.para(part, s.body)
        if i == 0:
            p.spaceBefore = 2.5
        out.append(p)
    facts = [
        _label("Injured")
        + fmt.casualties(incident.injuries)
        + " · "
        + _label("Killed")
        + fmt.casualties(incident.fatalities)
    ]
    if incident.damage:
        facts.append(_label("Damage") + "<br/>".join(_damage(kit, d) for d in incident.damage))
    if incident.response:
        facts.append(_label("Response") + kit.esc(incident.response))
    if incident.sources:
        facts.append(_label("Sources") + "; ".join(_citation(kit, c) for c in incident.sources))
    if incident.tags:
        facts.append(_label("Tags") + kit.esc(", ".join(incident.tags)))
    out.extend(kit.rich(f, s.fact) for f in facts)
    out.append(
        HRFlowable(
            width="100%", thickness=0.35, color=RULE, spaceBefore=2.5 * mm, spaceAfter=2.5 * mm
        )
    )
    return out


def _where(kit: Kit, incident: BriefingIncident) -> str:
    parts = [kit.esc(p) for p in (incident.place, incident.locality) if p.strip()]
    text = " — ".join(parts)
    if incident.latitude is not None and incident.longitude is not None:
        text += f" ({incident.latitude:.4f}, {incident.longitude:.4f})"
    if text and incident.geo_precision in _GEO_WORDS:
        text += f" <font color='{STEEL_HEX}'>· {_GEO_WORDS[incident.geo_precision]}</font>"
    return text


def _damage(kit: Kit, note: DamageNote) -> str:
    if note.quantity is None:
        words = [f"{kit.esc(note.object_kind)} (number not stated)"]
    else:
        words = [f"{fmt.count(note.quantity)} × {kit.esc(note.object_kind)}"]
    if note.severity is not DamageSeverity.UNKNOWN:
        words.append(note.severity.value)
    if note.state is not DamageState.NONE:
        words.append(note.state.value)
    text = ", ".join(words)
    if note.note:
        text += f" — {kit.esc(note.note)}"
    return text


def _citation(kit: Kit, citation: SourceCitation) -> str:
    text = f"{kit.esc(citation.name)} <b>{citation.grade}</b>"
    if citation.url:
        text += f" <font color='{STEEL_HEX}'>{kit.esc(citation.url)}</font>"
    return text
