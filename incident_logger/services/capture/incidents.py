"""Incidents in a statement: which sentences tell of one, and what each says."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from incident_logger.domain.enums import DamageState, PlaceKind
from incident_logger.services.capture import lexicon as lx
from incident_logger.services.capture.casualties import Harm, read_harm
from incident_logger.services.capture.damage import has_context, read_damage
from incident_logger.services.capture.model import (
    DamageProposal,
    IncidentProposal,
    PlaceRef,
    Proposed,
    Span,
    Window,
)
from incident_logger.services.capture.numbers import NumberMention
from incident_logger.services.capture.places import PlaceIndex, PlaceMention
from incident_logger.services.capture.times import EARLIER
from incident_logger.services.capture.words import Segment, Statement, Word

CATEGORY_ORDER = (
    ("debris impact", lx.DEBRIS),
    ("shelling", lx.SHELLING),
    ("strike", lx.STRIKE),
    ("explosion", lx.EXPLOSION),
)
LOCALITY_MARKS = (
    ("на", "окраине"),
    ("на", "околиці"),
    ("у",),
    ("возле",),
    ("около",),
    ("вблизи",),
    ("near",),
    ("on", "the", "outskirts"),
    ("в", "районе"),
    ("поблизу",),
    ("біля",),
    ("на", "территории"),
    ("на", "території"),
)


@dataclass
class _Draft:
    clauses: list[Segment] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    damage: list[DamageProposal] = field(default_factory=list)
    harm: list[Harm] = field(default_factory=list)
    earlier: bool = False
    sibling: _Draft | None = None  # "…гараж, а у Броварах — два автомобілі": same event kind


def _words_of(drafts: list[Segment]) -> list[Word]:
    return [w for c in drafts for w in c.words]


def _is_trigger(clause: Segment) -> bool:
    return any(
        lex.matches(w)
        for w in clause.words
        for lex in (lx.DEBRIS, lx.SHELLING, lx.STRIKE, lx.EXPLOSION, lx.FIRE)
    )


def find_incidents(
    st: Statement,
    numbers: list[NumberMention],
    places: list[PlaceMention],
    index: PlaceIndex | None,
    claimed: set[int],
    count_clauses: set[int],
    statement_time: Window | None,
    statement_time_span: Span | None,
    clause_time: dict[int, tuple[Window | None, Span]],
    default_region: PlaceRef | None,
) -> list[IncidentProposal]:
    drafts: list[_Draft] = []
    negative: list[Harm] = []
    pending_harm: list[Harm] = []
    attack_clause: Segment | None = None
    for sentence in st.sentences:
        opens_earlier = bool(EARLIER.match(st.text, sentence.start, sentence.end))
        in_context = has_context(sentence)
        for k, clause in enumerate(st.clauses(sentence)):
            earlier = opens_earlier and k == 0
            spots = [m for m in places if clause.start <= m.start < clause.end]
            damage = read_damage(st, clause, numbers, claimed, in_context)
            harm = read_harm(st, clause, numbers, claimed)
            counting = clause.start in count_clauses and not damage
            trigger = _is_trigger(clause) and not counting
            positive = harm is not None and not harm.negative
            if harm is not None and harm.negative:
                negative.append(harm)
                harm = None
            current = drafts[-1] if drafts else None
            starts_new = (trigger or damage or positive) and (
                current is None
                or earlier
                or (
                    _town(spots) and _town(current.places) and _town(spots) != _town(current.places)
                )
            )
            if starts_new:
                same_sentence = current is not None and current.clauses[-1].start >= sentence.start
                current = _Draft(earlier=earlier, sibling=current if same_sentence else None)
                drafts.append(current)
                if attack_clause is not None:
                    # "Вночі ворог атакував Харків." then "Пошкоджено ...": one incident
                    current.clauses.append(attack_clause)
                    current.places.extend(
                        m for m in places if attack_clause.start <= m.start < attack_clause.end
                    )
                    attack_clause = None
                if pending_harm:
                    current.harm.extend(pending_harm)
                    pending_harm.clear()
            if current is None:
                if positive and harm is not None:
                    pending_harm.append(harm)
                if not counting and any(lx.ATTACK.matches(w) for w in clause.words):
                    attack_clause = clause
                continue
            if trigger or damage or positive or _adds_detail(clause) or not counting:
                current.clauses.append(clause)
                current.places.extend(spots)
                current.damage.extend(damage)
                if harm is not None:
                    current.harm.append(harm)
    out: list[IncidentProposal] = []
    for i, d in enumerate(drafts):
        previous_text_places = [m for m in places if m.start < d.clauses[0].start]
        out.append(
            _proposal(
                st,
                d,
                index,
                negative,
                statement_time,
                statement_time_span,
                clause_time,
                default_region,
                previous_text_places,
                i,
            )
        )
    return out


def _adds_detail(clause: Segment) -> bool:
    return any(
        lex.matches(w)
        for w in clause.words
        for lex in (lx.RESPONSE, lx.EXTINGUISHED, lx.INJURED, lx.KILLED, lx.HARM)
    )


def _town(spots: list[PlaceMention]) -> int | None:
    for m in spots:
        if (
            m.place is not None
            and m.place.kind not in (PlaceKind.REGION, PlaceKind.COUNTRY)
            and not m.district
        ):
            return m.place.place_id
    return None


def _category(d: _Draft) -> tuple[str | None, Span | None]:
    words = _words_of(d.clauses)
    for name, lexicon in CATEGORY_ORDER:
        hit = next((w for w in words if lexicon.matches(w)), None)
        if hit is not None:
            return name, Span(hit.start, hit.end)
    fire = next((w for w in words if lx.FIRE.matches(w)), None)
    attack = next((w for w in words if lx.ATTACK.matches(w)), None)
    harmed = next((w for w in words if lx.HARM.matches(w)), None)
    if fire is not None and harmed is None:
        return "fire", Span(fire.start, fire.end)
    if attack is not None and (harmed is not None or d.harm or d.damage):
        return "strike", Span(attack.start, attack.end)
    if fire is not None:
        return None, Span(fire.start, fire.end, unsure=True)
    if d.sibling is not None:
        return _category(d.sibling)
    return None, None


def _means(d: _Draft) -> Proposed[str]:
    """The weapon or cause the incident's own words name, else its sibling's."""
    words = _words_of(d.clauses)
    for name, lexicon in lx.MEANS:
        hit = next((w for w in words if lexicon.matches(w)), None)
        if hit is not None:
            return Proposed(name, Span(hit.start, hit.end))
    if d.sibling is not None:
        return _means(d.sibling)
    return Proposed()


def _state(st: Statement, d: _Draft) -> Proposed[str]:
    words = _words_of(d.clauses)
    fire = next((w for w in words if lx.FIRE.matches(w)), None)
    if fire is None:
        return Proposed()
    for w in words:
        if lx.EXTINGUISHED.matches(w) or (
            w.folded == "put"
            and w.index + 1 < len(st.words)
            and st.words[w.index + 1].folded == "out"
        ):
            return Proposed(DamageState.FIRE_EXTINGUISHED.value, Span(w.start, w.end))
    return Proposed(DamageState.FIRE_STARTED.value, Span(fire.start, fire.end))


def _place(
    d: _Draft,
    index: PlaceIndex | None,
    default_region: PlaceRef | None,
    earlier_places: list[PlaceMention],
) -> Proposed[PlaceRef]:
    def pick(spots: list[PlaceMention]) -> Proposed[PlaceRef] | None:
        towns = [
            m
            for m in spots
            if m.place
            and m.place.kind not in (PlaceKind.REGION, PlaceKind.COUNTRY)
            and not m.district
        ]
        if towns:
            return Proposed(towns[0].place, Span(towns[0].start, towns[0].end))
        for m in spots:
            if m.place is None:
                return Proposed(None, Span(m.start, m.end, unsure=True))
            if m.place.kind == PlaceKind.COUNTRY:
                continue
            ref = m.place
            if m.district and index is not None and ref.region_id is not None:
                ref = index.ref(ref.region_id)
            return Proposed(ref, Span(m.start, m.end))
        return None

    found = pick(d.places) or pick(list(reversed(earlier_places))[:3][::-1])
    if found is not None:
        return found
    return Proposed(default_region, None) if default_region else Proposed()


def _locality(st: Statement, d: _Draft, place: Proposed[PlaceRef]) -> Proposed[str]:
    """Where exactly, in the statement's words: "у пруда на окраине Калуги" (the first such)."""
    words = _words_of(d.clauses)
    folded = [w.folded for w in words]
    found: list[tuple[int, int]] = []
    for mark in LOCALITY_MARKS:
        n = len(mark)
        for i in range(len(words) - n + 1):
            if tuple(folded[i : i + n]) != mark:
                continue
            stop = i + n
            while stop < len(words) and stop < i + n + 4:
                w = words[stop]
                if st.gap(words[stop - 1], w).strip() or _verbish(w):
                    break
                stop += 1
            if stop == i + n:
                continue
            start, end = words[i].start, words[stop - 1].end
            if place.span is not None and start <= place.span.start < end and stop - (i + n) == 1:
                continue  # "у Фастові": only the place itself
            found.append((start, end))
    if not found:
        return Proposed()
    start, end = min(found)
    return Proposed(st.text[start:end], Span(start, end))


