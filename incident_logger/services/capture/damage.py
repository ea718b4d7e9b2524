"""Damage notes: the objects a statement says were hit, with their number when it is given."""

from __future__ import annotations

from dataclasses import dataclass

from incident_logger.services.capture import lexicon as lx
from incident_logger.services.capture.model import Count, DamageProposal, Proposed, Span
from incident_logger.services.capture.numbers import NumberMention
from incident_logger.services.capture.words import Segment, Statement, Word

CONTEXT = (lx.HARM, lx.DEBRIS, lx.STRIKE, lx.FIRE, lx.ATTACK, lx.SHELLING, lx.EXPLOSION)
_AGAIN = ("ещё", "еще", "ще", "another", "more", "також", "также")


@dataclass(frozen=True, slots=True)
class ObjectMention:
    kind: str
    first: int
    last: int
    lemma: str


def has_context(clause: Segment) -> bool:
    """Whether words around say something was hit (objects elsewhere are not damage)."""
    return any(lex.matches(w) for w in clause.words for lex in CONTEXT)


def _object_kind(st: Statement, w: Word) -> str | None:
    if any(f in lx.BUILDING_WORDS for f in w.forms):
        before = st.words[max(0, w.index - 2) : w.index]
        return "apartment building" if any(lx.APARTMENT_MARKS.matches(b) for b in before) else None
    for kind, lexicon in lx.OBJECTS:
        if not lexicon.matches(w):
            continue
        needs = next((lx.NEEDS_NEIGHBOUR[f] for f in w.forms if f in lx.NEEDS_NEIGHBOUR), None)
        if needs:
            nxt = st.words[w.index + 1] if w.index + 1 < len(st.words) else None
            if nxt is None or not any(f.startswith(needs) for f in nxt.forms):
                return None
        if kind == "home":
            before = st.words[max(0, w.index - 2) : w.index]
            if any(lx.APARTMENT_MARKS.matches(b) for b in before):
                return "apartment building"
        return kind
    return None


def find_objects(st: Statement, clause: Segment) -> list[ObjectMention]:
    out: list[ObjectMention] = []
    for w in clause.words:
        kind = _object_kind(st, w)
        if kind is None:
            continue
        if out and out[-1].last == w.index - 1 and st.gap(st.words[out[-1].last], w) == " ":
            # "промислове підприємство", "port infrastructure": one object in two words
            prev = out.pop()
            out.append(ObjectMention(kind, prev.first, w.index, w.forms[0]))
            continue
        out.append(ObjectMention(kind, w.index, w.index, w.forms[0]))
    return out


def _quantity(
    st: Statement, obj: ObjectMention, numbers: list[NumberMention], claimed: set[int]
) -> NumberMention | None:
    for n in numbers:
        if n.first in claimed or n.last >= obj.first or obj.first - n.last > 3:
            continue
        between = st.words[n.last + 1 : obj.first]
        if any(w.is_number or _object_kind(st, w) for w in between):
            continue
        if any(ch in st.gap(st.words[n.last], st.words[obj.first]) for ch in ",.;:()"):
            continue
        return n
    return None


def read_damage(
    st: Statement,
    clause: Segment,
    numbers: list[NumberMention],
    claimed: set[int],
    sentence_context: bool = False,
) -> list[DamageProposal]:
    if not (sentence_context or has_context(clause)):
        return []
    notes: list[DamageProposal] = []
    objects = find_objects(st, clause)
    for obj in objects:
        n = _quantity(st, obj, numbers, claimed)
        words = st.words[obj.first : obj.last + 1]
        start, end = words[0].start, words[-1].end
        qty: Proposed[Count] = Proposed()
        if n is not None:
            claimed.add(n.first)
            # A damage note holds a plain number: "more than 10 houses" is left for the user.
            qty = (
                Proposed(Count(n.value), Span(n.start, n.end))
                if n.value is not None and not n.approximate
                else Proposed(None, Span(n.start, n.end, unsure=True))
            )
            start = min(start, n.start)
        notes.append(
            DamageProposal(Proposed(obj.kind, Span(start, end)), qty, note=st.text[start:end])
        )
    # "пошкоджено ще шість": a number with no object of its own repeats the last object
    if notes:
        for n in numbers:
            if n.first in claimed or not (clause.start <= n.start < clause.end) or n.value is None:
                continue
            before = st.words[n.first - 1].folded if n.first > 0 else ""
            nxt = st.words[n.last + 1] if n.last + 1 < len(st.words) else None
            if before in _AGAIN and (nxt is None or st.gap(st.words[n.last], nxt).strip()):
                claimed.add(n.first)
                kind = notes[-1].object_kind.value
                notes.append(
                    DamageProposal(
                        Proposed(kind, Span(n.start, n.end)),
                        Proposed(Count(n.value, n.approximate), Span(n.start, n.end)),
                        note=st.text[n.start - len(before) - 1 : n.end],
                    )
                )
    return notes
