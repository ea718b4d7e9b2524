"""Hypothesis: any valid incidents survive a JSON and a CSV round trip unchanged."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    GeoPrecision,
    PlaceKind,
    Status,
    TimePrecision,
)
from incident_logger.domain.models import (
    DamageNote,
    IncidentDraft,
    PlaceDraft,
    SourceDraft,
    SourceLink,
)
from incident_logger.domain.text import fold
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import import_file
from incident_logger.services.incidents import create_incident, get_incidents
from incident_logger.services.places import create_place, get_place
from incident_logger.services.search import matching_ids
from incident_logger.services.sources import create_source, get_source
from incident_logger.store.engine import Database, open_database

# Any text a person might paste: every script, newlines, tabs, formula characters, quotes.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=40,
)
WORDS = st.text(alphabet=st.sampled_from("abc xyz=+-@'\"|;\\›КалугаØé\t\n\r,"), max_size=25)
ANY_TEXT = st.one_of(TEXT, WORDS)
NAMES = ["Россия", "Калужская область", "Калуга", "Odd › name | with; marks", "=SUM(1)"]
SOURCE_NAMES = ["Governor (Telegram)", "Ministry | of Defence", "=cmd", "ТАСС", " Leading space"]


def _gazetteer(db: Database) -> tuple[list[int | None], list[int]]:
    country = create_place(db, PlaceDraft(NAMES[0], PlaceKind.COUNTRY, aliases=("Russia",))).id
    region = create_place(db, PlaceDraft(NAMES[1], PlaceKind.REGION, country)).id
    city = create_place(db, PlaceDraft(NAMES[2], PlaceKind.CITY, region)).id
    odd = create_place(db, PlaceDraft(NAMES[3], PlaceKind.DISTRICT, region)).id
    formula = create_place(db, PlaceDraft(NAMES[4], PlaceKind.LOCALITY, odd)).id
    sources = [
        create_source(db, SourceDraft(name, reliability=grade)).id
        for name, grade in zip(SOURCE_NAMES, "ABCDE", strict=True)
    ]
    return [None, country, region, city, odd, formula], sources


@st.composite
def drafts(draw: st.DrawFn, n: int) -> IncidentDraft:
    start = draw(st.datetimes(datetime(1990, 1, 1), datetime(2035, 12, 31)))
    end = draw(st.one_of(st.none(), st.integers(0, 20_000)))
    coords = draw(st.booleans())
    tag_words = draw(st.lists(WORDS.filter(lambda t: t.strip()), max_size=3))
    tags = list({fold(" ".join(t.split())): t for t in tag_words}.values())
    return IncidentDraft(
        title=f"{n} " + draw(ANY_TEXT),
        start_at=start.strftime("%Y-%m-%dT%H:%M"),
        end_at=None if end is None else (start + timedelta(minutes=end)).strftime("%Y-%m-%dT%H:%M"),
        time_precision=draw(st.sampled_from(TimePrecision)),
        locality=draw(ANY_TEXT),
        latitude=draw(st.floats(-90, 90)) if coords else None,
        longitude=draw(st.floats(-180, 180)) if coords else None,
        geo_precision=draw(st.sampled_from(GeoPrecision)),
        category=draw(st.sampled_from(["fire", "debris impact", "Взрыв", "=odd | category;"])),
        narrative=draw(ANY_TEXT),
        injuries=draw(st.one_of(st.none(), st.integers(0, 10_000))),
        fatalities=draw(st.one_of(st.none(), st.integers(0, 10_000))),
        response=draw(ANY_TEXT),
        status=draw(st.sampled_from(Status)),
        tags=tuple(tags),
        damage=tuple(
            draw(
                st.lists(
                    st.builds(
                        DamageNote,
                        object_kind=WORDS.filter(lambda t: t.strip()),
                        quantity=st.one_of(st.none(), st.integers(0, 500)),
                        severity=st.sampled_from(DamageSeverity),
                        state=st.sampled_from(DamageState),
                        note=ANY_TEXT,
                    ),
                    max_size=3,
                )
            )
        ),
        # An event id names one event: two incidents with the same one are duplicates.
        external_id=(f"{n}:" + draw(ANY_TEXT)) if draw(st.booleans()) else "",
        external_type=draw(ANY_TEXT),
    )


@st.composite
def batches(draw: st.DrawFn) -> list[tuple[IncidentDraft, int, list[tuple[int, int, str, str]]]]:
    out = []
    for n in range(draw(st.integers(1, 4))):
        draft = draw(drafts(n))
        place = draw(st.integers(0, 5))
        picked = draw(st.lists(st.integers(0, 4), unique=True, max_size=3))
        links = [(i, draw(st.integers(1, 6)), draw(WORDS), draw(ANY_TEXT)) for i in picked]
        out.append((draft, place, links))
    return out


def _comparable(db: Database, incident_id: int) -> dict[str, object]:
    [incident] = get_incidents(db, [incident_id])
    d = incident.draft
    place = get_place(db, d.place_id).path if d.place_id else None
    sources = [
        (get_source(db, s.source_id).draft.name, s.credibility, s.url, s.note) for s in d.sources
    ]
    plain = replace(d, place_id=None, sources=())
    return {"draft": plain, "place": place, "sources": sources, "deleted": incident.deleted_at}


def _round_trip(
    fmt: str, batch: list[tuple[IncidentDraft, int, list[tuple[int, int, str, str]]]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        a = open_database(here / "a.sqlite3")
        places, sources = _gazetteer(a)
        for draft, place, links in batch:
            create_incident(
                a,
                replace(
                    draft,
                    place_id=places[place],
                    sources=tuple(SourceLink(sources[i], c, u, n) for i, c, u, n in links),
                ),
            )
        out = here / f"out.{fmt}"
        export_file(a, out, fmt=fmt)
        b = open_database(here / "b.sqlite3")
        report = import_file(b, out, fmt=fmt)
        assert report.written and report.imported == len(batch), report.problems
        before = sorted((_comparable(a, i) for i in matching_ids(a, "")), key=repr)
        after = sorted((_comparable(b, i) for i in matching_ids(b, "")), key=repr)
        assert after == before
        if fmt == "json":
            again = here / "again.json"
            export_file(b, again)
            assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
        a.close()
        b.close()


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(batches())
def test_incidents_survive_a_json_round_trip(batch: list) -> None:  # type: ignore[type-arg]
    _round_trip("json", batch)


@SETTINGS
@given(batches())
def test_incidents_survive_a_csv_round_trip(batch: list) -> None:  # type: ignore[type-arg]
    _round_trip("csv", batch)
