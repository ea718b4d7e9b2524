"""Start-up benchmark (issue 11, item 1): whole CLI processes, warm and cold, against raw anchors.

Usage: python benchmarks/bench_startup.py --db FILE [--runs 7] [--cold-runs 3] [--query pump]

FILE should be a big demo database (``incident-logger --db FILE demo --incidents 1000000``).
Every figure is the median wall time of a whole process, from start to exit:

- ``--help``, against a bare ``python -c pass`` (the interpreter alone);
- ``search QUERY`` (first page of 50 and the total), against the ``sqlite3`` shell running
  the same page and count by hand (and, if it is not installed, Python's sqlite3 module);
- opening the database in-process (``open_database`` for reading and for writing a file
  marked clean), against ``sqlite3.connect`` plus a read of the schema;
- the app: from launch to the first rows painted in the incident table (``bench_app.py``'s
  ``app`` child: ``run_app`` as a user starts it, offscreen), against a bare PySide6 window
  that reads the same first page with sqlite3 into a QTableView and paints it. A normal
  launch runs in a user folder an earlier launch used (settings saved, the file marked
  clean); a first launch in a new folder each run, where the file is checked first;
- for scale: SQLite's quick check over the whole file, which opening used to run every
  time and now runs only for a file not marked clean (``store/trust.py``).

``--json FILE`` also writes the figures for ``readme_table.py``.

Cold runs drop the page cache first (``echo 3 > /proc/sys/vm/drop_caches``, root only);
when that is not permitted the script says so and prints no cold figures.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from incident_logger.services.search import SUMMARY_SQL
from incident_logger.store import trust
from incident_logger.store.engine import open_database
from incident_logger.store.inspect import inspect_database

LIMIT = 50


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")
    except OSError:
        return False
    return True


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(action: Callable[[], object], runs: int, *, cold: bool) -> tuple[float, float]:
    """Median wall time and median CPU time of ``runs`` runs."""
    times, cpu = [], []
    for _ in range(runs):
        if cold:
            drop_caches()
        started, used = time.perf_counter(), _cpu()
        action()
        times.append(time.perf_counter() - started)
        cpu.append(_cpu() - used)
    return statistics.median(times), statistics.median(cpu)


def paired(
    action: Callable[[], object], anchor: Callable[[], object], runs: int, *, cold: bool
) -> tuple[tuple[float, float], tuple[float, float]]:
    """``timed`` for the figure and its anchor, run by turns (figure, anchor, figure, ...), so
    that a change in the machine's load while they run touches both alike."""
    mine: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    for _ in range(runs):
        mine.append(timed(action, 1, cold=cold))
        theirs.append(timed(anchor, 1, cold=cold))
    return (
        (statistics.median(t for t, _ in mine), statistics.median(c for _, c in mine)),
        (statistics.median(t for t, _ in theirs), statistics.median(c for _, c in theirs)),
    )


def process(args: list[str]) -> Callable[[], object]:
    def run() -> None:
        done = subprocess.run(args, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args[:4])}... failed: {done.stderr[-500:]}")

    return run


# A bare Qt window showing the first page of incidents, read with sqlite3: the anchor for the
# app's launch. It prints READY once the table's rows are painted, as bench_app's child does.
QT_ANCHOR = """
import sqlite3, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([sys.argv[0]])
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = conn.execute(sys.argv[2]).fetchall()
model = QStandardItemModel(len(rows), len(rows[0]) if rows else 0)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        model.setItem(r, c, QStandardItem("" if value is None else str(value)))
view = QTableView()
view.setModel(model)
view.resize(1440, 860)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("READY", flush=True)
            app.quit()
        return False
painted = Painted()
view.viewport().installEventFilter(painted)
view.show()
app.exec()
"""


