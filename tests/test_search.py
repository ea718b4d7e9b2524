"""The search language against a real database: every filter, scripts, errors, paging."""

from dataclasses import replace

import pytest

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.models import IncidentDraft, PlaceDraft, SourceLink
from incident_logger.services.incidents import create_incident, get_incident, update_incident
from incident_logger.services.places import create_place, get_place, update_place
from incident_logger.services.query_sql import FTS_CONDITION, PROBE_CONDITION
from incident_logger.services.search import (
    QuerySyntaxError,
    SortKey,
    count_incidents,
    matching_ids,
    search_incidents,
)
from incident_logger.store.engine import Database
from tests.conftest import Night


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def ids(db: Database, query: str) -> set[int]:
    found = {r.id for r in search_incidents(db, query).rows}
    assert count_incidents(db, query) == len(found)
    return found


@pytest.fixture
def extra(db: Database, night: Night) -> int:
    """A third incident: Latin script, coordinates, injuries, a C-graded source."""
    from incident_logger.domain.enums import Reliability, SourceKind
    from incident_logger.domain.models import SourceDraft
    from incident_logger.services.sources import create_source

    agency = create_source(db, SourceDraft("Interfax", SourceKind.AGENCY, Reliability.C)).id
    return create_incident(
        db,
        IncidentDraft(
            title="Explosion at a café in Obninsk",
            start_at="2026-09-20 14:05",
            place_id=night.obninsk,
            category="explosion",
            latitude=55.1,
            longitude=36.6,
            injuries=4,
            fatalities=1,
            status="confirmed",
            tags=("Café",),  # type: ignore[arg-type]
            narrative="Witnesses heard a blast; ÉMERGENCY crews <b>arrived</b> & cordoned the street.",
            sources=(SourceLink(agency, 1), SourceLink(night.ministry, 3)),
        ),
    ).id


def test_free_text_words_phrases_prefix_or_not(db: Database, night: Night, extra: int) -> None:
    d, f = night.debris_incident, night.fire_incident
    assert ids(db, "debris") == {d}
    assert ids(db, "parked cars") == {d}
    assert ids(db, '"parked cars"') == {d}
    assert ids(db, '"cars parked"') == set()
    assert ids(db, "interc*") == {d}  # narrative: "intercepted"
    assert ids(db, "pump or explosion") == {f, extra}
    assert ids(db, "-pump") == {d, extra}
    assert ids(db, "station -pump") == set()
    assert ids(db, "not debris not pump") == {extra}
    assert ids(db, "(pump or debris) -cars") == {f}


def test_text_reaches_damage_sources_places_and_aliases(
    db: Database, night: Night, extra: int
) -> None:
    assert ids(db, "vehicle") == {night.debris_incident}  # damage note kind
    assert ids(db, "governor") == {night.debris_incident}  # source name
    assert ids(db, '"kaluga oblast"') == {night.debris_incident, extra}  # a parent's alias
    assert ids(db, "oblast") == {night.debris_incident, night.fire_incident, extra}
    assert ids(db, "russia") == {night.debris_incident, night.fire_incident, extra}


def test_case_and_accent_insensitive_in_every_script(
    db: Database, night: Night, extra: int
) -> None:
    assert ids(db, "калуга") == {night.debris_incident}
    assert ids(db, "КАЛУГА") == {night.debris_incident}
    assert ids(db, "cafe") == {extra}
    assert ids(db, "CAFÉ") == {extra}
    assert ids(db, "emergency") == {night.debris_incident, extra}
    assert ids(db, "region:калужская") == {night.debris_incident, extra}
    assert ids(db, 'region:"КАЛУЖСКАЯ ОБЛАСТЬ"') == {night.debris_incident, extra}
    assert ids(db, "tag:café") == {extra} == ids(db, "tag:CAFE")


def test_yo_and_ye_match(db: Database, night: Night) -> None:
    oryol = create_place(db, PlaceDraft("Орёл", PlaceKind.CITY, night.russia)).id
    incident = create_incident(db, IncidentDraft("Ёлка упала", "2026-09-01", place_id=oryol)).id
    assert ids(db, "орел") == {incident} == ids(db, "елка")
    assert ids(db, "region:орел") == {incident}


def test_region_filter_includes_places_inside(db: Database, night: Night, extra: int) -> None:
    assert ids(db, "region:Kaluga") == {night.debris_incident}  # the city, by alias
    assert ids(db, "region:russia") == {night.debris_incident, night.fire_incident, extra}
    assert ids(db, "place:Обнинск") == {extra}
    page = search_incidents(db, "region:Atlantis")
    assert page.rows == [] and [str(n) for n in page.notes] == ["No place is named 'Atlantis'."]


