"""The window plan of a page (services/search_window.py): a search with a word start finds
the same rows, in the same order, page after page, as the full plan, whether the window
finishes the page or hands over to the full plan midway."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incident_logger.demo.generate import generate_demo
from incident_logger.domain.query import parse_query
from incident_logger.services import search_plan as search_module
from incident_logger.services import search_window
from incident_logger.services.search import SORT_COLUMNS, SortKey, search_incidents
from incident_logger.services.search_window import has_prefix_term, window_definition
from incident_logger.store.engine import Database, open_database


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("window") / "window.sqlite3"
    db = open_database(path)
    try:
        generate_demo(db, 500, seed=5)
        with db.raw() as conn:  # some in the Trash: the window holds live incidents only
            conn.execute("UPDATE incident SET deleted_at = '2026-11-20T10:00' WHERE id % 13 = 0")
    finally:
        db.close()
    return path


@pytest.fixture(scope="module")
def demo(demo_path: Path) -> Iterator[Database]:
    db = open_database(demo_path)
    yield db
    db.close()


class Plans:
    """Switches the window on or off and counts how often it filled and handed over."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.fills = 0
        self.handovers = 0
        fill = search_window.fill_window
        handover = search_module.page_query

        def counting_fill(*args: object, **kwargs: object) -> None:
            self.fills += 1
            fill(*args, **kwargs)  # type: ignore[arg-type]

        def counting_handover(*args: object, **kwargs: object) -> object:
            if self.on:
                self.handovers += 1
            return handover(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(search_module, "fill_window", counting_fill)
        monkeypatch.setattr(search_module, "page_query", counting_handover)
        self.on = False
        self.window(False)

    def window(self, on: bool, budget: int = 6) -> None:
        self.on = on
        self.monkeypatch.setattr(search_module, "WINDOW_MIN_INCIDENTS", 0 if on else 10**12)
        self.monkeypatch.setattr(search_module, "WINDOW_BUDGET", budget)


@pytest.fixture
def plans(monkeypatch: pytest.MonkeyPatch) -> Plans:
    return Plans(monkeypatch)


def pages(db: Database, query: str, sort: SortKey, limit: int) -> list[int]:
    """Every matching id, page after page, as the table reads them."""
    out: list[int] = []
    cursor = None
    while True:
        page = search_incidents(db, query, sort=sort, cursor=cursor, limit=limit)
        out += [r.id for r in page.rows]
        if page.next_cursor is None:
            return out
        cursor = page.next_cursor


QUERIES = [
    "d*",
    "pu*",
    "-d*",
    "d* or status:confirmed",
    "d* -drone",
    "d* обломки",  # a plain word: found by its dictionary forms in the window too
    "-беспилотник d*",
    '"air def"*',
    "d* has:damage",
    "(d* or pu*) from:2026-05-01",
    "zz*",
]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("descending", [True, False])
def test_the_window_pages_are_the_full_plans(
    demo: Database, plans: Plans, query: str, descending: bool
) -> None:
    for column in ("when", "title", "region", "deleted", "ref"):
        sort = SortKey(column, descending)
        plans.window(False)
        full = pages(demo, query, sort, 37)
        plans.window(True)
        assert pages(demo, query, sort, 37) == full, (query, column)
    assert plans.fills > 0  # the window really ran


def test_a_sparse_word_start_hands_over_and_still_agrees(demo: Database, plans: Plans) -> None:
    sort = SortKey("when", True)
    plans.window(False)
    full = pages(demo, "pu* status:disputed", sort, 25)
    plans.window(True, budget=0)
    assert pages(demo, "pu* status:disputed", sort, 25) == full
    assert plans.fills > 0 and plans.handovers > 0


def test_words_without_a_start_never_use_the_window(demo: Database, plans: Plans) -> None:
    plans.window(True)
    search_incidents(demo, "drone pump", limit=20)
    search_incidents(demo, "deleted:yes d*", limit=20)  # the window holds live rows only
    assert plans.fills == 0


WINDOW_SETTINGS = settings(
    database=None,
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@WINDOW_SETTINGS
@given(
    start=st.sampled_from(["d", "pu", "a", "s", "dr", "de", "k", "ка", "1"]),
    extra=st.sampled_from(["", "status:confirmed", "-pump", "or injuries:>0", "has:coords"]),
    column=st.sampled_from(sorted(SORT_COLUMNS)),
    descending=st.booleans(),
    limit=st.integers(min_value=1, max_value=90),
    budget=st.sampled_from([0, 2, 6, 1_000]),
)
def test_any_word_start_any_sort_any_page_size(
    demo: Database,
    monkeypatch: pytest.MonkeyPatch,
    start: str,
    extra: str,
    column: str,
    descending: bool,
    limit: int,
    budget: int,
) -> None:
    plans = Plans(monkeypatch)
    query = f"{start}* {extra}".strip()
    sort = SortKey(column, descending)
    full = pages(demo, query, sort, limit)
    plans.window(True, budget)
    assert pages(demo, query, sort, limit) == full


# --- the window's definition ------------------------------------------------------------


def test_the_window_copies_the_index_definition_without_its_storage() -> None:
    sql = (
        "CREATE VIRTUAL TABLE incident_fts USING fts5(\n title, narrative, lemmas UNINDEXED,\n"
        "  tokenize='unicode61 remove_diacritics 2', prefix='2 3', content='incident_doc',"
        " content_rowid='id')"
    )
    assert window_definition(sql) == (
        "title, narrative, lemmas UNINDEXED, tokenize='unicode61 remove_diacritics 2', "
        "prefix='2 3', content=''"
    )
    assert window_definition("CREATE VIRTUAL TABLE f USING fts5(a, content='')") == (
        "a, content=''"
    )
    assert window_definition("CREATE TABLE f(a)") is None


def test_word_starts_are_found_anywhere_in_the_tree() -> None:
    assert has_prefix_term(parse_query("a (b or -c*)"))
    assert not has_prefix_term(parse_query('a "b c" region:d*'))
    assert not has_prefix_term(None)


def test_only_plain_words_need_the_dictionary_forms() -> None:
    from incident_logger.domain.query import parse_query
    from incident_logger.services.search_window import has_word_forms

    for text in ("d*", '"pump station"', "=Брянской", "d* or status:confirmed", '"air def"*'):
        assert not has_word_forms(parse_query(text)), text
    for text in ("pump", "d* обломки", "-drone d*", "d* or (pu* pump)"):
        assert has_word_forms(parse_query(text)), text
