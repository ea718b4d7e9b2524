"""Start-up of the self-contained build against the pip install, on the same database.

    packaging/build.sh --no-deb                      # dist/incident-logger/incident-logger
    .venv/bin/python benchmarks/bench_bundle_startup.py     # --repeat 7 --incidents 2000

Whole processes, wall clock, median of ``--repeat`` runs, the two installs taking turns so
that both see the same machine load: ``--version``; ``search`` on the database; the app
offscreen until its first rows are on screen and it has closed (INCIDENT_LOGGER_SMOKE=1).
The anchor is a bare ``python3 -c`` that opens the same file with sqlite3 and runs a
count: what any Python program pays before it does anything of its own.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "incident-logger" / "incident-logger"
PIP = ROOT / ".venv" / "bin" / "incident-logger"
ANCHOR = "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM incident').fetchone()"


def _run(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{result.stdout}\n{result.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--frozen", type=Path, default=FROZEN)
    parser.add_argument("--pip", type=Path, default=PIP)
    parser.add_argument("--db", type=Path, help="database (default: a new demo database)")
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    for program in (args.frozen, args.pip):
        if not program.exists():
            raise SystemExit(f"{program} does not exist (build it, or pass --frozen/--pip)")

    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INCIDENT_LOGGER_SMOKE": "1",
        "XDG_DATA_HOME": str(work / "data"),
        "XDG_CONFIG_HOME": str(work / "config"),
        "XDG_STATE_HOME": str(work / "state"),
        "XDG_CACHE_HOME": str(work / "cache"),
    }
    db = args.db or work / "bench.sqlite3"
    if args.db is None:
        _run([str(args.pip), "--db", str(db), "demo", "--incidents", str(args.incidents)], env)

    cases = {
        "--version": ["--version"],
        "search": ["--db", str(db), "search", "--limit", "20", "fire"],
        "GUI to first rows, closed": ["--db", str(db)],
    }
    installs = {"self-contained": str(args.frozen), "pip install": str(args.pip)}
    times: dict[tuple[str, str], list[float]] = {}
    anchor: list[float] = []
    for case, case_args in cases.items():
        for program in (args.frozen, args.pip):
            _run([str(program), *case_args], env)  # warm the file cache once
        for _ in range(args.repeat):
            for name, program_path in installs.items():
                times.setdefault((case, name), []).append(_run([program_path, *case_args], env))
            if case == "--version":
                anchor.append(_run([sys.executable, "-S", "-c", ANCHOR, str(db)], env))

    print(f"database: {db} ({db.stat().st_size / 1e6:.1f} MB); median of {args.repeat} runs")
    print(f"anchor: bare python + sqlite3 count on it: {statistics.median(anchor) * 1000:.0f} ms")
    print(f"{'':28} {'self-contained':>15} {'pip install':>12} {'ratio':>7}")
    for case in cases:
        frozen = statistics.median(times[(case, "self-contained")])
        pip = statistics.median(times[(case, "pip install")])
        print(f"{case:28} {frozen * 1000:>12.0f} ms {pip * 1000:>9.0f} ms {frozen / pip:>7.2f}")


if __name__ == "__main__":
    main()
