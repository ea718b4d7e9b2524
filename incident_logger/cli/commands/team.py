"""``incident-logger team``: set up a team database on PostgreSQL and give analysts roles."""

from __future__ import annotations

import argparse

from incident_logger.cli.common import ask_password, fail
from incident_logger.store.errors import DatabaseError

NAME = "team"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    init = sub.add_parser(
        "init",
        help="create (or upgrade) the schema and the editors' and viewers' roles",
        description="Create or upgrade a team database's schema and its two roles "
        "(<prefix>_editors, <prefix>_viewers). Run as the database's owner, with the right "
        "to create roles. Running it again is safe.",
    )
    init.add_argument("url", metavar="URL", help="postgresql://user@host:port/dbname")
    grant = sub.add_parser(
        "grant",
        help="make an existing login an editor (or with --viewer, a viewer)",
        description="Make a server login an editor of the team database, or a viewer.",
    )
    grant.add_argument("url", metavar="URL", help="postgresql://admin@host:port/dbname")
    grant.add_argument("login", metavar="LOGIN", help="the analyst's login on the server")
    grant.add_argument("--viewer", action="store_true", help="read-only (default: editor)")
    for p in (init, grant):
        p.add_argument(
            "--role-prefix",
            metavar="PREFIX",
            help="name the roles PREFIX_editors and PREFIX_viewers (default: the database's name)",
        )


def run(args: argparse.Namespace) -> int:
    from incident_logger.store.pg.team import grant_analyst, init_team_database
    from incident_logger.store.pg.url import is_url

    if not is_url(args.url):
        return fail(f"{args.url!r} is not a PostgreSQL URL (postgresql://user@host:port/dbname)")
    try:
        if args.team_action == "grant":
            roles = grant_analyst(
                args.url,
                args.login,
                viewer=args.viewer,
                role_prefix=args.role_prefix,
                ask_password=ask_password,
            )
            role = roles.viewers if args.viewer else roles.editors
            print(f"{args.login} is now a member of {role}.")
            return 0
        result = init_team_database(
            args.url, role_prefix=args.role_prefix, ask_password=ask_password
        )
    except DatabaseError as exc:
        return fail(str(exc))
    if result.before is None:
        print(f"Created the schema (version {result.after}) in the {result.label}.")
    elif result.before != result.after:
        print(f"Upgraded the {result.label} from version {result.before} to {result.after}.")
    else:
        print(f"The {result.label} already has the newest schema (version {result.after}).")
    made = f" (created {', '.join(result.created_roles)})" if result.created_roles else ""
    print(
        f"Roles: {result.roles.editors} may change records, "
        f"{result.roles.viewers} may only read{made}."
    )
    print(f"Add an analyst: incident-logger team grant {args.url} LOGIN [--viewer]")
    return 0
