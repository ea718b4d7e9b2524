"""Benchmark of the language layer: dictionary loading and lemmatising a statement.

Usage: python benchmarks/bench_language.py [--runs 5]

Loading is measured cold, in a fresh interpreter each run (import plus both dictionaries),
beside the anchor of constructing pymorphy3's two analysers directly. Lemmatising tokenises a
3,000-character Russian/Ukrainian statement and analyses every word through the layer (cache
cleared), beside the anchor of calling pymorphy3's ``parse`` (ru and uk) once on each
distinct word.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from incident_logger import language
from incident_logger.language.analysis import analyse
from incident_logger.language.morph import analyser

_LAYER = (
    "import time; t = time.perf_counter(); from incident_logger import language; "
    "language.warm_up(); print(time.perf_counter() - t)"
)
_RAW = (
    "import time; t = time.perf_counter(); import pymorphy3; "
    "pymorphy3.MorphAnalyzer(lang='ru'); pymorphy3.MorphAnalyzer(lang='uk'); "
    "print(time.perf_counter() - t)"
)
_STATEMENT = (
    "В ночь на 12 сентября дежурными средствами ПВО перехвачены и уничтожены 221 украинский "
    "беспилотный летательный аппарат: 85 над территорией Брянской области, 42 над Смоленской, "
    "28 над Ленинградской областью, остальные над другими регионами. В Обнинске и на окраине "
    "Калуги обломки повредили три автомобиля, пострадавших нет. Над Київщиною та Харківщиною "
    "працювала ППО, уламки впали в Обухові; пошкоджено п'ять приватних будинків. "
)


def _cold(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    layer = statistics.median(_cold(_LAYER) for _ in range(args.runs))
    raw = statistics.median(_cold(_RAW) for _ in range(args.runs))
    print(
        f"dictionary load (cold process, ru+uk): layer {layer * 1000:.0f} ms, "
        f"raw pymorphy3 {raw * 1000:.0f} ms, ratio {layer / raw:.2f}"
    )

    language.warm_up()
    text = (_STATEMENT * 8)[:3000]
    words = [t.text for t in language.tokenize(text) if t.kind == "word"]
    distinct = list(dict.fromkeys(w.lower() for w in words))  # the anchor parses each once
    ru, uk = analyser("ru"), analyser("uk")
    layer_times, raw_times = [], []
    for _ in range(args.runs):
        analyse.cache_clear()
        started = time.perf_counter()
        language.text_lemmas(text)
        layer_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for w in distinct:
            ru.parse(w)
            uk.parse(w)
        raw_times.append(time.perf_counter() - started)
    lt, rt = statistics.median(layer_times), statistics.median(raw_times)
    print(
        f"lemmas of a 3,000-character statement ({len(words)} words, {len(distinct)} distinct, cold cache): "
        f"layer {lt * 1000:.1f} ms, raw parse ru+uk {rt * 1000:.1f} ms, ratio {lt / rt:.2f}"
    )


if __name__ == "__main__":
    main()
