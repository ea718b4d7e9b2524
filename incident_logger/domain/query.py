"""Search-language parser; OR binds tighter than AND, so ``a b or c`` means a AND (b OR c)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from incident_logger.domain.fields import QUERY_NAMES, Kind
from incident_logger.domain.messages import TEXTS, Message, MessageError, msg
from incident_logger.domain.models import incident_ref

# Grammar (Gmail-like; an explicit "and" is the same as a space):
#   query   := and_expr
#   and_expr := or_expr (["and"] or_expr)*
#   or_expr := unary ("or" unary)*
#   unary   := ("-" | "not")* primary       a "-" must touch what it negates
#   primary := "(" and_expr ")" | word | =word | word* | "phrase" | "phrase"* | name:value
#              | name:"value"
# A word also finds its other grammatical forms; "=word", "word*" and phrases match as typed.
# Keywords are case-insensitive and only count unquoted; "or" in quotes is a phrase.


@dataclass(frozen=True, slots=True)
class Term:
    """Free text: a word or a phrase, without quotes or the trailing ``*``."""

    text: str
    phrase: bool = False
    prefix: bool = False
    position: int = 0
    exact: bool = False  # ``=word``: this form only, not the word's other grammatical forms
    # Only in the incident's own text, not in the names of the place it is filed under (set
    # for the other names of a place a search word names, which the place filter covers).
    in_text: bool = False


@dataclass(frozen=True, slots=True)
class FieldFilter:
    """A ``name:value`` filter with its canonical field name and normalised value."""

    field: str
    op: str  # one of "=", "<", "<=", ">", ">="
    value: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


Node = Term | FieldFilter | Not | And | Or

# The filter names: the field registry's (domain/fields.py, each with the field it reads) and
# the query's own. Each takes what its help text says: the message ``help_<name>``
# (domain/messages.py), and the help lists them in the order of those texts.
_OWN_NAMES = ("has", "deleted", "id")
_PERIOD_NAMES = ("from", "to")  # the start's filters: the period an incident overlaps
# The sources' filters that read a grade (reliability A-F, credibility 1-6), not a name.
_GRADE_NAMES = frozenset({"grade", "reliability", "credibility"})
_RANKED_NAMES = frozenset({"reliability", "credibility"})  # compared: <=B, >2
# Kinds whose filter takes a name or text as typed (looked up or compared by the compiler).
_NAMED_KINDS = frozenset({Kind.PLACE, Kind.CATEGORY, Kind.TAGS, Kind.SOURCES, Kind.TEXT})
_NUMBER_KINDS = frozenset({Kind.COUNT, Kind.NUMBER})  # compared: >0, <=3, unknown


def _help_codes() -> dict[str, str]:
    """Each filter name with the code of its help text, in the order of the texts."""
    names = [*QUERY_NAMES, *_OWN_NAMES]
    missing = [n for n in names if f"help_{n}" not in TEXTS]
    if missing:  # a new filter needs its help: a missing one fails every import
        raise LookupError(f"no help text (help_<name> in domain/messages.py) for {missing}")
    order = {code: at for at, code in enumerate(TEXTS)}
    return {n: f"help_{n}" for n in sorted(names, key=lambda n: order[f"help_{n}"])}


FIELDS: dict[str, Message] = {name: msg(code) for name, code in _help_codes().items()}
_ALIASES = {"place": "region", "ref": "id"}
_KNOWN_NAMES = ", ".join(sorted([*FIELDS, *_ALIASES]))
# Filters whose value is kept as typed: a place, category, tag or source name, a text field's.
_TEXT_FIELDS = frozenset(
    q for q, f in QUERY_NAMES.items() if f.kind in _NAMED_KINDS and q not in _GRADE_NAMES
)
# Filters that take a comparison (``injuries:>2``, ``reliability:<=B``).
_ORDERED_FIELDS = _RANKED_NAMES | {q for q, f in QUERY_NAMES.items() if f.kind in _NUMBER_KINDS}


def _check_names() -> None:
    """Every registry filter is one the parser reads (run at import, like the registry's)."""
    for name, entry in QUERY_NAMES.items():
        assert re.fullmatch("[a-z]+", name), name  # what _FIELD_RE reads as a name
        assert name not in _OWN_NAMES and name not in _ALIASES, name
        assert entry.column or not entry.scalar, f"the filter {name!r} reads no stored column"
        read = (
            name in _TEXT_FIELDS
            or name in _GRADE_NAMES
            or entry.kind in _NUMBER_KINDS
            or entry.enum is not None
            or (name in _PERIOD_NAMES and entry.kind is Kind.TIME)
        )
        assert read, f"the parser reads no value of the filter {name!r} ({entry.kind})"


_check_names()
_HAS_VALUES = frozenset(
    {"damage", "coords", "sources", "tags", "narrative", "injuries", "fatalities"}
)
_DELETED_VALUES = {"yes": "yes", "true": "yes", "only": "yes", "no": "no", "false": "no"}
_OPS = ("<=", ">=", "<", ">", "=")
_FIELD_RE = re.compile(r"([A-Za-z]+):")
_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[Tt]([0-9]{2}):([0-9]{2}))?")
_MAX_DEPTH = 32  # nesting limit for parentheses, keeps recursion far from Python's limit
MAX_QUERY_LENGTH = 2_000  # characters; a query is typed or pasted, never a document
# Control characters (NUL, escapes, C1 codes) separate words like spaces: SQLite's full-text
# syntax cannot hold them, and they never belong to what someone searches for.
_CONTROLS = {c: " " for c in (*range(0x00, 0x20), *range(0x7F, 0xA0))}


