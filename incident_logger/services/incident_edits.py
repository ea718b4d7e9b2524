"""The incident writes the app makes, each returning what it changed (``domain.changes``).

They wrap ``services.incidents`` (which keeps its signatures for the command line, import and
tests) and add the ``Changes`` the UI's change hub announces: the incident itself, and the
places and sources whose lists of incidents it joins or leaves. They run on the task runner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from incident_logger.domain.changes import Changes
from incident_logger.domain.models import Incident, IncidentDraft
from incident_logger.services.duplicates import find_likely_duplicates
from incident_logger.services.incidents import (
    create_incident,
    get_incident,
    set_incidents_deleted,
    update_incident,
)
from incident_logger.services.search import IncidentSummary
from incident_logger.store.engine import Database


@dataclass(frozen=True, slots=True)
class Saved:
    incident: Incident
    before: IncidentDraft | None  # None for a new incident
    changes: Changes


@dataclass(frozen=True, slots=True)
class LooksLikeDuplicate:
    """A new incident was not saved: it may be one of ``candidates`` (the user chooses)."""

    candidates: list[IncidentSummary]


def _touched(*drafts: IncidentDraft | None) -> tuple[frozenset[int], frozenset[int]]:
    places = {d.place_id for d in drafts if d is not None and d.place_id is not None}
    sources = {link.source_id for d in drafts if d is not None for link in d.sources}
    return frozenset(places), frozenset(sources)


def _saved(incident: Incident, before: IncidentDraft | None) -> Saved:
    places, sources = _touched(before, incident.draft)
    return Saved(incident, before, Changes(frozenset({incident.id}), frozenset(), places, sources))


def create(
    db: Database, draft: IncidentDraft, *, check_duplicates: bool = True
) -> Saved | LooksLikeDuplicate:
    """Save a new incident, unless it looks like a recorded one (then nothing is written)."""
    if check_duplicates:
        candidates = find_likely_duplicates(db, draft, limit=5)
        if candidates:
            return LooksLikeDuplicate(candidates)
    return _saved(create_incident(db, draft), None)


def update(
    db: Database,
    incident_id: int,
    draft: IncidentDraft,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> Saved:
    """Save a changed incident; ``ConflictError`` when someone saved it after
    ``expected_version`` (the version the analyst opened; None: no check)."""
    before = get_incident(db, incident_id).draft
    after = update_incident(
        db, incident_id, draft, reason=reason, expected_version=expected_version
    )
    return _saved(after, before)


@dataclass(frozen=True, slots=True)
class Moved:
    """Incidents moved to the Trash or out of it: what changed, and each one's fields after
    the move (what an undo of it expects to find)."""

    changes: Changes
    drafts: dict[int, IncidentDraft]


def move(
    db: Database,
    incident_ids: Sequence[int],
    deleted: bool,
    reason: str = "",
    *,
    expected_versions: Mapping[int, int] | None = None,
    expected_drafts: Mapping[int, IncidentDraft] | None = None,
) -> Moved:
    """Move incidents to the Trash (``deleted``) or restore them, in one transaction: all or
    none. ``expected_versions`` holds the version the analyst saw of some of them (the list's
    rows, the editor's incident), ``expected_drafts`` the fields an undo step left them with:
    one saved by someone else since raises ``ConflictError`` and none moves."""
    drafts = set_incidents_deleted(
        db,
        incident_ids,
        deleted,
        reason,
        expected_versions=expected_versions,
        expected_drafts=expected_drafts,
    )
    changes = Changes(incidents=frozenset(incident_ids))
    for draft in drafts.values():
        places, sources = _touched(draft)
        changes = changes | Changes(places=places, sources=sources)
    return Moved(changes, drafts)


def set_deleted(
    db: Database,
    incident_ids: Sequence[int],
    deleted: bool,
    reason: str = "",
    *,
    expected_versions: Mapping[int, int] | None = None,
) -> Changes:
    """:func:`move`, telling only what changed."""
    return move(db, incident_ids, deleted, reason, expected_versions=expected_versions).changes