def test_field_filters(db: Database, night: Night, extra: int) -> None:
    d, f = night.debris_incident, night.fire_incident
    assert ids(db, "category:fire") == {f}
    assert ids(db, "category:debris") == {d}
    assert ids(db, "status:confirmed") == {extra}
    assert ids(db, "source:ministry") == {f, extra}
    assert ids(db, "tag:night") == {d}
    assert ids(db, "grade:B2") == {d}
    assert ids(db, "grade:C1") == {extra}
    assert ids(db, "reliability:<=B") == {d, f, extra}
    assert ids(db, "reliability:C") == {extra}
    assert ids(db, "reliability:>B") == {extra}
    assert ids(db, "credibility:<=2") == {d, extra}
    assert ids(db, "credibility:>=3") == {f, extra}
    assert ids(db, "from:2026-09-12") == {d, extra}
    assert ids(db, "to:2026-09-11") == {f}
    assert ids(db, "from:2026-09-10 to:2026-09-10") == {f}
    assert ids(db, "from:2026-09-12T05:00") == {d, extra}  # the overnight window reaches 06:00
    assert ids(db, "injuries:>0") == {extra}
    assert ids(db, "injuries:0") == {d}
    assert ids(db, "injuries:unknown") == {f}
    assert ids(db, "fatalities:>=1") == {extra}
    assert ids(db, "has:damage") == {d, f}
    assert ids(db, "has:coords") == {extra}
    assert ids(db, "has:injuries") == {extra}
    assert ids(db, "-has:damage") == {extra}
    assert ids(db, f"id:{f}") == {f}
    assert ids(db, f"ref:INC-{f:06d}") == {f}
    assert ids(db, "region:калуга or category:fire") == {d, f}


def test_html_like_text_is_plain_text(db: Database, night: Night, extra: int) -> None:
    assert ids(db, "arrived") == {extra}
    assert ids(db, '"<b>arrived</b>"') == {extra}


def test_edits_keep_the_index_in_step(db: Database, night: Night) -> None:
    incident = get_incident(db, night.fire_incident)
    update_incident(db, incident.id, replace(incident.draft, title="Substation blaze"))
    assert ids(db, "substation") == {night.fire_incident}
    assert ids(db, "pump") == {night.fire_incident}  # still in the damage note
    region = get_place(db, night.kursk_region)
    update_place(db, night.kursk_region, replace(region.draft, aliases=("Kursk", "Курщина")))
    assert ids(db, "курщина") == {night.fire_incident}


@pytest.mark.parametrize(
    ("query", "position", "fragment"),
    [
        ('"pump station', 0, "Unclosed quote"),
        ("(fire or debris", 0, "Unclosed parenthesis"),
        ("fire or", 5, ""),
        ("colour:red", 0, "Unknown field 'colour'"),
        ("from:2026-02-30", 5, "not a real date"),
        ("grade:Z9", 6, "Bad value"),
        ("region:", 7, "Empty value"),
    ],
)
def test_malformed_queries_name_the_position(
    db: Database, query: str, position: int, fragment: str
) -> None:
    with pytest.raises(QuerySyntaxError) as exc:
        search_incidents(db, query)
    assert exc.value.position == position
    assert fragment in str(exc.value)
    assert f"at position {position}" in str(exc.value)


def test_sorting_and_keyset_paging(db: Database, night: Night) -> None:
    made = [
        create_incident(
            db,
            IncidentDraft(
                f"Event {i:02d}",
                f"2026-08-{1 + i % 28:02d}",
                injuries=None if i % 3 == 0 else i % 5,
            ),
        ).id
        for i in range(45)
    ]
    everything = set(made) | {night.debris_incident, night.fire_incident}
    for column in (
        "when",
        "ref",
        "title",
        "injuries",
        "region",
        "category",
        "grade",
        "damage",
        "status",
    ):
        for descending in (True, False):
            sort = SortKey(column, descending)
            seen: list[int] = []
            page = search_incidents(db, "", sort=sort, limit=10)
            while True:
                seen.extend(r.id for r in page.rows)
                if page.next_cursor is None:
                    break
                page = search_incidents(db, "", sort=sort, cursor=page.next_cursor, limit=10)
            assert len(seen) == len(everything) and set(seen) == everything, column
            assert seen == matching_ids(db, "", sort=sort), column
    newest = search_incidents(db, "", limit=3).rows
    assert [r.start_at for r in newest] == sorted((r.start_at for r in newest), reverse=True)
    with pytest.raises(ValueError, match="Cannot sort by 'colour'"):
        search_incidents(db, "", sort=SortKey("colour"))


