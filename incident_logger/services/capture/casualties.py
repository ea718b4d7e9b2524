"""People hurt or killed: a stated count, a stated none (0), or nothing said (None)."""

from __future__ import annotations

from dataclasses import dataclass

from incident_logger.services.capture import lexicon as lx
from incident_logger.services.capture.model import Proposed, Span
from incident_logger.services.capture.numbers import NumberMention
from incident_logger.services.capture.words import Segment, Statement, Word

_NEAR = 3


@dataclass
class Harm:
    injuries: Proposed[int]
    fatalities: Proposed[int]
    negative: bool  # the clause said nobody was hurt (applies to every incident)


def _kind(w: Word) -> str | None:
    if lx.CASUALTIES_BOTH.matches(w):
        return "both"
    if lx.KILLED.matches(w):
        return "killed"
    if lx.INJURED.matches(w):
        return "injured"
    return None


def _negated(st: Statement, clause: Segment, w: Word) -> bool:
    words = clause.words
    lo = max(0, w.index - 3)
    hi = w.index + 3
    near = [x for x in words if lo <= x.index <= hi and x.index != w.index]
    folded = [x.folded for x in near]
    if any(
        lx.NEGATIONS.matches(x) and f not in ("не", "not")
        for x, f in zip(near, folded, strict=True)
    ):
        return True
    # "не пострадал", "not injured", "were not hurt"
    return any(x.folded in ("не", "not") and x.index < w.index for x in near)


def read_harm(
    st: Statement, clause: Segment, numbers: list[NumberMention], claimed: set[int]
) -> Harm | None:
    """What one clause says about people hurt and killed, or None when it says nothing."""
    hits = [(w, k) for w in clause.words if (k := _kind(w))]
    if not hits:
        return None
    span = Span(hits[0][0].start, hits[-1][0].end)
    if any(lx.PENDING.matches(w) for w in clause.words):
        unsure: Proposed[int] = Proposed(None, Span(span.start, span.end, unsure=True))
        kinds = {k for _, k in hits}
        return Harm(
            unsure if kinds & {"injured", "both"} else Proposed(),
            unsure if kinds & {"killed", "both"} else Proposed(),
            False,
        )
    injuries: Proposed[int] = Proposed()
    fatalities: Proposed[int] = Proposed()
    if all(_negated(st, clause, w) for w, _ in hits):
        for w, k in hits:
            zero = Proposed(0, Span(w.start, w.end))
            if k in ("injured", "both"):
                injuries = zero
            if k in ("killed", "both"):
                fatalities = zero
        return Harm(injuries, fatalities, True)
    in_clause = [
        n for n in numbers if clause.start <= n.start < clause.end and n.first not in claimed
    ]
    owner: dict[int, list[NumberMention]] = {}
    for n in in_clause:
        dist = [(abs(_distance(n, w)), w.index) for w, _ in hits if abs(_distance(n, w)) <= _NEAR]
        if dist:
            owner.setdefault(min(dist)[1], []).append(n)
    for w, k in hits:
        value, vspan = _value(st, clause, w, owner.get(w.index, []))
        if value is None:
            continue
        for n in owner.get(w.index, []):
            claimed.add(n.first)
        proposed = Proposed(value, Span(min(vspan[0], w.start), max(vspan[1], w.end)))
        if k in ("injured", "both") and injuries.value is None:
            injuries = proposed
        elif k == "killed" and fatalities.value is None:
            fatalities = proposed
    if injuries.value is None and fatalities.value is None:
        return None
    return Harm(injuries, fatalities, False)


def _distance(n: NumberMention, w: Word) -> int:
    return w.index - n.last if n.last < w.index else n.first - w.index


def _value(
    st: Statement, clause: Segment, w: Word, owned: list[NumberMention]
) -> tuple[int | None, tuple[int, int]]:
    if owned:
        n = owned[0]
        if n.value is None or n.approximate:
            return None, (n.start, n.end)
        return n.value, (n.start, n.end)
    # "Погиб мужчина", "The driver was killed": one person named, no number
    for x in clause.words:
        if (
            abs(x.index - w.index) <= _NEAR
            and lx.PEOPLE.matches(x)
            and not lx.PLURAL_PEOPLE.matches(x)
        ):
            if _plural(x):
                return None, (x.start, x.end)
            return 1, (x.start, x.end)
    return None, (w.start, w.end)


def _plural(w: Word) -> bool:
    f = w.folded
    if f.endswith(("ыи", "ии", "іи", "ои")):  # folded "-ый", "-ий": an adjective, singular
        return False
    return f.endswith(("ы", "и", "s")) and f not in ("man", "person")
