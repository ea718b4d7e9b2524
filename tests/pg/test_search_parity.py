"""The search language gives the same incidents in the same order on both engines.

One demo database (with some incidents in the Trash) is made as a SQLite file and copied to
a team database by ``copy``; then every query below runs on both, and the ids a search
selects (in order), its count and its first pages must be the same. The queries come from
the language's features: words and their other forms, word starts, phrases, exact forms,
synonyms, the other names of places, every field filter, periods, negation, OR, groups and
every sort. Differences accepted between the engines are listed in the README's
team-database section (none today).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_logger.domain.query import parse_query
from incident_logger.services.search import (
    SORT_COLUMNS,
    SortKey,
    count_incidents,
    matching_ids,
    search_incidents,
)
from tests.pg_fixtures import copy_of

WORDS = (
    "drone", "drones", "debris", "пожар", "школы", "school", "railway", "station", "elevator",
    "обломки", "обломков", "беспилотник", "беспилотников", "беспилотника", "губернатора",
    "элеватора", "домов", "жители", "intercepted", "wreckage", "explosions", "windows",
    "Брянской", "областью", "нефтебазы", "вокзала", "sabotage", "shelling", "outskirts",
    "1", "12", "35", "2026", "зенитных", "nobody", "ministry", "Kharkiv", "Тула", "депо",
)  # fmt: skip
PREFIXES = ("dro*", "обл*", "беспил*", "rail*", "sch*", "эвак*", "d*", "п*", "kh*", "intercept*")
PHRASES = (
    '"pump station"', '"fuel depot"', '"обломки беспилотника"', '"grain elevator"',
    '"bus depot"', '"drone attack"', '"сбиты 6"', '"pump st"*', '"нижний новгород"',
    '"ростов на дону"', '"Ростов-на-Дону"', '"новости региона"', '"the region overnight"',
    '"outskirts of"', '"брянская область"',
)  # fmt: skip
EXACT = ("=Брянской", "=обломки", "=беспилотников", "=drones", "=drone", "=Тверь")
SYNONYMS = ("БПЛА", "дрон", "UAV", "ПВО", '"air defence"', "безпілотник", "бпла")
PARTNERS = ("Obninsk", "обнинск", "Bryansk", "Брянск", "Kursk", "Kaluga", "Калуга", "Klintsy")
FIELDS = (
    "region:Брянская", "region:Kharkiv", "place:Тула", "region:Брянской", "region:Nowhere",
    'place:"Нижний Новгород"', "category:fire", "category:debris", "category:nothing",
    "status:confirmed", "status:reported", "status:disputed", "status:closed",
    "source:TASS", "source:ministry", "source:nobody", "tag:night", 'tag:"power outage"',
    "grade:B2", "grade:A1", "reliability:<=B", "reliability:>C", "reliability:A",
    "credibility:<=2", "credibility:6", "credibility:>3", "injuries:>0", "injuries:unknown",
    "injuries:>=5", "injuries:0", "fatalities:>=3", "fatalities:unknown", "fatalities:<2",
    "has:damage", "has:coords", "has:sources", "has:tags", "has:narrative", "has:injuries",
    "has:fatalities", "deleted:yes", "deleted:no", "id:123", "ref:INC-000050", "id:99999",
    "from:2026-11-10", "to:2025-03-01", "from:2026-11-01T06:00 to:2026-11-02T18:30",
    "from:2026-06-01 to:2026-06-30", "from:2027-01-01",
)  # fmt: skip
# Text PostgreSQL's own parser reads differently from SQLite's tokenizer (dates, hyphens,
# addresses, decimals) and a phrase that would run from the title into the narrative.
CRAFTED = {
    10: ("Sirens", "Sirens at 2026-09-01 near pump-station; ops@city.example.com, 1.5 km away."),
    11: ("Strike at the pump", "station roof damaged"),
    12: ("Fragments", "Fragments of a Shahed-136 hit the e-mail server room at 03:15."),
}
PARSER = (
    '"near pump"', "09", '"2026 09 01"', "com", '"1 5"', "136", '"shahed 136"', "e-mail",
    '"server room"', "shahed*", '"at the pump station"', "example", "ops", '"03 15"',
)  # fmt: skip
COMBINED = (
    "drone region:Брянская", "обломки -школы", "drone or пожар", "(drone or пожар) -debris",
    "БПЛА status:confirmed", "беспилотников from:2026-11-01", '"pump station" has:damage',
    "dro* -drones", "-drone", "-drone -пожар status:closed", "not debris category:fire",
    "drone and debris", "debris or category:fire", "(region:Брянская or region:Курская) drone",
    "-(drone or debris) injuries:>0", "обломки беспилотника", "=обломки or =Обломков",
    "school -=school", "Obninsk -region:Обнинск", "tag:night or tag:fire", "БПЛА -дрон",
    "ПВО or UAV", '"air defence" or зенитных', "deleted:yes drone", "deleted:yes -drone",
    "grade:B2 or grade:C1", "source:TASS source:Reuters", "-has:coords -has:tags",
    "rail* or sch*", "Kharkiv -region:Kharkiv", "2026 -drone", "d* p*",
    "fatalities:>=3 -(injuries:unknown)", "has:narrative -has:damage обломки",
    "from:2026-11-01 to:2026-11-05 БПЛА", "элеватора or вокзала or депо",
)  # fmt: skip
QUERIES = (*WORDS, *PREFIXES, *PHRASES, *EXACT, *SYNONYMS, *PARTNERS, *FIELDS, *PARSER, *COMBINED)
SORTED = ("drone", "обломки", "region:Брянская", "", "deleted:yes", "dro*")
SORTS = [SortKey(c, d) for c in SORT_COLUMNS for d in (True, False)]


@pytest.fixture(scope="module")
def engines(
    tmp_path_factory: pytest.TempPathFactory, pg_server: str, pg_template: str
) -> Iterator[tuple[object, object]]:
    from incident_logger.demo import generate
    from incident_logger.services.incidents import set_incident_deleted
    from incident_logger.store import fts
    from incident_logger.store.engine import open_database
    from incident_logger.store.transfer import copy_database_between

    path: Path = tmp_path_factory.mktemp("parity") / "demo.sqlite3"
    lite = open_database(path)
    generate.generate_demo(lite, incidents=1_500, seed=7)
    for incident_id in range(5, 1_500, 97):
        set_incident_deleted(lite, incident_id, True)
    with lite.raw() as conn:
        conn.execute("BEGIN IMMEDIATE")
        for incident_id, (title, narrative) in CRAFTED.items():
            fts.unindex_incident(conn, incident_id)
            conn.execute(
                "UPDATE incident SET title = ?, narrative = ? WHERE id = ?",
                (title, narrative, incident_id),
            )
            fts.index_incident(conn, incident_id)
        conn.execute("COMMIT")
    with copy_of(pg_server, pg_template) as url:
        copy_database_between(path, url)
        team = open_database(url)
        yield lite, team
        team.close()
    lite.close()


def test_there_are_at_least_150_queries() -> None:
    assert len(set(QUERIES)) == len(QUERIES) >= 150
    for text in QUERIES:
        parse_query(text)  # every one is valid


@pytest.mark.parametrize("text", QUERIES)
def test_a_query_selects_the_same_incidents_in_the_same_order(engines, text: str) -> None:
    lite, team = engines
    expected = matching_ids(lite, text)
    assert matching_ids(team, text) == expected
    assert count_incidents(team, text) == count_incidents(lite, text) == len(expected)
    newest = SortKey()
    first = search_incidents(lite, text, sort=newest, limit=50)
    assert search_incidents(team, text, sort=newest, limit=50) == first


def test_the_queries_find_something_and_not_everything(engines) -> None:
    """The list is worth running: most queries select some incidents but not all."""
    lite, _ = engines
    total = count_incidents(lite, "")
    sizes = [count_incidents(lite, text) for text in QUERIES]
    assert sum(0 < n < total for n in sizes) >= 0.8 * len(QUERIES)


@pytest.mark.parametrize(("text", "sort"), list(itertools.product(SORTED, SORTS)))
def test_every_sort_pages_alike(engines, text: str, sort: SortKey) -> None:
    lite, team = engines
    assert matching_ids(team, text, sort=sort) == matching_ids(lite, text, sort=sort)
    cursor_lite = cursor_team = None
    for _ in range(3):  # the first three pages, each after the last one's cursor
        page_lite = search_incidents(lite, text, sort=sort, cursor=cursor_lite, limit=40)
        page_team = search_incidents(team, text, sort=sort, cursor=cursor_team, limit=40)
        assert page_team == page_lite
        cursor_lite, cursor_team = page_lite.next_cursor, page_team.next_cursor
        if cursor_lite is None:
            break


def test_the_trash_restriction_is_the_same(engines) -> None:
    lite, team = engines
    trash = parse_query("deleted:yes")
    for text in ("", "drone", "обломки", "-drone"):
        assert matching_ids(team, text, restriction=trash) == matching_ids(
            lite, text, restriction=trash
        )
