"""The incidents in time order: one entry per incident, built lazily in chunks."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus.flowables import HRFlowable

from incident_logger.domain.enums import DamageSeverity, DamageState
from incident_logger.domain.models import DamageNote
from incident_logger.reports import formatting as fmt
from incident_logger.reports import words
from incident_logger.reports.document import Deferred
from incident_logger.reports.flow import PIECE
from incident_logger.reports.i18n import _
from incident_logger.reports.kit import Kit
from incident_logger.reports.model import BriefingIncident, SourceCitation
from incident_logger.reports.styles import RULE, STEEL_HEX
from incident_logger.reports.text import paragraphs

CHUNK = 25  # incidents laid out per expansion; keeps memory flat for large briefings


def incidents_section(
    kit: Kit, incidents: Sequence[BriefingIncident], *, title: str = ""
) -> list[Flowable]:
    """A heading, then placeholders that each become CHUNK incident entries when reached."""
    s = kit.styles
    title = title or _("Incidents in time order")
    heading = kit.rich(f"{title} ({fmt.count(len(incidents))})", s.h1)
    if not incidents:
        return [heading, kit.rich(_("No incidents in the selection."), s.body)]
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
            kit.esc(fmt.capital(words.category(incident.category))),
            *([kit.esc(fmt.capital(words.means(incident.means)))] if incident.means else []),
            kit.esc(fmt.capital(words.status(incident.status))),
        ]
    )
    out: list[Flowable] = [
        *kit.flow(incident.title or _("(untitled)"), s.incident_title),
        kit.rich(meta, s.incident_meta),
    ]
    out += _where(kit, incident)
    for i, part in enumerate(paragraphs(incident.narrative)):
        pieces = kit.flow(part, s.body)
        if i == 0 and pieces:
            pieces[0].spaceBefore = 2.5
        out += pieces
    out.append(
        kit.rich(
            _label(_("Injured"))
            + fmt.casualties(incident.injuries)
            + " · "
            + _label(_("Killed"))
            + fmt.casualties(incident.fatalities),
            s.fact,
        )
    )
    if incident.damage:
        # One note a line; continuation lines hang under the first, after the label.
        notes = "\n".join(_damage(note) for note in incident.damage)
        out += kit.flow(notes, s.fact, lead=_label(_("Damage")))
    if incident.response:
        out += kit.flow(incident.response, s.fact, lead=_label(_("Response")))
    if incident.sources:
        out += _sources(kit, incident.sources)
    if incident.tags:
        out += kit.flow(", ".join(incident.tags), s.fact, lead=_label(_("Tags")))
    out.append(
        HRFlowable(
            width="100%", thickness=0.35, color=RULE, spaceBefore=2.5 * mm, spaceAfter=2.5 * mm
        )
    )
    return out


def _where(kit: Kit, incident: BriefingIncident) -> list[Flowable]:
    """The place path, the locality as typed, coordinates and how precise they are."""
    place = incident.place.strip()
    locality = incident.locality.strip()
    tail = ""
    if incident.latitude is not None and incident.longitude is not None:
        tail += f" ({incident.latitude:.4f}, {incident.longitude:.4f})"
    precision = words.geo_precision(incident.geo_precision)
    if (place or locality or tail) and precision:
        tail += f" <font color='{STEEL_HEX}'>· {precision}</font>"
    if not (place or locality or tail):
        return []
    if place and locality:
        return kit.flow(locality, kit.styles.incident_meta, lead=kit.esc(place) + " — ", tail=tail)
    return kit.flow(place or locality, kit.styles.incident_meta, tail=tail)


def _damage(note: DamageNote) -> str:
    """A damage note as plain text (escaped when it is laid out)."""
    kind = words.damage_kind(note.object_kind)
    if note.quantity is None:
        parts = [_("{kind} (number not stated)").format(kind=kind)]
    else:
        parts = [f"{fmt.count(note.quantity)} × {kind}"]
    if note.severity is not DamageSeverity.UNKNOWN:
        parts.append(words.severity(note.severity))
    if note.state is not DamageState.NONE:
        parts.append(words.damage_state(note.state))
    text = ", ".join(parts)
    if note.note:
        text += f" — {note.note}"
    return text


def _sources(kit: Kit, citations: Sequence[SourceCitation]) -> list[Flowable]:
    """Citations on one line; if that would be very long, one citation a line."""
    s = kit.styles
    if sum(len(c.name) + len(c.url) + len(c.note) for c in citations) <= PIECE:
        text = "; ".join(_citation(kit, c) for c in citations)
        return [kit.rich(_label(_("Sources")) + text, s.fact)]
    out: list[Flowable] = []
    for i, c in enumerate(citations):
        lead = _label(_("Sources")) if i == 0 else ""
        out += kit.flow(c.name, s.fact_more if i else s.fact, lead=lead, tail=f" <b>{c.grade}</b>")
        out += kit.flow(c.url, s.fact_muted)
        out += kit.flow(c.note, s.fact_more)
    return out


def _citation(kit: Kit, citation: SourceCitation) -> str:
    text = f"{kit.esc(citation.name)} <b>{citation.grade}</b>"
    if citation.url:
        text += f" <font color='{STEEL_HEX}'>{kit.esc(citation.url)}</font>"
    if citation.note:
        text += f" — {kit.esc(citation.note)}"
    return text
