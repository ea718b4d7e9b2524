"""Turning CSV rows into checked, normalised, index-ready values (runs in worker processes).

Everything here needs no database: reading the cells, the domain's validation (with
stand-in ids for places and sources), the stored form and the folded search text. The
main process then only matches names to ids and writes, so two cores share an import.
"""

from __future__ import annotations

import gc
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from incident_logger.domain.enums import GeoPrecision, Means, PlaceKind, Status, TimePrecision
from incident_logger.domain.messages import msg
from incident_logger.domain.models import SourceLink
from incident_logger.domain.validation import MAX_TEXT, MAX_TITLE, incident_errors
from incident_logger.services.exchange import csv_format
from incident_logger.services.exchange.acled import FIELD_NAMES, row_to_spec
from incident_logger.services.exchange.csv_format import CsvReader, _place, _Row
from incident_logger.services.exchange.csvio import header_index, read_rows, restored
from incident_logger.services.exchange.folding import document_terms, fold_short, fold_words
from incident_logger.services.exchange.numbers import MAX_COUNT
from incident_logger.services.exchange.plan import (
    _STORED_WHEN,
    _tag_key,
    file_field,
    stored_parts,
    with_ids,
)
from incident_logger.services.exchange.problems import Problem, Said
from incident_logger.services.exchange.records import IncidentSpec, ParsedFile
from incident_logger.store.lemma_doc import lemma_text

# One prepared row: (line, [(field, message), ...], values or None when refused).
Item = tuple[int, list[tuple[str, Said]], tuple[Any, ...] | None]
# What a chunk gives back: new place specs, new source specs, and the rows.
PlaceRow = tuple[str, int, str, str, str | None, str]  # key, line, name, kind, parent, country
SourceRow = tuple[str, int, str, str]  # key, line, name, reliability
Prepared = tuple[list[PlaceRow], list[SourceRow], list[Item]]

# Positions in the values tuple.
(
    V_PLACE,
    V_LINKS,
    V_TITLE,
    V_START,
    V_END,
    V_TIME_PRECISION,
    V_LOCALITY,
    V_LAT,
    V_LON,
    V_GEO_PRECISION,
    V_CATEGORY,
    V_MEANS,
    V_NARRATIVE,
    V_INJURIES,
    V_FATALITIES,
    V_RESPONSE,
    V_STATUS,
    V_TAGS,
    V_DAMAGE,
    V_EXTERNAL_ID,
    V_EXTERNAL_TYPE,
    V_CREATED,
    V_UPDATED,
    V_DELETED,
    V_FOLDED,
    V_KEY,  # the record's key in the file (the app's JSON), for its history
) = range(26)


FAST = True  # tests turn the fast path off to compare it with the slow one


def _yes(_: int) -> bool:
    return True


def _stamp_problems(spec: IncidentSpec) -> list[tuple[str, Said]]:
    out: list[tuple[str, Said]] = []
    for name in ("created_at", "updated_at", "deleted_at"):
        value = getattr(spec.stamps, name)
        if value is not None:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                out.append((name, msg("not_date_time", value=value)))
    return out


