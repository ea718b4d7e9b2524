"""Reading a JSON object from a file a piece at a time: its top-level values, and the
elements of its top-level arrays one by one, each with the line where it starts.

Only one element (and a megabyte or so of text) is held at a time, so a document of any
size is read in little memory. Whatever would raise inside ``json`` (bad syntax, nesting
deeper than Python's recursion limit, an integer of more digits than Python converts)
becomes a ``JsonError`` naming the line, or, for the long integers, a ``LongNumber``
value that the reader reports against its field.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from incident_logger.domain.messages import TEXTS, Message, msg

CHUNK = 1024 * 1024
MAX_DEPTH = 32  # an incident is 3 levels deep; the app's history about 6
_WS = re.compile(r"[ \t\n\r]*")
_DIGITS = 4300  # Python's default limit for converting digits to int
NESTED = msg("json_nested", limit=MAX_DEPTH)
# json's own wording of a syntax error (JSONDecodeError.msg) -> the message saying it
_SYNTAX = {
    "Expecting value": "json_expect_value",
    "Expecting ',' delimiter": "json_expect_comma",
    "Expecting ':' delimiter": "json_expect_colon",
    "Expecting property name enclosed in double quotes": "json_expect_name",
    "Unterminated string starting at": "json_unterminated",
    "Invalid control character at": "json_control",
    "Invalid \\escape": "json_escape",
    "Invalid \\uXXXX escape": "json_escape",
    "Extra data": "json_extra",
}


class JsonError(Exception):
    """The document cannot be read on from here."""

    def __init__(self, line: int, message: Message) -> None:
        super().__init__(message)
        self.line, self.message = line, message


class LongNumber:
    """An integer of more digits than Python converts (kept as its length only)."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return str(self.said())

    def said(self) -> Message:
        return msg("json_long_number", digits=self.digits)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LongNumber, (self.digits,))


def _int(text: str) -> int | LongNumber:
    if len(text.lstrip("-")) > _DIGITS:
        return LongNumber(len(text.lstrip("-")))
    return int(text)


_PLAIN = json.JSONDecoder()
_GUARDED = json.JSONDecoder(parse_int=_int)  # slower: used only after a ValueError


def decode(text: str, start: int = 0) -> tuple[Any, int]:
    """``raw_decode`` that turns integers too long for Python into ``LongNumber``s.

    Raises ``json.JSONDecodeError`` for bad syntax and ``RecursionError`` for deep nesting.
    """
    try:
        return _PLAIN.raw_decode(text, start)
    except json.JSONDecodeError:
        raise
    except ValueError:  # int() refused a very long number
        return _GUARDED.raw_decode(text, start)


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True when lists and objects are nested more than ``limit`` levels (no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


class JsonScanner:
    """Events of a JSON object read from ``fh``: ``("value", key, line, value)`` for a
    top-level value that is not an array, and for an array ``("start", key, line, None)``,
    ``("item", key, line, (value, text))`` per element (``text`` only for the keys in
    ``keep_text``, else ""), then ``("end", key, line, None)``."""

    def __init__(self, fh: BinaryIO, keep_text: frozenset[str] = frozenset()) -> None:
        self.fh, self.keep_text = fh, keep_text
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.mark, self.mark_line = 0, 1  # the line at offset ``mark`` of ``buf``
        self.bytes_read = 0

    # --- the text ----------------------------------------------------------------------

    def line_at(self, i: int) -> int:
        if i >= self.mark:
            self.mark_line += self.buf.count("\n", self.mark, i)
        else:
            self.mark_line -= self.buf.count("\n", i, self.mark)
        self.mark = i
        return self.mark_line

    def _more(self, grow: bool = False) -> bool:
        """Read on (dropping the text before ``pos``); False at the end of the file.

        ``grow`` reads as much again as is held, so one huge element is read in a few
        steps rather than re-parsed once per megabyte.
        """
        if self.eof:
            return False
        data = self.fh.read(max(CHUNK, len(self.buf) - self.pos) if grow else CHUNK)
        self.bytes_read += len(data)
        try:
            text = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise JsonError(
                self.line_at(len(self.buf)) + data.count(b"\n"), msg("not_utf8")
            ) from None
        self.eof = not data
        self.line_at(self.pos)
        self.buf = self.buf[self.pos :] + text
        self.pos = self.mark = 0
        return True

    def _skip(self) -> str:
        """Skip white space; the next character, or "" at the end of the file."""
        while True:
            match = _WS.match(self.buf, self.pos)
            assert match is not None
            self.pos = match.end()
            if self.pos < len(self.buf) or not self._more():
                return self.buf[self.pos : self.pos + 1]

    def _fail(self, i: int, problem: str) -> JsonError:
        """``problem``: a code of domain/messages.py, or json's own words for one."""
        column = i - self.buf.rfind("\n", 0, i)
        code = _SYNTAX.get(problem, problem)
        said = msg(code) if code in TEXTS else msg("json_other", detail=problem)
        return JsonError(self.line_at(i), msg("json_invalid", problem=said, column=column))

    def _value(self) -> tuple[Any, int, int]:
        self._skip()
        while True:
            start = self.pos
            try:
                value, end = decode(self.buf, start)
            except RecursionError:
                raise JsonError(self.line_at(start), NESTED) from None
            except json.JSONDecodeError as exc:
                if self._more(grow=True):
                    continue
                raise self._fail(exc.pos, exc.msg) from None
            if end == len(self.buf) and self._more(grow=True):
                continue  # a number may go on in the next piece
            self.pos = end
            return value, start, end

    def _expect(self, char: str, what: str) -> None:
        if self._skip() != char:
            raise self._fail(self.pos, what)
        self.pos += 1

    # --- the document ------------------------------------------------------------------

    def events(self) -> Iterator[tuple[str, str, int, Any]]:
        self._expect("{", "json_expect_object")
        if self._skip() == "}":
            self.pos += 1
        else:
            while True:
                if self._skip() != '"':
                    raise self._fail(self.pos, "json_expect_name")
                key, _, _ = self._value()
                self._expect(":", "json_expect_colon")
                if self._skip() == "[":
                    line = self.line_at(self.pos)
                    self.pos += 1
                    yield "start", key, line, None
                    yield from self._items(key)
                    yield "end", key, line, None
                else:
                    value, start, _ = self._value()
                    yield "value", key, self.line_at(start), value
                following = self._skip()
                self.pos += 1
                if following == ",":
                    continue
                if following == "}":
                    break
                raise self._fail(self.pos - 1, "json_expect_comma_brace")
        if self._skip():
            raise self._fail(self.pos, "json_extra")

    def _items(self, key: str) -> Iterator[tuple[str, str, int, Any]]:
        if self._skip() == "]":
            self.pos += 1
            return
        keep = key in self.keep_text
        while True:
            value, start, end = self._value()
            line = self.line_at(start)
            yield "item", key, line, (value, self.buf[start:end] if keep else "")
            following = self._skip()
            self.pos += 1
            if following == ",":
                continue
            if following == "]":
                return
            raise self._fail(self.pos - 1, "json_expect_comma_bracket")
