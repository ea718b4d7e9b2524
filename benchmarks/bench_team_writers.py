"""Many analysts editing the same incidents at once: no lost update, on both engines.

    .venv/bin/python benchmarks/bench_team_writers.py --sqlite --seconds 60
    tests/pg_server.sh start /tmp/il-pg
    .venv/bin/python benchmarks/bench_team_writers.py --pg 'postgresql://postgres@/postgres?host=/tmp/il-pg' \
        --writers 8 --seconds 300

Each writer process loops: open an incident (a read transaction: its version and its count
of injuries), think for a moment, then save the count plus one with the version it opened
(``services.versions.claim`` and ``history.record``, as the services save, in one
``Database.write()``). The incidents overlap on purpose (--incidents, default 5, for 8
writers), so most saves meet a newer version and must be refused.

At the end, for every incident: its injuries must equal the saves reported committed for it
(a lost update would leave fewer), its version must be 1 + those saves, and its history must
hold one entry per save. --control runs the same once more on PostgreSQL without the check:
it must lose updates, which shows that the count above would catch a lost one. Prints saves, conflicts detected, lost updates (must be 0) and any
other error (must be 0), with the saves per second of each engine.
"""

from __future__ import annotations

import collections
import multiprocessing as mp
import os
import random
import sys
import time

from team_support import engine_arguments, open_target, print_load, sqlite_file, team_database


def _writer(
    target: str, ids: list[int], seconds: float, seed: int, out: mp.Queue, check: bool
) -> None:
    from sqlalchemy import text

    from incident_logger.domain.enums import EntityKind, HistoryAction
    from incident_logger.domain.errors import ConflictError
    from incident_logger.services import history, versions
    from incident_logger.store.errors import DatabaseError

    rng = random.Random(seed)
    db = open_target(target)
    saved: collections.Counter[int] = collections.Counter()
    conflicts = errors = 0
    messages: list[str] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        incident = rng.choice(ids)
        try:
            with db.read() as session:
                version, injuries = session.execute(
                    text("SELECT version, injuries FROM incident WHERE id = :i"), {"i": incident}
                ).one()
            time.sleep(rng.uniform(0, 0.01))  # the analyst types
            with db.write() as session:
                versions.claim(session, EntityKind.INCIDENT, incident, version if check else None)
                session.execute(
                    text("UPDATE incident SET injuries = :n WHERE id = :i"),
                    {"n": injuries + 1, "i": incident},
                )
                history.record(
                    session,
                    entity=EntityKind.INCIDENT,
                    entity_id=incident,
                    action=HistoryAction.EDIT,
                    changes={"injuries": [injuries, injuries + 1]},
                )
        except ConflictError:
            conflicts += 1
            continue
        except DatabaseError as exc:
            errors += 1
            messages.append(str(exc))
            continue
        saved[incident] += 1
    db.close()
    out.put((dict(saved), conflicts, errors, messages[:3]))


def _prepare(target: str, count: int) -> list[int]:
    from sqlalchemy import text

    db = open_target(target)
    ids = []
    with db.write() as session:
        for n in range(count):
            ids.append(
                int(
                    session.execute(
                        text(
                            "INSERT INTO incident(title, start_at, time_precision, geo_precision, "
                            "category_id, status, injuries, created_at, updated_at) VALUES "
                            "(:t, '2026-11-01', 'day', 'none', (SELECT min(id) FROM category), "
                            "'reported', 0, '', '') RETURNING id"
                        ),
                        {"t": f"contested {n}"},
                    ).scalar_one()
                )
            )
    db.close()
    return ids


def run(
    name: str, target: str, writers: int, seconds: float, incidents: int, check: bool = True
) -> None:
    from sqlalchemy import text

    ids = _prepare(target, incidents)
    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()
    procs = [
        ctx.Process(target=_writer, args=(target, ids, seconds, n, queue, check))
        for n in range(writers)
    ]
    began = time.monotonic()
    for p in procs:
        p.start()
    results = [queue.get(timeout=seconds + 300) for _ in procs]
    for p in procs:
        p.join()
    took = time.monotonic() - began
    saved: collections.Counter[int] = collections.Counter()
    conflicts = errors = 0
    samples: list[str] = []
    for done, c, e, m in results:
        saved.update(done)
        conflicts += c
        errors += e
        samples += m
    db = open_target(target)
    lost = wrong_version = wrong_history = 0
    with db.read() as session:
        for incident in ids:
            injuries, version = session.execute(
                text("SELECT injuries, version FROM incident WHERE id = :i"), {"i": incident}
            ).one()
            entries = session.execute(
                text("SELECT count(*) FROM history WHERE entity = 'incident' AND entity_id = :i"),
                {"i": incident},
            ).scalar_one()
            lost += saved[incident] - injuries
            wrong_version += version != 1 + saved[incident]
            wrong_history += entries != saved[incident]
    db.close()
    total = sum(saved.values())
    if not check:
        name += " WITHOUT the version check (the control: lost updates expected)"
    print(
        f"{name}: {writers} writers x {seconds:.0f} s on {incidents} incidents: {total:,} saves "
        f"({total / took:,.0f}/s), {conflicts:,} conflicts detected and refused, "
        f"{lost} lost updates, {wrong_version} wrong versions, {wrong_history} history "
        f"mismatches, {errors} other errors"
    )
    for message in samples[:3]:
        print(f"  error: {message}")


def main() -> int:
    parser = engine_arguments(__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--incidents", type=int, default=5)
    parser.add_argument(
        "--control",
        action="store_true",
        help="also run once without the version check, to show the lost updates it prevents",
    )
    args = parser.parse_args()
    if not (args.sqlite or args.pg):
        parser.error("give --sqlite and/or --pg URL")
    print_load()
    if args.sqlite:
        path = sqlite_file("writers")
        run("SQLite", path, args.writers, args.seconds, args.incidents)
    if args.pg:
        url = team_database(args.pg, f"il_writers_{os.getpid()}", "il_writers")
        run("PostgreSQL", url, args.writers, args.seconds, args.incidents)
        if args.control:
            run("PostgreSQL", url, args.writers, args.seconds, args.incidents, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
