"""A realistic synthetic dataset for trying the app and for benchmarks (1M rows feasible)."""

from __future__ import annotations

import json
import pickle
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

from incident_logger.demo import data
from incident_logger.demo.rows import (
    EPOCH,
    INCIDENT_ID_AT,
    INSERTS,
    SPAN_MINUTES,
    Batch,
    City,
    first_incident_id,
)
from incident_logger.domain.enums import PlaceKind, Reliability, SourceKind
from incident_logger.domain.models import CountLine, CountReportDraft, PlaceDraft, SourceDraft
from incident_logger.domain.text import fold
from incident_logger.services.context import now_iso
from incident_logger.services.places import add_place
from incident_logger.services.sources import add_source
from incident_logger.store import bulk, bulk_write, fts
from incident_logger.store import categories as category_store
from incident_logger.store.engine import Database
from incident_logger.store.pg import bulk as pg_bulk
from incident_logger.store.repositories import count_reports, places
from incident_logger.store.repositories import sources as source_repo
from incident_logger.store.sql import Sql, wrap

BATCH = 20_000


@dataclass(frozen=True, slots=True)
class DemoStats:
    incidents: int
    places: int
    sources: int
    count_reports: int
    seconds: float


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    cities: list[City]
    categories: dict[str, int]
    regions: dict[str, int]
    sources: list[tuple[int, str, str]]


def _gazetteer(db: Database) -> _Gazetteer:
    """Create (once) the demo regions, cities and sources; return what the generator needs."""
    with db.write() as session:
        sql = Sql.of(session)
        existing = places.ids_by_name(sql)
        # A place already there under the same parent by one of its names (the gazetteer's
        # "Харківська область" is the demo's "Kharkiv Oblast"): used, not made a second time.
        under: dict[tuple[int | None, str], int] = {}
        for pid, parent, key in [*places.live_names(sql), *places.live_aliases(sql)]:
            under.setdefault((parent, key), pid)
        countries: dict[str, int] = {}
        for code, (name, aliases) in data.COUNTRIES.items():
            countries[code] = existing.get(name) or add_place(
                session,
                PlaceDraft(name=name, kind=PlaceKind.COUNTRY, country_code=code, aliases=aliases),
            )
        regions: dict[str, int] = {}
        cities: list[tuple[int, str, int, str, float, float]] = []
        for region, code, aliases, towns, (lat, lon) in data.REGIONS:
            rid = under.get((countries[code], fold(region))) or add_place(
                session,
                PlaceDraft(
                    name=region,
                    kind=PlaceKind.REGION,
                    parent_id=countries[code],
                    country_code=code,
                    aliases=aliases,
                    latitude=lat,
                    longitude=lon,
                ),
            )
            regions[region] = rid
            for i, (town, town_aliases) in enumerate(towns):
                tid = under.get((rid, fold(town))) or add_place(
                    session,
                    PlaceDraft(
                        name=town,
                        kind=PlaceKind.CITY,
                        parent_id=rid,
                        country_code=code,
                        aliases=town_aliases,
                        latitude=round(lat + 0.3 * i, 4),
                        longitude=round(lon + 0.2 * i, 4),
                    ),
                )
                cities.append((tid, town, rid, region, lat + 0.3 * i, lon + 0.2 * i))
        known = source_repo.ids_by_name(sql)
        sources = []
        for name, kind, grade in data.SOURCES:
            sid = known.get(name) or add_source(
                session,
                SourceDraft(name=name, kind=SourceKind(kind), reliability=Reliability(grade)),
            )
            sources.append((sid, name, grade))
        city_rows = []
        for tid, town, rid, region, la, lo in cities:
            city_rows.append(City(tid, town, rid, region, fts.place_terms(sql, tid), la, lo))
        categories = {name: cid for cid, name in category_store.names(sql)}
    return _Gazetteer(city_rows, categories, regions, sources)


def _count_reports(
    conn: sqlite3.Connection | Sql,
    rng: random.Random,
    days: int,
    regions: dict[str, int],
    sources: list[tuple[int, str, str]],
    now: str,
) -> int:
    ministry, governor = sources[0][0], sources[1][0]
    region_ids = list(regions.values())
    made = 0
    for day in range(days):
        date = (EPOCH + timedelta(days=day)).strftime("%Y-%m-%d")
        prev = (EPOCH + timedelta(days=day - 1)).strftime("%Y-%m-%d")
        lines = rng.sample(region_ids, rng.randint(3, 8))
        counts = [rng.randint(1, 60) for _ in lines]
        total = sum(counts) + rng.randint(0, 80)
        count_reports.insert(
            conn,
            CountReportDraft(
                ministry,
                f"{date}T09:00",
                f"{prev}T20:00",
                f"{date}T07:00",
                "drones",
                "intercepted",
                total,
                "The rest were shot down over various regions.",
                tuple(CountLine(p, c) for p, c in zip(lines, counts, strict=True)),
            ),
            now,
        )
        made += 1
        if rng.random() < 0.5:  # a governor's own figure for one of those regions
            count = max(0, counts[0] + rng.choice((-3, -1, 0, 0, 2)))
            count_reports.insert(
                conn,
                CountReportDraft(
                    governor,
                    f"{date}T06:30",
                    f"{prev}T20:00",
                    f"{date}T06:00",
                    "drones",
                    "intercepted",
                    count,
                    "",
                    (CountLine(lines[0], count),),
                ),
                now,
            )
            made += 1
    return made


