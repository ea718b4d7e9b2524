"""Synonym groups: the ``synonym`` table's statements (words a search treats as one)."""

from __future__ import annotations

from collections.abc import Sequence

from incident_logger.domain.text import fold
from incident_logger.store.sql import Sql


def marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def all_words(sql: Sql) -> list[tuple[int, str]]:
    """(group id, word) of every group, by group and then as entered."""
    rows = sql.execute("SELECT group_id, word FROM synonym ORDER BY group_id, id")
    return [(int(g), w) for g, w in rows]


def words_grouped_with(sql: Sql, keys: Sequence[str]) -> list[str]:
    """Every word of the groups holding one of the folded ``keys`` (the keys' own included)."""
    return [
        r[0]
        for r in sql.execute(
            "SELECT s.word FROM synonym s WHERE s.group_id IN "
            f"(SELECT group_id FROM synonym WHERE word_key IN ({marks(keys)})) ORDER BY s.id",
            keys,
        )
    ]


def add_group(sql: Sql, words: Sequence[str]) -> int:
    """A new group of ``words``; its number."""
    if sql.kind == "postgresql":  # two analysts adding groups at once must not share a number
        sql.execute("LOCK TABLE synonym IN SHARE ROW EXCLUSIVE MODE")
    group_id = int(sql.scalar("SELECT coalesce(max(group_id), 0) + 1 FROM synonym"))
    sql.executemany(
        "INSERT INTO synonym(group_id, word, word_key) VALUES (?, ?, ?)",
        [(group_id, w, fold(w)) for w in words],
    )
    return group_id


def remove_group(sql: Sql, group_id: int) -> int:
    """Forget a group; how many words it had."""
    return int(sql.execute("DELETE FROM synonym WHERE group_id = ?", (group_id,)).rowcount)