class QuerySyntaxError(MessageError):
    """A malformed query at 0-based ``position``; ``message`` omits the position, ``str`` has it.

    ``problem`` and ``hint`` are message codes with their values (domain/messages.py), ``msg``
    the whole; ``str(err)`` reads ``Unclosed quote at position 7: add a closing "``.
    """

    def __init__(self, position: int, problem: Message, hint: Message | None = None) -> None:
        tail = f": {hint}" if hint else ""
        if hint:
            super().__init__(msg("at_position_hint", problem=problem, position=position, hint=hint))
        else:
            super().__init__(msg("at_position", problem=problem, position=position))
        self.position = position
        self.problem = problem
        self.hint = hint
        self.message = f"{problem}{tail}"


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "(", ")", "or", "and", "not", "leaf" or "end"
    position: int
    text: str = ""
    leaf: Term | FieldFilter | None = None


def _read_quoted(text: str, start: int) -> tuple[str, int]:
    """Return the collapsed content of the quote opening at ``start`` and the index after it."""
    end = text.find('"', start + 1)
    if end < 0:
        raise QuerySyntaxError(start, msg("unclosed_quote"), msg("add_closing_quote"))
    return " ".join(text[start + 1 : end].split()), end + 1


def _tokenize(text: str) -> Iterator[_Token]:
    """Yield tokens lazily so that errors surface in reading order."""
    i, n = 0, len(text)
    after_minus = False  # the word right after "-" is a term even if it reads "or"
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            yield _Token(ch, i, ch)
            i += 1
            after_minus = False
        elif ch == "-":
            if i + 1 >= n or text[i + 1].isspace() or text[i + 1] == ")":
                raise QuerySyntaxError(i, msg("lone_minus"), msg("minus_before_term"))
            yield _Token("not", i, "-")
            i += 1
            after_minus = True
        elif ch == "=" and i + 1 < n and text[i + 1] == '"':
            i += 1  # ="a phrase" is a phrase: phrases match as typed anyway
        elif ch == '"':
            phrase, end = _read_quoted(text, i)
            if not any(ch.isalnum() for ch in phrase):
                raise QuerySyntaxError(i, msg("empty_phrase"), msg("words_in_quotes"))
            prefix = end < n and text[end] == "*"
            yield _Token("leaf", i, leaf=Term(phrase, True, prefix, i))
            i = end + 1 if prefix else end
            after_minus = False
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in '()"':
                j += 1
            word = text[i:j]
            match = _FIELD_RE.match(word)
            if not after_minus and word.lower() in ("or", "and", "not"):
                yield _Token(word.lower(), i, word)
            elif match:
                name = match.group(1)
                raw, value_pos = word[match.end() :], i + match.end()
                if not raw and j < n and text[j] == '"':
                    raw, j = _read_quoted(text, j)
                yield _Token("leaf", i, leaf=_field_filter(name, raw, i, value_pos))
            else:
                yield _Token("leaf", i, leaf=_word_term(word, i))
            i = j
            after_minus = False
    yield _Token("end", n)


