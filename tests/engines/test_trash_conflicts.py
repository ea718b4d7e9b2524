"""Moves to the trash and back over a colleague's save, on both engines (issue 14, item 4):
incidents (several at once: all move or none), sources, places and count reports."""

from __future__ import annotations

from dataclasses import replace

import pytest

from incident_logger.domain.enums import (
    EntityKind,
    HistoryAction,
    PlaceKind,
    Reliability,
    SourceKind,
)
from incident_logger.domain.errors import ConflictError
from incident_logger.domain.models import (
    CountLine,
    CountReportDraft,
    IncidentDraft,
    PlaceDraft,
    SourceDraft,
    SourceLink,
)
from incident_logger.services import incident_edits, record_edits
from incident_logger.services.counts import (
    create_count_report,
    get_count_report,
    set_count_report_deleted,
    update_count_report,
)
from incident_logger.services.history import history_of
from incident_logger.services.incidents import create_incident, get_incident, update_incident
from incident_logger.services.places import (
    create_place,
    get_place,
    set_place_deleted,
    update_place,
)
from incident_logger.services.search import summaries_of
from incident_logger.services.sources import (
    create_source,
    get_source,
    set_source_deleted,
    update_source,
)
from incident_logger.store.engine import Database


def _night(db: Database) -> tuple[int, int, list[int]]:
    """A region, a source and three incidents citing it there."""
    region = create_place(db, PlaceDraft("Брянская область", PlaceKind.REGION)).id
    source = create_source(db, SourceDraft("Governor", SourceKind.OFFICIAL, Reliability.B)).id
    ids = [
        create_incident(
            db,
            IncidentDraft(
                title,
                f"2026-11-0{n}T03:00",
                place_id=region,
                sources=(SourceLink(source),),
            ),
        ).id
        for n, title in enumerate(("Drone debris", "Substation fire", "Rail line hit"), 1)
    ]
    return region, source, ids


def _actions(db: Database, incident_id: int) -> list[HistoryAction]:
    return [e.action for e in history_of(db, entity=EntityKind.INCIDENT, entity_id=incident_id)]


def test_the_list_rows_carry_the_version_the_analyst_sees(any_db: Database) -> None:
    _, _, ids = _night(any_db)
    assert [r.version for r in summaries_of(any_db, ids)] == [1, 1, 1]
    first = get_incident(any_db, ids[0])
    update_incident(any_db, ids[0], replace(first.draft, title="Drone debris, two cars"))
    assert [r.version for r in summaries_of(any_db, ids)] == [2, 1, 1]


def test_several_incidents_move_in_one_step_all_or_none(any_db: Database) -> None:
    region, source, ids = _night(any_db)
    seen = {r.id: r.version for r in summaries_of(any_db, ids)}
    # A colleague saves the last of them (the last to move, were they moved one by one).
    last = get_incident(any_db, ids[-1])
    update_incident(any_db, ids[-1], replace(last.draft, title="Rail line hit twice"))
    with pytest.raises(ConflictError) as caught:
        incident_edits.move(any_db, ids, True, expected_versions=seen)
    assert caught.value.entity_id == ids[-1] and caught.value.by
    for incident_id in ids:  # nothing moved, nothing recorded
        assert get_incident(any_db, incident_id).deleted_at is None
        assert HistoryAction.DELETE not in _actions(any_db, incident_id)
    assert [r.version for r in summaries_of(any_db, ids)] == [1, 1, 2]

    # Having seen the current rows, the analyst moves all three.
    seen = {r.id: r.version for r in summaries_of(any_db, ids)}
    moved = incident_edits.move(any_db, ids, True, expected_versions=seen)
    assert all(get_incident(any_db, i).deleted_at is not None for i in ids)
    assert moved.drafts[ids[-1]].title == "Rail line hit twice"
    assert moved.changes.incidents == frozenset(ids)
    assert moved.changes.places == frozenset({region})
    assert moved.changes.sources == frozenset({source})

    # In the trash: a colleague restores one and trashes it again; a restore with the
    # versions of before is refused as a whole.
    incident_edits.move(any_db, [ids[0]], False)
    incident_edits.move(any_db, [ids[0]], True)
    with pytest.raises(ConflictError) as caught:
        incident_edits.move(any_db, ids, False, expected_versions=seen)
    assert caught.value.entity_id == ids[0] and caught.value.deleted
    assert all(get_incident(any_db, i).deleted_at is not None for i in ids)


