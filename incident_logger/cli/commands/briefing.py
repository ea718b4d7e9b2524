"""``incident-logger briefing OUT.pdf``: a PDF briefing of a search and period."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from incident_logger.cli.common import fail, open_for
from incident_logger.services.briefing import (
    DEFAULT_MARKING,
    LANGUAGES,
    BriefingRequest,
    BriefingSections,
    FontsMissingError,
    QuerySyntaxError,
    default_marking,
    write_briefing,
)

NAME = "briefing"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT.pdf", help="the PDF file to write (replaced whole)")
    parser.add_argument(
        "--query", "-q", default="", help="search language, e.g. 'region:Калуга category:fire'"
    )
    parser.add_argument("--from", dest="start", metavar="DATE", help="period start, 2026-09-01")
    parser.add_argument("--to", dest="end", metavar="DATE", help="period end (a date: that day)")
    parser.add_argument("--title", default="", help='title (default "Incident briefing")')
    parser.add_argument(
        "--marking",
        default=None,
        help=f'marking on every page (default "{DEFAULT_MARKING}" in the briefing\'s language; '
        '--marking "" for none)',
    )
    parser.add_argument("--author", default="", help="who prepared it")
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    parser.add_argument(
        "--language",
        "-l",
        choices=tuple(LANGUAGES),
        default="en",
        help="the language of the briefing's headings, sentences, dates and numbers "
        "(what users typed prints as typed; default en)",
    )
    parser.add_argument("--no-incidents", action="store_true", help="leave out the incident list")
    parser.add_argument("--no-charts", action="store_true", help="leave out the charts")
    parser.add_argument(
        "--details",
        action="store_true",
        help="past 200 incidents the list is a one-line chronology: also print every "
        "incident's full entry, as an annex",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress output")


def _check_target(out: Path) -> str | None:
    """A message when ``out`` cannot be written, before any work is done."""
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        return f"{out} is a folder; give a file name such as {out / 'briefing.pdf'}"
    if not folder.is_dir():
        return f"cannot write {out}: the folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"cannot write {out}: the folder {folder} is not writable"
    return None


def run(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    problem = _check_target(out)
    if problem:
        return fail(problem)
    request = BriefingRequest(
        query=args.query,
        period_start=args.start,
        period_end=args.end,
        title=args.title,
        marking=default_marking(args.language) if args.marking is None else args.marking,
        author=args.author,
        sections=BriefingSections(
            incidents=not args.no_incidents, charts=not args.no_charts, details=args.details
        ),
        paper=args.paper,
        language=args.language,
    )
    db = open_for(args)
    if db is None:
        return 1
    show = not args.quiet and sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rLaying out {done:,} / {total:,}", end="", file=sys.stderr, flush=True)

    try:
        result = write_briefing(db, request, out, progress=progress)
    except QuerySyntaxError as exc:
        return fail(f"bad query: {exc}")
    except (ValueError, FontsMissingError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {out}: {exc.strerror or exc}")
    finally:
        db.close()
        if show:
            print(file=sys.stderr)
    print(f"Wrote {result.path} ({result.pages} pages, fingerprint {result.fingerprint[:12]}).")
    return 0
