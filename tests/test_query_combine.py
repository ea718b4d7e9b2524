"""Queries combined as trees (and_, with_period, split_period, restrictions), never as text:
each combination selects what the equivalent typed text selects."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from incident_logger.demo.generate import generate_demo
from incident_logger.domain.query import (
    And,
    FieldFilter,
    Node,
    Not,
    Or,
    QuerySyntaxError,
    Term,
    and_,
    as_query,
    parse_query,
    split_period,
    with_period,
)
from incident_logger.services.search import (
    count_incidents,
    matching_ids,
    search_incidents,
)
from incident_logger.store.engine import Database, open_database


@pytest.fixture
def db(any_db: Database) -> Database:
    """Each engine in turn: SQLite, then PostgreSQL (``any_db``, tests/pg_fixtures.py)."""
    return any_db


def unplaced(node: Node | None) -> Node | None:
    """The tree with every position set to 0 (positions say where a part stood in its text)."""
    if node is None:
        return None
    if isinstance(node, Term | FieldFilter):
        return replace(node, position=0)
    if isinstance(node, Not):
        return Not(unplaced(node.child))  # type: ignore[arg-type]
    return type(node)(tuple(unplaced(c) for c in node.children))  # type: ignore[misc]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo's records in a file, then (the second run) on a team database."""
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("combine") / "combine.sqlite3")
    else:
        target = request.getfixturevalue("pg_module_url")
    db = open_database(target)
    try:
        generate_demo(db, 400, seed=11)
        with db.write_sql() as sql:  # a few in the Trash, so that deleted: selects something
            sql.execute("UPDATE incident SET deleted_at = '2026-11-20T10:00' WHERE id % 17 = 0")
    finally:
        db.close()
    return target


@pytest.fixture(scope="module")
def demo(demo_path: str) -> Database:
    db = open_database(demo_path)
    yield db  # type: ignore[misc]
    db.close()


# --- and_ ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("pump", "drone"),
        ("pump or drone", "-debris"),
        ("status:confirmed", "from:2026-03-01 to:2026-06-30"),
        ("(a or b) c", "d e"),
        ("deleted:yes", "d*"),
    ],
)
def test_and_is_the_tree_of_both_texts_in_parentheses(a: str, b: str) -> None:
    assert unplaced(and_(parse_query(a), parse_query(b))) == unplaced(
        parse_query(f"({a}) ({b})")
    )


def test_and_drops_empty_queries_and_flattens() -> None:
    pump = parse_query("pump")
    assert and_() is None
    assert and_(None, None) is None
    assert and_(None, pump, None) is pump
    both = and_(parse_query("a b"), parse_query("c"))
    assert isinstance(both, And) and [c.text for c in both.children] == ["a", "b", "c"]  # type: ignore[union-attr]
    either = and_(parse_query("a or b"), parse_query("c"))
    assert isinstance(either, And) and isinstance(either.children[0], Or)


# Words and filters the demo's incidents have, so that combinations select something.
WORDS = [
    "drone", "drones", "pump", "d*", "pu*", "debris", '"air defence"', "fire", "damage",
    "status:confirmed", "status:reported", "has:damage", "has:coords", "injuries:>0",
    "grade:B2", "reliability:<=B", "credibility:<=2", "from:2026-06-01", "to:2026-03-31",
    "from:2026-05-01T06:00", "deleted:yes", "deleted:no", "id:17", "region:Kaluga",
    "category:interception",
]  # fmt: skip
atoms = st.sampled_from(WORDS)


def _negated(x: str) -> str:
    return f"-{x}" if not x.startswith("-") else x