def prepare_spec(parsed: ParsedFile, spec: IncidentSpec) -> Item:
    """Check one row as far as possible without a database and give its stored values."""
    problems = [(p.field, p.said) for p in spec.problems] + _stamp_problems(spec)
    if problems:
        return spec.line, problems, None
    stand_in: dict[str, int] = {}
    links = tuple(
        SourceLink(
            stand_in.setdefault(link.source, len(stand_in) + 1),
            link.credibility,
            link.url,
            link.note,
        )
        for link in spec.links
    )
    draft = with_ids(spec.draft, 1 if spec.place else None, links)
    errors = incident_errors(draft, _yes, _yes)
    if errors:
        return spec.line, [(file_field(parsed, e.field), e.msg) for e in errors], None
    title, start_at, end_at, locality, category, tags = stored_parts(draft)
    damage = tuple(
        (n.object_kind.strip(), n.quantity, n.severity.value, n.state.value, n.note)
        for n in draft.damage
    )
    stamps = spec.stamps
    values = (
        spec.place,
        tuple((link.source, link.credibility, link.url.strip(), link.note) for link in spec.links),
        title,
        start_at,
        end_at,
        draft.time_precision.value,
        locality,
        draft.latitude,
        draft.longitude,
        draft.geo_precision.value,
        category,
        None if draft.means is None else draft.means.value,
        draft.narrative,
        draft.injuries,
        draft.fatalities,
        draft.response,
        draft.status.value,
        tags,
        damage,
        draft.external_id,
        draft.external_type,
        stamps.created_at,
        stamps.updated_at,
        stamps.deleted_at,
        (
            fold_words(title),
            fold_words(draft.narrative),
            fold_short(locality),
            fold_short(draft.response),
            fold_short(" ".join(f"{n[0]} {n[4]}" for n in damage)),
            lemma_text(
                title,
                draft.narrative,
                locality,
                draft.response,
                " ".join(f"{n[0]} {n[4]}" for n in damage),
            ),
        ),
        spec.key,
    )
    return spec.line, [], values


def prepare_text(
    fmt: str, file_name: str, header: list[str], first_line: int, text: str, delimiter: str = ","
) -> Prepared:
    """Prepare whole CSV records (``fmt`` is ``csv`` or ``acled``) starting at ``first_line``.

    The cyclic garbage collector is paused meanwhile: a chunk makes a few hundred thousand
    objects and no cycles, and the collector's passes over them cost a sixth of the time.
    """
    problems: list[Problem] = []
    path = Path(file_name)
    collecting = gc.isenabled()
    gc.disable()
    try:
        rows = [
            (line + first_line - 1, cells)
            for line, cells in read_rows(path, text, problems, delimiter)
        ]
        places, sources, items = prepare_chunk(fmt, file_name, header, rows)
    finally:
        if collecting:
            gc.enable()
    for p in problems:  # a malformed record: reading stopped there
        items.append((p.line + first_line - 1, [("", p.said)], None))
    return places, sources, items


def prepare_chunk(
    fmt: str, file_name: str, header: list[str], rows: list[tuple[int, list[str]]]
) -> Prepared:
    """Prepare CSV records (``fmt`` is ``csv`` or ``acled``)."""
    parsed = ParsedFile(Path(file_name), fmt)
    index = header_index(header)
    fast: FastCsv | None = None
    if fmt == "acled":
        parsed.field_names = dict(FIELD_NAMES)

        def make(line: int, cells: list[str]) -> IncidentSpec:
            return row_to_spec(parsed, line, cells, index)

    else:
        reader = CsvReader(parsed, index)
        make = reader.spec
        if FAST:
            fast = FastCsv(reader)
    width = len(header)
    items: list[Item] = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue  # a blank line
        if len(cells) != width:
            message = msg("cells_count", cells=len(cells), width=width)
            items.append((line, [("", message)], None))
            continue
        values = fast.values(line, cells) if fast is not None else None
        if values is None:
            items.append(prepare_spec(parsed, make(line, cells)))
        else:
            items.append((line, [], values))
    places = [
        (k, s.line, s.draft.name, s.draft.kind.value, s.parent, s.draft.country_code)
        for k, s in parsed.places.items()
    ]
    sources = [
        (k, s.line, s.draft.name, s.draft.reliability.value) for k, s in parsed.sources.items()
    ]
    return places, sources, items


# --- the fast path for the app's CSV ------------------------------------------------------
#
# Most rows of an export are plainly valid. ``FastCsv.values`` turns such a row straight
# into the values tuple that ``prepare_spec(parsed, reader.spec(line, cells))`` gives, and
# returns None for anything it is not sure of (a cell that fails a strict check, or a list
# or place cell the slow path has not read yet), so that row goes through the slow path and
# its problems are reported exactly as before. It only reads the reader's caches; the slow
# path alone fills them (and registers places and sources, with their first line).

