"""Hostile queries through the search service and the command line: the parser's own error
(QuerySyntaxError, a clear message) is the only failure allowed; never an SQLite error or a
traceback. Covers NUL and control characters, lone surrogates, values far over SQLite's
LIKE limit, huge numbers, thousands of words and odd limits."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incident_logger.cli.main import run_command
from incident_logger.demo.generate import generate_demo
from incident_logger.domain.query import FIELDS, MAX_QUERY_LENGTH, QuerySyntaxError
from incident_logger.services.search import (
    MAX_LIMIT,
    SortKey,
    count_incidents,
    matching_ids,
    search_incidents,
)
from incident_logger.store.engine import Database, open_database

NAMES = [*FIELDS, "place", "ref", "foo", "REGION"]
PIECES = [
    "a", "калуга", "обл", "Ⅻ", "ﷺ", "ß", "or", "and", "not", "-", "(", ")", '"', "*", ":",
    " ", "<=", ">", "B2", "3", "2026-09-01", "unknown", "\x00", "\x1b", "\x7f", "\u200b",
    "\ud800", "\udcff", "'", "%", "_", "\\", "NEAR", "^", "+", "{", "}", ",", "99999999999999999999",
    "9223372036854775808", "-1", "INC-", "\n",
]  # fmt: skip

pieces = st.sampled_from(PIECES)
fields = st.builds(lambda n: f"{n}:", st.sampled_from(NAMES))
# A field value made long by repeating a few characters (up to 30 times SQLite's LIKE limit).
long_values = st.builds(
    lambda name, piece, times: f"{name}:{piece * times}",
    st.sampled_from(NAMES),
    st.sampled_from(["x", "ﷺ", "%", "ab ", '"', "\x00"]),
    st.integers(min_value=1, max_value=60_000),
)
many_words = st.builds(
    lambda word, sep, times: sep.join([word] * times),
    st.sampled_from(["a", "a*", "-a", "region:a", "(a", "a or", '"a"']),
    st.sampled_from([" ", " or ", " and "]),
    st.integers(min_value=1, max_value=3_000),
)
queries = st.one_of(
    st.text(max_size=80),
    st.lists(st.one_of(pieces, fields), max_size=16).map("".join),
    st.lists(st.one_of(pieces, fields), max_size=16).map(" ".join),
    long_values,
    many_words,
)
FUZZ = settings(
    database=None,
    deadline=None,
    max_examples=250,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fuzz_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo's records in a file, then (the second run) on a team database: its ``--db``."""
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3")
    else:
        target = request.getfixturevalue("pg_module_url")
    db = open_database(target)
    try:
        generate_demo(db, 300, seed=3)
    finally:
        db.close()
    return target


@pytest.fixture(scope="module")
def fuzz_database(fuzz_db: str) -> Database:
    db = open_database(fuzz_db)
    yield db  # type: ignore[misc]
    db.close()


@FUZZ
@given(query=queries, column=st.sampled_from(["when", "ref", "region", "title", "grade"]))
def test_service_allows_only_query_syntax_errors(
    fuzz_database: Database, query: str, column: str
) -> None:
    try:
        page = search_incidents(fuzz_database, query, sort=SortKey(column), limit=50)
        total = count_incidents(fuzz_database, query)
        everything = matching_ids(fuzz_database, query)
    except QuerySyntaxError as err:
        assert 0 <= err.position <= max(len(query), MAX_QUERY_LENGTH)
        assert err.message
        return
    assert len(page.rows) == min(total, 50)
    assert len(everything) == total


@pytest.mark.sqlite_only("one code reads the command line on both engines; 250 runs of it are enough once")
@FUZZ
@given(query=queries, limit=st.one_of(st.integers(), st.sampled_from([1, 2**63, MAX_LIMIT])))
def test_cli_search_is_a_message_never_a_traceback(
    fuzz_db: str, capsys: pytest.CaptureFixture[str], query: str, limit: int
) -> None:
    try:
        status = run_command(["--db", fuzz_db, "search", "--limit", str(limit), "--", query])
    except SystemExit as stop:  # argparse's own usage error
        assert stop.code == 2
        return
    _out, err = capsys.readouterr()
    assert status in (0, 1), err
    assert "Traceback" not in err
    if status == 1:
        assert err.startswith("incident-logger: error: ") and len(err.splitlines()) == 1


@pytest.mark.sqlite_only("one code reads the command line on both engines; 250 runs of it are enough once")
@FUZZ
@given(query=queries)
def test_cli_export_of_a_query_is_a_message_never_a_traceback(
    fuzz_db: str, tmp_path_factory: pytest.TempPathFactory, query: str
) -> None:
    out = tmp_path_factory.mktemp("out") / "found.csv"
    status = run_command(["--db", fuzz_db, "export", str(out), f"--query={query}"])
    assert status in (0, 1)
    if status == 1:
        assert not out.exists()


def test_the_reported_crashes_are_messages(fuzz_database: Database) -> None:
    """The cases from the hostile-input report, one by one."""
    assert count_incidents(fuzz_database, "a\x00") == count_incidents(fuzz_database, "a")
    for name in ("region", "place", "source", "category"):
        with pytest.raises(QuerySyntaxError, match="Query too long"):
            search_incidents(fuzz_database, f"{name}:" + "x" * 50_001)
    # Under the length limit, folding can still make a key longer than LIKE accepts.
    assert search_incidents(fuzz_database, "region:" + "ﷺ" * 1_900).rows == []
    with pytest.raises(ValueError, match="from 1 to"):
        search_incidents(fuzz_database, "", limit=2**63)
    with pytest.raises(QuerySyntaxError, match="limit is 2,000"):
        search_incidents(fuzz_database, " ".join(["a"] * 20_000))


@pytest.mark.sqlite_only("one code reads the command line on both engines; 250 runs of it are enough once")
def test_cli_refuses_a_huge_limit(fuzz_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status = run_command(["--db", fuzz_db, "search", "--limit", "9223372036854775808"])
    assert status == 1
    assert "--limit must be a whole number from 1 to 1,000,000" in capsys.readouterr().err
