"""A JSON reader that also says on which line each element of the top-level arrays starts."""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

_WS = re.compile(r"[ \t\n\r]*")


class Positions:
    """Line numbers (1-based) of offsets in a text."""

    def __init__(self, text: str) -> None:
        self._newlines = [m.start() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_left(self._newlines, offset) + 1


def scan(text: str) -> tuple[dict[str, Any], dict[str, list[int]]]:
    """Parse a JSON object; for each top-level array, the line where each element starts.

    Raises ``json.JSONDecodeError`` (with line and column) for text that is not JSON or is
    not an object.
    """
    decoder = json.JSONDecoder()
    positions = Positions(text)

    def skip(i: int) -> int:
        match = _WS.match(text, i)
        assert match is not None
        return match.end()

    def expect(i: int, char: str, what: str) -> int:
        if text[i : i + 1] != char:
            raise json.JSONDecodeError(what, text, i)
        return skip(i + 1)

    doc: dict[str, Any] = {}
    lines: dict[str, list[int]] = {}
    i = expect(skip(0), "{", "Expecting a JSON object ('{')")
    if text[i : i + 1] == "}":
        i = skip(i + 1)
    else:
        while True:
            if text[i : i + 1] != '"':
                raise json.JSONDecodeError(
                    "Expecting property name enclosed in double quotes", text, i
                )
            key, i = decoder.raw_decode(text, i)
            i = expect(skip(i), ":", "Expecting ':' delimiter")
            if text[i : i + 1] == "[":
                doc[key], lines[key], i = _array(decoder, text, skip(i + 1), skip, positions)
            else:
                doc[key], i = decoder.raw_decode(text, i)
            i = skip(i)
            if text[i : i + 1] == ",":
                i = skip(i + 1)
                continue
            i = expect(i, "}", "Expecting ',' delimiter or '}'")
            break
    if i != len(text):
        raise json.JSONDecodeError("Extra data after the document", text, i)
    return doc, lines


def _array(
    decoder: json.JSONDecoder, text: str, i: int, skip: Any, positions: Positions
) -> tuple[list[Any], list[int], int]:
    items: list[Any] = []
    starts: list[int] = []
    if text[i : i + 1] == "]":
        return items, starts, i + 1
    while True:
        starts.append(positions.line(i))
        value, i = decoder.raw_decode(text, i)
        items.append(value)
        i = skip(i)
        if text[i : i + 1] == ",":
            i = skip(i + 1)
            continue
        if text[i : i + 1] == "]":
            return items, starts, i + 1
        raise json.JSONDecodeError("Expecting ',' delimiter or ']'", text, i)
