"""Parses the command line and runs a command; the app itself starts from ``__main__``.

Only the module of the command being run is imported: ``--help``, ``--version`` and a
mistyped command answer without loading the database layer, the ORM or reportlab.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from incident_logger import __version__
from incident_logger.cli import commands

# Qt's own command-line options (QApplication and QGuiApplication), which the app accepts.
_QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "platform", "platformpluginpath", "platformtheme", "plugin", "qmljsdebugger",
        "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "style", "stylesheet",
        "display", "geometry", "title", "name", "visual", "ncols",
    }
)  # fmt: skip
_QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync", "cmap"})


def load_command(name: str) -> ModuleType:
    return importlib.import_module(commands.module_name(name))


def command_modules() -> list[ModuleType]:
    """Every command's module, sorted by command name (imports them all: for tests)."""
    return [load_command(name) for name in sorted(commands.HELP)]


def command_names() -> set[str]:
    """Command names, from the module names alone (``import_cmd`` is ``import``): no imports."""
    import pkgutil

    return {info.name.removesuffix("_cmd") for info in pkgutil.iter_modules(commands.__path__)}


def _chosen(argv: Sequence[str]) -> str | None:
    """The command named on the command line (the first word that is not ``--db``'s value)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif arg == "--":
            return None
        elif not arg.startswith("-"):
            return arg if arg in commands.HELP else None
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; only the command ``argv`` names is configured (all of them without argv)."""
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
    chosen = None if argv is None else _chosen(argv)
    for name, text in commands.HELP.items():
        cmd = sub.add_parser(name, help=text, description=text)
        if argv is None or name == chosen:
            module = load_command(name)
            module.configure(cmd)
            cmd.set_defaults(run=module.run)
    return parser


def _keep_double_dash_values(args: argparse.Namespace, argv: Sequence[str]) -> None:
    """``--query=--`` means the text "--"; argparse (3.11) drops it and leaves an empty list."""
    for token in argv:
        if token.startswith("--") and token.endswith("=--"):
            dest = token[2:-3].replace("-", "_")
            if getattr(args, dest, None) == []:
                setattr(args, dest, "--")


def run_command(argv: Sequence[str]) -> int:
    """Run a command line; returns the exit status (2 for a usage error, as argparse does)."""
    parser = build_parser(argv)
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as stop:  # --help, --version (0) or a usage error (2)
        return stop.code if isinstance(stop.code, int) else 2
    _keep_double_dash_values(args, argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        print(
            "incident-logger: error: name a command (see --help), or give no arguments "
            "(or only --db FILE) to open the app",
            file=sys.stderr,
        )
        return 2
    from incident_logger.store.errors import DatabaseError

    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except DatabaseError as exc:  # full disk, I/O error, lock held too long: already explained
        print(f"incident-logger: error: {exc}", file=sys.stderr)
        return 1


def wants_app(argv: Sequence[str]) -> bool:
    """True when the command line holds no command: nothing, ``--db FILE`` and Qt's options.

    Anything else (a command, a mistyped one, an unknown option) goes to the command line,
    which prints usage and exits 2 for what it does not know: it never opens a window.
    """
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--db":
            if not args:
                return False
            args.pop(0)
            continue
        if arg.startswith("--db="):
            continue
        option = arg[1:] if arg.startswith("-") and not arg.startswith("--") else ""
        if option.split("=", 1)[0] in _QT_OPTIONS_WITH_VALUE:
            if "=" not in option:
                if not args:
                    return False
                args.pop(0)
            continue
        if option in _QT_FLAGS:
            continue
        return False
    return True
