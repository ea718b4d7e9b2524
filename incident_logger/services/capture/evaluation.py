"""Field-level precision and recall of capture against expected drafts (the test corpus)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from incident_logger.domain.text import fold
from incident_logger.services.capture.model import CaptureResult, PlaceRef, Window
from incident_logger.services.capture.pipeline import capture
from incident_logger.services.capture.places import PlaceIndex

REPORT_FIELDS = ("subject", "outcome", "total", "lines", "remainder", "period")
INCIDENT_FIELDS = ("category", "place", "injuries", "fatalities", "damage", "state", "time")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class Evaluation:
    scores: dict[tuple[str, str], Score] = field(default_factory=dict)  # (language, field)
    misses: list[str] = field(default_factory=list)  # "id field: expected ... got ..."

    def score(self, language: str, name: str) -> Score:
        return self.scores.setdefault((language, name), Score())

    def by_field(self, name: str) -> Score:
        total = Score()
        for (_, f), s in self.scores.items():
            if f == name:
                total.add(s)
        return total


def load_corpus(folder: Path) -> list[dict[str, Any]]:
    out = []
    for path in sorted(folder.glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            entry["lang"] = path.stem
            out.append(entry)
    return out


def _place_key(index: PlaceIndex | None) -> Callable[[PlaceRef | None], set[str]]:
    def keys(ref: PlaceRef | None) -> set[str]:
        if ref is None:
            return set()
        out = {fold(ref.name)}
        if ref.iso_code:
            out.add(fold(ref.iso_code))
        if index is not None and ref.place_id in index.entries:
            out |= {fold(n) for n in index.entries[ref.place_id].names}
        return out

    return keys


def _window(w: Window | None) -> list[str | None] | None:
    return None if w is None else [w.start, w.end, w.precision]


def _report_values(r: Any, keys: Callable[[PlaceRef | None], set[str]]) -> dict[str, Any]:
    return {
        "subject": r.subject.value,
        "outcome": r.outcome.value,
        "total": None
        if r.total.value is None
        else (r.total.value.value, r.total.value.approximate),
        "lines": [
            (keys(ln.place.value), ln.count.value.value if ln.count.value else None)
            for ln in r.lines
            if ln.place.value
        ],
        "remainder": None if r.remainder.value is None else r.remainder.value.value,
        "period": _window(r.period.value),
    }


def _expected_report(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "subject": e["subject"],
        "outcome": e["outcome"],
        "total": None if e["total"] is None else (e["total"], bool(e.get("approx"))),
        "lines": [(fold(p), c) for p, c in e["lines"]],
        "remainder": e.get("remainder"),
        "period": e.get("period"),
    }


def _incident_values(i: Any, keys: Callable[[PlaceRef | None], set[str]]) -> dict[str, Any]:
    return {
        "category": i.category.value,
        "place": keys(i.place.value) or None,
        "injuries": i.injuries.value,
        "fatalities": i.fatalities.value,
        "damage": [
            (d.object_kind.value, d.quantity.value.value if d.quantity.value else None)
            for d in i.damage
            if d.object_kind.value
        ],
        "state": i.state.value,
        "time": _window(i.time.value),
    }


def _expected_incident(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "category": e["category"],
        "place": fold(e["place"]) if e.get("place") else None,
        "injuries": e.get("injuries"),
        "fatalities": e.get("fatalities"),
        "damage": [tuple(d) for d in e.get("damage", [])],
        "state": e.get("state"),
        "time": e.get("time"),
    }


def _same(name: str, got: Any, want: Any) -> bool:
    if name == "place":
        return want in got
    return bool(got == want)


def _score_items(
    ev: Evaluation, lang: str, name: str, got: list[Any], want: list[Any], sid: str
) -> None:
    s = ev.score(lang, name)
    if name == "lines":
        remaining = list(want)
        for keys, count in got:
            match = next((w for w in remaining if w[0] in keys and w[1] == count), None)
            if match is not None:
                remaining.remove(match)
                s.tp += 1
            else:
                s.fp += 1
                ev.misses.append(f"{sid} line: got {sorted(keys)[:1]} {count}, not expected")
        s.fn += len(remaining)
        ev.misses.extend(f"{sid} line: missed {w}" for w in remaining)
        return
    g, w = Counter(map(tuple, got)), Counter(map(tuple, want))
    hit = sum((g & w).values())
    s.tp += hit
    s.fp += sum(g.values()) - hit
    s.fn += sum(w.values()) - hit
    if g != w:
        ev.misses.append(
            f"{sid} {name}: got {sorted(g.elements())} expected {sorted(w.elements())}"
        )


def _score_pair(
    ev: Evaluation,
    lang: str,
    fields: tuple[str, ...],
    got: dict[str, Any] | None,
    want: dict[str, Any] | None,
    sid: str,
) -> None:
    for name in fields:
        g = got[name] if got else ([] if name in ("lines", "damage") else None)
        w = want[name] if want else ([] if name in ("lines", "damage") else None)
        if name in ("lines", "damage"):
            _score_items(ev, lang, name, list(g or []), list(w or []), sid)
            continue
        s = ev.score(lang, name)
        if g is not None and w is not None and _same(name, g, w):
            s.tp += 1
            continue
        if g is not None and (name != "place" or g):
            s.fp += 1
        if w is not None:
            s.fn += 1
        if g is not None or w is not None:
            shown = sorted(g)[:1] if name == "place" and g else g
            ev.misses.append(f"{sid} {name}: got {shown} expected {w}")


def _align(
    got: list[dict[str, Any]],
    want: list[dict[str, Any]],
    key: Callable[[dict[str, Any], dict[str, Any]], int],
) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    left = list(range(len(want)))
    for g in got:
        best = max(left, key=lambda j: key(g, want[j]), default=None)
        if best is not None and key(g, want[best]) > 0:
            pairs.append((g, want[best]))
            left.remove(best)
        else:
            pairs.append((g, None))
    pairs.extend((None, want[j]) for j in left)
    return pairs


def _report_key(g: dict[str, Any], w: dict[str, Any]) -> int:
    return (
        (g["total"] == w["total"]) * 4
        + (g["subject"] == w["subject"]) * 2
        + (g["outcome"] == w["outcome"])
        + 1
    )


def _incident_key(g: dict[str, Any], w: dict[str, Any]) -> int:
    return (
        (w["place"] in (g["place"] or set())) * 4
        + (g["category"] == w["category"]) * 2
        + (g["damage"] == w["damage"])
        + 1
    )


def evaluate(
    corpus: list[dict[str, Any]], index: PlaceIndex | None
) -> tuple[Evaluation, list[CaptureResult]]:
    ev = Evaluation()
    keys = _place_key(index)
    results = []
    for entry in corpus:
        result = capture(entry["text"], datetime.fromisoformat(entry["issued"]), index=index)
        results.append(result)
        lang, sid = entry["lang"], entry["id"]
        got_r = [_report_values(r, keys) for r in result.reports]
        want_r = [_expected_report(e) for e in entry["reports"]]
        for g, w in _align(got_r, want_r, _report_key):
            _score_pair(ev, lang, REPORT_FIELDS, g, w, sid)
        got_i = [_incident_values(i, keys) for i in result.incidents]
        want_i = [_expected_incident(e) for e in entry["incidents"]]
        for g, w in _align(got_i, want_i, _incident_key):
            _score_pair(ev, lang, INCIDENT_FIELDS, g, w, sid)
    return ev, results