def _word_term(word: str, position: int) -> Term:
    exact = word.startswith("=")
    stem = word.removeprefix("=").rstrip("*")
    if exact and not stem.strip("*"):
        raise QuerySyntaxError(position, msg("lone_equals"), msg("equals_before_word"))
    if not any(ch.isalnum() for ch in stem):
        if word == "*":
            raise QuerySyntaxError(position, msg("bare_star"), msg("star_after_word"))
        raise QuerySyntaxError(position, msg("no_letters", word=word), msg("remove_it"))
    return Term(stem, False, word.endswith("*"), position, exact)


def _field_filter(name: str, raw: str, position: int, value_pos: int) -> FieldFilter:
    """Validate ``name:raw`` and return it with a canonical name and normalised value."""
    field = _ALIASES.get(name.lower(), name.lower())
    if field not in FIELDS:
        raise QuerySyntaxError(
            position,
            msg("unknown_field", name=name),
            msg("known_fields", names=_KNOWN_NAMES),
        )
    op, value = "=", raw
    if field in _ORDERED_FIELDS:
        op = next((o for o in _OPS if raw.startswith(o)), "=")
        value = raw.removeprefix(op).strip()
    if not value:
        raise QuerySyntaxError(value_pos, msg("empty_value", name=name), FIELDS[field])
    normalised = _normalise(field, op, value)
    if normalised is None:
        problem = msg("bad_value", value=raw[:30], field=field)
        if field in _PERIOD_NAMES and _DATE_RE.fullmatch(value):
            problem = msg("not_a_real_date", value=value)
        raise QuerySyntaxError(value_pos, problem, FIELDS[field])
    return FieldFilter(field, op, normalised, position)


def _normalise(field: str, op: str, value: str) -> str | None:
    """Return the normalised value, or None if ``value`` is not valid for ``field``."""
    lowered = value.lower()
    if field in _TEXT_FIELDS:
        return value
    entry = QUERY_NAMES.get(field)
    if entry is not None and entry.enum is not None:  # status, and any enum field's filter
        return lowered if lowered in {m.value for m in entry.enum} else None
    if field == "grade":
        return value.upper() if re.fullmatch(r"[A-Fa-f][1-6]", value) else None
    if field == "reliability":
        return value.upper() if re.fullmatch(r"[A-Fa-f]", value) else None
    if field == "credibility":
        return value if re.fullmatch(r"[1-6]", value) else None
    if field in _PERIOD_NAMES:
        return _normalise_date(value)
    if entry is not None and entry.kind in _NUMBER_KINDS:  # injuries, fatalities, any count
        if lowered == "unknown" and entry.optional:
            return "unknown" if op == "=" else None
        if entry.kind is Kind.NUMBER:
            return value if re.fullmatch(r"-?[0-9]{1,9}(?:\.[0-9]{1,9})?", value) else None
        return str(int(value)) if re.fullmatch(r"[0-9]{1,9}", value) else None
    if field == "has":
        return lowered if lowered in _HAS_VALUES else None
    if field == "deleted":
        return _DELETED_VALUES.get(lowered)
    match = re.fullmatch(r"(?:INC-?)?([0-9]{1,18})", value, re.IGNORECASE)  # field == "id"
    return str(int(match.group(1))) if match else None


def _normalise_date(value: str) -> str | None:
    match = _DATE_RE.fullmatch(value)
    if not match:
        return None
    year, month, day, hour, minute = (int(part or 0) for part in match.groups())
    try:
        datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    return value.upper()


def _combine(kind: type[And] | type[Or], children: list[Node]) -> Node:
    """Build ``kind`` over ``children``, flattening nested nodes of the same kind."""
    flat: list[Node] = []
    for child in children:
        if isinstance(child, kind):
            flat.extend(child.children)
        else:
            flat.append(child)
    return flat[0] if len(flat) == 1 else kind(tuple(flat))


