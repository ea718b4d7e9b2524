"""Incident categories: the ``category`` table's statements for the bulk paths.

Sessions read and add categories through the ORM (``services/categories.py``); the import
and the demo generator read them and add new ones here.
"""

from __future__ import annotations

from incident_logger.domain.text import fold
from incident_logger.store.sql import Sql

INSERT_SQL = "INSERT INTO category(id, name, name_key) VALUES (?,?,?)"


def add(sql: Sql, category_id: int | None, name: str) -> int:
    """A new category (``name`` as given) with this id (None: the next); its id."""
    if category_id is None:  # PostgreSQL's identity column takes no NULL
        return sql.insert("INSERT INTO category(name, name_key) VALUES (?,?)", (name, fold(name)))
    sql.execute(INSERT_SQL, (category_id, name, fold(name)))
    return category_id


def names(sql: Sql) -> list[tuple[int, str]]:
    """(id, name) of every category, by folded name."""
    rows = sql.execute("SELECT id, name FROM category ORDER BY name_key, id")
    return [(int(r[0]), r[1]) for r in rows]


def keys(sql: Sql) -> set[str]:
    """The folded name of every category."""
    return {r[0] for r in sql.execute("SELECT name_key FROM category")}
