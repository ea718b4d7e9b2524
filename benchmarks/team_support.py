"""What the team-database scripts share: the database they work on (a temporary SQLite file
or a fresh database on a PostgreSQL server), opening it, and the load line printed first.

The scripts run as ``.venv/bin/python benchmarks/bench_team_*.py``, so this folder is on the
import path.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path


def open_target(target: str):  # type: ignore[no-untyped-def]
    """A team database's URL or a file's path, opened as the app opens it."""
    from incident_logger.store.engine import open_database

    return open_database(target if target.startswith("postgresql://") else Path(target))


def sqlite_file(prefix: str) -> str:
    """A new, empty database file in a temporary folder (made by opening it once)."""
    path = str(Path(tempfile.mkdtemp(prefix=f"il-{prefix}-")) / f"{prefix}.sqlite3")
    open_target(path).close()
    return path


def team_database(admin_url: str, name: str, role_prefix: str, *, force: bool = False) -> str:
    """A fresh database ``name`` on the server of ``admin_url``, set up for a team; its URL.
    ``force`` drops one of that name even while clients are connected to it."""
    import psycopg

    from incident_logger.store.pg.team import init_team_database
    from incident_logger.store.pg.url import parse

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}{' WITH (FORCE)' if force else ''}")
        conn.execute(f"CREATE DATABASE {name}")
    url = parse(admin_url).with_database(name).text
    init_team_database(url, role_prefix=role_prefix)
    return url


def engine_arguments(description: str) -> argparse.ArgumentParser:
    """A parser with --sqlite and --pg URL (either or both)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sqlite", action="store_true", help="run on a temporary SQLite file")
    parser.add_argument("--pg", metavar="URL", help="a server's URL (a database is created)")
    return parser


def print_load() -> None:
    """The machine's load beside the figures (other work slows them)."""
    load = os.getloadavg()
    print(f"load: {load[0]:.1f} {load[1]:.1f} (1 and 5 min), {os.cpu_count()} cores")