class _Parser:
    def __init__(self, text: str) -> None:
        self._tokens = _tokenize(text)
        self._next: _Token | None = None
        self._depth = 0

    def peek(self) -> _Token:
        if self._next is None:
            self._next = next(self._tokens)
        return self._next

    def advance(self) -> _Token:
        token = self.peek()
        self._next = None
        return token

    def expect_operand(self, after: _Token) -> None:
        if self.peek().kind in ("end", ")", "or", "and"):
            raise QuerySyntaxError(
                after.position, msg("nothing_after", text=after.text), msg("term_after")
            )

    def parse_and(self) -> Node:
        children = [self.parse_or()]
        while self.peek().kind not in ("end", ")"):
            if self.peek().kind == "and":
                self.expect_operand(self.advance())
            children.append(self.parse_or())
        return _combine(And, children)

    def parse_or(self) -> Node:
        children = [self.parse_unary()]
        while self.peek().kind == "or":
            self.expect_operand(self.advance())
            children.append(self.parse_unary())
        return _combine(Or, children)

    def parse_unary(self) -> Node:
        negations = 0
        while self.peek().kind == "not":
            negation = self.advance()
            negations += 1
            self.expect_operand(negation)
        node = self.parse_primary()
        return Not(node) if negations % 2 else node  # "not not x" is x

    def parse_primary(self) -> Node:
        token = self.advance()
        if token.leaf is not None:
            return token.leaf
        if token.kind == "(":
            self._depth += 1
            if self._depth > _MAX_DEPTH:
                raise QuerySyntaxError(token.position, msg("too_deep"), msg("simplify"))
            if self.peek().kind == ")":
                raise QuerySyntaxError(
                    token.position, msg("empty_parentheses"), msg("terms_inside")
                )
            if self.peek().kind == "end":
                raise QuerySyntaxError(
                    token.position, msg("unclosed_parenthesis"), msg("add_closing_parenthesis")
                )
            node = self.parse_and()
            if self.peek().kind != ")":
                raise QuerySyntaxError(
                    token.position, msg("unclosed_parenthesis"), msg("add_closing_parenthesis")
                )
            self.advance()
            self._depth -= 1
            return node
        if token.kind == ")":
            raise QuerySyntaxError(
                token.position, msg("unmatched_parenthesis"), msg("remove_or_open")
            )
        if token.kind in ("or", "and"):
            raise QuerySyntaxError(
                token.position, msg("nothing_before", text=token.text), msg("term_before")
            )
        raise QuerySyntaxError(token.position, msg("unexpected_end"), msg("add_a_term"))


def _clean(text: str) -> str:
    """``text`` with control characters as spaces (positions kept); refuses what is not text."""
    if len(text) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(
            MAX_QUERY_LENGTH,
            msg("query_too_long"),
            msg("shorten_query", length=len(text), limit=MAX_QUERY_LENGTH),
        )
    text = text.translate(_CONTROLS)
    for position, ch in enumerate(text):
        if "\ud800" <= ch <= "\udfff":  # a lone surrogate: bytes that were not valid text
            raise QuerySyntaxError(position, msg("not_a_character"), msg("retype_part"))
    return text


Query = Node | None  # a parsed query; None (the empty query) selects everything
_PARSE_CACHE = 512  # distinct texts kept parsed: a session's searches, saved and typed


def parse_query(text: str) -> Node | None:
    """Parse a search query into a tree; None for empty text; QuerySyntaxError if malformed.

    Time is linear in the length of ``text``, which is at most ``MAX_QUERY_LENGTH``. The same
    text is parsed once: trees are frozen, so every caller may share the cached one.
    """
    return _parse_cached(text)


@functools.lru_cache(maxsize=_PARSE_CACHE)
def _parse_cached(text: str) -> Node | None:
    text = _clean(text)
    if not text.strip():
        return None
    parser = _Parser(text)
    node = parser.parse_and()
    if (token := parser.peek()).kind == ")":
        raise QuerySyntaxError(token.position, msg("unmatched_parenthesis"), msg("remove_or_open"))
    return node