def user_home(fresh: bool = False) -> Callable[[], dict[str, str]]:
    """The environment of an app run: its own user folders (settings, clean-close marks).
    ``fresh``: a new folder each run (a first launch); else one folder every run shares (a
    normal launch, after the one ``main`` makes first)."""
    shared = tempfile.mkdtemp(prefix="bench-home-")

    def env() -> dict[str, str]:
        home = tempfile.mkdtemp(prefix="bench-home-") if fresh else shared
        made = dict(os.environ)
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            made[var] = os.path.join(home, var.lower())
        return made

    return env


def until_ready(
    args: list[str], home: Callable[[], dict[str, str]] | None = None
) -> Callable[[], object]:
    """A process timed until it prints READY (its first rows are on screen); then ended."""

    def run() -> None:
        env = home() if home is not None else dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        with subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
        ) as proc:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("READY"):
                    break
            else:
                raise SystemExit(f"{' '.join(args[:3])}... never showed its rows")
            proc.wait(120)

    return run


def first_page_sql() -> str:
    """The app's first page: live incidents, newest first, with the columns it shows."""
    ids = (
        "SELECT i.id FROM incident i WHERE i.deleted_at IS NULL "
        f"ORDER BY i.start_at DESC, i.id DESC LIMIT {LIMIT}"
    )
    return SUMMARY_SQL.replace("{marks}", ids) + " ORDER BY i.start_at DESC, i.id DESC"


