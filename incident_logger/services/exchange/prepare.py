"""Turning CSV rows into checked, normalised, index-ready values (runs in worker processes).

Everything here needs no database: reading the cells, the domain's validation (with
stand-in ids for places and sources), the stored form and the folded search text. The
main process then only matches names to ids and writes, so two cores share an import.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from incident_logger.domain.enums import PlaceKind
from incident_logger.domain.fields import (
    INCIDENT_FIELDS,
    STORED_FIELDS,
    IncidentField,
    Kind,
    default,
)
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
from incident_logger.store import fts
from incident_logger.store.lemma_doc import lemma_text
from incident_logger.store.repositories.incidents import (
    CATEGORY_AT,
    PLACE_AT,
    STORED_NAMES,
    stored_values,
)

# One prepared row: (line, [(field, message), ...], values or None when refused).
Item = tuple[int, list[tuple[str, Said]], tuple[Any, ...] | None]
# What a chunk gives back: new place specs, new source specs, and the rows.
PlaceRow = tuple[str, int, str, str, str | None, str]  # key, line, name, kind, parent, country
SourceRow = tuple[str, int, str, str]  # key, line, name, reliability
Prepared = tuple[list[PlaceRow], list[SourceRow], list[Item]]

# Positions in the values tuple. The stored values are the incident row's
# (``incidents.STORED_COLUMNS``, in registry order), with the file's place key at ``PLACE_AT``
# and the category's name at ``CATEGORY_AT`` until the main process has matched them to ids.
(
    V_STORED,
    V_LINKS,
    V_TAGS,
    V_DAMAGE,
    V_CREATED,
    V_UPDATED,
    V_DELETED,
    V_FOLDED,
    V_KEY,  # the record's key in the file (the app's JSON), for its history
) = range(9)
# Stored values the fast path reads itself (validation's checks by name, duplicates).
S_TITLE, S_START, S_END, S_LOCALITY, S_EXTERNAL_ID = (
    STORED_NAMES.index(name) for name in ("title", "start_at", "end_at", "locality", "external_id")
)
S_LATITUDE, S_LONGITUDE = STORED_NAMES.index("latitude"), STORED_NAMES.index("longitude")
# The full-text document's own texts (``fts.TEXTS`` order, read by the registry from the
# stored values; the title and validation's FREE_TEXT_FIELDS): ``V_FOLDED`` holds them
# folded, then the folded damage text and the word keys of them all (``FOLDED_NAMES``, the
# fts columns stream.py writes them to).
_texts = itemgetter(*(STORED_NAMES.index(name) for name in fts.TEXT_FIELDS))
assert len(fts.TEXT_FIELDS) > 1, "itemgetter of one position gives no tuple"
FOLDED_NAMES = (*fts.TEXTS, "damage", "lemmas")
# The fields ``stored_parts`` normalises, in its order.
_PARTS_AT = (S_TITLE, S_START, S_END, S_LOCALITY, CATEGORY_AT)


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
    *parts, tags = stored_parts(draft)
    stored = list(stored_values(draft, ""))
    for at, value in zip(_PARTS_AT, parts, strict=True):
        stored[at] = value
    stored[PLACE_AT] = spec.place
    texts = _texts(stored)
    damage = tuple(
        (n.object_kind.strip(), n.quantity, n.severity.value, n.state.value, n.note)
        for n in draft.damage
    )
    damage_text = " ".join(f"{n[0]} {n[4]}" for n in damage)
    stamps = spec.stamps
    values = (
        tuple(stored),
        tuple((link.source, link.credibility, link.url.strip(), link.note) for link in spec.links),
        tags,
        damage,
        stamps.created_at,
        stamps.updated_at,
        stamps.deleted_at,
        (
            *map(fold_words, texts),
            fold_short(damage_text),
            lemma_text(*texts, damage_text),
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

# The stored values are read from the registry: the fields that validation checks by name
# (``incident_errors``: the title, the times, the coordinates, the texts' lengths) by
# ``FastCsv.values`` itself, every other field by a converter of its kind (an enum's values,
# a count, a number, the category, text as it is), made once per file. A converter raises
# ValueError or KeyError for a cell it is not sure of; the row then goes the slow way. A
# stored field of a kind with no converter stops the import at start-up.

Convert = Callable[[str], Any]


class _Unsure(ValueError):
    """A cell that is not plainly valid: the slow path reads the row."""


# Read by ``FastCsv.values`` (with the place, whose kind is in a cell of its own).
NAMED = frozenset(
    {
        "title",
        "start_at",
        "end_at",
        "locality",
        "narrative",
        "response",
        "latitude",
        "longitude",
    }
)


def _count(text: str) -> int | None:
    if not text.strip():
        return None
    value = int(text)
    if not 0 <= value <= MAX_COUNT:
        raise _Unsure
    return value


def _number(text: str) -> float | None:
    return float(text) if text.strip() else None


def _or_none(text: str) -> str | None:
    return text or None


def _category(text: str) -> str:
    text = text or "other"
    if not text.strip() or len(text) > 100:
        raise _Unsure
    return " ".join(text.split())


def _enum(entry: IncidentField) -> Convert:
    """The stored value of each member's value; an empty cell is the default (or None)."""
    assert entry.enum is not None
    codes: dict[str, str | None] = {m.value: m.value for m in entry.enum}
    codes[""] = None if entry.optional else default(entry).value
    return codes.__getitem__


