"""``incident-logger demo``: fill the database with a realistic synthetic dataset."""

from __future__ import annotations

import argparse
import sys

from incident_logger.cli.common import fail, open_for
from incident_logger.demo.generate import generate_demo

NAME = "demo"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--incidents",
        type=int,
        default=2_000,
        metavar="N",
        help="how many incidents to add (default 2000; 1000000 is fine)",
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--quiet", action="store_true", help="no progress output")


def run(args: argparse.Namespace) -> int:
    if args.incidents < 0:
        return fail("--incidents cannot be negative")
    db = open_for(args, create=True)
    if db is None:
        return 1

    def progress(done: int, total: int) -> None:
        if not args.quiet and sys.stderr.isatty():
            print(f"\r{done:,} / {total:,} incidents", end="", file=sys.stderr, flush=True)

    try:
        stats = generate_demo(db, args.incidents, seed=args.seed, progress=progress)
    finally:
        db.close()
    if not args.quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    rate = stats.incidents / stats.seconds if stats.seconds else 0
    print(
        f"Added {stats.incidents:,} incidents in {stats.seconds:.1f} s ({rate:,.0f} per second), "
        f"{stats.count_reports} count reports; {stats.places} places and {stats.sources} "
        f"sources are available. Database: {db.label}"
    )
    return 0
