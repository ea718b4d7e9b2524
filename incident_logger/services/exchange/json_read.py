"""Reading the objects of the app's JSON document into specs, each problem with its line
and field (``json_import`` reads the document around them)."""

from __future__ import annotations

import json
import math
from enum import StrEnum
from typing import Any, TypeVar

from incident_logger.domain.enums import (
    DamageSeverity,
    DamageState,
    PlaceKind,
    Reliability,
    SourceKind,
)
from incident_logger.domain.messages import msg
from incident_logger.domain.models import (
    CountReportDraft,
    DamageNote,
    IncidentDraft,
    PlaceDraft,
    SourceDraft,
)
from incident_logger.services.exchange.field_values import read_scalars
from incident_logger.services.exchange.jsonscan import LongNumber
from incident_logger.services.exchange.numbers import MAX_COUNT
from incident_logger.services.exchange.problems import Problem, Said
from incident_logger.services.exchange.records import (
    CountLineSpec,
    CountReportSpec,
    HistorySpec,
    IncidentSpec,
    LinkSpec,
    ParsedFile,
    PlaceSpec,
    SourceSpec,
    Stamps,
)

E = TypeVar("E", bound=StrEnum)
_MISSING = object()
_ENUM_VALUES: dict[type[StrEnum], dict[str, StrEnum]] = {}  # text -> member, per enum


def shown(value: Any) -> str:
    """A value as a problem quotes it (at most 40 characters)."""
    try:
        return json.dumps(value, default=repr)[:40]
    except (ValueError, RecursionError):
        return type(value).__name__


class _Fields:
    """Typed access to one JSON object's fields, collecting a problem for each wrong one."""

    def __init__(
        self, parsed: ParsedFile, line: int, obj: Any, prefix: str = "", plain: bool = False
    ) -> None:
        # ``plain``: the object's JSON text escapes no surrogate, so its texts need no check.
        self.parsed, self.line, self.prefix, self.plain = parsed, line, prefix, plain
        self.problems: list[Problem] = []
        if not isinstance(obj, dict):
            self._bad("", msg("json_object", found=type(obj).__name__))
            obj = {}
        self.obj: dict[str, Any] = obj

    def _bad(self, name: str, message: Said) -> None:
        self.problems.append(self.parsed.problem(self.line, self.prefix + name, message))

    def _stored(self, name: str, value: str) -> bool:
        """False (and a problem) for text that cannot be stored: a lone surrogate."""
        if self.plain or value.isascii():
            return True
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            code = f"\\u{ord(value[exc.start]):04x}"
            self._bad(name, msg("json_surrogate", code=code))
            return False
        return True

    def text(self, name: str, default: str = "", required: bool = False) -> str:
        value = self.obj.get(name, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self._bad(name, msg("required"))
            return default
        if not isinstance(value, str):
            self._bad(name, msg("json_text", found=shown(value)))
            return default
        return value if self._stored(name, value) else default

    def optional_text(self, name: str) -> str | None:
        value = self.obj.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            self._bad(name, msg("json_text_or_null", found=shown(value)))
            return None
        return value if self._stored(name, value) else None

    def number(self, name: str) -> float | None:
        value = self.obj.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | LongNumber):
            self._bad(name, msg("json_number", found=shown(value)))
            return None
        try:
            number = float(value)  # type: ignore[arg-type]
        except (OverflowError, TypeError):
            number = math.inf
        if not math.isfinite(number):
            self._bad(name, msg("json_out_of_range", found=shown(value)))
            return None
        return number

    def count(self, name: str) -> int | None:
        value = self.obj.get(name)
        if value is None:
            return None
        if isinstance(value, LongNumber):
            self._bad(name, msg("json_too_long", found=value.said(), limit=MAX_COUNT))
            return None
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)  # 3.0, as spreadsheets and pandas write whole numbers
        if isinstance(value, bool) or not isinstance(value, int):
            self._bad(name, msg("json_whole_or_null", found=shown(value)))
            return None
        if abs(value) > MAX_COUNT:
            self._bad(name, msg("too_large", limit=MAX_COUNT))
            return None
        return value

    def flag(self, name: str) -> bool:
        value = self.obj.get(name)
        if value is None:
            return False
        if not isinstance(value, bool):
            self._bad(name, msg("json_flag", found=shown(value)))
            return False
        return value

    def enum(self, name: str, kind: type[E], default: E) -> E:
        value = self.obj.get(name)
        if value is None:
            return default
        if type(value) is str:  # the common case: a known value, looked up without kind()
            found = _ENUM_VALUES.setdefault(kind, {}).get(value)
            if found is not None:
                return found  # type: ignore[return-value]
        try:
            found = kind(value)
            if type(value) is str:
                _ENUM_VALUES[kind][value] = found
            return found
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            quoted = f"'{value}'" if isinstance(value, str) else shown(value)
            self._bad(name, msg("json_not_one_of", value=quoted, allowed=allowed))
            return default

    def optional_enum(self, name: str, kind: type[E]) -> E | None:
        if self.obj.get(name) is None:
            return None
        return self.enum(name, kind, None)  # type: ignore[type-var]

    def strings(self, name: str) -> list[str]:
        value = self.obj.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._bad(name, msg("json_texts"))
            return []
        if not all(self._stored(name, v) for v in value):
            return []
        return value

    def objects(self, name: str) -> list[Any]:
        value = self.obj.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            self._bad(name, msg("json_list"))
            return []
        return value

    def stamps(self) -> Stamps:
        return Stamps(
            self.optional_text("created_at"),
            self.optional_text("updated_at"),
            self.optional_text("deleted_at"),
        )


