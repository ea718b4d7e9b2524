"""Capture measured: field-level precision and recall over the statement corpus, and speed.

Usage: python benchmarks/bench_capture.py [--runs 20] [--misses]

Quality: every statement in tests/data/statements/*.json (the corpus the rules were written
against) and, apart, tests/data/statements/holdout/*.json (statements written before capture
was first run on them), read against the built-in gazetteer of a new database. A field counts
as a true positive when the proposed value equals the expected one, a false positive when a
value was proposed that is wrong (or not expected), a false negative when an expected value is
missing or wrong. Lines and damage notes count item by item.

Speed: capture of a ~3,000-character statement once the dictionaries are loaded (the word
cache cleared before each run, so every word is analysed again), beside the anchor of plain
regex tokenising of the same text; and the cold load of the dictionaries and of the place index.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from incident_logger.language import warm_up
from incident_logger.language.analysis import analyse
from incident_logger.services.capture import capture, load_place_index
from incident_logger.services.capture.evaluation import (
    INCIDENT_FIELDS,
    REPORT_FIELDS,
    Evaluation,
    Score,
    evaluate,
    load_corpus,
)
from incident_logger.store.engine import Database, open_database

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "statements"
TARGET_RECALL = {"total", "lines", "place", "injuries", "fatalities", "damage"}


def _pct(value: float | None) -> str:
    return "   –  " if value is None else f"{value * 100:5.1f}%"


def _table(title: str, ev: Evaluation, languages: list[str]) -> None:
    print(f"\n{title}")
    head = "".join(f"  {lang:>6} P / R   " for lang in languages)
    print(f"{'field':<11}{head}   all P / R        (tp fp fn)")
    for name in REPORT_FIELDS + INCIDENT_FIELDS:
        cells = []
        for lang in languages:
            s = ev.scores.get((lang, name), Score())
            cells.append(f"  {_pct(s.precision)} / {_pct(s.recall)}")
        total = ev.by_field(name)
        flag = ""
        if total.precision is not None and total.precision < 0.97:
            flag += "  < P target 0.97"
        if name in TARGET_RECALL and total.recall is not None and total.recall < 0.90:
            flag += "  < R target 0.90"
        print(
            f"{name:<11}{''.join(cells)}   {_pct(total.precision)} / {_pct(total.recall)}"
            f"   ({total.tp} {total.fp} {total.fn}){flag}"
        )


def _load_gazetteer(db: Database) -> None:
    """The built-in gazetteer a new database gets at first start (issue 10, section 1)."""
    from incident_logger.services.gazetteer_load import ensure_gazetteer

    ensure_gazetteer(db)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--misses", action="store_true", help="list every wrong or missed value")
    args = parser.parse_args()

    started = time.perf_counter()
    warm_up()
    dictionaries = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        started = time.perf_counter()
        try:
            _load_gazetteer(db)
        except ImportError:
            print("bench_capture needs the built-in gazetteer (services/gazetteer_load.py)")
            return 1
        gazetteer = time.perf_counter() - started
        started = time.perf_counter()
        index = load_place_index(db)
        index_seconds = time.perf_counter() - started

        corpus = load_corpus(CORPUS)
        holdout = load_corpus(CORPUS / "holdout")
        ev, _ = evaluate(corpus, index)
        held, _ = evaluate(holdout, index)
        languages = ["ru", "uk", "en"]
        print(f"Corpus: {len(corpus)} statements; held out: {len(holdout)}")
        _table("Corpus (precision / recall per language and field)", ev, languages)
        _table("Held-out statements", held, languages)
        if args.misses:
            print("\nWrong or missed values:")
            for line in ev.misses + held.misses:
                print(f"  {line}")

        ru = [e for e in corpus if e["lang"] == "ru"]
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < 3000:
            parts.append(ru[len(parts) % len(ru)]["text"])
        text = " ".join(parts)[:3000]
        issued = datetime(2026, 9, 12, 8, 0)
        capture(text, issued, index=index)  # warm: dictionaries and index in memory
        runs, anchors = [], []
        for _ in range(args.runs):
            analyse.cache_clear()
            t = time.perf_counter()
            capture(text, issued, index=index)
            runs.append(time.perf_counter() - t)
            t = time.perf_counter()
            re.findall(r"\w+", text)
            anchors.append(time.perf_counter() - t)
        cached = []
        for _ in range(args.runs):
            t = time.perf_counter()
            capture(text, issued, index=index)
            cached.append(time.perf_counter() - t)
        db.close()

    run, anchor = statistics.median(runs), statistics.median(anchors)
    print(f"\nSpeed ({len(text):,}-character statement, median of {args.runs} runs)")
    print(
        f"  capture, dictionaries loaded, word cache cleared: {run * 1000:7.1f} ms  (target < 300 ms)"
    )
    print(
        f"  capture, words already seen:                      {statistics.median(cached) * 1000:7.1f} ms"
    )
    print(f"  anchor: re.findall(r'\\w+') over the same text:    {anchor * 1000:7.3f} ms")
    print(f"  ratio capture / anchor: {run / anchor:,.0f}x")
    print(
        f"  dictionaries loaded (ru + uk, this process, cold): {dictionaries:5.2f} s  (target < 1.5 s)"
    )
    print(f"  gazetteer loaded into a new database:              {gazetteer:5.2f} s")
    print(f"  place index read for capture:                      {index_seconds:5.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
