"""ACLED's 31-column event CSV: reading it into incidents and writing incidents in its shape.

What ACLED holds and our model does not (actors, interaction codes, disorder type, source
scale, ...) is kept in a small ``[ACLED]`` block at the end of the narrative, so an event
read from ACLED is written back to ACLED unchanged. See resources/formats.md.

Which ACLED column each incident field feeds (or is read from) is declared once, in the field
registry (``acled=`` in domain/fields.py); this module names those columns through
``FIELD_COLUMNS`` and holds only how a value is converted. The other columns are ACLED's own
(kept in the block), the places above the location, and the year of the event date.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from typing import IO

from incident_logger.domain.enums import (
    GeoPrecision,
    Means,
    PlaceKind,
    Reliability,
    TimePrecision,
)
from incident_logger.domain.fields import INCIDENT_FIELDS
from incident_logger.domain.messages import msg
from incident_logger.domain.models import IncidentDraft, PlaceDraft
from incident_logger.services.exchange.csv_format import add_place_path, add_source
from incident_logger.services.exchange.csvio import restored, safe_row
from incident_logger.services.exchange.dataset import Gazetteer, IncidentRecord
from incident_logger.services.exchange.numbers import integral_code, parse_count
from incident_logger.services.exchange.problems import Said
from incident_logger.services.exchange.records import IncidentSpec, LinkSpec, ParsedFile

# ACLED's columns in its codebook's order.
COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
# Each registry field's ACLED column (domain/fields.py declares them; one declaration per field).
FIELD_COLUMNS: dict[str, str] = {f.name: f.acled for f in INCIDENT_FIELDS if f.acled}
EVENT_ID = FIELD_COLUMNS["external_id"]
EVENT_DATE = FIELD_COLUMNS["start_at"]
TIME_PRECISION = FIELD_COLUMNS["time_precision"]
EVENT_TYPE = FIELD_COLUMNS["external_type"]
SUB_EVENT_TYPE = FIELD_COLUMNS["category"]  # the means feeds it too (MEANS_EVENT)
LOCATION = FIELD_COLUMNS["place_id"]
LATITUDE = FIELD_COLUMNS["latitude"]
LONGITUDE = FIELD_COLUMNS["longitude"]
GEO_PRECISION = FIELD_COLUMNS["geo_precision"]
SOURCE = FIELD_COLUMNS["sources"]
NOTES = FIELD_COLUMNS["narrative"]
FATALITIES = FIELD_COLUMNS["fatalities"]
TAGS = FIELD_COLUMNS["tags"]
YEAR = "year"  # the event date's year: written for ACLED's readers, not read
# The columns that say a CSV is ACLED's (its export may add or reorder others).
SIGNATURE = frozenset({EVENT_ID, EVENT_DATE, EVENT_TYPE, SUB_EVENT_TYPE, NOTES})
BLOCK_MARK = "\n\n[ACLED]\n"
BLOCK_FIELDS = (
    "disorder_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "source_scale",
    "timestamp",
)
PLACE_LEVELS = (
    ("country", PlaceKind.COUNTRY),
    ("admin1", PlaceKind.REGION),
    ("admin2", PlaceKind.DISTRICT),
    ("admin3", PlaceKind.DISTRICT),
    (LOCATION, PlaceKind.CITY),
)
TIME_IN = {"1": TimePrecision.DAY, "2": TimePrecision.WEEK, "3": TimePrecision.MONTH}
GEO_IN = {"1": GeoPrecision.EXACT, "2": GeoPrecision.NEAR, "3": GeoPrecision.REGION}
GEO_OUT = {
    GeoPrecision.EXACT: "1",
    GeoPrecision.NEAR: "2",
    GeoPrecision.DISTRICT: "2",
    GeoPrecision.REGION: "3",
}
SUB_EVENT_CATEGORY = {
    "Air/drone strike": "strike",
    "Shelling/artillery/missile attack": "shelling",
    "Remote explosive/landmine/IED": "explosion",
    "Grenade": "explosion",
    "Suicide bomb": "explosion",
    "Disrupted weapons use": "interception",
}
CATEGORY_EVENT = {
    "interception": ("Strategic developments", "Disrupted weapons use"),
    "debris impact": ("Strategic developments", "Disrupted weapons use"),
    "strike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosion": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
}
# The means as ACLED's event and sub-event type (its codebook's wording). An interception
# keeps "Disrupted weapons use" whatever was intercepted; "unknown" says nothing.
MEANS_EVENT = {
    Means.DRONE: ("Explosions/Remote violence", "Air/drone strike"),
    Means.AIRCRAFT: ("Explosions/Remote violence", "Air/drone strike"),
    Means.MISSILE: ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    Means.ARTILLERY: ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    Means.SABOTAGE: ("Strategic developments", "Looting/property destruction"),
}
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# A problem's field (as the app's files name it) -> the ACLED column to name in the message:
# the registry's columns, and the title and end, which ACLED derives from other columns.
FIELD_NAMES = {
    **{f.exchange or f.name: f.acled for f in INCIDENT_FIELDS if f.acled},
    "title": SUB_EVENT_TYPE,
    "end_at": EVENT_DATE,
}
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S")


def is_acled_header(header: Iterable[str]) -> bool:
    return SIGNATURE.issubset(h.strip().lower() for h in header)


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """ISO numeric -> alpha-2 and back (ACLED's ``iso`` is the numeric code)."""
    import pycountry

    by_numeric = {c.numeric.lstrip("0"): c.alpha_2 for c in pycountry.countries}
    return by_numeric, {a: n for n, a in by_numeric.items()}


# --- Reading ------------------------------------------------------------------------------


def narrative_with_block(notes: str, extra: dict[str, str]) -> str:
    lines = [f"{k}: {extra[k]}" for k in BLOCK_FIELDS if extra.get(k, "").strip()]
    return notes + BLOCK_MARK + "\n".join(lines) if lines else notes


def split_block(narrative: str) -> tuple[str, dict[str, str]]:
    """The narrative without its ``[ACLED]`` block, and the block's fields."""
    at = narrative.rfind(BLOCK_MARK)
    if at < 0:
        return narrative, {}
    fields: dict[str, str] = {}
    for line in narrative[at + len(BLOCK_MARK) :].splitlines():
        key, sep, value = line.partition(": ")
        if sep and key in BLOCK_FIELDS:
            fields[key] = value
    return narrative[:at], fields


_DATES: dict[str, str | None] = {}


def _date(text: str) -> str | None:
    """The ISO date of an ACLED event date (remembered: a file has few distinct days)."""
    if text in _DATES:
        return _DATES[text]
    if len(_DATES) > 20_000:
        _DATES.clear()
    found = _DATES[text] = _parse_date(text)
    return found


def _parse_date(text: str) -> str | None:
    value = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def row_to_spec(
    parsed: ParsedFile, line: int, cells: list[str], index: dict[str, int]
) -> IncidentSpec:
    cells = restored(cells)
    width = len(cells)
    # Each column's stripped cell ("" when the file has no such column), read once.
    get = {
        name: cells[i].strip() if (i := index.get(name)) is not None and i < width else ""
        for name in COLUMNS
    }.__getitem__

    problems = []

    def bad(name: str, message: Said) -> None:
        problems.append(parsed.problem(line, name, message))

    date = _date(get(EVENT_DATE))
    if date is None:
        bad(EVENT_DATE, msg("acled_date", value=get(EVENT_DATE)))
    time_precision = TIME_IN.get(integral_code(get(TIME_PRECISION)) or "1")
    if time_precision is None:
        bad(TIME_PRECISION, msg("one_two_three", value=get(TIME_PRECISION)))
    geo_precision = GEO_IN.get(integral_code(get(GEO_PRECISION)) or "2")
    if geo_precision is None:
        bad(GEO_PRECISION, msg("one_two_three", value=get(GEO_PRECISION)))
    coords: list[float | None] = []
    for name in (LATITUDE, LONGITUDE):
        try:
            coords.append(float(get(name)) if get(name) else None)
        except ValueError:
            bad(name, msg("not_a_number", value=get(name)))
            coords.append(None)
    fatalities = None
    if get(FATALITIES):
        fatalities, why = parse_count(get(FATALITIES))
        if why is not None:
            bad(FATALITIES, why)
    event_type, sub_event = get(EVENT_TYPE), get(SUB_EVENT_TYPE)
    where = get(LOCATION) or get("admin1") or get("country")
    what = sub_event or event_type or "Event"
    levels = [(get(name), kind) for name, kind in PLACE_LEVELS if get(name)]
    numeric = integral_code(get("iso")).lstrip("0")

    def with_code(draft: PlaceDraft) -> PlaceDraft:
        from dataclasses import replace

        return replace(draft, country_code=_countries()[0].get(numeric, ""))

    place = (
        add_place_path(
            parsed,
            [n for n, _ in levels],
            [k for _, k in levels],
            line,
            with_code if levels[0][1] is PlaceKind.COUNTRY and numeric else None,
        )
        if levels
        else None
    )
    links = []
    seen: set[str] = set()
    for name in get(SOURCE).split(";"):
        if name.strip():
            key = add_source(parsed, name, Reliability.F, line)
            if key not in seen:
                seen.add(key)
                links.append(LinkSpec(key, 6))
    draft = IncidentDraft(
        title=f"{what} in {where}" if where else what,
        start_at=date or get(EVENT_DATE),
        time_precision=time_precision or TimePrecision.DAY,
        latitude=coords[0],
        longitude=coords[1],
        geo_precision=geo_precision or GeoPrecision.NEAR,
        category=SUB_EVENT_CATEGORY.get(sub_event, sub_event or "other"),
        narrative=narrative_with_block(get(NOTES), {k: get(k) for k in BLOCK_FIELDS}),
        fatalities=fatalities,
        tags=tuple(t.strip() for t in get(TAGS).split(";") if t.strip()),
        external_id=get(EVENT_ID),
        external_type=f"{event_type} / {sub_event}" if sub_event else event_type,
    )
    return IncidentSpec(line, draft, place, links, problems=problems)


# --- Writing ------------------------------------------------------------------------------


def _time_out(draft: IncidentDraft) -> str:
    tp = draft.time_precision
    if tp is TimePrecision.MONTH:
        return "3"
    if tp is TimePrecision.WEEK:
        return "2"
    if tp is TimePrecision.WINDOW and draft.end_at:
        days = (datetime.fromisoformat(draft.end_at) - datetime.fromisoformat(draft.start_at)).days
        return "1" if days < 1 else "2" if days < 7 else "3"
    return "1"


def _places(record: IncidentRecord, gaz: Gazetteer) -> dict[str, str]:
    """ACLED's country, admin1-3 and location from the place and the places above it."""
    out = {name: "" for name, _ in PLACE_LEVELS}
    chain = gaz.chain(record.draft.place_id)
    districts = ["admin2", "admin3"]
    for place in chain[:-1] if len(chain) > 1 else chain:
        kind, name = place.draft.kind, place.draft.name
        if kind is PlaceKind.COUNTRY and not out["country"]:
            out["country"] = name
        elif kind is PlaceKind.REGION and not out["admin1"]:
            out["admin1"] = name
        elif kind is PlaceKind.DISTRICT and districts:
            out[districts.pop(0)] = name
    if chain:
        leaf = chain[-1].draft
        out[LOCATION] = leaf.name
        if len(chain) > 1 and leaf.kind is PlaceKind.REGION and not out["admin1"]:
            out["admin1"] = leaf.name
        elif len(chain) > 1 and leaf.kind is PlaceKind.DISTRICT and districts:
            out[districts.pop(0)] = leaf.name
    return out


def acled_row(record: IncidentRecord, gaz: Gazetteer) -> list[str]:
    d = record.draft
    body, extra = split_block(d.narrative)
    from_acled = bool(d.external_id and d.external_type)
    if d.external_type:
        event_type, _, sub_event = d.external_type.partition(" / ")
    else:
        event_type, sub_event = CATEGORY_EVENT.get(d.category, ("Strategic developments", "Other"))
        if d.means in MEANS_EVENT and sub_event != "Disrupted weapons use":
            event_type, sub_event = MEANS_EVENT[d.means]
    chain = gaz.chain(d.place_id)
    if "iso" not in extra and chain and chain[0].draft.country_code:
        extra["iso"] = _countries()[1].get(chain[0].draft.country_code.upper(), "")
    extra.setdefault("disorder_type", DISORDER.get(event_type, ""))
    if "timestamp" not in extra:
        extra["timestamp"] = str(int(datetime.fromisoformat(record.times.updated_at).timestamp()))
    notes = body if from_acled else " — ".join(t for t in (d.title, body) if t)
    sources = [gaz.sources[s.source_id].draft.name for s in d.sources if s.source_id in gaz.sources]
    values = {
        **{k: extra.get(k, "") for k in BLOCK_FIELDS},
        **_places(record, gaz),
        EVENT_ID: d.external_id or f"INC-{record.id:06d}",
        EVENT_DATE: d.start_at[:10],
        YEAR: d.start_at[:4],
        TIME_PRECISION: _time_out(d),
        EVENT_TYPE: event_type,
        SUB_EVENT_TYPE: sub_event,
        LATITUDE: "" if d.latitude is None else repr(d.latitude),
        LONGITUDE: "" if d.longitude is None else repr(d.longitude),
        GEO_PRECISION: GEO_OUT[d.geo_precision],
        SOURCE: "; ".join(sources),
        NOTES: notes,
        FATALITIES: "" if d.fatalities is None else str(d.fatalities),
        TAGS: "; ".join(d.tags),
    }
    return safe_row([values[c] for c in COLUMNS])


def write_acled(out: IO[str], records: Iterable[IncidentRecord], gaz: Gazetteer) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        writer.writerow(acled_row(record, gaz))
        count += 1
    return count
