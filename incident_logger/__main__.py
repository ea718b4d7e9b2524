"""Start-up: a command runs on the command line; no command at all opens the desktop app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from incident_logger.cli.main import run_command, wants_app

    if not wants_app(args):
        return run_command(args)
    from incident_logger.app import run_app  # Qt is imported only here

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