def test_summary_rows_show_what_the_table_needs(db: Database, night: Night) -> None:
    row = search_incidents(db, "debris").rows[0]
    assert (row.ref, row.region, row.place, row.category) == (
        f"INC-{night.debris_incident:06d}",
        "Калужская область",
        "Калуга",
        "debris impact",
    )
    assert (row.injuries, row.fatalities, row.damage_summary, row.grade) == (
        0,
        0,
        "3 vehicle",
        "B2",
    )
    fire = search_incidents(db, "pump").rows[0]
    assert fire.injuries is None and fire.region == "Курская область"


@pytest.mark.sqlite_only("the SQLite search planner's walk and probe")
@pytest.mark.parametrize("mode", ["walk", "probe"])
def test_walking_the_date_index_gives_the_same_pages(
    db: Database, night: Night, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    from incident_logger.services import search, search_plan

    for i in range(30):
        create_incident(db, IncidentDraft(f"Pump failure {i}", f"2026-07-{1 + i % 28:02d}"))
    queries = ["pump", "pump -failure", "pump region:russia", "pump or debris"]
    expected = {q: [r.id for r in search_incidents(db, q, limit=7).rows] for q in queries}
    monkeypatch.setattr(search_plan, "MIN_MATCHES_TO_WALK", 0)
    # the threshold: sqrt(PAGE_SIZE * incidents / 8)
    monkeypatch.setattr(search_plan, "PAGE_SIZE", 1)
    monkeypatch.setattr(search_plan, "_WALK_CHOICES", {})
    # PROBE (each row asks the index) once a word is common enough: here always, or never.
    monkeypatch.setattr(search_plan, "PROBE_COST", 0 if mode == "probe" else 10**9)
    with db.raw() as conn:
        compiled = search.compile_query(conn, "pump")
        sql, _ = search_plan.page_query(conn, compiled, SortKey(), None, 7)
    assert (PROBE_CONDITION in sql) == (mode == "probe"), sql
    assert ("+" + FTS_CONDITION in sql) == (mode == "walk"), sql
    for q in queries:
        for sort in (SortKey("when"), SortKey("ref", False)):
            seen, page = [], search_incidents(db, q, sort=sort, limit=7)
            while True:
                seen.extend(r.id for r in page.rows)
                if page.next_cursor is None:
                    break
                page = search_incidents(db, q, sort=sort, cursor=page.next_cursor, limit=7)
            assert seen == matching_ids(db, q, sort=sort)
        assert [r.id for r in search_incidents(db, q, limit=7).rows] == expected[q]


def test_a_full_source_name_means_that_source_only(db: Database, night: Night) -> None:
    from incident_logger.domain.models import SourceDraft
    from incident_logger.services.sources import create_source

    other = create_source(db, SourceDraft("Ministry of Defence of Belarus")).id
    made = create_incident(
        db, IncidentDraft("Border report", "2026-09-13", sources=(SourceLink(other, 3),))
    ).id
    assert ids(db, 'source:"Ministry of Defence"') == {night.fire_incident}
    assert ids(db, "source:ministry") == {night.fire_incident, made}


@pytest.mark.sqlite_only("the SQLite search planner's choice of index")
def test_a_word_common_only_long_ago_is_not_tested_row_by_row(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incident_logger.services import search, search_plan

    for i in range(20):
        create_incident(db, IncidentDraft(f"Report of a flood {i}", f"2026-07-{1 + i:02d}"))
    for i in range(20):
        create_incident(db, IncidentDraft(f"Report of a storm {i}", f"2026-08-{1 + i:02d}"))
    monkeypatch.setattr(search_plan, "MIN_MATCHES_TO_WALK", 0)
    monkeypatch.setattr(search_plan, "PAGE_SIZE", 1)
    monkeypatch.setattr(search_plan, "PROBE_COST", 1)
    monkeypatch.setattr(search_plan, "_WALK_CHOICES", {})
    with db.raw() as conn:
        chosen = {
            word: search_plan._walk_sort_index(conn, search.compile_query(conn, word))
            for word in ("report", "flood")
        }
    assert chosen == {"report": search_plan.PROBE, "flood": search_plan.WALK}
    assert [r.title for r in search_incidents(db, "flood", limit=3).rows] == [
        "Report of a flood 19",
        "Report of a flood 18",
        "Report of a flood 17",
    ]