def test_an_undo_of_a_move_is_refused_as_a_whole_by_a_colleagues_edit(
    any_db: Database,
) -> None:
    _, _, ids = _night(any_db)
    moved = incident_edits.move(any_db, ids, True)
    # Someone else moves one back and forth (no field changes): the undo still goes ahead.
    incident_edits.move(any_db, [ids[1]], False)
    incident_edits.move(any_db, [ids[1]], True)
    undone = incident_edits.move(any_db, ids, False, reason="undo", expected_drafts=moved.drafts)
    assert all(get_incident(any_db, i).deleted_at is None for i in ids)
    # A colleague edits the middle one; the redo (to the trash again) moves none of them.
    middle = get_incident(any_db, ids[1])
    update_incident(any_db, ids[1], replace(middle.draft, injuries=2))
    with pytest.raises(ConflictError) as caught:
        incident_edits.move(any_db, ids, True, reason="redo", expected_drafts=undone.drafts)
    assert caught.value.entity_id == ids[1]
    assert all(get_incident(any_db, i).deleted_at is None for i in ids)
    assert get_incident(any_db, ids[1]).draft.injuries == 2


def test_sources_places_and_count_reports_are_not_moved_over_a_colleagues_save(
    any_db: Database,
) -> None:
    region = create_place(any_db, PlaceDraft("Курская область", PlaceKind.REGION))
    town = create_place(any_db, PlaceDraft("Рыльск", PlaceKind.CITY, region.id))
    source = create_source(any_db, SourceDraft("Ministry", SourceKind.OFFICIAL, Reliability.A))
    report = create_count_report(
        any_db,
        CountReportDraft(
            source_id=source.id,
            issued_at="2026-11-02T08:00",
            period_start="2026-11-01T20:00",
            period_end="2026-11-02T07:00",
            subject="drones",
            outcome="destroyed",
            stated_total=3,
            lines=(CountLine(region.id, 3),),
        ),
    )
    # Each: a colleague saves after the analyst opened it; the analyst's trash is refused.
    opened = get_count_report(any_db, report.id)
    update_count_report(any_db, report.id, replace(opened.draft, note="Corrected."))
    with pytest.raises(ConflictError):
        record_edits.COUNT_REPORTS.trash(any_db, report.id, True, expected_version=opened.version)
    assert get_count_report(any_db, report.id).deleted_at is None
    current = get_count_report(any_db, report.id).version
    record_edits.COUNT_REPORTS.trash(any_db, report.id, True, expected_version=current)
    # In the trash: a colleague restores it and trashes it again before the restore.
    in_trash = get_count_report(any_db, report.id).version
    set_count_report_deleted(any_db, report.id, False)
    set_count_report_deleted(any_db, report.id, True)
    with pytest.raises(ConflictError) as caught:
        record_edits.COUNT_REPORTS.trash(any_db, report.id, False, expected_version=in_trash)
    assert caught.value.deleted
    assert get_count_report(any_db, report.id).deleted_at is not None

    # The source is cited by the report only (in the trash now), so it may go.
    opened_source = get_source(any_db, source.id)
    update_source(any_db, source.id, replace(opened_source.draft, note="Daily tally"))
    with pytest.raises(ConflictError):
        record_edits.SOURCES.trash(any_db, source.id, True, expected_version=opened_source.version)
    assert get_source(any_db, source.id).deleted_at is None
    current = get_source(any_db, source.id).version
    record_edits.SOURCES.trash(any_db, source.id, True, expected_version=current)
    in_trash = get_source(any_db, source.id).version
    set_source_deleted(any_db, source.id, False)
    set_source_deleted(any_db, source.id, True)
    with pytest.raises(ConflictError):
        record_edits.SOURCES.trash(any_db, source.id, False, expected_version=in_trash)
    assert get_source(any_db, source.id).deleted_at is not None
    restored = get_source(any_db, source.id).version
    record_edits.SOURCES.trash(any_db, source.id, False, expected_version=restored)
    assert get_source(any_db, source.id).deleted_at is None

    opened_town = get_place(any_db, town.id)
    update_place(any_db, town.id, replace(opened_town.draft, name="Рыльск (город)"))
    with pytest.raises(ConflictError):
        record_edits.PLACES.trash(any_db, town.id, True, expected_version=opened_town.version)
    assert get_place(any_db, town.id).deleted_at is None
    current = get_place(any_db, town.id).version
    record_edits.PLACES.trash(any_db, town.id, True, expected_version=current)
    in_trash = get_place(any_db, town.id).version
    set_place_deleted(any_db, town.id, False)
    set_place_deleted(any_db, town.id, True)
    with pytest.raises(ConflictError):
        record_edits.PLACES.trash(any_db, town.id, False, expected_version=in_trash)
    assert get_place(any_db, town.id).deleted_at is not None
    assert get_place(any_db, town.id).draft.name == "Рыльск (город)"
