"""``incident-logger synonyms``: list, add and remove the search's synonym groups."""

from __future__ import annotations

import argparse

from incident_logger.cli.common import fail, open_for
from incident_logger.domain.errors import ValidationError
from incident_logger.services import synonyms

NAME = "synonyms"


def configure(parser: argparse.ArgumentParser) -> None:
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--add",
        metavar="WORDS",
        help='a new group of words that find each other, comma-separated: "ДРГ, диверсанты"',
    )
    action.add_argument("--remove", metavar="N", type=int, help="forget group number N")


def run(args: argparse.Namespace) -> int:
    db = open_for(args, create=args.add is not None or args.remove is not None)
    if db is None:
        return 1
    try:
        if args.add is not None:
            try:
                group = synonyms.add_group(db, args.add.split(","))
            except ValidationError as exc:
                return fail(str(exc))
            print(f"Added group {group.id}: {', '.join(group.words)}")
            return 0
        if args.remove is not None:
            if not synonyms.remove_group(db, args.remove):
                return fail(f"there is no synonym group {args.remove} (see: synonyms)")
            print(f"Removed group {args.remove}.")
            return 0
        for group in synonyms.list_groups(db):
            print(f"{group.id:3}  {', '.join(group.words)}")
        return 0
    finally:
        db.close()
