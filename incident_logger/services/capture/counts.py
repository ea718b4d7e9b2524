"""Count reports in a statement: what was counted, what happened to it, the total, the lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from incident_logger.domain.enums import PlaceKind
from incident_logger.services.capture import lexicon as lx
from incident_logger.services.capture.model import (
    Count,
    LineProposal,
    PlaceRef,
    Proposed,
    ReportProposal,
    Span,
    Window,
)
from incident_logger.services.capture.numbers import NumberMention
from incident_logger.services.capture.places import PlaceIndex, PlaceMention
from incident_logger.services.capture.words import Segment, Statement, Word

_PRIORITY = {name: i for i, (name, _) in enumerate(lx.OUTCOMES)}
_CHUNK = re.compile(r",|;|\s(?:и|та|й|а|and)\s")
_LOOK = 4  # words between a number and what it counts


@dataclass
class _Phrase:
    number: NumberMention
    subject: str | None
    subject_span: tuple[int, int] | None
    outcome: str | None
    outcome_span: tuple[int, int] | None
    sentence: Segment
    end_word: int  # last word index of the phrase (the counted noun, or the number)


def _subject_after(st: Statement, last: int) -> tuple[str, int] | None:
    words = st.words
    for k in range(last + 1, min(last + 1 + _LOOK, len(words))):
        w = words[k]
        for name, lexicon in lx.SUBJECTS:
            if lexicon.matches(w):
                return name, k
        if w.is_number or not (lx.COUNT_FILLERS.matches(w) or _model_name(w)):
            return None
    return None


def _model_name(w: Word) -> bool:
    return w.text[:1].isupper() and w.text.isascii() and not w.is_number


def _outcome(st: Statement, clause: Segment, number: NumberMention) -> tuple[str, int, int] | None:
    """The outcome word nearest before the number in its clause (else after it)."""
    words = clause.words
    before = [w for w in words if w.index < number.first]
    after = [w for w in words if w.index > number.last]
    for side in (list(reversed(before)), after):
        hits: list[tuple[str, Word]] = []
        for w in side:
            name = _outcome_of(st, w)
            if name:
                hits.append((name, w))
            elif hits and not _joiner(w):
                break
        if hits:
            best = min(hits, key=lambda h: _PRIORITY[h[0]])[0]
            first = min(h[1].start for h in hits)
            last = max(h[1].end for h in hits)
            if best == "shot down" and any(lx.SUPPRESSED.matches(w) for w in words):
                best = "shot down or suppressed"
            return best, first, last
    return None


def _joiner(w: Word) -> bool:
    return w.folded in (
        "и",
        "та",
        "і",
        "й",
        "and",
        "or",
        "або",
        "или",
        "were",
        "was",
        "been",
        "have",
        "has",
        "by",
    )


def _outcome_of(st: Statement, w: Word) -> str | None:
    for name, lexicon in lx.OUTCOMES:
        if lexicon.matches(w):
            if w.folded == "down" and (
                w.index == 0 or st.words[w.index - 1].folded not in ("shot", "shoot")
            ):
                continue
            if w.folded == "shot" and (
                w.index + 1 >= len(st.words) or st.words[w.index + 1].folded != "down"
            ):
                continue
            return name
    return None


def _only_subject(st: Statement) -> str | None:
    """What the statement counts when it names only one kind of thing ("ударними БпЛА")."""
    kinds = {name for w in st.words for name, lexicon in lx.SUBJECTS if lexicon.matches(w)}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _clause_of(st: Statement, sentence: Segment, word_index: int) -> Segment:
    for clause in st.clauses(sentence):
        if clause.words and clause.words[0].index <= word_index <= clause.words[-1].index:
            return clause
    return sentence


def find_reports(
    st: Statement,
    numbers: list[NumberMention],
    places: list[PlaceMention],
    index: PlaceIndex | None,
    period: Window | None,
    period_span: Span | None,
    default_region: PlaceRef | None,
) -> list[ReportProposal]:
    phrases: list[_Phrase] = []
    used: set[int] = set()
    last_subject: str | None = None
    for sentence in st.sentences:
        in_sentence = [n for n in numbers if sentence.start <= n.start < sentence.end]
        for k, n in enumerate(in_sentence):
            if n.first in used:
                continue
            subj = _subject_after(st, n.last)
            nxt = in_sentence[k + 1] if k + 1 < len(in_sentence) else None
            out_of = (
                nxt is not None
                and nxt.first == n.last + 2
                and lx.OUT_OF.matches(st.words[n.last + 1])
            )
            clause = _clause_of(st, sentence, n.first)
            outcome = _outcome(st, clause, n)
            if out_of and nxt is not None:
                # "збито 38 з 45", "41 of 55 drones launched": the second is what was launched
                subj2 = _subject_after(st, nxt.last)
                subject = (
                    subj2[0] if subj2 else (subj[0] if subj else last_subject or _only_subject(st))
                )
                span2 = (st.words[subj2[1]].start, st.words[subj2[1]].end) if subj2 else None
                phrases.append(
                    _Phrase(
                        n,
                        subject,
                        span2,
                        outcome[0] if outcome else None,
                        outcome[1:] if outcome else None,
                        sentence,
                        n.last,
                    )
                )
                launched_end = subj2[1] if subj2 else nxt.last
                phrases.append(
                    _Phrase(nxt, subject, span2, "launched", None, sentence, launched_end)
                )
                used |= {n.first, nxt.first}
                last_subject = subject or last_subject
                continue
            if subj is None:
                # "Станом на 09:00 знешкоджено 86": a bare number right after an outcome word
                prev = st.words[n.first - 1] if n.first > 0 else None
                fallback = last_subject or _only_subject(st)
                if (
                    prev is not None
                    and _outcome_of(st, prev)
                    and not st.gap(prev, st.words[n.first]).strip()
                    and fallback
                    and outcome
                ):
                    phrases.append(
                        _Phrase(n, fallback, None, outcome[0], outcome[1:], sentence, n.last)
                    )
                    used.add(n.first)
                continue
            if outcome is None:
                continue
            w = st.words[subj[1]]
            phrases.append(
                _Phrase(n, subj[0], (w.start, w.end), outcome[0], outcome[1:], sentence, subj[1])
            )
            used.add(n.first)
            last_subject = subj[0]
    reports = []
    for ph in phrases:
        lines, remainder = _lines(st, ph, numbers, used, places, index, default_region)
        total = (
            Proposed(
                Count(ph.number.value, ph.number.approximate), Span(ph.number.start, ph.number.end)
            )
            if ph.number.value is not None
            else Proposed(None, Span(ph.number.start, ph.number.end, unsure=True))
        )
        if ph.number.value is not None and len(lines) == 1 and lines[0].count.value is None:
            lines = [replace(lines[0], count=Proposed(total.value, total.span))]
        reports.append(
            ReportProposal(
                subject=Proposed(ph.subject, Span(*ph.subject_span) if ph.subject_span else None),
                outcome=Proposed(ph.outcome, Span(*ph.outcome_span) if ph.outcome_span else None),
                total=total,
                period=Proposed(period, period_span) if period else Proposed(None, period_span),
                lines=tuple(lines),
                remainder=remainder,
            )
        )
    return reports


def _region(m: PlaceMention, index: PlaceIndex | None) -> PlaceRef | None:
    if m.place is None or index is None or m.place.kind == PlaceKind.COUNTRY:
        return None
    region_id = m.place.region_id
    return index.ref(region_id) if region_id is not None else None


def _lines(
    st: Statement,
    ph: _Phrase,
    numbers: list[NumberMention],
    used: set[int],
    places: list[PlaceMention],
    index: PlaceIndex | None,
    default_region: PlaceRef | None,
) -> tuple[list[LineProposal], Proposed[Count]]:
    sentence = ph.sentence
    tail_start = st.words[ph.end_word].end
    tail_numbers = [
        n for n in numbers if tail_start <= n.start < sentence.end and n.first not in used
    ]
    lines: list[LineProposal] = []
    remainder: Proposed[Count] = Proposed()
    if tail_numbers:
        for a, b in _chunks(st.text, tail_start, sentence.end):
            in_chunk = [n for n in tail_numbers if a <= n.start < b]
            spots = [m for m in places if a <= m.start < b]
            if len(in_chunk) != 1:
                continue
            n = in_chunk[0]
            used.add(n.first)
            count = (
                Proposed(Count(n.value, n.approximate), Span(n.start, n.end))
                if n.value is not None
                else Proposed(None, Span(n.start, n.end, unsure=True))
            )
            regions = {r.place_id: (r, m) for m in spots if (r := _region(m, index))}
            if len(regions) == 1:
                ref, m = next(iter(regions.values()))
                lines.append(LineProposal(Proposed(ref, Span(m.start, m.end)), count))
            elif not spots and any(lx.REMAINDER.matches(w) for w in st.between(a, b)):
                remainder = count
            elif spots:
                m = spots[0]
                lines.append(LineProposal(Proposed(None, Span(m.start, m.end, unsure=True)), count))
        if lines or remainder.value is not None:
            return lines, remainder
    # No list: one region named in the sentence (or the post's headline) takes the total,
    # unless the sentence says only part of it was there ("большая часть - над ...").
    if any(lx.PARTITIVE.matches(w) for w in sentence.words):
        return [], remainder
    spots = [m for m in places if sentence.start <= m.start < sentence.end]
    regions = {r.place_id: (r, m) for m in spots if (r := _region(m, index))}
    if len(regions) == 1 and not any(m.place is None for m in spots):
        ref, m = next(iter(regions.values()))
        return [LineProposal(Proposed(ref, Span(m.start, m.end)), Proposed())], remainder
    if not spots and default_region is not None:
        return [LineProposal(Proposed(default_region, None), Proposed())], remainder
    return [], remainder


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in _CHUNK.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(a, b) for a, b in out if b > a]