_TIME_PRECISIONS = {m.value: m.value for m in TimePrecision}
_GEO_PRECISIONS = {m.value: m.value for m in GeoPrecision}
_STATUSES = {m.value: m.value for m in Status}
_MEANS = {m.value: m.value for m in Means}
_DEFAULTS = (TimePrecision.EXACT.value, GeoPrecision.NEAR.value, Status.REPORTED.value)


def _codes(
    time_precision: str, geo_precision: str, status: str, means_text: str
) -> tuple[str, str, str, str | None] | None:
    """The coded cells as stored (an empty cell: the default, or no means); None: one is bad."""
    time_code = _TIME_PRECISIONS.get(time_precision) if time_precision else _DEFAULTS[0]
    geo_code = _GEO_PRECISIONS.get(geo_precision) if geo_precision else _DEFAULTS[1]
    status_code = _STATUSES.get(status) if status else _DEFAULTS[2]
    means = _MEANS.get(means_text) if means_text else None
    if time_code is None or geo_code is None or status_code is None:
        return None
    if means_text and means is None:
        return None
    return time_code, geo_code, status_code, means


# Every column of the app's CSV but the reference (ids are assigned anew on import).
_FAST_COLUMNS = tuple(c for c in csv_format.COLUMNS if c != "ref")
_MISSING = object()
_PLACE_KINDS = {m.value for m in PlaceKind}
_PARSERS = {"tags": csv_format._tags, "damage": csv_format._damage, "sources": csv_format._links}


