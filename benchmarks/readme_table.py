"""Run the speed benchmarks in one go and rewrite the README's speed table from their output.

Usage: python benchmarks/readme_table.py --db COPY_OF_1M [--dir DIR] [--runs 5] [--cold-runs 3]
       [--readme README.md] [--only startup import foundation] [--dry-run]

COPY_OF_1M is a copy of a 1,000,000-incident demo database that may be changed (it is
migrated on open and marked clean); never the only copy. DIR keeps the 100,000-incident
import files between runs (default: a folder under the system temp dir).

It runs, each in its own process and one after the other:

- ``bench_startup.py --db COPY`` (whole CLI processes and the app's window, warm and cold);
- ``bench_import.py`` (100,000 incidents exported to CSV, JSON and ACLED and imported back);
- ``bench_foundation.py --db COPY`` and on the 100,000-incident database of the import run
  (first pages, sorts, periods, full-text and prefix searches);
- ``bench_size.py --db COPY`` (bytes per incident, after ``bench_startup`` migrated it).

Every figure in the table is printed by those scripts with its raw-engine anchor from the
same run; this script only lays them out, with the date, the core count and the machine's
load at the start and the end, between the README's markers (nothing outside them changes).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BEGIN = "<!-- speed-table:begin (benchmarks/readme_table.py writes this part; do not edit) -->"
END = "<!-- speed-table:end -->"
PARTS = ("startup", "import", "foundation", "size")
_RESULT = re.compile(r"^(?P<label>\S.*?)\s+(?P<service>[\d.]+)\s+(?P<raw>[\d.]+)\s+(?P<ratio>\S+)$")


def run(args: list[str]) -> str:
    print("$ " + " ".join(args), file=sys.stderr, flush=True)
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=False, cwd=HERE.parent
    )
    sys.stderr.write(done.stdout)
    if done.returncode != 0:
        raise SystemExit(f"{args[0]} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def foundation(db: Path, runs: int) -> tuple[int, dict[str, tuple[float, float]]]:
    """(incidents, {query: (service ms, hand-written SQL ms)}) from bench_foundation."""
    out = run([str(HERE / "bench_foundation.py"), "--db", str(db), "--runs", str(runs)])
    count, results = 0, {}
    for line in out.splitlines():
        if m := re.match(r"^([\d,]+) incidents \(", line):
            count = int(m.group(1).replace(",", ""))
        elif count and (m := _RESULT.match(line)) and m.group("label") != "query":
            results[m.group("label")] = (float(m.group("service")), float(m.group("raw")))
    if not results:
        raise SystemExit("bench_foundation printed no results")
    return count, results


def _size(count: int) -> str:
    return f"{count / 1e6:g}M" if count >= 1_000_000 else f"{count / 1000:g}k"


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def _ratio(a: float | None, b: float | None) -> str:
    return "–" if not a or not b else f"{a / b:.2f}"


def _fmt_ms(value: float) -> str:
    if value < 1:
        return f"{value:.2f} ms"
    return f"{value:.1f} ms" if value < 100 else f"{value:,.0f} ms"


def startup_rows(data: dict[str, object]) -> list[str]:
    sizes = _size(int(data["incidents"]))  # type: ignore[call-overload]
    targets = {
        "--help (process)": "< 150 ms",
        "search pump (process)": "< 250 ms warm, < 1.5 s cold",
        "app window, first rows painted (process)": "< 1 s warm, < 2 s cold",
    }
    rows = []
    for row in data["rows"]:  # type: ignore[attr-defined]
        what = row["what"]
        if what.startswith("quick check"):
            figure = f"{_ms(row['warm'])} warm / {_ms(row['cold'])} cold"
            rows.append(
                f"| SQLite's quick check of the whole file (runs only for a file not marked "
                f"clean) | {sizes} | {figure} | | | |"
            )
            continue
        figure = f"{_ms(row['warm'])} warm / {_ms(row['cold'])} cold (CPU {_ms(row['cpu'])})"
        anchor = f"{row['anchor']}: {_ms(row['anchor_warm'])} / {_ms(row['anchor_cold'])}"
        ratio = (
            f"{_ratio(row['warm'], row['anchor_warm'])} / {_ratio(row['cold'], row['anchor_cold'])}"
        )
        size = "" if what.startswith("--help") else sizes
        rows.append(
            f"| {what} | {size} | {figure} | {anchor} | {ratio} | {targets.get(what, '')} |"
        )
    return rows


def import_rows(data: dict[str, object]) -> list[str]:
    rows = []
    size = _size(int(data["incidents"]))  # type: ignore[call-overload]
    for fmt, f in data["formats"].items():  # type: ignore[attr-defined]
        figure = (
            f"{f['rows_per_s']:,.0f} rows/s ({f['seconds']:.1f} s); peak {f['peak_mb']:.0f} MB "
            f"with the worker, {f['main_peak_mb']:.0f} MB main process"
        )
        if "main_cpu_s" in f:
            figure += (
                f"; CPU {f['main_cpu_s']:.1f} s main process "
                f"({f['rows'] / f['main_cpu_s']:,.0f} rows/s), {f['workers_cpu_s']:.1f} s workers"
            )
        target = "≥ 20,000 rows/s, ≤ 1.3× anchor, < 300 MB" if fmt == "csv" else "< 300 MB"
        anchor = ratio = ""
        if "anchor_seconds" in f:
            plain, deferred = f["anchor_seconds"], f["anchor_deferred_seconds"]
            anchor = (
                f"`executemany` of the same rows, full text included: "
                f"{f['rows'] / plain:,.0f} rows/s; with the sort indexes built after: "
                f"{f['rows'] / deferred:,.0f} rows/s"
            )
            if "anchor_cpu_s" in f:
                anchor += f" (CPU of the first: {f['anchor_cpu_s']:.1f} s)"
            ratio = f"{f['seconds'] / plain:.2f} ({f['seconds'] / deferred:.2f})"
        rows.append(f"| {fmt.upper()} import | {size} | {figure} | {anchor} | {ratio} | {target} |")
    return rows


def _span(values: list[float]) -> str:
    low, high = _fmt_ms(min(values)), _fmt_ms(max(values))
    return low if low == high else f"{low} – {high}"


# Rows of bench_foundation shown together, as the span of their figures.
GROUPS = (("first page sorted by ", "first page sorted by each column"), ("period: ", "period"))


def foundation_rows(columns: dict[int, dict[str, tuple[float, float]]]) -> list[str]:
    rows = []
    for count, results in sorted(columns.items()):
        size = _size(count)
        grouped: dict[str, list[tuple[str, float, float]]] = {}
        for label, (service, raw) in results.items():
            group = next((name for start, name in GROUPS if label.startswith(start)), None)
            if group is not None:
                detail = label.split(" by ", 1)[-1] if group.startswith("first") else label[8:]
                if group not in grouped:
                    grouped[group] = []
                    rows.append(group)  # its place in the order
                grouped[group].append((detail, service, raw))
                continue
            target = "< 150 ms" if label.startswith("prefix search") else ""
            rows.append(
                f"| {label} | {size} | {_fmt_ms(service)} | hand-written SQL: {_fmt_ms(raw)} "
                f"| {_ratio(service, raw)} | {target} |"
            )
        for i, row in enumerate(rows):
            if row in grouped:
                members = grouped[row]
                names = ", ".join(m[0] for m in members)
                ratios = [m[1] / m[2] for m in members if m[2]]
                target = "< 100 ms" if row.startswith("first") else "< 20 ms"
                rows[i] = (
                    f"| {row} ({names}) | {size} | {_span([m[1] for m in members])} | "
                    f"hand-written SQL: {_span([m[2] for m in members])} | "
                    f"{min(ratios):.2f} – {max(ratios):.2f} | {target} |"
                )
    return rows


def size_rows(data: dict[str, Any]) -> list[str]:
    count = int(data["incidents"])
    used, file_size = data["bytes_per_incident"], data["file_bytes_per_incident"]
    anchor = data["anchor_bytes_per_incident"]
    return [
        f"| database size, bytes per incident: pages in use (the file, free pages included) "
        f"| {_size(count)} | {used:,.0f} ({file_size:,.0f}) | the incident rows alone: "
        f"{anchor:,.0f} | {used / anchor:.2f} | ≤ 1,200 |"
    ]


def table(lines: list[str], started: float, ended: float, when: str) -> str:
    head = (
        f"Generated by `python benchmarks/readme_table.py` on {when}: {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, load average "
        f"{started:.1f} at the start and {ended:.1f} at the end (the machine is shared; other "
        "work inflates wall times, CPU times less). Warm: median of warm runs; cold: the page "
        "cache dropped before each run. Each anchor is the raw engine doing the same work in "
        "the same run; ratio = figure / anchor (warm / cold)."
    )
    return "\n".join(
        [
            BEGIN,
            head,
            "",
            "| what | size | figure | anchor (same run) | ratio | target |",
            "|---|---|---|---|---|---|",
            *lines,
            END,
        ]
    )


def rewrite(readme: Path, block: str) -> None:
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"{readme} has no speed-table markers ({BEGIN!r} ... {END!r})")
    readme.write_text(text[:start] + block + text[end + len(END) :], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a copy of a 1M demo database")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "readme-bench")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--readme", type=Path, default=HERE.parent / "README.md")
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument("--dry-run", action="store_true", help="print the table only")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    when = f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC"
    started = os.getloadavg()[0]
    lines: list[str] = []
    if "startup" in args.only:
        out = args.dir / "startup.json"
        run(
            [
                str(HERE / "bench_startup.py"),
                *("--db", str(args.db), "--runs", str(args.runs)),
                *("--cold-runs", str(args.cold_runs), "--json", str(out)),
            ]
        )
        lines += startup_rows(json.loads(out.read_text(encoding="utf-8")))
    if "import" in args.only:
        out = args.dir / "import.json"
        run(
            [
                str(HERE / "bench_import.py"),
                *("--dir", str(args.dir), "--formats", "csv", "json", "acled"),
                *("--json", str(out)),
            ]
        )
        lines += import_rows(json.loads(out.read_text(encoding="utf-8")))
    if "foundation" in args.only:
        columns = {}
        small = args.dir / "source-100000.sqlite3"  # made by bench_import
        for db in ([small] if small.is_file() else []) + [args.db]:
            count, results = foundation(db, args.runs)
            columns[count] = results
        lines += foundation_rows(columns)
    if "size" in args.only:
        out = args.dir / "size.json"
        run([str(HERE / "bench_size.py"), *("--db", str(args.db), "--json", str(out))])
        lines += size_rows(json.loads(out.read_text(encoding="utf-8")))
    block = table(lines, started, os.getloadavg()[0], when)
    print(block)
    if not args.dry_run:
        rewrite(args.readme, block)
        print(f"\n{args.readme} rewritten between its speed-table markers", file=sys.stderr)


if __name__ == "__main__":
    main()