class _RowWorker:
    """The ``demo_rows`` worker process, kept two batches ahead of the writer."""

    def __init__(self, gaz: _Gazetteer) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "incident_logger.demo.rows"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._send((gaz.cities, gaz.categories, gaz.sources))

    def _send(self, obj: object) -> None:
        assert self.proc.stdin is not None
        pickle.dump(obj, self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        self.proc.stdin.flush()

    def batches(self, seed: int, first: int, total: int, now: str) -> Iterator[Batch]:
        assert self.proc.stdout is not None
        plan = [
            (seed * 1_000_003 + n, first + start, min(BATCH, total - start), now)
            for n, start in enumerate(range(0, total, BATCH))
        ]
        for request in plan[:2]:
            self._send(request)
        for n in range(len(plan)):
            try:
                batch: Batch = pickle.load(self.proc.stdout)
            except EOFError:
                raise RuntimeError("the demo data worker stopped unexpectedly") from None
            if n + 2 < len(plan):
                self._send(plan[n + 2])
            yield batch

    def __enter__(self) -> _RowWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        if exc[0] is not None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        if self.proc.stdout:
            self.proc.stdout.close()


def _renumbered(batch: Batch, shift: int) -> Batch:
    """``batch`` with every incident id moved up by ``shift``."""
    if not shift:
        return batch
    moved: Batch = {}
    for key, rows in batch.items():
        at = INCIDENT_ID_AT[key]
        moved[key] = [(*r[:at], r[at] + shift, *r[at + 1 :]) for r in rows]  # type: ignore[operator]
    return moved


def _write_batch(conn: sqlite3.Connection, out: Batch) -> None:
    """Write one batch in one transaction, its ids taken from the database inside it.

    Another program (an import, the app) may have added incidents since the batch was made:
    the first free id is read after the write lock is taken, and the batch moved up to it.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        if out["incidents"]:
            free = bulk.next_ids(wrap(conn), ("incident",))["incident"]
            planned = first_incident_id(out)
            out = _renumbered(out, max(0, free - planned))
        for key, sql in INSERTS.items():
            conn.executemany(sql, out[key])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def generate_demo(
    db: Database,
    incidents: int = 2_000,
    *,
    seed: int = 7,
    progress: Callable[[int, int], None] | None = None,
) -> DemoStats:
    """Add ``incidents`` synthetic incidents (and, once, the places, sources and counts)."""
    import time

    started = time.perf_counter()
    gaz = _gazetteer(db)
    rng = random.Random(seed)
    now = now_iso()
    reports = 0
    if db.kind == "postgresql":
        reports = _generate_on_server(db, gaz, rng, seed, incidents, now, progress)
    else:
        reports = _generate_in_file(db, gaz, rng, seed, incidents, now, progress)
    return DemoStats(
        incidents,
        len(gaz.cities) + len(gaz.regions) + len(data.COUNTRIES),
        len(gaz.sources),
        reports,
        time.perf_counter() - started,
    )


def _generate_on_server(
    db: Database,
    gaz: _Gazetteer,
    rng: random.Random,
    seed: int,
    incidents: int,
    now: str,
    progress: Callable[[int, int], None] | None,
) -> int:
    """A team database: the same rows, each batch one transaction sent by COPY (its ids
    taken, and the sequences moved on, while the tables are held: ``store/bulk_write.py``)."""
    reports = 0
    with bulk_write.begin(db, "Making demo data") as tx:
        first = bulk.next_ids(tx.sql, ("incident",))["incident"]
        if not bulk.has_rows(tx.sql, ("count_report",))[0]:
            reports = _count_reports(
                tx.sql, rng, (SPAN_MINUTES // 1440) + 1, gaz.regions, gaz.sources, now
            )
        tx.commit()
    with _RowWorker(gaz) as worker:
        done = 0
        for out in worker.batches(seed, first, incidents, now):
            with bulk_write.begin(db, "Making demo data") as tx:
                if out["incidents"]:
                    free = bulk.next_ids(tx.sql, ("incident",))["incident"]
                    planned = first_incident_id(out)
                    out = _renumbered(out, max(0, free - planned))
                for key, statement in INSERTS.items():
                    pg_bulk.copy_rows(tx.sql, statement, out[key])
                tx.commit()
            done += len(out["incidents"])
            if progress:
                progress(done, incidents)
    return reports


def _generate_in_file(
    db: Database,
    gaz: _Gazetteer,
    rng: random.Random,
    seed: int,
    incidents: int,
    now: str,
    progress: Callable[[int, int], None] | None,
) -> int:
    reports = 0
    with db.raw("Making demo data") as conn:
        first = bulk.next_ids(wrap(conn), ("incident",))["incident"]
        conn.execute("BEGIN IMMEDIATE")
        if not bulk.has_rows(wrap(conn), ("count_report",))[0]:
            reports = _count_reports(
                conn, rng, (SPAN_MINUTES // 1440) + 1, gaz.regions, gaz.sources, now
            )
        conn.execute("COMMIT")
        usual_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute("PRAGMA cache_size = -524288")  # 512 MiB while bulk-loading big indexes
        try:
            with _RowWorker(gaz) as worker:
                done = 0
                for batch in worker.batches(seed, first, incidents, now):
                    _write_batch(conn, batch)
                    done += len(batch["incidents"])
                    if progress:
                        progress(done, incidents)
        finally:
            conn.execute(f"PRAGMA cache_size = {int(usual_cache)}")
        conn.execute("PRAGMA optimize")
    return reports


def describe(stats: DemoStats) -> str:
    rate = stats.incidents / stats.seconds if stats.seconds else 0.0
    return json.dumps(
        {
            "incidents": stats.incidents,
            "seconds": round(stats.seconds, 2),
            "incidents_per_second": round(rate),
        }
    )