def anchor_sql(query: str) -> tuple[str, str]:
    """The page and the count a person would write by hand for a one-word search."""
    match = f"'\"{query}\"'"
    ids = (
        "SELECT i.id FROM incident i WHERE i.deleted_at IS NULL AND +i.id IN "
        f"(SELECT rowid FROM incident_fts WHERE incident_fts MATCH {match}) "
        f"ORDER BY i.start_at DESC, i.id DESC LIMIT {LIMIT}"
    )
    page = SUMMARY_SQL.replace("{marks}", ids) + " ORDER BY i.start_at DESC, i.id DESC;"
    count = (
        "SELECT count(*) FROM incident i WHERE i.deleted_at IS NULL AND i.id IN "
        f"(SELECT rowid FROM incident_fts WHERE incident_fts MATCH {match});"
    )
    return page, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--query", default="pump")
    parser.add_argument("--no-app", action="store_true", help="leave out the app's window")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    db_path: Path = args.db
    if not db_path.is_file():
        raise SystemExit(f"no database at {db_path}")
    py = sys.executable
    cli = [py, "-m", "incident_logger"]
    page, count = anchor_sql(args.query)
    shell = shutil.which("sqlite3")
    if shell:
        anchor_search = [shell, "-readonly", str(db_path), page + count]
        anchor_name = "sqlite3 shell, same page and count"
    else:
        code = f"import sqlite3; c = sqlite3.connect({str(db_path)!r}); "
        code += f"c.execute({page!r}).fetchall(); c.execute({count!r}).fetchall()"
        anchor_search = [py, "-c", code]
        anchor_name = "python sqlite3, same page and count"

    def open_read() -> None:
        open_database(db_path, purpose="read").close()

    def open_write() -> None:
        open_database(db_path).close()

    def open_raw() -> None:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    def quick_check() -> None:
        inspect_database(db_path, read_only=True, quick_check=True, check_seconds=None)

    # The app as a user starts it (run_app), in a user folder of its own that one launch has
    # used before (settings saved, the file marked clean): a normal launch.
    app = [
        py,
        str(Path(__file__).with_name("bench_app.py")),
        "--child",
        "app",
        "--db",
        str(db_path),
    ]
    normal = user_home()
    if not args.no_app:
        until_ready(app, normal)()
    qt_anchor = until_ready([py, "-c", QT_ANCHOR, str(db_path), first_page_sql()])
    open_write()  # a clean close by a trusting process marks the file (checked on first run)
    if not trust.is_marked(db_path):
        raise SystemExit(f"{db_path} is in use by another program (it has a -wal); close it")
    rows: list[tuple[str, Callable[[], object], str, Callable[[], object], float]] = [
        ("--help (process)", process([*cli, "--help"]), "python -c pass",
         process([py, "-c", "pass"]), 0.150),
        (f"search {args.query} (process)",
         process([*cli, "--db", str(db_path), "search", args.query, "--limit", str(LIMIT)]),
         anchor_name, process(anchor_search), 0.250),
        ("app window, first rows painted (process)",
         until_ready(app, normal), "bare PySide6 table of the same page", qt_anchor, 1.0),
        ("app window, first launch: new user folder, the file checked (process)",
         until_ready(app, user_home(fresh=True)), "bare PySide6 table of the same page",
         qt_anchor, 0.0),
        ("open for reading (in-process)", open_read, "sqlite3.connect + schema", open_raw, 0.0),
        ("open for writing, marked clean", open_write, "sqlite3.connect + schema", open_raw, 0.0),
        ("quick check, whole file (only when unmarked)", quick_check,
         "sqlite3.connect + schema", open_raw, 0.0),
    ]  # fmt: skip
    if args.no_app:
        rows = [row for row in rows if not row[0].startswith("app window")]
    cold_ok = drop_caches()
    size = db_path.stat().st_size
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    incidents = conn.execute("SELECT count(*) FROM incident").fetchone()[0]
    conn.close()
    load = os.getloadavg()[0]
    print(
        f"Start-up benchmark, {datetime.date.today()}, {os.cpu_count()} cores (load average "
        f"{load:.1f} at the start), {incidents:,} incidents, {size / 2**30:.2f} GiB, medians of "
        f"{args.runs} warm / {args.cold_runs} cold runs. CPU = user + system time of the "
        "process, which other work on the machine inflates less than wall time."
    )
    if not cold_ok:
        print("Cold runs: not permitted here (dropping the page cache needs root); skipped.")
    print()
    print(
        "| What | Warm | CPU | Anchor | Warm anchor | Anchor CPU | Ratio | Cold | Cold anchor "
        "| Target (warm) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    out: dict[str, object] = {
        "date": str(datetime.date.today()),
        "cores": os.cpu_count(),
        "load_start": round(load, 1),
        "incidents": incidents,
        "gib": round(size / 2**30, 2),
        "runs": args.runs,
        "cold_runs": args.cold_runs if cold_ok else 0,
        "rows": [],
    }
    for name, action, anchor, anchor_action, target in rows:
        once = "quick check" in name or "first launch" in name
        action()  # one run to warm the cache
        (warm, cpu), (warm_anchor, anchor_cpu) = paired(
            action, anchor_action, 1 if once else args.runs, cold=False
        )
        cold = cold_anchor = None
        if cold_ok:
            (cold, _), (cold_anchor, _) = paired(
                action, anchor_action, 1 if once else args.cold_runs, cold=True
            )
        goal = f"< {target * 1000:.0f} ms {'ok' if warm < target else 'MISSED'}" if target else ""
        print(
            f"| {name} | {warm * 1000:.0f} ms | {cpu * 1000:.0f} ms | {anchor} | "
            f"{warm_anchor * 1000:.0f} ms | {anchor_cpu * 1000:.0f} ms | "
            f"{warm / warm_anchor:.1f}x | "
            f"{'-' if cold is None else f'{cold * 1000:.0f} ms'} | "
            f"{'-' if cold_anchor is None else f'{cold_anchor * 1000:.0f} ms'} | {goal} |"
        )
        out["rows"].append(  # type: ignore[attr-defined]
            {
                "what": name,
                "warm": warm,
                "cpu": cpu,
                "anchor": anchor,
                "anchor_warm": warm_anchor,
                "cold": cold,
                "anchor_cold": cold_anchor,
                "target": target,
            }
        )
    out["load_end"] = round(os.getloadavg()[0], 1)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
