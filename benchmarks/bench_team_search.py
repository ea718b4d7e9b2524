"""Benchmark of the search on a team database: the app's services beside hand-written psycopg.

Usage: python benchmarks/bench_team_search.py URL [--runs 7] [--word обломки] [--json FILE]

URL names a team database holding data (``incident-logger copy demo-1m.sqlite3 URL`` makes
one of a million incidents). For each piece of work the window does, prints the median of
``--runs`` warm runs of the service (what the app calls) and of the same work written by hand
as one psycopg statement (the anchor, in the same run), and their ratio:

  * first page: the newest 200 live incidents with the table's columns
    (``search_incidents(db, "")`` / one SELECT with the same joins, ORDER BY and LIMIT);
  * one-word search: the first page of a word (its dictionary forms and synonyms looked up,
    the tsquery over the GIN index) / one SELECT with the word's tsquery written by hand;
  * total count: the live incidents (``count_incidents(db, "")`` / ``SELECT count(*)``);
  * the word's count, the same way.

Targets (issue 14): first page < 50 ms, one-word search < 150 ms, total count < 200 ms. The load
average (``os.getloadavg``) is printed with the figures: other work on the machine slows both
columns alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from incident_logger.domain.query import parse_query
from incident_logger.services.query_pg import TSQUERY, PgQueryCompiler
from incident_logger.services.query_text import text_expr
from incident_logger.services.search import count_incidents, search_incidents, summary_sql
from incident_logger.store.engine import open_database

PAGE = 200
_COLUMNS = summary_sql(PgQueryCompiler).split("FROM incident i", 1)[0]  # the table's columns, as the app's
_JOINS = (
    "FROM incident i LEFT JOIN category c ON c.id = i.category_id "
    "LEFT JOIN place p0 ON p0.id = i.place_id LEFT JOIN place p1 ON p1.id = p0.parent_id "
    "LEFT JOIN place p2 ON p2.id = p1.parent_id LEFT JOIN place p3 ON p3.id = p2.parent_id "
)
ANCHOR_PAGE = (
    f"{_COLUMNS} {_JOINS} WHERE i.deleted_at IS NULL {{where}} "
    f"ORDER BY i.start_at DESC, i.id DESC LIMIT {PAGE}"
)
ANCHOR_WORD = (
    "AND EXISTS (SELECT 1 FROM incident_fts f WHERE f.incident_id = i.id "
    "AND f.document @@ to_tsquery('simple', %s))"
)
ANCHOR_COUNT = "SELECT count(*) FROM incident i WHERE i.deleted_at IS NULL {where}"


def _median_ms(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    result = fn()  # warm: connections, caches, the dictionaries of the word forms
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--word", default="обломки")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    db = open_database(args.url)
    raw = db.connect(autocommit=True)  # type: ignore[attr-defined]
    word = args.word
    # The anchor's tsquery for the word: the same dictionary forms and synonyms, by hand.
    from incident_logger.services.synonyms import expand_terms
    from incident_logger.store.sql import wrap

    expanded = expand_terms(wrap(raw), parse_query(word))  # type: ignore[arg-type]
    tsquery = text_expr(expanded, TSQUERY)
    assert tsquery is not None
    load = os.getloadavg()
    incidents = raw.execute("SELECT count(*) FROM incident").fetchone()[0]
    print(f"{incidents:,} incidents; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    print(f"word {word!r} -> tsquery {tsquery}")
    rows: list[dict[str, Any]] = []

    def row(name: str, target: float, app: Callable[[], Any], anchor: Callable[[], Any]) -> None:
        app_ms, app_result = _median_ms(app, args.runs)
        raw_ms, raw_result = _median_ms(anchor, args.runs)
        same = app_result == raw_result
        ratio = app_ms / raw_ms if raw_ms else float("inf")
        print(
            f"{name:<22} app {app_ms:8.1f} ms   anchor {raw_ms:8.1f} ms   ratio {ratio:5.2f}   "
            f"target < {target:.0f} ms: {'met' if app_ms < target else 'NOT met'}"
            f"{'' if same else '   (results differ!)'}"
        )
        rows.append(
            {"name": name, "app_ms": app_ms, "anchor_ms": raw_ms, "ratio": ratio,
             "target_ms": target, "same": same}
        )  # fmt: skip

    def page_ids(query: str) -> list[int]:
        return [r.id for r in search_incidents(db, query, limit=PAGE).rows]

    def anchor_ids(where: str, params: tuple[Any, ...]) -> list[int]:
        found = raw.execute(ANCHOR_PAGE.format(where=where), params).fetchall()
        return [r[0] for r in found]

    row("first page", 50, lambda: page_ids(""), lambda: anchor_ids("", ()))
    row(
        f"one word ({word})",
        150,
        lambda: page_ids(word),
        lambda: anchor_ids(ANCHOR_WORD, (tsquery,)),
    )
    row(
        "total count",
        200,
        lambda: count_incidents(db, ""),
        lambda: raw.execute(ANCHOR_COUNT.format(where="")).fetchone()[0],
    )
    row(
        f"count of {word}",
        200,
        lambda: count_incidents(db, word),
        lambda: raw.execute(ANCHOR_COUNT.format(where=ANCHOR_WORD), (tsquery,)).fetchone()[0],
    )
    after = os.getloadavg()
    print(f"load average after: {after[0]:.1f} {after[1]:.1f} {after[2]:.1f}")
    if args.json:
        args.json.write_text(json.dumps({"incidents": incidents, "load": load, "rows": rows}))
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