def _combined(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A negation, an ``or`` or a bracketed pair of smaller clauses."""
    return st.one_of(
        inner.map(_negated),
        st.tuples(inner, inner).map(lambda p: f"{p[0]} or {p[1]}"),
        st.tuples(inner, inner).map(lambda p: f"({p[0]} {p[1]})"),
    )


clauses = st.recursive(atoms, _combined, max_leaves=5)
texts = st.lists(clauses, min_size=1, max_size=3).map(" ".join)
COMBINE = settings(
    database=None,
    deadline=None,
    max_examples=120,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@COMBINE
@given(a=texts, b=texts)
def test_and_of_parsed_queries_selects_what_the_joined_text_selects(
    demo: Database, a: str, b: str
) -> None:
    try:
        pa, pb = parse_query(a), parse_query(b)
    except QuerySyntaxError:
        assume(False)
        return
    joined = f"({a}) ({b})"
    assert matching_ids(demo, and_(pa, pb)) == matching_ids(demo, joined)
    assert count_incidents(demo, and_(pa, pb)) == count_incidents(demo, joined)


@COMBINE
@given(query=texts, restriction=st.sampled_from(["deleted:yes", "status:confirmed", "pump"]))
def test_a_restriction_narrows_like_the_text_before_the_query(
    demo: Database, query: str, restriction: str
) -> None:
    """The Trash's list: its ``deleted:yes`` travels beside the typed search."""
    parsed = parse_query(query)
    limit = parse_query(restriction)
    text = f"{restriction} ({query})"
    assert matching_ids(demo, parsed, restriction=limit) == matching_ids(demo, text)
    page = search_incidents(demo, parsed, restriction=limit, limit=25)
    assert [r.id for r in page.rows] == [r.id for r in search_incidents(demo, text, limit=25).rows]
    assert count_incidents(demo, parsed, restriction=limit) == count_incidents(demo, text)


# --- with_period / split_period -----------------------------------------------------------


def test_with_period_is_the_text_with_the_bounds_after_it() -> None:
    assert with_period(None, None, None) is None
    assert unplaced(with_period(parse_query("a or b"), "2026-09-10", None)) == unplaced(
        parse_query("(a or b) from:2026-09-10")
    )
    assert unplaced(with_period(None, "2026-09-10T06:00", "2026-09-12")) == unplaced(
        parse_query("from:2026-09-10T06:00 to:2026-09-12")
    )


def test_with_period_checks_its_bounds_like_typed_ones() -> None:
    with pytest.raises(QuerySyntaxError, match="not a real date"):
        with_period(None, "2026-02-30", None)
    with pytest.raises(QuerySyntaxError, match="Bad value"):
        with_period(None, None, "yesterday")


@pytest.mark.parametrize(
    ("query", "rest", "start", "end"),
    [
        ("fire from:2026-09-01", "fire", "2026-09-01", None),
        ("from:2026-09-01 to:2026-09-12", "", "2026-09-01", "2026-09-12"),
        ('(pond to:"2026-09-12") tag:night', "pond tag:night", None, "2026-09-12"),
        ("fire from:2026-09-01T06:00", "fire from:2026-09-01T06:00", None, None),
        ("fire or from:2026-09-01", "fire or from:2026-09-01", None, None),
        ("-from:2026-09-01", "-from:2026-09-01", None, None),
        ("from:2026-09-01 from:2026-09-03 x", "from:2026-09-01 from:2026-09-03 x", None, None),
        ("", "", None, None),
    ],
)
def test_split_period_lifts_only_bounds_every_result_obeys(
    query: str, rest: str, start: str | None, end: str | None
) -> None:
    got_rest, got_start, got_end = split_period(parse_query(query))
    assert unplaced(got_rest) == unplaced(parse_query(rest))
    assert (got_start.value if got_start else None, got_end.value if got_end else None) == (
        start,
        end,
    )
    if got_start is not None:  # the lifted filter says where it stood in the text
        assert query[got_start.position :].startswith("from:")


@COMBINE
@given(query=texts)
def test_split_then_with_period_selects_the_same(demo: Database, query: str) -> None:
    try:
        parsed = parse_query(query)
    except QuerySyntaxError:
        assume(False)
        return
    rest, start, end = split_period(parsed)
    again = with_period(rest, start.value if start else None, end.value if end else None)
    assert matching_ids(demo, again) == matching_ids(demo, parsed)


# --- parsing once ----------------------------------------------------------------------


def test_the_same_text_is_parsed_once() -> None:
    text = "pump or drone -debris from:2026-09-01 region:Калуга"
    assert parse_query(text) is parse_query(text)
    assert as_query(text) is parse_query(text)
    tree = parse_query("drone")
    assert as_query(tree) is tree and as_query(None) is None


def test_a_malformed_text_still_fails_every_time() -> None:
    for _ in range(2):
        with pytest.raises(QuerySyntaxError, match="Unclosed quote"):
            parse_query('pump "station')


def test_trees_are_frozen() -> None:
    tree = parse_query("a b")
    assert isinstance(tree, And)
    with pytest.raises(AttributeError):
        tree.children = ()  # type: ignore[misc]
