"""Which gazetteer release and lemma rules a database's places follow (``gazetteer_state``)."""

from __future__ import annotations

from collections.abc import Mapping

from incident_logger.store.sql import Sql


def read(sql: Sql) -> dict[str, str]:
    return {r[0]: r[1] for r in sql.execute("SELECT name, value FROM gazetteer_state")}


def write(sql: Sql, values: Mapping[str, str]) -> None:
    sql.executemany(
        "INSERT INTO gazetteer_state(name, value) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )
