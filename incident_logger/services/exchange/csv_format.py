"""The app's incident CSV: one row per incident; columns and cells in resources/formats.md."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import IO, Any, TypeVar

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    PlaceKind,
    Reliability,
    SourceKind,
)
from incident_logger.domain.fields import EXCHANGE_COLUMNS, INCIDENT_FIELDS
from incident_logger.domain.messages import Message, msg
from incident_logger.domain.models import DamageNote, IncidentDraft, PlaceDraft, SourceDraft
from incident_logger.domain.text import fold
from incident_logger.services.exchange.cells import (
    escape,
    field_lines,
    fields_cell,
    list_cell,
    parse_fields_cell,
    parse_list_cell,
    split_escaped,
)
from incident_logger.services.exchange.csvio import restored, safe_row
from incident_logger.services.exchange.dataset import Gazetteer, IncidentRecord
from incident_logger.services.exchange.field_values import csv_cells, read_scalars
from incident_logger.services.exchange.numbers import NOT_WHOLE, parse_count
from incident_logger.services.exchange.problems import Problem, Said
from incident_logger.services.exchange.records import (
    IncidentSpec,
    LinkSpec,
    ParsedFile,
    PlaceSpec,
    SourceSpec,
    Stamps,
)

# The registry's exchange columns, with the kind of the place after its path.
COLUMNS = tuple(
    c for name in EXCHANGE_COLUMNS for c in ((name, "place_kind") if name == "place" else (name,))
)
REQUIRED = tuple(f.exchange for f in INCIDENT_FIELDS if f.required and f.exchange)
PATH_SEPARATOR = "›"
_GRADE = re.compile(r"([A-Fa-f])?\s*([1-6])?")
E = TypeVar("E", bound=StrEnum)


def place_cell(names: Iterable[str]) -> str:
    return f" {PATH_SEPARATOR} ".join(escape(n, PATH_SEPARATOR + "|;") for n in names)


def incident_row(record: IncidentRecord, gaz: Gazetteer) -> list[str]:
    d = record.draft
    chain = gaz.chain(d.place_id)
    sources = []
    for link in d.sources:
        source = gaz.sources.get(link.source_id)
        name = source.draft.name if source else f"unknown source {link.source_id}"
        grade = (source.draft.reliability.value if source else "F") + str(link.credibility)
        sources.append([name, grade, link.url, link.note])
    damage = [
        [n.object_kind, "" if n.quantity is None else str(n.quantity), n.severity, n.state, n.note]
        for n in d.damage
    ]
    cells = csv_cells(d)
    cells["ref"] = f"INC-{record.id:06d}"
    cells["place"] = place_cell(p.draft.name for p in chain)
    cells["place_kind"] = chain[-1].draft.kind.value if chain else ""
    cells["category"] = d.category
    cells["tags"] = list_cell(d.tags)
    cells["sources"] = fields_cell(sources)
    cells["damage"] = fields_cell(damage)
    cells["created_at"] = record.times.created_at
    cells["updated_at"] = record.times.updated_at
    cells["deleted_at"] = record.times.deleted_at or ""
    return safe_row([cells[c] for c in COLUMNS])


def write_csv(out: IO[str], records: Iterable[IncidentRecord], gaz: Gazetteer) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        writer.writerow(incident_row(record, gaz))
        count += 1
    return count


class _Row:
    """One CSV record's cells by column name, collecting a problem per unreadable cell."""

    def __init__(
        self, reader: CsvReader, line: int, cells: list[str], index: dict[str, int]
    ) -> None:
        self.reader, self.parsed = reader, reader.parsed
        self.line, self.cells, self.index = line, cells, index
        self.problems: list[Problem] = []

    def bad(self, column: str, message: Said) -> None:
        self.problems.append(self.parsed.problem(self.line, column, message))

    def get(self, column: str) -> str:
        return self.cells[self.index[column]]

    def enum(self, column: str, kind: type[E], default: E) -> E:
        value = self.get(column)
        if not value:
            return default
        known = self.reader.enums.setdefault(kind, {})
        found = known.get(value)
        if found is None:
            try:
                found = known[value] = kind(value.strip().lower() or default)
            except ValueError:
                allowed = ", ".join(m.value for m in kind)
                self.bad(column, msg("not_one_of", value=value, allowed=allowed))
                return default
        return found

    def text(self, column: str, default: str = "", required: bool = False) -> str:
        return self.get(column)

    def optional_text(self, column: str) -> str | None:
        return self.get(column) or None

    def optional_enum(self, column: str, kind: type[E]) -> E | None:
        if not self.get(column).strip():
            return None
        return self.enum(column, kind, None)  # type: ignore[type-var]

    def count(self, column: str) -> int | None:
        value = self.get(column).strip()
        if not value:
            return None
        count, why = parse_count(value)
        if why is not None and why.code == NOT_WHOLE:
            why = msg("not_whole_leave_empty", value=value)
        if why is not None:
            self.bad(column, why)
        return count

    def number(self, column: str) -> float | None:
        value = self.get(column).strip()
        if not value:
            return None
        try:
            return float(value.replace(",", "."))
        except ValueError:
            self.bad(column, msg("not_a_number", value=value))
            return None

    def stamp(self, column: str) -> str | None:
        """A bookkeeping time as written (the planner checks it)."""
        return self.get(column).strip() or None

    def cached(self, column: str, parse: Any) -> Any:
        """Parse a list cell once per distinct text (sources and damage repeat a lot)."""
        text = self.get(column)
        cache = self.reader.cells.setdefault(column, {})
        if text not in cache:
            messages: list[Message] = []
            cache[text] = (parse(self.reader, text, messages), messages)
        value, messages = cache[text]
        for message in messages:
            self.bad(column, message)
        return value


def guess_kinds(depth: int, leaf: PlaceKind) -> list[PlaceKind]:
    """Kinds for a path of ``depth`` names: a country on top, then a region, then districts."""
    if depth == 1:
        return [leaf]
    middle = [PlaceKind.REGION] + [PlaceKind.DISTRICT] * (depth - 3) if depth > 2 else []
    return [PlaceKind.COUNTRY, *middle, leaf]


def add_place_path(
    parsed: ParsedFile, names: list[str], kinds: list[PlaceKind], line: int, extra: Any = None
) -> str | None:
    """Register the places of a path (top first); returns the key of the last one."""
    parent: str | None = None
    for i, (name, kind) in enumerate(zip(names, kinds, strict=True)):
        key = (parent + "\x1f" if parent else "") + fold(name)
        if key not in parsed.places:
            draft = PlaceDraft(name=name.strip(), kind=kind)
            if extra is not None and i == 0:
                draft = extra(draft)
            parsed.places[key] = PlaceSpec(key, line, draft, parent)
        parent = key
    return parent


def add_source(parsed: ParsedFile, name: str, reliability: Reliability, line: int) -> str:
    key = fold(name)
    if key not in parsed.sources:
        parsed.sources[key] = SourceSpec(
            key,
            line,
            SourceDraft(name=name.strip(), kind=SourceKind.OTHER, reliability=reliability),
        )
    return key


def _links(reader: CsvReader, text: str, bad: list[Message]) -> tuple[LinkSpec, ...]:
    links = []
    known = reader.link_lines  # "Reuters | B2 | url | note" -> its link (few distinct lines)
    for n, line in enumerate(field_lines(text), 1):
        found = known.get(line)
        if found is not None:
            links.append(found)
            continue
        fields = split_escaped(line, "|")
        fields += [""] * (4 - len(fields))
        name, grade, url = fields[0], fields[1].strip(), fields[2]
        note = " | ".join(fields[3:])  # an unescaped '|' typed in a note stays in the note
        match = _GRADE.fullmatch(grade)
        if not name.strip():
            bad.append(msg("source_no_name", number=n))
            continue
        if match is None:
            bad.append(msg("source_grade", number=n, grade=grade))
            continue
        reliability = Reliability((match.group(1) or "F").upper())
        key = add_source(reader.parsed, name, reliability, reader.line)
        link = known[line] = LinkSpec(key, int(match.group(2) or 6), url.strip(), note)
        links.append(link)
    return tuple(links)


