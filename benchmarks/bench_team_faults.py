"""Faults on both engines: clients killed mid-transaction, and (PostgreSQL) a server restart.

    .venv/bin/python benchmarks/bench_team_faults.py --sqlite
    tests/pg_server.sh start /tmp/il-pg   # PG_DURABLE=1 for a server that fsyncs
    .venv/bin/python benchmarks/bench_team_faults.py --pg 'postgresql://postgres@/postgres?host=/tmp/il-pg' \
        --pg-dir /tmp/il-pg

Kills: a writer process saves incidents, each with its tags and damage notes in one
transaction (``Database.write()``), pausing between statements; it is killed with SIGKILL at
a random moment, again and again. Afterwards every incident must have all of its children
(nothing half-written) and every save the writer reported committed must be there.

Restart (with --pg-dir, the folder of a server started by tests/pg_server.sh): writers keep
saving while the server is stopped and started again; each failed save must be a
``DatabaseError`` in plain words (never another error), the writers must carry on once the
server is back (the pool reconnects), and every save reported committed must be there.

Prints counts, not speeds: the figures are "0 half-written" and "0 lost".
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from team_support import engine_arguments, open_target, print_load, sqlite_file, team_database

HERE = Path(__file__).resolve()
CHILDREN = 6  # tags and damage notes per incident


def _save(db, tag: str, pause: float) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with db.write() as session:
        new_id = session.execute(
            text(
                "INSERT INTO incident(title, start_at, time_precision, geo_precision, "
                "category_id, status, created_at, updated_at) VALUES (:t, '2026-11-01', 'day', "
                "'none', (SELECT min(id) FROM category), 'reported', '', '') RETURNING id"
            ),
            {"t": tag},
        ).scalar_one()
        for n in range(CHILDREN):
            time.sleep(pause)
            session.execute(
                text("INSERT INTO incident_tag(incident_id, tag, tag_key) VALUES (:i, :g, :g)"),
                {"i": new_id, "g": f"t{n}"},
            )
    return int(new_id)


def _writer(target: str, tag: str, pause: float, log: str, seconds: float) -> None:
    """Save incidents until killed (or until ``seconds`` pass), logging each commit."""
    from incident_logger.store.errors import DatabaseError

    db = open_target(target)
    end = time.monotonic() + seconds
    with open(log, "a", buffering=1) as out:
        while time.monotonic() < end:
            try:
                saved = _save(db, tag, pause)
            except DatabaseError as exc:
                out.write(f"error {exc}\n")
                time.sleep(0.2)
                continue
            except Exception as exc:  # anything else is a finding
                out.write(f"crash {type(exc).__name__}: {exc}\n")
                time.sleep(0.2)
                continue
            out.write(f"ok {saved}\n")


def _check(target: str, logs: list[str]) -> tuple[int, int, int, int, int]:
    """(incidents, half-written, reported committed, lost, other errors)."""
    from sqlalchemy import text

    committed: set[int] = set()
    other = 0
    for log in logs:
        if not os.path.exists(log):
            continue
        for line in Path(log).read_text().splitlines():
            if line.startswith("ok "):
                committed.add(int(line.split()[1]))
            elif line.startswith("crash "):
                other += 1
    db = open_target(target)
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT i.id, (SELECT count(*) FROM incident_tag t WHERE t.incident_id = i.id) "
                "FROM incident i"
            )
        ).all()
    db.close()
    present = {r[0] for r in rows}
    half = sum(1 for r in rows if r[1] != CHILDREN)
    return len(rows), half, len(committed), len(committed - present), other


def _has_saved(log: str) -> bool:
    return os.path.exists(log) and "ok " in Path(log).read_text()


def kills(target: str, rounds: int) -> None:
    folder = tempfile.mkdtemp(prefix="il-kill-")
    logs = []
    ctx = mp.get_context("spawn")
    for n in range(rounds):
        log = os.path.join(folder, f"w{n}.log")
        logs.append(log)
        proc = ctx.Process(target=_writer, args=(target, f"kill-{n}", 0.01, log, 60.0))
        proc.start()
        # Once it has saved, kill it at a random moment: a save spends ~60 ms inside its
        # transaction (six pauses) and microseconds between two, so nearly every kill lands
        # mid-transaction.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _has_saved(log):
            time.sleep(0.05)
        time.sleep(random.uniform(0.0, 0.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.join()
    incidents, half, reported, lost, other = _check(target, logs)
    print(
        f"  SIGKILL x{rounds}: {incidents} incidents stored, {half} half-written, "
        f"{reported} reported committed, {lost} of them lost, {other} unexpected errors"
    )


def restart(target: str, pg_dir: str, writers: int, seconds: float) -> None:
    folder = tempfile.mkdtemp(prefix="il-restart-")
    logs = [os.path.join(folder, f"w{n}.log") for n in range(writers)]
    ctx = mp.get_context("spawn")
    procs = [
        ctx.Process(target=_writer, args=(target, f"restart-{n}", 0.002, logs[n], seconds))
        for n in range(writers)
    ]
    for p in procs:
        p.start()
    time.sleep(seconds / 3)
    script = str(HERE.parent.parent / "tests" / "pg_server.sh")
    began = time.monotonic()
    subprocess.run([script, "stop", pg_dir], check=True)
    time.sleep(2.0)
    subprocess.run([script, "start", pg_dir], check=True, capture_output=True)
    back = time.monotonic() - began
    for p in procs:
        p.join()
    errors = sum(Path(log).read_text().count("error ") for log in logs if os.path.exists(log))
    after = 0
    for log in logs:
        lines = Path(log).read_text().splitlines() if os.path.exists(log) else []
        seen_error = False
        for line in lines:
            seen_error = seen_error or line.startswith("error ")
            after += seen_error and line.startswith("ok ")
    _, half, reported, lost, other = _check(target, logs)
    print(
        f"  restart under load ({writers} writers, server down {back:.1f} s): "
        f"{reported} saves reported committed, {lost} lost, {half} half-written, "
        f"{errors} saves refused in plain words while it was down, {after} saves after it "
        f"came back, {other} unexpected errors"
    )


def main() -> int:
    parser = engine_arguments(__doc__.splitlines()[0])
    parser.add_argument("--pg-dir", metavar="DIR", help="that server's tests/pg_server.sh folder")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    print_load()
    if args.sqlite:
        path = sqlite_file("faults")
        print("SQLite:")
        kills(path, args.kills)
    if args.pg:
        url = team_database(args.pg, f"il_faults_{os.getpid()}", "il_faults")
        print("PostgreSQL:")
        kills(url, args.kills)
        if args.pg_dir:
            restart(url, args.pg_dir, args.writers, args.seconds)
    if not (args.sqlite or args.pg):
        parser.error("give --sqlite and/or --pg URL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