def _verbish(w: Word) -> bool:
    return any(lex.matches(w) for lex in (lx.HARM, lx.DEBRIS, lx.FIRE, lx.STRIKE)) or w.folded in (
        "и",
        "і",
        "та",
        "and",
        "а",
        "но",
    )


def _harm(d: _Draft, negative: list[Harm]) -> tuple[Proposed[int], Proposed[int]]:
    injuries: Proposed[int] = Proposed()
    fatalities: Proposed[int] = Proposed()
    for h in d.harm:
        if injuries.value is None and h.injuries.span is not None:
            injuries = (
                h.injuries if injuries.span is None or h.injuries.value is not None else injuries
            )
        if fatalities.value is None and h.fatalities.span is not None:
            fatalities = (
                h.fatalities
                if fatalities.span is None or h.fatalities.value is not None
                else fatalities
            )
    for h in negative:
        if injuries.span is None and h.injuries.span is not None:
            injuries = h.injuries
        if fatalities.span is None and h.fatalities.span is not None:
            fatalities = h.fatalities
    return injuries, fatalities


def _response(st: Statement, d: _Draft) -> Proposed[str]:
    parts = [c for c in d.clauses if any(lx.RESPONSE.matches(w) for w in c.words)]
    if not parts:
        return Proposed()
    text = "; ".join(st.text[c.start : c.end].strip(" .;,") for c in parts)
    return Proposed(text, Span(parts[0].start, parts[-1].end))