def _damage(reader: CsvReader, text: str, bad: list[Message]) -> tuple[DamageNote, ...]:
    notes = []
    for n, fields in enumerate(parse_fields_cell(text), 1):
        fields += [""] * (5 - len(fields))
        kind, qty, severity, state = fields[0], fields[1].strip(), fields[2], fields[3]
        note = " | ".join(fields[4:])
        quantity = None
        if qty:
            quantity, why = parse_count(qty)
            if why is not None:
                bad.append(msg("damage_quantity", number=n, problem=why))
        try:
            sev = DamageSeverity(severity.strip().lower() or "unknown")
        except ValueError:
            allowed = ", ".join(s.value for s in DamageSeverity)
            bad.append(msg("damage_severity", number=n, value=severity, allowed=allowed))
            continue
        try:
            st = DamageState(state.strip().lower() or "none")
        except ValueError:
            allowed = ", ".join(s.value for s in DamageState)
            bad.append(msg("damage_state", number=n, value=state, allowed=allowed))
            continue
        notes.append(DamageNote(kind.strip(), quantity, sev, st, note))
    return tuple(notes)


def _tags(reader: CsvReader, text: str, bad: list[Message]) -> tuple[str, ...]:
    return tuple(parse_list_cell(text))


def _place(row: _Row) -> str | None:
    text = row.get("place")
    if not text.strip():
        return None
    cache_key = (text, row.get("place_kind"))
    cache = row.reader.places
    if cache_key in cache:
        key, message = cache[cache_key]
        if message is not None:
            row.bad("place", message)
        return key
    names = [n.strip() for n in split_escaped(text, PATH_SEPARATOR)]
    if any(not n for n in names):
        message = msg("path_empty_name", text=text, separator=PATH_SEPARATOR)
        cache[cache_key] = (None, message)
        row.bad("place", message)
        return None
    leaf = row.enum(
        "place_kind", PlaceKind, PlaceKind.CITY if len(names) > 1 else PlaceKind.COUNTRY
    )
    key = add_place_path(row.parsed, names, guess_kinds(len(names), leaf), row.line)
    cache[cache_key] = (key, None)
    return key


class CsvReader:
    """Reads the rows of one file, remembering cells it has already understood."""

    def __init__(self, parsed: ParsedFile, index: dict[str, int]) -> None:
        # A missing column reads as the empty cell appended after the row's cells.
        width = max(index.values(), default=-1) + 1
        self.parsed, self.index = parsed, {c: index.get(c, width) for c in COLUMNS}
        self.width = width
        self.enums: dict[type, dict[str, Any]] = {}
        self.cells: dict[str, dict[str, Any]] = {}
        self.places: dict[tuple[str, str], tuple[str | None, Message | None]] = {}
        self.link_lines: dict[str, LinkSpec] = {}
        self.line = 0

    def spec(self, line: int, cells: list[str]) -> IncidentSpec:
        self.line = line
        row = _Row(self, line, [*restored(cells[: self.width]), ""], self.index)
        draft = IncidentDraft(
            **read_scalars(row),
            category=row.get("category") or "other",
            tags=row.cached("tags", _tags),
            damage=row.cached("damage", _damage),
        )
        stamps = Stamps(row.stamp("created_at"), row.stamp("updated_at"), row.stamp("deleted_at"))
        place = _place(row)
        links = list(row.cached("sources", _links))
        return IncidentSpec(line, draft, place, links, "", stamps, row.problems)
