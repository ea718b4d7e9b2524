"""Places, sources and count reports through their services, on both engines."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from incident_logger.domain.enums import PlaceKind, Reliability, SourceKind
from incident_logger.domain.errors import ValidationError
from incident_logger.domain.models import (
    CountLine,
    CountReportDraft,
    IncidentDraft,
    PlaceDraft,
    SourceDraft,
    SourceLink,
)
from incident_logger.services.citations import incidents_citing_source, incidents_in_place
from incident_logger.services.counts import (
    create_count_report,
    get_count_report,
    list_count_reports,
    set_count_report_deleted,
    totals_by_region,
    update_count_report,
)
from incident_logger.services.duplicates import find_likely_duplicates
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.incidents import create_incident
from incident_logger.services.places import (
    complete_places,
    create_place,
    get_place,
    list_places,
    set_place_deleted,
    update_place,
)
from incident_logger.services.sources import (
    create_source,
    get_source,
    list_sources,
    set_source_deleted,
    update_source,
)
from incident_logger.store import fts
from incident_logger.store.engine import Database


def _places(db: Database) -> tuple[int, int]:
    region = create_place(
        db, PlaceDraft("Калужская область", PlaceKind.REGION, aliases=("Kaluga Oblast",))
    ).id
    town = create_place(db, PlaceDraft("Обнинск", PlaceKind.CITY, region, aliases=("Obninsk",)))
    return region, town.id


def test_places_create_rename_complete_and_trash(any_db: Database) -> None:
    region, town = _places(any_db)
    create_incident(any_db, IncidentDraft("Drone debris", "2026-09-12T00:00", place_id=town))
    assert [p.path for p in list_places(any_db)] == [
        "Калужская область",
        "Калужская область › Обнинск",
    ]
    assert [p.id for p in complete_places(any_db, "obn")] == [town]
    assert [p.id for p in complete_places(any_db, "Калужской")] == [region]
    with pytest.raises(ValidationError):
        set_place_deleted(any_db, region, True)  # a town is inside it

    renamed = update_place(any_db, region, replace(get_place(any_db, region).draft, name="Калуга"))
    assert renamed.draft.name == "Калуга"
    with any_db.read_sql() as sql:  # the incident's document names the new region
        assert fts.place_names(sql, town).startswith("Обнинск Obninsk Калуга")


def test_incidents_of_a_place_or_source_and_duplicates(any_db: Database) -> None:
    region, town = _places(any_db)
    source = create_source(any_db, SourceDraft("Governor", SourceKind.OFFICIAL, Reliability.B))
    draft = IncidentDraft("Drone debris near a pond", "2026-09-12T00:00", place_id=town)
    incident = create_incident(any_db, replace(draft, sources=(SourceLink(source.id, 2),)))
    found = incidents_in_place(any_db, region)
    assert (found.total, [r.id for r in found.rows]) == (1, [incident.id])
    cited = incidents_citing_source(any_db, source.id)
    assert (cited.total, cited.grades) == (1, {incident.id: "B2"})
    again = IncidentDraft("Debris of a drone near the pond", "2026-09-12T02:00", place_id=region)
    assert [d.id for d in find_likely_duplicates(any_db, again)] == [incident.id]


def test_sources_rename_regrade_and_trash(any_db: Database) -> None:
    _, town = _places(any_db)
    source = create_source(any_db, SourceDraft("Governor", SourceKind.OFFICIAL, Reliability.B))
    made = create_incident(
        any_db,
        IncidentDraft(
            "Fire", "2026-09-12T00:00", place_id=town, sources=(SourceLink(source.id, 3),)
        ),
    )
    update_source(any_db, source.id, replace(source.draft, name="Anton", reliability="A"))  # type: ignore[arg-type]
    assert get_source(any_db, source.id).draft.name == "Anton"
    with any_db.read_sql() as sql:
        assert sql.scalar("SELECT best_grade FROM incident WHERE id = ?", (made.id,)) == "A3"
    with pytest.raises(ValidationError):
        set_source_deleted(any_db, source.id, True)
    spare = create_source(any_db, SourceDraft("Ministry", SourceKind.MINISTRY))
    set_source_deleted(any_db, spare.id, True)
    assert [s.draft.name for s in list_sources(any_db, deleted=True)] == ["Ministry"]


def test_count_reports_create_edit_list_and_total(any_db: Database) -> None:
    region, town = _places(any_db)
    ministry = create_source(any_db, SourceDraft("Ministry", SourceKind.MINISTRY)).id
    draft = CountReportDraft(
        ministry,
        "2026-09-12T09:00",
        "2026-09-11T20:00",
        "2026-09-12T07:00",
        "drones",
        "intercepted",
        30,
        "the rest over other regions",
        (CountLine(region, 12), CountLine(town, 3, "near the town", approximate=True)),
        total_approximate=True,
    )
    report = create_count_report(any_db, draft)
    assert get_count_report(any_db, report.id).draft == report.draft
    assert report.draft.lines[1].approximate and report.draft.total_approximate
    edited = update_count_report(
        any_db, report.id, replace(report.draft, stated_total=31, lines=report.draft.lines[:1])
    )
    assert edited.draft.stated_total == 31 and len(edited.draft.lines) == 1
    listed = list_count_reports(any_db, start="2026-09-12", end="2026-09-12")
    assert [(s.report.id, s.source_name) for s in listed] == [(report.id, "Ministry")]
    assert [line.count for line in listed[0].report.draft.lines] == [12]
    totals = totals_by_region(any_db, start="2026-09-12", end="2026-09-12", subject="drones")
    assert [(t.place_name, t.total, t.reports) for t in totals] == [("Калужская область", 12, 1)]
    set_count_report_deleted(any_db, report.id, True)
    assert list_count_reports(any_db, start="2026-09-12", end="2026-09-12") == []
    assert len(list_count_reports(any_db, deleted=True)) == 1


def test_a_whole_json_export(any_db: Database, tmp_path: Path) -> None:
    region, town = _places(any_db)
    ministry = create_source(any_db, SourceDraft("Ministry", SourceKind.MINISTRY)).id
    create_incident(
        any_db,
        IncidentDraft(
            "Fire", "2026-09-12T00:00", place_id=town, sources=(SourceLink(ministry, 2),)
        ),
    )
    create_count_report(
        any_db,
        CountReportDraft(
            ministry, "2026-09-12T09:00", "2026-09-11T20:00", "2026-09-12T07:00",
            "drones", "intercepted", 5, "", (CountLine(region, 5),),
        ),
    )  # fmt: skip
    report = export_file(any_db, tmp_path / "all.json", fmt="json", with_history=True)
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert report.incidents == 1
    assert [i["title"] for i in document["incidents"]] == ["Fire"]
    assert len(document["count_reports"]) == 1 and len(document["places"]) == 2
    assert len(document["history"]) == 5  # two places, a source, an incident and a report