class FastCsv:
    """Values for clearly valid rows of the app's CSV (None: use the slow path)."""

    def __init__(self, reader: CsvReader) -> None:
        self.reader = reader
        self.get = itemgetter(*(reader.index[c] for c in _FAST_COLUMNS))
        self.width = reader.width
        self.line = 0
        self.ext: list[str] = []
        self.dates: dict[str, bool] = {}  # 'YYYY-MM-DD' -> a real day
        self.tags: dict[str, tuple[str, ...] | None] = {}
        self.damage: dict[str, tuple[tuple[Any, ...], str] | None] = {}
        self.links: dict[str, tuple[tuple[str, int, str, str], ...] | None] = {}

    def _when(self, text: str) -> bool:
        """A time in the stored form that ``parse_when`` accepts unchanged."""
        if not _STORED_WHEN.fullmatch(text):
            return False
        day = text[:10]
        ok = self.dates.get(day)
        if ok is None:
            try:
                date.fromisoformat(day)
                ok = True
            except ValueError:
                ok = False
            self.dates[day] = ok
        return ok

    def _stamp(self, text: str) -> object:
        value = text.strip()
        if not value:
            return None
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return _MISSING
        return value

    def _cached(self, column: str, text: str) -> Any:
        """The slow path's parse of a list cell (read now if new), or _MISSING if faulty.

        Reading a new cell here is what the slow path would do for this row: the reader
        remembers the parse with its messages and replays them for every row that has the
        cell, and registers the sources it names with this row's line.
        """
        found = self.reader.cells.get(column, {}).get(text)
        if found is None:
            self.reader.line = self.line
            _Row(self.reader, self.line, self.ext, self.reader.index).cached(
                column, _PARSERS[column]
            )
            found = self.reader.cells[column][text]
        if found[1]:
            return _MISSING
        return found[0]

    def _tags(self, text: str) -> tuple[str, ...] | None:
        if text in self.tags:
            return self.tags[text]
        parsed = self._cached("tags", text)
        out: tuple[str, ...] | None = None
        if parsed is not _MISSING:
            tags: dict[str, str] = {}
            for tag in parsed:
                if not tag.strip():
                    break
                clean = " ".join(tag.split())
                tags.setdefault(_tag_key(clean), clean)
            else:
                out = tuple(tags.values())
            self.tags[text] = out
        return out

    def _damage(self, text: str) -> tuple[tuple[Any, ...], str] | None:
        if text in self.damage:
            return self.damage[text]
        notes = self._cached("damage", text)
        out: tuple[tuple[Any, ...], str] | None = None
        if notes is not _MISSING:
            if all(
                n.object_kind.strip() and (n.quantity is None or n.quantity >= 0) for n in notes
            ):
                damage = tuple(
                    (n.object_kind.strip(), n.quantity, n.severity.value, n.state.value, n.note)
                    for n in notes
                )
                out = damage, " ".join(f"{n[0]} {n[4]}" for n in damage)
            self.damage[text] = out
        return out

    def _links(self, text: str) -> tuple[tuple[str, int, str, str], ...] | None:
        if text in self.links:
            return self.links[text]
        links = self._cached("sources", text)
        out: tuple[tuple[str, int, str, str], ...] | None = None
        if links is not _MISSING:
            keys = [link.source for link in links]
            if len(set(keys)) == len(keys) and all(1 <= link.credibility <= 6 for link in links):
                out = tuple(
                    (link.source, link.credibility, link.url.strip(), link.note) for link in links
                )
            self.links[text] = out
        return out

    def values(self, line: int, cells: list[str]) -> tuple[Any, ...] | None:
        self.line = line
        self.ext = ext = [*restored(cells[: self.width]), ""]
        (
            title,
            start,
            end,
            time_precision,
            place_text,
            place_kind,
            locality,
            lat_text,
            lon_text,
            geo_precision,
            category,
            means_text,
            narrative,
            injuries_text,
            fatalities_text,
            response,
            status,
            tags_text,
            sources_text,
            damage_text,
            external_id,
            external_type,
            created_text,
            updated_text,
            deleted_text,
        ) = self.get(ext)
        if not title.strip() or len(title) > MAX_TITLE or not self._when(start):
            return None
        if end:
            if not self._when(end) or end < start:
                return None
        else:
            end = None
        codes = _codes(time_precision, geo_precision, status, means_text)
        if codes is None:
            return None
        time_precision, geo_precision, status, means = codes
        category = category or "other"
        if not category.strip() or len(category) > 100:
            return None
        if len(narrative) > MAX_TEXT or len(response) > MAX_TEXT or len(locality) > MAX_TEXT:
            return None
        try:
            lat = float(lat_text) if lat_text.strip() else None
            lon = float(lon_text) if lon_text.strip() else None
            injuries = int(injuries_text) if injuries_text.strip() else None
            fatalities = int(fatalities_text) if fatalities_text.strip() else None
        except ValueError:
            return None
        if lat is None or lon is None:
            if lat is not lon:
                return None
        elif not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            return None  # also NaN and infinities
        if injuries is not None and not 0 <= injuries <= MAX_COUNT:
            return None
        if fatalities is not None and not 0 <= fatalities <= MAX_COUNT:
            return None
        created = self._stamp(created_text)
        updated = self._stamp(updated_text)
        deleted = self._stamp(deleted_text)
        if created is _MISSING or updated is _MISSING or deleted is _MISSING:
            return None
        place: str | None = None
        if place_text.strip():
            found = self.reader.places.get((place_text, place_kind))
            if found is None and (not place_kind or place_kind in _PLACE_KINDS):
                # New here: read it as the slow path would (a place kind it cannot
                # read would be reported only once, so such rows are left to it).
                self.reader.line = line
                _place(_Row(self.reader, line, ext, self.reader.index))
                found = self.reader.places[(place_text, place_kind)]
            if found is None or found[1]:
                return None
            place = found[0]
        tags = self._tags(tags_text)
        damage = self._damage(damage_text)
        links = self._links(sources_text)
        if tags is None or damage is None or links is None:
            return None
        title = " ".join(title.split())
        locality = locality.strip()
        return (
            place,
            links,
            title,
            start,
            end,
            time_precision,
            locality,
            lat,
            lon,
            geo_precision,
            " ".join(category.split()),
            means,
            narrative,
            injuries,
            fatalities,
            response,
            status,
            tags,
            damage[0],
            external_id,
            external_type,
            created,
            updated,
            deleted,
            document_terms(title, narrative, locality, response, damage[1]),
            "",
        )
