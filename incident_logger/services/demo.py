"""A realistic synthetic dataset for trying the app and for benchmarks (1M rows feasible)."""

from __future__ import annotations

import json
import random
import sqlite3
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from multiprocessing import get_context

from incident_logger.domain.enums import PlaceKind, Reliability, SourceKind
from incident_logger.domain.models import PlaceDraft, SourceDraft
from incident_logger.domain.text import fold
from incident_logger.services import demo_data as data
from incident_logger.services.context import now_iso
from incident_logger.services.places import add_place
from incident_logger.services.sources import add_source
from incident_logger.store import fts
from incident_logger.store.engine import Database

BATCH = 20_000
_EPOCH = datetime(2025, 1, 1)
_SPAN_MINUTES = int((datetime(2026, 11, 20) - _EPOCH).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class DemoStats:
    incidents: int
    places: int
    sources: int
    count_reports: int
    seconds: float


@dataclass(frozen=True, slots=True)
class _City:
    id: int
    name: str
    region_id: int
    region: str
    terms: str  # folded names and aliases of the city and the places above it
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    cities: list[_City]
    categories: dict[str, int]
    regions: dict[str, int]
    sources: list[tuple[int, str, str]]


def _gazetteer(db: Database) -> _Gazetteer:
    """Create (once) the demo regions, cities and sources; return what the generator needs."""
    with db.write() as session:
        conn = session.connection().connection.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        existing = {name: pid for pid, name in conn.execute("SELECT id, name FROM place")}
        countries: dict[str, int] = {}
        for code, (name, aliases) in data.COUNTRIES.items():
            countries[code] = existing.get(name) or add_place(
                session,
                PlaceDraft(name=name, kind=PlaceKind.COUNTRY, country_code=code, aliases=aliases),
            )
        regions: dict[str, int] = {}
        cities: list[tuple[int, str, int, str, float, float]] = []
        for region, code, aliases, towns, (lat, lon) in data.REGIONS:
            rid = existing.get(region) or add_place(
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
                tid = existing.get(town) or add_place(
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
        known = {name: sid for sid, name in conn.execute("SELECT id, name FROM source")}
        sources = []
        for name, kind, grade in data.SOURCES:
            sid = known.get(name) or add_source(
                session,
                SourceDraft(name=name, kind=SourceKind(kind), reliability=Reliability(grade)),
            )
            sources.append((sid, name, grade))
        city_rows = [
            _City(tid, town, rid, region, fts.place_terms(conn, tid), la, lo)
            for tid, town, rid, region, la, lo in cities
        ]
        categories = {name: cid for cid, name in conn.execute("SELECT id, name FROM category")}
    return _Gazetteer(city_rows, categories, regions, sources)


def _pick(rng: random.Random, cumulative: tuple[float, ...]) -> int:
    """Index drawn with the given cumulative probabilities (faster than ``rng.choices``)."""
    roll = rng.random()
    for index, bound in enumerate(cumulative):
        if roll < bound:
            return index
    return len(cumulative)


class _Generator:
    """Makes one incident's rows at a time; text for the index is folded from parts."""

    def __init__(
        self,
        rng: random.Random,
        cities: list[_City],
        categories: dict[str, int],
        sources: list[tuple[int, str, str]],
    ) -> None:
        self.rng, self.cities, self.categories, self.sources = rng, cities, categories, sources
        self.city_folds = {c.id: (fold(c.name), fold(c.region)) for c in cities}
        self.source_folds = {sid: fold(name) for sid, name, _ in sources}
        self.bits = [(b, fold(b)) for b in data.NARRATIVE_BITS]
        self.titles = [(cat, t, fold(t)) for cat, t in data.TITLES]
        self.responses = [(r, fold(r)) for r in data.RESPONSES]
        self.landmarks_ru = [(lm, fold(lm)) for lm in data.LANDMARKS_RU]
        self.days = [
            (_EPOCH + timedelta(days=d)).strftime("%Y-%m-%d")
            for d in range(_SPAN_MINUTES // 1440 + 2)
        ]

    def _stamp(self, minute: int) -> str:
        day, rest = divmod(minute, 1440)
        return f"{self.days[day]}T{rest // 60:02d}:{rest % 60:02d}"

    def incident(self, iid: int, now: str, out: dict[str, list[tuple[object, ...]]]) -> None:
        rng = self.rng
        city = rng.choice(self.cities)
        city_f, region_f = self.city_folds[city.id]
        category, title_t, title_tf = rng.choice(self.titles)
        landmark = rng.choice(data.LANDMARKS)
        landmark_ru, landmark_ru_f = rng.choice(self.landmarks_ru)
        n, hour, minute_of_hour = rng.randint(1, 40), rng.randrange(24), rng.randrange(60)
        fmt = {
            "n": n,
            "city": city.name,
            "city_ru": city.name,
            "region": city.region,
            "landmark": landmark,
            "landmark_ru": landmark_ru,
            "hour": hour,
            "minute": minute_of_hour,
        }
        ffmt = {
            **fmt,
            "city": city_f,
            "city_ru": city_f,
            "region": region_f,
            "landmark_ru": landmark_ru_f,
        }
        title, title_f = title_t.format(**fmt), title_tf.format(**ffmt)
        picks = rng.sample(self.bits, rng.randint(2, 5))
        narrative = " ".join(b.format(**fmt) for b, _ in picks)
        narrative_f = " ".join(bf.format(**ffmt) for _, bf in picks)
        response, response_f = rng.choice(self.responses)
        minute = rng.randrange(_SPAN_MINUTES)
        window = rng.random() < 0.3
        end = self._stamp(minute + rng.randint(60, 480)) if window else None
        precision = "window" if window else ("exact", "hour", "day")[rng.randrange(3)]
        coords = rng.random() < 0.3
        lat = round(city.lat + rng.uniform(-0.05, 0.05), 5) if coords else None
        lon = round(city.lon + rng.uniform(-0.05, 0.05), 5) if coords else None
        injuries = (None, 0, rng.randint(1, 12))[_pick(rng, (0.4, 0.75))]
        fatalities = (None, 0, rng.randint(1, 4))[_pick(rng, (0.45, 0.9))]
        status = ("reported", "confirmed", "disputed", "closed")[_pick(rng, (0.5, 0.75, 0.83))]
        locality = f"near the {landmark}"
        damage_f: list[str] = []
        damage_total = 0
        for pos in range(_pick(rng, (0.4, 0.7, 0.9))):
            kind = rng.choice(data.OBJECTS)
            qty = (None, 1, 1, 2, 3, 5)[rng.randrange(6)]
            state = ("none", "none", "fire started", "fire extinguished")[rng.randrange(4)]
            severity = ("unknown", "minor", "moderate", "severe", "destroyed")[rng.randrange(5)]
            out["damage"].append((iid, kind, qty, severity, state, locality, pos))
            damage_f.append(f"{kind} {locality}")
            damage_total += 1 if qty is None else qty
        links = rng.sample(self.sources, 1 + _pick(rng, (0.55, 0.9)))
        best = "Z9"
        for pos, (sid, _name, grade) in enumerate(links):
            cred = rng.randint(1, 6)
            out["links"].append((iid, sid, cred, "", "", pos))
            best = min(best, f"{grade}{cred}")
        for tag in rng.sample(data.TAGS, _pick(rng, (0.33, 0.78))):
            out["tags"].append((iid, tag, tag))
        out["incidents"].append(
            (
                iid,
                title,
                self._stamp(minute),
                end,
                precision,
                city.id,
                locality,
                lat,
                lon,
                "exact" if coords else "near",
                self.categories[category],
                narrative,
                injuries,
                fatalities,
                response,
                status,
                damage_total,
                best,
                now,
                now,
            )
        )
        out["fts"].append(
            (
                iid,
                title_f,
                narrative_f,
                locality,
                response_f,
                " ".join(damage_f),
                " ".join(self.source_folds[sid] for sid, _, _ in links),
                city.terms,
            )
        )
        out["history"].append((now, "demo", "incident", iid, "create", "{}", "demo data"))


_INSERTS = {
    "incidents": "INSERT INTO incident(id, title, start_at, end_at, time_precision, place_id, "
    "locality, latitude, longitude, geo_precision, category_id, narrative, injuries, "
    "fatalities, response, status, damage_count, best_grade, created_at, updated_at)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "damage": "INSERT INTO damage_note(incident_id, object_kind, quantity, severity, state, note, "
    "position) VALUES (?,?,?,?,?,?,?)",
    "links": "INSERT INTO incident_source(incident_id, source_id, credibility, url, note, "
    "position) VALUES (?,?,?,?,?,?)",
    "tags": "INSERT INTO incident_tag(incident_id, tag, tag_key) VALUES (?,?,?)",
    "fts": "INSERT INTO incident_fts(rowid, title, narrative, locality, response, damage, "
    "sources, places) VALUES (?,?,?,?,?,?,?,?)",
    "history": "INSERT INTO history(at, actor, entity, entity_id, action, changes, reason) "
    "VALUES (?,?,?,?,?,?,?)",
}


def _count_reports(
    conn: sqlite3.Connection,
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
        date = (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%d")
        prev = (_EPOCH + timedelta(days=day - 1)).strftime("%Y-%m-%d")
        lines = rng.sample(region_ids, rng.randint(3, 8))
        counts = [rng.randint(1, 60) for _ in lines]
        total = sum(counts) + rng.randint(0, 80)
        cur = conn.execute(
            "INSERT INTO count_report(source_id, issued_at, period_start, period_end, subject, "
            "outcome, stated_total, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                ministry,
                f"{date}T09:00",
                f"{prev}T20:00",
                f"{date}T07:00",
                "drones",
                "intercepted",
                total,
                "The rest were shot down over various regions.",
                now,
                now,
            ),
        )
        report_id = cur.lastrowid
        conn.executemany(
            "INSERT INTO count_line(report_id, place_id, count, position) VALUES (?,?,?,?)",
            [(report_id, p, c, i) for i, (p, c) in enumerate(zip(lines, counts, strict=True))],
        )
        made += 1
        if rng.random() < 0.5:  # a governor's own figure for one of those regions
            count = max(0, counts[0] + rng.choice((-3, -1, 0, 0, 2)))
            cur = conn.execute(
                "INSERT INTO count_report(source_id, issued_at, period_start, period_end, "
                "subject, outcome, stated_total, note, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    governor,
                    f"{date}T06:30",
                    f"{prev}T20:00",
                    f"{date}T06:00",
                    "drones",
                    "intercepted",
                    count,
                    "",
                    now,
                    now,
                ),
            )
            conn.execute(
                "INSERT INTO count_line(report_id, place_id, count, position) VALUES (?,?,?,0)",
                (cur.lastrowid, lines[0], count),
            )
            made += 1
    return made


_worker: _Generator | None = None


def _init_worker(
    cities: list[_City], categories: dict[str, int], sources: list[tuple[int, str, str]]
) -> None:
    global _worker
    _worker = _Generator(random.Random(), cities, categories, sources)


def _batch(seed: int, first: int, size: int, now: str) -> dict[str, list[tuple[object, ...]]]:
    """One batch of rows, made in a worker process; seeded per batch, so reproducible."""
    assert _worker is not None
    _worker.rng.seed(seed)
    out: dict[str, list[tuple[object, ...]]] = {k: [] for k in _INSERTS}
    for iid in range(first, first + size):
        _worker.incident(iid, now, out)
    return out


def _write_batch(conn: sqlite3.Connection, out: dict[str, list[tuple[object, ...]]]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for key, sql in _INSERTS.items():
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
    with db.raw() as conn:
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM incident").fetchone()[0]
        if not conn.execute("SELECT count(*) FROM count_report").fetchone()[0]:
            conn.execute("BEGIN IMMEDIATE")
            reports = _count_reports(
                conn, rng, (_SPAN_MINUTES // 1440) + 1, gaz.regions, gaz.sources, now
            )
            conn.execute("COMMIT")
        batches = [
            (first + start, min(BATCH, incidents - start)) for start in range(0, incidents, BATCH)
        ]
        # Rows are made in a worker process while this one writes the previous batch, so
        # generation and SQLite's work overlap on two cores.
        pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=get_context("spawn"),
            initializer=_init_worker,
            initargs=(gaz.cities, gaz.categories, gaz.sources),
        )
        conn.execute("PRAGMA cache_size = -524288")  # 512 MiB while bulk-loading big indexes
        try:
            ahead: deque[Future[dict[str, list[tuple[object, ...]]]]] = deque(
                pool.submit(_batch, seed * 1_000_003 + i, b_first, b_size, now)
                for i, (b_first, b_size) in enumerate(batches[:2])
            )
            done = 0
            for i in range(len(batches)):
                out = ahead.popleft().result()
                if i + 2 < len(batches):
                    b_first, b_size = batches[i + 2]
                    ahead.append(
                        pool.submit(_batch, seed * 1_000_003 + i + 2, b_first, b_size, now)
                    )
                _write_batch(conn, out)
                done += len(out["incidents"])
                if progress:
                    progress(done, incidents)
        finally:
            pool.shutdown(cancel_futures=True)
            conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA optimize")
    return DemoStats(
        incidents,
        len(gaz.cities) + len(gaz.regions) + len(data.COUNTRIES),
        len(gaz.sources),
        reports,
        time.perf_counter() - started,
    )


def describe(stats: DemoStats) -> str:
    rate = stats.incidents / stats.seconds if stats.seconds else 0.0
    return json.dumps(
        {
            "incidents": stats.incidents,
            "seconds": round(stats.seconds, 2),
            "incidents_per_second": round(rate),
        }
    )