def converters(stored: Sequence[IncidentField]) -> tuple[Convert | None, ...]:
    """A converter per stored field (None: the cell as it is, or read by ``values``)."""
    out: list[Convert | None] = []
    for entry in stored:
        kind = entry.kind
        if entry.name in NAMED or kind is Kind.PLACE:
            out.append(None)
        elif kind is Kind.ENUM:
            out.append(_enum(entry))
        elif kind is Kind.COUNT:
            out.append(_count)
        elif kind is Kind.NUMBER:
            out.append(_number)
        elif kind in (Kind.TEXT, Kind.TIME):
            out.append(_or_none if entry.optional else None)
        elif kind is Kind.CATEGORY:
            out.append(_category)
        else:
            raise ValueError(f"the CSV fast path has no converter for {entry.name} ({kind})")
    return tuple(out)


# The columns the fast path reads: a cell per stored field (in the incident row's order), then
# the place's kind, the lists and the bookkeeping times. Every column of the app's CSV but the
# reference (ids are assigned anew on import).
_STORED_COLUMNS = tuple(f.exchange or f.name for f in STORED_FIELDS)
_LISTS = {f.kind: f.exchange or f.name for f in INCIDENT_FIELDS if not f.scalar}
_OTHER_COLUMNS = (
    "place_kind",
    _LISTS[Kind.TAGS],
    _LISTS[Kind.SOURCES],
    _LISTS[Kind.DAMAGE],
    "created_at",
    "updated_at",
    "deleted_at",
)
_FAST_COLUMNS = (*_STORED_COLUMNS, *_OTHER_COLUMNS)
assert sorted(_FAST_COLUMNS) == sorted(c for c in csv_format.COLUMNS if c != "ref"), _FAST_COLUMNS
_MISSING = object()
_PLACE_KINDS = {m.value for m in PlaceKind}
_PARSERS = {"tags": csv_format._tags, "damage": csv_format._damage, "sources": csv_format._links}


class FastCsv:
    """Values for clearly valid rows of the app's CSV (None: use the slow path)."""

    def __init__(self, reader: CsvReader) -> None:
        self.reader = reader
        self.stored_cells = itemgetter(*(reader.index[c] for c in _STORED_COLUMNS))
        self.other_cells = itemgetter(*(reader.index[c] for c in _OTHER_COLUMNS))
        self.converters = tuple(
            (at, convert)
            for at, convert in enumerate(converters(STORED_FIELDS))
            if convert is not None
        )
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
        stored = list(self.stored_cells(ext))
        try:
            for at, convert in self.converters:
                stored[at] = convert(stored[at])
        except (ValueError, KeyError):
            return None
        title, start, end = stored[S_TITLE], stored[S_START], stored[S_END]
        if not title.strip() or len(title) > MAX_TITLE or not self._when(start):
            return None
        if end:
            if not self._when(end) or end < start:
                return None
        else:
            stored[S_END] = None
        texts = _texts(stored)  # the title's length is checked above (MAX_TITLE < MAX_TEXT)
        if max(map(len, texts)) > MAX_TEXT:  # validation.FREE_TEXT_FIELDS
            return None
        lat_text, lon_text = stored[S_LATITUDE], stored[S_LONGITUDE]
        try:
            lat = float(lat_text) if lat_text.strip() else None
            lon = float(lon_text) if lon_text.strip() else None
        except ValueError:
            return None
        if lat is None or lon is None:
            if lat is not lon:
                return None
        elif not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            return None  # also NaN and infinities
        stored[S_LATITUDE], stored[S_LONGITUDE] = lat, lon
        stored[S_TITLE] = title = " ".join(title.split())
        stored[S_LOCALITY] = stored[S_LOCALITY].strip()
        (
            place_kind,
            tags_text,
            sources_text,
            damage_text,
            created_text,
            updated_text,
            deleted_text,
        ) = self.other_cells(ext)
        created = self._stamp(created_text)
        updated = self._stamp(updated_text)
        deleted = self._stamp(deleted_text)
        if created is _MISSING or updated is _MISSING or deleted is _MISSING:
            return None
        place_text = stored[PLACE_AT]
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
        stored[PLACE_AT] = place
        tags = self._tags(tags_text)
        damage = self._damage(damage_text)
        links = self._links(sources_text)
        if tags is None or damage is None or links is None:
            return None
        return (
            tuple(stored),
            links,
            tags,
            damage[0],
            created,
            updated,
            deleted,
            document_terms(_texts(stored), damage[1]),
            "",
        )