def as_query(query: str | Node | None) -> Node | None:
    """``query`` parsed: text goes through :func:`parse_query`, a tree or None is kept."""
    return parse_query(query) if isinstance(query, str) else query


# --- combining parsed queries (never their text) ------------------------------------------


def and_(*queries: Node | None) -> Node | None:
    """Every one of ``queries`` at once; None (the empty query) drops out.

    ``and_(parse_query(a), parse_query(b))`` is the tree of the text ``(a) (b)``.
    """
    present = [q for q in queries if q is not None]
    return _combine(And, present) if present else None


def period_filter(name: str, value: str) -> FieldFilter:
    """The ``from:``/``to:`` filter for a date or date-time, checked like a typed one."""
    if name not in ("from", "to"):
        raise ValueError(f"a period bound is from or to, not {name!r}")
    return _field_filter(name, value, 0, len(name) + 1)


def with_period(query: Node | None, start: str | None, end: str | None) -> Node | None:
    """``query`` within the period: the text ``(query) from:start to:end``, as a tree.

    ``start``/``end`` are dates or date-times (``yyyy-mm-dd[Thh:mm]``); a missing one leaves
    that side open. A malformed one raises QuerySyntaxError like a typed ``from:``.
    """
    bounds = [period_filter(n, v) for n, v in (("from", start), ("to", end)) if v]
    return and_(query, *bounds)


def split_period(
    query: Node | None,
) -> tuple[Node | None, FieldFilter | None, FieldFilter | None]:
    """Lift the whole-day ``from:``/``to:`` bounds that restrict every result out of ``query``.

    Returns the rest and the lifted filters (their ``value`` is ``yyyy-mm-dd``, their
    ``position`` where they stood in the text). Only a single top-level bound of each side
    is lifted; one with a time, under ``or``/``-``, or given twice stays in the rest, where
    it still applies. ``with_period(rest, start.value, end.value)`` selects what ``query`` did.
    """
    children = query.children if isinstance(query, And) else () if query is None else (query,)
    lifted: dict[str, FieldFilter] = {}
    for name in ("from", "to"):
        found = [c for c in children if isinstance(c, FieldFilter) and c.field == name]
        if len(found) == 1 and "T" not in found[0].value:
            lifted[name] = found[0]
    if not lifted:
        return query, None, None
    rest = [c for c in children if not any(c is f for f in lifted.values())]
    return and_(*rest), lifted.get("from"), lifted.get("to")


_COUNTED = {"<": "less than {}", "<=": "at most {}", ">": "more than {}", ">=": "at least {}"}
# Grades run from best (A, 1) to worst (F, 6), so "<" reads as "better than".
_RANKED = {"<": "better than {}", "<=": "{} or better", ">": "worse than {}", ">=": "{} or worse"}


def _describe_filter(node: FieldFilter) -> str:
    value = f'"{node.value}"' if " " in node.value else node.value
    if node.op != "=":
        words = _RANKED if node.field in _RANKED_NAMES else _COUNTED
        return f"{node.field} {words.get(node.op, node.op + ' {}').format(value)}"
    if node.field == "deleted":
        return "deleted" if node.value == "yes" else "not deleted"
    if node.field == "id":
        return f"incident {incident_ref(int(value)) if value.isdecimal() else value}"
    return f"{node.field} {value}"


def _describe(node: Node, parent: type[And] | type[Or] | type[Not] | None) -> str:
    if isinstance(node, Term):
        how = "starting with " if node.prefix else "exactly " if node.exact else ""
        return f'text {how}"{node.text}"'
    if isinstance(node, FieldFilter):
        return _describe_filter(node)
    if isinstance(node, Not):
        return f"not {_describe(node.child, Not)}"
    joiner = " and " if isinstance(node, And) else " or "
    inner = joiner.join(_describe(child, type(node)) for child in node.children)
    return inner if parent is None else f"({inner})"


def describe_query(node: Node | None) -> str:
    """Render a query tree in plain words, e.g. for the title block of a briefing."""
    return "all incidents" if node is None else _describe(node, None)
