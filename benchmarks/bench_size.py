"""Benchmark of the database's size: bytes per incident, by part, read from SQLite's dbstat.

Usage: python benchmarks/bench_size.py --db DATABASE [--json FILE]

Opens DATABASE read-only (it is not migrated: run the app or ``bench_startup`` on it first
to bring it to this release's schema) and prints, per incident:

- the file's size (free pages included: a file shrinks only when it is vacuumed);
- the pages in use, by table and index, grouped into the parts the issue speaks of;
- the anchor: the incident table's own rows alone (every record's fields, nothing to find
  or sort them by), from the same dbstat pass, and the ratio of the pages in use to it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sqlite3
from pathlib import Path

# Each table or index of the schema in one part (anything else: "other").
PARTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("incident rows", ("incident",)),
    ("full-text index", ("incident_fts_",)),
    (
        "damage notes, source links, tags and their indexes",
        (
            "damage_note",
            "ix_damage_note_",
            "incident_source",
            "ix_incident_source_",
            "incident_tag",
            "ix_incident_tag_",
            "sqlite_autoindex_incident_tag_",
        ),
    ),
    ("sort, period and look-up indexes of incidents", ("ix_incident_",)),  # after the above
    ("history and its index", ("history", "ix_history_")),
)


def part_of(name: str) -> str:
    for part, prefixes in PARTS:
        for prefix in prefixes:
            if name == prefix or (prefix.endswith("_") and name.startswith(prefix)):
                return part
    return "other (places, sources, counts, gazetteer, ...)"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM incident").fetchone()[0]
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    finally:
        conn.close()
    if not count:
        raise SystemExit("the database holds no incidents")
    used = sum(size for _, size in rows)
    parts: dict[str, int] = {}
    for name, size in rows:
        parts[part_of(name)] = parts.get(part_of(name), 0) + size
    anchor = dict(rows).get("incident", 0)
    file_size = args.db.stat().st_size
    now = datetime.datetime.now(datetime.UTC)
    print(
        f"bench_size {now:%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f}, SQLite {sqlite3.sqlite_version}, schema {version}, "
        f"{count:,} incidents"
    )
    print(f"{'part':52} {'MB':>8} {'B/incident':>11}")
    for part, size in sorted(parts.items(), key=lambda p: -p[1]):
        print(f"{part:52} {size / 1e6:8.1f} {size / count:11,.0f}")
    print(f"{'pages in use':52} {used / 1e6:8.1f} {used / count:11,.0f}")
    print(f"{'file (free pages included)':52} {file_size / 1e6:8.1f} {file_size / count:11,.0f}")
    print(
        f"anchor: the incident rows alone {anchor / count:,.0f} B/incident; "
        f"pages in use / anchor {used / anchor:.2f}"
    )
    if args.json:
        figures = {
            "date": f"{now:%Y-%m-%d %H:%M} UTC",
            "cores": os.cpu_count(),
            "load": round(os.getloadavg()[0], 1),
            "schema": version,
            "incidents": count,
            "bytes_per_incident": used / count,
            "file_bytes_per_incident": file_size / count,
            "anchor_bytes_per_incident": anchor / count,
            "parts": {part: size / count for part, size in parts.items()},
        }
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
