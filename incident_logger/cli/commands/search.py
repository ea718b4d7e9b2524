"""``incident-logger search QUERY``: matching incidents as a table or JSON."""

from __future__ import annotations

import argparse
import json

from incident_logger.cli.common import fail, open_for
from incident_logger.cli.table import render_table
from incident_logger.domain.query import parse_query
from incident_logger.domain.timefmt import display_window
from incident_logger.services.search import (
    MAX_LIMIT,
    QuerySyntaxError,
    SortKey,
    count_incidents,
    search_incidents,
)

NAME = "search"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query", nargs="*", help='e.g. region:Калуга "pump station" from:2026-09-01'
    )
    parser.add_argument("--limit", type=int, default=50, help="at most this many rows (default 50)")
    parser.add_argument("--sort", default="when", help="column to sort by (default: when)")
    parser.add_argument("--asc", action="store_true", help="oldest / smallest first")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= MAX_LIMIT:
        return fail(f"--limit must be a whole number from 1 to {MAX_LIMIT:,}")
    db = open_for(args)
    if db is None:
        return 1
    query = " ".join(args.query)
    try:
        parsed = parse_query(query)  # once: the page and the count share the tree
        page = search_incidents(db, parsed, sort=SortKey(args.sort, not args.asc), limit=args.limit)
        total = count_incidents(db, parsed)
    except QuerySyntaxError as exc:
        return fail(f"bad query: {exc}")
    except ValueError as exc:
        return fail(str(exc))
    finally:
        db.close()
    if args.json:
        rows = [{"ref": r.ref, **r.as_dict()} for r in page.rows]
        print(
            json.dumps(
                {
                    "query": query,
                    "total": total,
                    "shown": len(rows),
                    "notes": [str(note) for note in page.notes],
                    "incidents": rows,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for note in page.notes:
        print(f"note: {note}")
    headers = [
        "Ref",
        "When",
        "Region",
        "Place",
        "Category",
        "Title",
        "Inj",
        "Fat",
        "Grade",
        "Status",
    ]
    body = [
        [
            r.ref,
            display_window(r.start_at, r.end_at, r.time_precision),
            r.region,
            r.place,
            r.category,
            r.title,
            "?" if r.injuries is None else str(r.injuries),
            "?" if r.fatalities is None else str(r.fatalities),
            r.grade,
            r.status,
        ]
        for r in page.rows
    ]
    print(render_table(headers, body, widths={"Title": 48, "Region": 24, "Place": 18}))
    print(f"{len(page.rows)} of {total} matching incidents shown (? = not stated)")
    return 0
