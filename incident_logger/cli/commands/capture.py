"""``incident-logger capture [FILE|-]``: drafts proposed from a statement; --save saves them."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from incident_logger.cli.common import fail, open_for
from incident_logger.domain.errors import ValidationError
from incident_logger.domain.text import fold
from incident_logger.domain.timefmt import parse_when
from incident_logger.services.capture import TimeRules, capture, load_place_index
from incident_logger.services.capture.export import capture_json
from incident_logger.services.capture.model import CaptureResult, Proposed
from incident_logger.services.capture.save import drafts, save_drafts
from incident_logger.services.capture.sources import recognise_source
from incident_logger.services.sources import list_sources
from incident_logger.store.engine import Database

NAME = "capture"
MAX_CHARS = 100_000


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", help="statement text file, or - for stdin")
    parser.add_argument(
        "--issued",
        metavar="DATETIME",
        help="when it was published, in the statement's time zone (default: now)",
    )
    parser.add_argument("--source", metavar="NAME", help="who published it (a name in Sources)")
    parser.add_argument(
        "--zone",
        metavar="ZONE",
        help="time zone of the statement (default: Europe/Moscow for Russian, Europe/Kyiv "
        "for Ukrainian, by the places named for English)",
    )
    parser.add_argument(
        "--night",
        metavar="HH:MM-HH:MM",
        default="20:00-07:00",
        help='what "overnight" means (default 20:00-07:00: from 20:00 the evening before)',
    )
    parser.add_argument("--json", action="store_true", help="print JSON with character spans")
    parser.add_argument("--save", action="store_true", help="save the drafts (one transaction)")


def _read(name: str) -> str | None:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        fail(f"no file '{name}'")
    except UnicodeDecodeError:
        fail(f"'{name}' is not UTF-8 text")
    except OSError as exc:
        fail(f"cannot read '{name}': {exc.strerror}")
    return None


def _source(db: Database, name: str | None, result: CaptureResult) -> tuple[Proposed[int], str]:
    sources = list_sources(db)
    if name:
        key = fold(name)
        found = [s for s in sources if fold(s.draft.name) == key]
        if len(found) != 1:
            return Proposed(), ""
        return Proposed(found[0].id), found[0].draft.name
    guess = recognise_source(db, result.text)
    names = {s.id: s.draft.name for s in sources}
    return guess, names.get(guess.value or -1, "")


def run(args: argparse.Namespace) -> int:
    try:
        rules = TimeRules.with_night(args.night)
        issued = parse_when(args.issued) if args.issued else datetime.now(UTC)
    except ValueError as exc:
        return fail(f"--issued/--night: {exc}")
    text = _read(args.file)
    if text is None:
        return 1
    if not text.strip():
        return fail("the statement is empty")
    if len(text) > MAX_CHARS:
        return fail(f"the statement is {len(text):,} characters; at most {MAX_CHARS:,} are read")
    db = open_for(args, create=args.save)  # only --save writes (and may create the file)
    if db is None:
        return 1
    try:
        index = load_place_index(db)
        try:
            result = capture(text, issued, index=index, rules=rules, zone=args.zone)
        except ValueError as exc:  # an unknown --zone
            return fail(f"--zone: {exc}")
        source, source_name = _source(db, args.source, result)
        if args.source and source.value is None:
            return fail(f"--source: no single source is named '{args.source}' (see Sources)")
        result = replace(result, source=source)
        if args.json:
            print(json.dumps(capture_json(result, source_name), ensure_ascii=False, indent=2))
        else:
            _print(result, source_name)
        if not args.save:
            return 0
        if source.value is None:
            return fail("--save: say who published the statement with --source NAME")
        reports, incidents, missing = drafts(result, source.value)
        if missing:
            return fail("--save: nothing saved; " + "; ".join(missing))
        if not reports and not incidents:
            return fail("--save: nothing to save: no count or incident was read")
        try:
            saved = save_drafts(db, reports, incidents)
        except ValidationError as exc:
            return fail(f"--save: nothing saved; {exc}")
        print(
            f"saved {len(saved.report_ids)} count report(s) and {len(saved.incident_ids)} "
            "incident(s)",
            file=sys.stderr,
        )
        return 0
    finally:
        db.close()


def _show(p: Proposed[Any], text: str) -> str:
    if p.value is None:
        if p.span is not None and p.span.unsure:
            return f'? (unsure: "{text[p.span.start : p.span.end]}")'
        return "—"
    return str(getattr(p.value, "name", p.value))


def _print(result: CaptureResult, source_name: str) -> None:
    t = result.text
    print(f"Language {result.language}, time zone {result.time_zone}, issued {result.issued_at}")
    print(f"Source: {source_name or '— (give --source NAME)'}")
    for note in result.notes:
        print(f"Rule: {note}")
    for n, r in enumerate(result.reports, 1):
        period = r.period.value
        when = f"{period.start} – {period.end}" if period else _show(r.period, t)
        print(f"\nCount report {n}: {_show(r.subject, t)}, {_show(r.outcome, t)}")
        print(f"  stated total: {_show(r.total, t)}    period: {when}")
        for ln in r.lines:
            print(f"  {_show(ln.place, t):<32} {_show(ln.count, t)}")
        if r.remainder.value is not None:
            print(f"  {'(stated remainder)':<32} {r.remainder.value}")
    for n, i in enumerate(result.incidents, 1):
        window = i.time.value
        when = f"{window.start} – {window.end or ''}" if window else _show(i.time, t)
        print(f"\nIncident {n}: {i.title}")
        print(f"  category: {_show(i.category, t)}    when: {when}")
        print(f"  place: {_show(i.place, t)}    locality: {_show(i.locality, t)}")
        print(f"  injuries: {_show(i.injuries, t)}    fatalities: {_show(i.fatalities, t)}")
        for d in i.damage:
            print(f"  damage: {_show(d.object_kind, t)} × {_show(d.quantity, t)}  ({d.note})")
        if i.state.value:
            print(f"  fire: {i.state.value}")
        if i.response.value:
            print(f"  response: {i.response.value}")
    if not result.reports and not result.incidents:
        print("\nNothing to record was found in this statement.")
