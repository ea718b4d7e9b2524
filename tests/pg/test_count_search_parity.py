"""The counts search gives the same reports in the same order on both engines.

A demo database (its daily count reports) with count reports written the way analysts'
statements read (Russian, Ukrainian and English notes; hyphenated names, dates, decimals,
e-mail addresses and links, й/ё/ї, quotes, apostrophes, numbers) is made as a SQLite file
and copied to a team database by ``copy``. Every query below runs on both: the reports the
Counts page lists (newest first, in and out of the Trash), the ids a briefing takes (oldest
first) and the totals per region must be the same. No difference is accepted: both engines
split a document where SQLite's tokenizer splits it and fold the same letters
(``store/count_fts.py``, revision 0013).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_logger.domain.models import CountLine, CountReportDraft
from incident_logger.services.counts import (
    count_report_ids,
    list_count_reports,
    totals_by_region,
)
from tests.pg_fixtures import copy_of

# (issued, subject, outcome, total, note, [(region name, count, line note)])
CRAFTED = (
    ("2026-09-14T08:00", "БПЛА", "сбиты", 14,
     "Сбиты над Белгородской областью; обломки упали в Шебекино.",
     [("Белгородская область", 9, "пожар на окраине"), ("Курская область", 5, "")]),
    ("2026-09-14T09:30", "drones", "intercepted", 7,
     "По данным на 08:00 14.09.2026 пострадавших нет.",
     [("Брянская область", 7, "2 раненых")]),
    ("2026-09-15T06:00", "ракеты", "уничтожены", 3,
     "Ростов-на-Дону: повреждены 2 дома, ёлка у школы.",
     [("Ростовская область", 3, "обломки БПЛА у вокзала")]),
    ("2026-09-15T07:15", "drones", "shot down", 21,
     "Intercepted 12.5 km north of the pump-station; debris on the M-4 road.",
     [("Московская область", 12, "Домодедово"), ("Тульская область", 9, "near Aleksin")]),
    ("2026-09-16T05:00", "БПЛА", "сбиты", 4,
     "Йошкар-Ола: йод и ёмкость на складе, «Кам'янське» — двоє поранених…",
     [("Орловская область", 4, "Орёл, аэропорт")]),
    ("2026-09-16T10:00", "дрони", "збито", 11,
     "Збито над Київщиною та Чернігівщиною; уламки впали в Броварах. Ніжин без світла.",
     [("Kyiv Oblast", 6, "уламки"), ("Chernihiv Oblast", 5, "пошкоджено лінію")]),
    ("2026-09-17T04:45", "drones", "intercepted", 2,
     "Press office: press@mod.gov.ru, see https://t.me/gubernator/1234 for the video.",
     [("Калужская область", 2, "Обнинск")]),
    ("2026-09-17T11:20", "missiles", "hit", 1,
     "No. 5 №5 hit a substation; the school's windows were broken (3rd time).",
     [("Kharkiv Oblast", 1, "Kharkiv, Saltivka")]),
    ("2026-09-18T03:10", "drones", "intercepted", 30,
     "Ministry says 30+ over the regions; Bryansk and Kursk take most.",
     [("Брянская область", 18, "Клинцы, Новозыбков"), ("Курская область", 12, "")]),
    ("2026-09-18T09:00", "артобстріл", "поранені", 3,
     "Херсонщина: обстріл, 3 поранені, пошкоджено будинки і школу.",
     [("Kyiv Oblast", 3, ""), ("Sumy Oblast", 0, "Суми: тихо")]),
)
DELETED = 2  # the second crafted report goes to the Trash

QUERIES = (
    # words: in a note, a subject, an outcome, a source's name, a line's region or note
    "обломки", "Обломки", "пожар", "школы", "школу", "Шебекино", "drones", "intercepted",
    "сбиты", "ministry", "governor", "Брянская", "Bryansk", "Kaluga", "Обнинск", "ёлка",
    "елка", "ЁЛКА", "йод", "Йошкар", "Ола", "уламки", "Київщиною", "Ніжин", "поранені",
    "debris", "substation", "windows", "school", "aleksin", "Домодедово", "аэропорт",
    "Saltivka", "Kharkiv", "Харківська", "Кам", "янське", "двоє", "вокзала", "Броварах",
    "various", "regions", "rest", "shot", "down", "hit", "missiles", "ракеты", "артобстріл",
    "press", "office", "video", "light", "north", "km", "road", "30", "2", "3rd", "1234",
    "дома", "Ростов", "Дону", "на", "pump", "station", "M", "Kyiv", "Oblast", "oblast",
    "Київська", "Чернігівська", "Сумська", "Суми", "тихо", "Podmoskovye", "Orel", "Орел",
    "Орёл", "Oryol", "Белгородской", "Белгородская", "Rostov", "Ростовская", "11", "14",
    "08", "00", "2026", "5", "12", "press@mod.gov.ru", "gov", "mod", "ru", "https", "t.me",
    "gubernator", "№5", "No", "5 hit", "M-4", "30+", "Клинцы", "Новозыбков", "Kozelsk",
    "Вознесенськ", "Ізмаїл", "изманл", "Збито", "иод", "Иошкар-Ола", "Киівщиною", "ЙОД",
    '"regions ministry"', '"oblast 2"', '"2 обнинск"', '"сбиты сбиты"', '"report бпла"',
    # word starts and phrases
    "обл*", "Обнин*", "school*", "Кие*", "київ*", "drone*", "пош*", "ро*", "z*",
    '"pump station"', '"pump-station"', '"over the regions"', '"shot down"',
    '"Ростов-на-Дону"', '"Ростов на"', '"over various regions"', '"пожар на окраине"',
    '"двоє поранених"', '"Йошкар-Ола"', '"2 раненых"', '"north of"', '"12 5"',
    # negation, OR, groups
    "drones -intercepted", "обломки or уламки", "школы OR школу or school",
    "(drones or БПЛА) -shot", "-drones", "intercepted -Bryansk -Kursk", "пожар обломки",
    "Ростов Дону", "not Kaluga",
    # filters, alone and with words
    "source:ministry", "source:governor", 'source:"Ministry of Defence daily report"',
    "source:nobody", "region:Брянская", "region:Kursk", "region:Обнинск", "region:Украина",
    "region:Nowhere", "region:Київська", "from:2026-09-16", "to:2026-09-15",
    "from:2026-09-15T07:00 to:2026-09-17", "reliability:A", "reliability:<=B",
    "reliability:>B", "region:Брянская drones", "source:ministry -various",
    "region:Курская or region:Белгородская", "from:2026-09-14 обломки or уламки",
    "reliability:B школы", "region:Kharkiv school*", "region:Бровари", "region:Kyiv уламки",
    "region:Ukraine", "source:TASS", "source:Reuters drones", "reliability:<=C -drones",
)


@pytest.fixture(scope="module")
def engines(
    tmp_path_factory: pytest.TempPathFactory, pg_server: str, pg_template: str
) -> Iterator[tuple[object, object]]:
    from incident_logger.demo import generate
    from incident_logger.services.counts import create_count_report, set_count_report_deleted
    from incident_logger.store.engine import open_database
    from incident_logger.store.transfer import copy_database_between

    path: Path = tmp_path_factory.mktemp("count-parity") / "demo.sqlite3"
    lite = open_database(path)
    generate.generate_demo(lite, incidents=30, seed=5)
    with lite.read_sql() as sql:
        regions = dict(sql.execute("SELECT name, id FROM place").fetchall())
        sources = [r[0] for r in sql.execute("SELECT id FROM source ORDER BY id")]
    made = []
    for n, (issued, subject, outcome, total, note, lines) in enumerate(CRAFTED):
        draft = CountReportDraft(
            sources[n % len(sources)], issued, issued[:11] + "00:00", issued, subject, outcome,
            total, note, tuple(CountLine(regions[r], c, ln) for r, c, ln in lines),
        )  # fmt: skip
        made.append(create_count_report(lite, draft).id)
    set_count_report_deleted(lite, made[DELETED - 1], True)
    with copy_of(pg_server, pg_template) as url:
        copy_database_between(path, url)
        team = open_database(url)
        yield lite, team
        team.close()
    lite.close()


def listed(db: object, query: str, deleted: bool = False) -> list[int]:
    return [s.report.id for s in list_count_reports(db, query=query, deleted=deleted)]  # type: ignore[arg-type]


def test_there_are_at_least_150_queries() -> None:
    assert len(set(QUERIES)) == len(QUERIES) >= 150


@pytest.mark.parametrize("text", QUERIES)
def test_a_query_selects_the_same_reports_in_the_same_order(engines, text: str) -> None:
    lite, team = engines
    assert listed(team, text) == listed(lite, text)
    assert listed(team, text, deleted=True) == listed(lite, text, deleted=True)
    with lite.read_sql() as a, team.read_sql() as b:
        assert count_report_ids(b, text) == count_report_ids(a, text)


def test_the_queries_find_something_and_not_everything(engines) -> None:
    lite, _ = engines
    every = len(listed(lite, ""))
    sizes = {text: len(listed(lite, text)) for text in QUERIES}
    assert sum(1 for n in sizes.values() if 0 < n < every) >= 0.7 * len(QUERIES), sizes


@pytest.mark.parametrize("text", ["", "drones", "region:Брянская", "обломки or уламки"])
def test_totals_per_region_are_the_same(engines, text: str) -> None:
    lite, team = engines
    period = {"start": "2026-01-01", "end": "2026-12-31", "query": text}
    assert totals_by_region(team, **period) == totals_by_region(lite, **period)


def test_words_are_looked_up_in_the_gin_indexes(engines) -> None:
    from incident_logger.services.counts_query import parse_count_query
    from incident_logger.store.repositories import count_search

    _, team = engines
    with team.read_sql() as sql:
        # The demo is small: scans are cheaper than any index, so only the index plans are
        # left to the planner, to show that the conditions can use the GIN indexes.
        sql.execute("SET LOCAL enable_seqscan = off")
        sql.execute("SET LOCAL enable_indexscan = off")
        found = count_search.condition(sql, parse_count_query("обломки -drones"))
        plan = "\n".join(
            row[0]
            for row in sql.execute(
                f"EXPLAIN SELECT r.id FROM count_report r WHERE {found.sql}", found.params
            )
        )
    assert "ix_count_report_fts" in plan and "ix_count_line_fts" in plan, plan


def test_the_revision_folds_the_letters_sqlite_folds() -> None:
    from incident_logger.store.alembic.versions import v0013_count_documents as revision
    from incident_logger.store.count_fts import FOLDED_LETTERS

    assert list(zip(revision.FOLDED_FROM, revision.FOLDED_TO, strict=True)) == list(
        FOLDED_LETTERS
    )
