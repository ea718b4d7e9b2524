"""Rows of the synthetic demo dataset, made in a worker process (``python -m`` this module).

The worker reads pickled requests on stdin and writes pickled batches on stdout, so the
parent can write one batch to SQLite while the next is being made: the two overlap on two
cores, and nothing depends on how the parent program was started.
"""

from __future__ import annotations

import pickle
import random
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from operator import itemgetter

from incident_logger.demo import data
from incident_logger.domain.fields import STORED_FIELDS, Kind, default
from incident_logger.domain.text import fold
from incident_logger.store import fts, history
from incident_logger.store.lemma_doc import lemma_text
from incident_logger.store.repositories import incidents

EPOCH = datetime(2025, 1, 1)
SPAN_MINUTES = int((datetime(2026, 11, 20) - EPOCH).total_seconds() // 60)
Batch = dict[str, list[tuple[object, ...]]]


@dataclass(frozen=True, slots=True)
class City:
    id: int
    name: str
    region_id: int
    region: str
    terms: str  # the ``places`` column: folded names of the city and those above, and keys
    lat: float
    lon: float


def _pick(rng: random.Random, cumulative: tuple[float, ...]) -> int:
    """Index drawn with the given cumulative probabilities (faster than ``rng.choices``)."""
    roll = rng.random()
    for index, bound in enumerate(cumulative):
        if roll < bound:
            return index
    return len(cumulative)


# The means a statement would give for each category (None: not recorded), taken in turn
# by incident id (so the random draws, and every other value, stay as they were).
MEANS: dict[str, tuple[str | None, ...]] = {
    "interception": ("drone", "drone", "drone", "missile", None),
    "debris impact": ("drone", "drone", "missile", "unknown"),
    "strike": ("drone", "missile", "aircraft", None),
    "shelling": ("artillery", "artillery", "missile"),
    "sabotage": ("sabotage",),
    "explosion": ("unknown", None, "drone"),
}
_NO_MEANS: tuple[str | None, ...] = (None,)


def _means(category: str, iid: int) -> str | None:
    choices = MEANS.get(category, _NO_MEANS)
    return choices[iid % len(choices)]


def _incident_defaults() -> dict[str, object]:
    """The value of each incident column a demo row does not name: its field's default, as
    stored (a field added later flows into the demo as its default)."""
    found: dict[str, object] = {}
    for entry in STORED_FIELDS:
        if entry.kind is Kind.CATEGORY:
            continue  # the draft's default is a name, the column holds an id: rows name it
        try:
            value = default(entry)
        except KeyError:
            continue  # required (a title, a start): every row names it
        found[str(entry.column)] = value.value if isinstance(value, StrEnum) else value
    return found


INCIDENT_DEFAULTS = _incident_defaults()
# The index row: the id, then the document's columns; one the demo does not name is empty
# (a text field's, whose text the demo leaves empty).
FTS_ROW = ("rowid", *fts.COLUMNS)
FTS_DEFAULTS: dict[str, object] = dict.fromkeys(fts.COLUMNS, "")
Named = dict[str, object]  # a row by column name


def by_name(
    named: list[Named], columns: tuple[str, ...], defaults: dict[str, object]
) -> list[tuple[object, ...]]:
    """Rows in ``columns`` order from rows by column name, all made by one dict display (so
    with the same names): the names are checked and the columns they leave out get their
    defaults, once per batch (a name that is no column, or a column left out with no
    default, raises KeyError)."""
    if not named:
        return []
    names = named[0].keys()
    if not names <= set(columns):
        raise KeyError(f"not columns: {sorted(names - set(columns))}")
    missing = {c: defaults[c] for c in columns if c not in names}
    if missing:
        for row in named:
            row.update(missing)
    return list(map(itemgetter(*columns), named))


class Generator:
    """Makes one incident's rows at a time; text for the index is folded from parts."""

    def __init__(
        self,
        rng: random.Random,
        cities: list[City],
        categories: dict[str, int],
        sources: list[tuple[int, str, str]],
    ) -> None:
        self.rng, self.cities, self.categories, self.sources = rng, cities, categories, sources
        self.city_folds = {c.id: (fold(c.name), fold(c.region)) for c in cities}
        self.source_folds = {sid: fold(name) for sid, name, _ in sources}
        self.source_lemmas = {sid: lemma_text(name) for sid, name, _ in sources}
        self.bits = [(b, fold(b)) for b in data.NARRATIVE_BITS]
        self.titles = [(cat, t, fold(t)) for cat, t in data.TITLES]
        self.responses = [(r, fold(r)) for r in data.RESPONSES]
        self.landmarks_ru = [(lm, fold(lm)) for lm in data.LANDMARKS_RU]
        self.days = [
            (EPOCH + timedelta(days=d)).strftime("%Y-%m-%d")
            for d in range(SPAN_MINUTES // 1440 + 2)
        ]

    def _stamp(self, minute: int) -> str:
        day, rest = divmod(minute, 1440)
        return f"{self.days[day]}T{rest // 60:02d}:{rest % 60:02d}"

    def incident(self, iid: int, now: str, out: Batch, named: dict[str, list[Named]]) -> None:
        """Add one incident's rows to ``out``, its incident and index rows by column name to
        ``named`` (``make_batch`` puts them in column order)."""
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
        minute = rng.randrange(SPAN_MINUTES)
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
        damage_t: list[str] = []
        damage_total = 0
        for pos in range(_pick(rng, (0.4, 0.7, 0.9))):
            kind = rng.choice(data.OBJECTS)
            qty = (None, 1, 1, 2, 3, 5)[rng.randrange(6)]
            state = ("none", "none", "fire started", "fire extinguished")[rng.randrange(4)]
            severity = ("unknown", "minor", "moderate", "severe", "destroyed")[rng.randrange(5)]
            out["damage"].append((iid, kind, qty, severity, state, locality, pos))
            damage_f.append(f"{kind} {locality}")
            damage_t.append(kind)
            damage_total += 1 if qty is None else qty
        links = rng.sample(self.sources, 1 + _pick(rng, (0.55, 0.9)))
        best = "Z9"
        for pos, (sid, _name, grade) in enumerate(links):
            cred = rng.randint(1, 6)
            out["links"].append((iid, sid, cred, "", "", pos))
            best = min(best, f"{grade}{cred}")
        for tag in rng.sample(data.TAGS, _pick(rng, (0.33, 0.78))):
            out["tags"].append((iid, tag, tag))
        named["incidents"].append(
            {
                "id": iid,
                "title": title,
                "start_at": self._stamp(minute),
                "end_at": end,
                "time_precision": precision,
                "place_id": city.id,
                "locality": locality,
                "latitude": lat,
                "longitude": lon,
                "geo_precision": "exact" if coords else "near",
                "category_id": self.categories[category],
                "means": _means(category, iid),
                "narrative": narrative,
                "injuries": injuries,
                "fatalities": fatalities,
                "response": response,
                "status": status,
                "damage_count": damage_total,
                "best_grade": best,
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
        )
        lemmas = lemma_text(title, narrative, locality, response, *damage_t)
        named["fts"].append(
            {
                "rowid": iid,
                "title": title_f,
                "narrative": narrative_f,
                "locality": locality,
                "response": response_f,
                "damage": " ".join(damage_f),
                "sources": " ".join(self.source_folds[sid] for sid, _, _ in links),
                "places": city.terms,
                "lemmas": " ".join((lemmas, *(self.source_lemmas[sid] for sid, _, _ in links))),
            }
        )
        out["history"].append((now, "demo", "incident", iid, "create", "{}", "demo data"))


INSERTS = {
    "incidents": incidents.INSERT_SQL,
    "damage": incidents.DAMAGE_SQL,
    "links": incidents.LINK_SQL,
    "tags": incidents.TAG_SQL,
    "fts": fts.INSERT_SQL,
    "history": history.INSERT_SQL,
}

# Where each kind of row holds its incident's id (a batch is renumbered if ids were taken).
INCIDENT_ID_AT = {
    "incidents": incidents.COLUMNS.index("id"),
    "damage": 0,
    "links": 0,
    "tags": 0,
    "fts": 0,
    "history": 3,
}


def first_incident_id(batch: Batch) -> int:
    """The id of a batch's first incident (the batch holds one)."""
    return int(batch["incidents"][0][INCIDENT_ID_AT["incidents"]])  # type: ignore[call-overload]


def make_batch(gen: Generator, seed: int, first: int, size: int, now: str) -> Batch:
    """Rows of incidents ``first`` .. ``first + size - 1``; seeded per batch, so reproducible."""
    gen.rng.seed(seed)
    out: Batch = {k: [] for k in INSERTS}
    named: dict[str, list[Named]] = {"incidents": [], "fts": []}
    for iid in range(first, first + size):
        gen.incident(iid, now, out, named)
    out["incidents"] = by_name(named["incidents"], incidents.COLUMNS, INCIDENT_DEFAULTS)
    out["fts"] = by_name(named["fts"], FTS_ROW, FTS_DEFAULTS)
    return out


def main() -> None:
    """Worker loop: one pickled (cities, categories, sources), then (seed, first, size, now)s."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    cities, categories, sources = pickle.load(stdin)
    gen = Generator(random.Random(), cities, categories, sources)
    while True:
        try:
            request = pickle.load(stdin)
        except EOFError:
            return
        pickle.dump(make_batch(gen, *request), stdout, protocol=pickle.HIGHEST_PROTOCOL)
        stdout.flush()


if __name__ == "__main__":
    main()