def _time(
    d: _Draft,
    statement_time: Window | None,
    statement_span: Span | None,
    clause_time: dict[int, tuple[Window | None, Span]],
) -> Proposed[Window]:
    for c in d.clauses:
        if c.start in clause_time:
            window, span = clause_time[c.start]
            return Proposed(window, span if window else Span(span.start, span.end, True))
    if d.earlier:
        return Proposed()
    return Proposed(statement_time, statement_span) if statement_time else Proposed()


def _dedupe(notes: list[DamageProposal]) -> list[DamageProposal]:
    out: list[DamageProposal] = []
    for n in notes:
        same = next(
            (
                o
                for o in out
                if o.object_kind.value == n.object_kind.value and o.note.lower() == n.note.lower()
            ),
            None,
        )
        if same is None or n.quantity.value is not None:
            out.append(n)
    return out


def _proposal(
    st: Statement,
    d: _Draft,
    index: PlaceIndex | None,
    negative: list[Harm],
    statement_time: Window | None,
    statement_span: Span | None,
    clause_time: dict[int, tuple[Window | None, Span]],
    default_region: PlaceRef | None,
    earlier_places: list[PlaceMention],
    number: int,
) -> IncidentProposal:
    category, cat_span = _category(d)
    place = _place(d, index, default_region, earlier_places)
    injuries, fatalities = _harm(d, negative)
    state = _state(st, d)
    damage = _dedupe(d.damage)
    if state.value is not None and damage:
        damage[0] = replace(damage[0], state=state)
    title = " — ".join(
        x
        for x in (
            (category or "incident").capitalize(),
            place.value.name if place.value else "",
        )
        if x
    )
    span = Span(d.clauses[0].start, d.clauses[-1].end)
    return IncidentProposal(
        title=title,
        category=Proposed(category, cat_span),
        time=_time(d, statement_time, statement_span, clause_time),
        place=place,
        locality=_locality(st, d, place),
        injuries=injuries,
        fatalities=fatalities,
        damage=tuple(damage),
        response=_response(st, d),
        state=state,
        span=span,
        means=_means(d),
    )
