"""Parses the command line and runs a command; the app itself starts from ``__main__``."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from incident_logger import __version__
from incident_logger.cli import commands
from incident_logger.store.engine import DatabaseError


def command_modules() -> list[ModuleType]:
    """Every module in ``cli/commands``, sorted by command name."""
    found = [
        importlib.import_module(f"{commands.__name__}.{info.name}")
        for info in pkgutil.iter_modules(commands.__path__)
    ]
    return sorted((m for m in found if hasattr(m, "NAME")), key=lambda m: m.NAME)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="incident-logger",
        description="Record, search and brief incidents. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="FILE",
        help="database file (default: $INCIDENT_LOGGER_DB, then the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.configure(cmd)
        cmd.set_defaults(run=module.run)
    return parser


def run_command(argv: Sequence[str]) -> int:
    """Run a command line that names a command; returns the exit status."""
    args = build_parser().parse_args(list(argv))
    if args.command is None:
        build_parser().print_help()
        return 2
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except DatabaseError as exc:  # full disk, I/O error, lock held too long: already explained
        print(f"incident-logger: error: {exc}", file=sys.stderr)
        return 1


def command_names() -> set[str]:
    """Command names, from the module names alone (``import_cmd`` is ``import``): no imports."""
    return {info.name.removesuffix("_cmd") for info in pkgutil.iter_modules(commands.__path__)}


def wants_command(argv: Sequence[str]) -> bool:
    """True when the command line names a command (or asks for help or the version)."""
    names = command_names()
    return any(a in names or a in {"-h", "--help", "--version"} for a in argv)
