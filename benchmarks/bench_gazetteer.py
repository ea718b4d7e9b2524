"""Benchmark of the built-in gazetteer: first-start load and resolving names.

Usage: python benchmarks/bench_gazetteer.py [--runs 5]

First start: in a fresh interpreter per run (as the app's first start), a new database is
created and ``load_language_and_gazetteer`` (what the app runs on its worker) loads the
morphological dictionaries and every country, region and town of Russia and Ukraine. The anchor inserts the very same rows
(places, aliases, lemma keys, history) with hand-written ``executemany`` into a new database of
the same schema, in one transaction: the cost of the writing alone. The breakdown prints reading
the data, loading the dictionaries, and computing the lemma keys, which the load does only when
the shipped lemma_keys.csv was built under other dictionary versions.

Resolving: ``resolve_place`` on inflected and plain names, against the anchor of one
hand-written SQL lookup of the same keys (lemmas computed beforehand).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_FIRST_START = """
import json, sys, time
from pathlib import Path
started = time.perf_counter()
from incident_logger.store.engine import open_database
from incident_logger.services.gazetteer_load import load_language_and_gazetteer
db = open_database(Path(sys.argv[1]))
opened = time.perf_counter()
result = load_language_and_gazetteer(db)
done = time.perf_counter()
from incident_logger import language
print(json.dumps({"load": done - opened, "created": result.created,
                  "dictionaries": sum(language.load_seconds().values())}))
"""

_PARTS = """
import json, time
t0 = time.perf_counter()
from incident_logger.services import gazetteer_data
entries = gazetteer_data.entries()
t1 = time.perf_counter()
from incident_logger import language
language.warm_up()
t2 = time.perf_counter()
from incident_logger.services.place_keys import keys_for
from incident_logger.domain.enums import PlaceKind
for e in entries:
    keys_for([(e.name.text, e.name.lang)] + [(a.text, a.lang) for a in e.aliases
              if a.lang or e.kind is not PlaceKind.CITY])
t3 = time.perf_counter()
print(json.dumps({"data": t1 - t0, "dictionaries": t2 - t1, "keys": t3 - t2}))
"""

_TABLES = {
    "place": "id, name, name_key, kind, parent_id, country_code, iso_code, latitude, longitude, "
    "created_at, updated_at, origin, origin_ref, origin_version, population",
    "place_alias": "place_id, alias, alias_key, lang",
    "place_lemma": "key, place_id",
    "history": "at, actor, entity, entity_id, action, changes, reason",
}
NAMES = [
    "Брянской области", "над Київщиною", "в Обнинске", "Калуги", "Новомосковске",
    "Bryansk region", "Kharkov", "Тульской", "Смоленском", "Києві",
]


def _run(code: str, *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _anchor(loaded: Path, target: Path) -> float:
    """executemany of the loaded rows into a new database of the same schema."""
    from incident_logger.store.engine import connect_raw, open_database

    open_database(target).close()  # the schema, migrated, and nothing else
    source = connect_raw(loaded)
    rows = {t: source.execute(f"SELECT {c} FROM {t}").fetchall() for t, c in _TABLES.items()}
    source.close()
    conn = connect_raw(target)
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for table, columns in _TABLES.items():
        marks = ",".join("?" * len(columns.split(",")))
        conn.executemany(f"INSERT INTO {table}({columns}) VALUES ({marks})", rows[table])
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _resolve(folder: Path) -> None:
    from incident_logger.services.place_keys import query_keys
    from incident_logger.services.place_match import resolve_place
    from incident_logger.store.engine import open_database

    db = open_database(folder / "first-start-0.sqlite3")
    for name in NAMES:  # warm: dictionaries and caches, as in a running app
        resolve_place(db, name)
    keys = [query_keys(n) for n in NAMES]
    service, raw = [], []
    for _ in range(20):
        started = time.perf_counter()
        for name in NAMES:
            resolve_place(db, name)
        service.append((time.perf_counter() - started) / len(NAMES))
        with db.raw() as conn:
            started = time.perf_counter()
            for k in keys:
                marks = ",".join("?" * len(k))
                conn.execute(
                    f"SELECT DISTINCT k.place_id, p.name FROM place_lemma k JOIN place p "
                    f"ON p.id = k.place_id WHERE k.key IN ({marks}) AND p.deleted_at IS NULL",
                    k,
                ).fetchall()
            raw.append((time.perf_counter() - started) / len(NAMES))
    s, r = statistics.median(service), statistics.median(raw)
    print(f"resolve_place (warm, {len(NAMES)} names): {s * 1000:.2f} ms per name; raw key "
          f"lookup {r * 1000:.3f} ms per name; ratio {s / r:.0f}")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-gazetteer-"))
    loads, anchors, created = [], [], 0
    for i in range(args.runs):
        path = folder / f"first-start-{i}.sqlite3"
        figures = _run(_FIRST_START, str(path))
        loads.append(figures["load"])
        created = int(figures["created"])
        anchors.append(_anchor(path, folder / f"anchor-{i}.sqlite3"))
    load, anchor = statistics.median(loads), statistics.median(anchors)
    print(f"first start: dictionaries + gazetteer {load * 1000:.0f} ms for {created} places; "
          f"raw executemany of the same rows {anchor * 1000:.0f} ms; ratio {load / anchor:.1f}")
    parts = [_run(_PARTS) for _ in range(args.runs)]
    print("  reading the data {:.0f} ms, loading the dictionaries {:.0f} ms; computing the "
          "lemma keys (only without a matching lemma_keys.csv) {:.0f} ms".format(
              *(statistics.median(p[k] for p in parts) * 1000
                for k in ("data", "dictionaries", "keys"))))
    _resolve(folder)


if __name__ == "__main__":
    main()
