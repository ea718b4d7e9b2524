"""store.sql: statements written once with ``?`` marks run on both engines."""

from __future__ import annotations

import pytest

from incident_logger.store.engine import Database, DatabaseError
from incident_logger.store.sql import pg_marks


def test_marks_outside_quotes_become_psycopg_placeholders() -> None:
    assert pg_marks("SELECT ? WHERE a LIKE '?%' AND b = ?") == (
        "SELECT %s WHERE a LIKE '?%%' AND b = %s"
    )
    assert pg_marks("SELECT 'it''s ?', ?") == "SELECT 'it''s ?', %s"


def test_a_write_commits_and_a_failed_one_leaves_nothing(any_db: Database) -> None:
    with any_db.write_sql() as sql:
        first = sql.insert("INSERT INTO saved_search(name, query) VALUES (?, ?)", ("a", "x"))
    with pytest.raises(RuntimeError), any_db.write_sql() as sql:
        sql.insert("INSERT INTO saved_search(name, query) VALUES (?, ?)", ("b", "y"))
        raise RuntimeError("stop")
    with any_db.read_sql() as sql:
        rows = sql.execute("SELECT id, name, query FROM saved_search ORDER BY id").fetchall()
        assert sql.scalar("SELECT count(*) FROM saved_search WHERE query LIKE '%'") == 1
    assert [tuple(r) for r in rows] == [(first, "a", "x")]


def test_executemany_and_rowcount(any_db: Database) -> None:
    with any_db.write_sql() as sql:
        sql.executemany(
            "INSERT INTO saved_search(name, query) VALUES (?, ?)", [("a", "1"), ("b", "2")]
        )
        gone = sql.execute("DELETE FROM saved_search WHERE name IN (?, ?)", ("a", "zz"))
        assert gone.rowcount == 1
    with any_db.read_sql() as sql:
        assert [r[0] for r in sql.execute("SELECT name FROM saved_search")] == ["b"]


def test_a_read_only_database_refuses_a_write(any_db: Database) -> None:
    any_db.read_only = True
    with pytest.raises(DatabaseError) as caught, any_db.write_sql():
        pass
    assert caught.value.reason == "read_only"


def test_numbered_marks_are_refused_for_postgresql() -> None:
    with pytest.raises(ValueError, match="numbered"):
        pg_marks("INSERT INTO t(a, b) VALUES (?, (SELECT x FROM u WHERE id = ?1))")
    assert pg_marks("SELECT '?1', ?") == "SELECT '?1', %s"


def test_named_marks_become_psycopg_names() -> None:
    from incident_logger.store.sql import pg_names

    assert pg_names("SELECT :a::text, ':b' WHERE x LIKE '%' || :c") == (
        "SELECT %(a)s::text, ':b' WHERE x LIKE '%%' || %(c)s"
    )


def test_named_parameters_on_both_engines(any_db: Database) -> None:
    with any_db.write_sql() as sql:
        sql.execute("INSERT INTO saved_search(name, query) VALUES (:n, :q)", {"n": "a:b", "q": "x"})
        assert sql.scalar("SELECT query FROM saved_search WHERE name = :n", {"n": "a:b"}) == "x"