def _key(f: _Fields, taken: dict[str, Any] | set[str]) -> str:
    key = f.text("key", required=True)
    if key and key in taken:
        f._bad("key", msg("key_twice", key=key))
    return key


def category(parsed: ParsedFile, obj: Any, line: int) -> None:
    f = _Fields(parsed, line, obj)
    name = f.text("name", required=True)
    key = f.text("key")
    parsed.problems.extend(f.problems)
    if name.strip():
        parsed.categories.append(name)
        if key:
            parsed.category_keys[key] = name


def place(parsed: ParsedFile, obj: Any, line: int) -> None:
    f = _Fields(parsed, line, obj)
    key = _key(f, parsed.places)
    draft = PlaceDraft(
        name=f.text("name", required=True),
        kind=f.enum("kind", PlaceKind, PlaceKind.LOCALITY),
        country_code=f.text("country_code"),
        iso_code=f.text("iso_code"),
        latitude=f.number("latitude"),
        longitude=f.number("longitude"),
        aliases=tuple(f.strings("aliases")),
    )
    stamps = f.stamps()
    parent = f.optional_text("parent")
    parsed.problems.extend(f.problems)
    if key and not f.problems:
        parsed.places[key] = PlaceSpec(
            key, line, draft, parent, stamps, matchable=stamps.deleted_at is None
        )


def source(parsed: ParsedFile, obj: Any, line: int) -> None:
    f = _Fields(parsed, line, obj)
    key = _key(f, parsed.sources)
    draft = SourceDraft(
        name=f.text("name", required=True),
        kind=f.enum("kind", SourceKind, SourceKind.OTHER),
        reliability=f.enum("reliability", Reliability, Reliability.F),
        url=f.text("url"),
        note=f.text("note"),
    )
    stamps = f.stamps()
    parsed.problems.extend(f.problems)
    if key and not f.problems:
        parsed.sources[key] = SourceSpec(
            key, line, draft, stamps, matchable=stamps.deleted_at is None
        )


def incident(parsed: ParsedFile, obj: Any, line: int, plain: bool = False) -> IncidentSpec:
    f = _Fields(parsed, line, obj, plain=plain)
    links = []
    for i, link in enumerate(f.objects("sources"), 1):
        lf = _Fields(parsed, line, link, f"sources[{i}].", plain)
        links.append(
            LinkSpec(
                lf.text("source", required=True),
                lf.count("credibility") or 6,
                lf.text("url"),
                lf.text("note"),
            )
        )
        f.problems.extend(lf.problems)
    damage = []
    for i, note in enumerate(f.objects("damage"), 1):
        nf = _Fields(parsed, line, note, f"damage[{i}].", plain)
        damage.append(
            DamageNote(
                object_kind=nf.text("object_kind", required=True),
                quantity=nf.count("quantity"),
                severity=nf.enum("severity", DamageSeverity, DamageSeverity.UNKNOWN),
                state=nf.enum("state", DamageState, DamageState.NONE),
                note=nf.text("note"),
            )
        )
        f.problems.extend(nf.problems)
    draft = IncidentDraft(
        **read_scalars(f),
        category=f.text("category", "other") or "other",
        tags=tuple(f.strings("tags")),
        damage=tuple(damage),
    )
    return IncidentSpec(
        line,
        draft,
        place=f.optional_text("place"),
        links=links,
        key=f.text("key"),
        stamps=f.stamps(),
        problems=f.problems,
    )


def count_report(parsed: ParsedFile, obj: Any, line: int) -> CountReportSpec:
    f = _Fields(parsed, line, obj)
    lines = []
    for i, item in enumerate(f.objects("lines"), 1):
        lf = _Fields(parsed, line, item, f"lines[{i}].")
        lines.append(
            CountLineSpec(
                lf.text("place", required=True),
                lf.count("count") or 0,
                lf.text("note"),
                lf.flag("approximate"),
            )
        )
        f.problems.extend(lf.problems)
    draft = CountReportDraft(
        source_id=0,
        issued_at=f.text("issued_at", required=True),
        period_start=f.text("period_start", required=True),
        period_end=f.text("period_end", required=True),
        subject=f.text("subject", "drones"),
        outcome=f.text("outcome", "intercepted"),
        stated_total=f.count("stated_total"),
        note=f.text("note"),
        total_approximate=f.flag("total_approximate"),
    )
    return CountReportSpec(
        line, f.text("key"), f.text("source", required=True), draft, lines, f.stamps(), f.problems
    )


def history(parsed: ParsedFile, obj: Any, line: int) -> None:
    f = _Fields(parsed, line, obj)
    changes = f.obj.get("changes") or {}
    if not isinstance(changes, dict):
        f._bad("changes", msg("changes_object"))
        changes = {}
    else:
        try:
            json.dumps(changes, ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError, RecursionError):
            f._bad("changes", msg("changes_unstorable"))
    spec = HistorySpec(
        line,
        f.text("at", required=True),
        f.text("actor"),
        f.text("entity", required=True),
        f.text("record", required=True),
        f.text("action", required=True),
        changes,
        f.text("reason"),
    )
    if f.problems:
        parsed.warnings.extend(f.problems)  # history is kept when it can be; never blocks
    elif parsed.history is not None:
        parsed.history.append(spec)
