"""Cell formats shared by the CSV files: formula neutralising and escaped lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

# A spreadsheet runs a cell starting with one of these as a formula (or part of one).
_TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")
_QUOTED = re.compile(r"'+[=+\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def neutralise(cell: str) -> str:
    """Prefix a quote to a cell a spreadsheet would run as a formula.

    Cells that already start with quotes before such a character get one more, so that
    ``restore`` gives back exactly the original text. A plain negative number (a western
    longitude) is left as it is: a spreadsheet reads it as a number, not a formula.
    """
    if cell and cell[0] in _TRIGGERS + "'" and _NEEDS_QUOTE.match(cell):
        if cell[0] == "-" and _PLAIN_NUMBER.fullmatch(cell):
            return cell
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """Undo ``neutralise``: drop one quote before a formula character."""
    if cell.startswith("'") and _QUOTED.match(cell):
        return cell[1:]
    return cell


_ESCAPES = {"n": "\n", "r": "\r", "t": "\t"}
_ESCAPED = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape(text: str, specials: str) -> str:
    """Backslash-escape ``\\``, newlines, tabs and each of ``specials``; guard edge spaces."""
    out = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch in _ESCAPED:
            out.append(_ESCAPED[ch])
        elif ch in specials or (ch == " " and (i == 0 or i == last)):
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def split_escaped(text: str, separator: str) -> list[str]:
    """Split on unescaped ``separator`` (one character), dropping one space on each side.

    Spaces that belong to a value are escaped (``\\ ``) by ``escape``, so only the
    separator's own spaces are removed.
    """
    if "\\" not in text:  # nothing escaped: a regular expression does the same, faster
        return _splitter(separator).split(text)
    parts: list[str] = []
    current: list[str] = []
    trailing_plain_space = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            current.append(_ESCAPES.get(nxt, nxt))
            trailing_plain_space = False
            i += 2
            continue
        if ch == separator:
            if trailing_plain_space:
                current.pop()
            parts.append("".join(current))
            current = []
            trailing_plain_space = False
            i += 1
            if i < len(text) and text[i] == " ":
                i += 1
            continue
        current.append(ch)
        trailing_plain_space = ch == " "
        i += 1
    parts.append("".join(current))
    return parts


def join_items(items: Iterable[str], separator: str) -> str:
    """Join already-escaped items; ``separator`` is e.g. ``" | "``, ``"; "`` or ``"\\n"``."""
    return separator.join(items)


def fields_cell(rows: Iterable[Iterable[str]]) -> str:
    """Rows of fields: one row per line, fields separated by `` | ``."""
    lines = []
    for row in rows:
        cells = list(row)
        while len(cells) > 1 and cells[-1] == "":
            cells.pop()  # "Governor | B2" rather than "Governor | B2 |  | "
        lines.append(" | ".join(escape(f, "|;") for f in cells))
    return "\n".join(lines)


def parse_fields_cell(text: str) -> list[list[str]]:
    """The rows of a ``fields_cell``; blank lines are skipped."""
    return [split_escaped(line, "|") for line in field_lines(text)]


def field_lines(text: str) -> list[str]:
    """The unsplit rows of a ``fields_cell`` (``parse_fields_cell`` splits each one)."""
    return [line for line in _split_lines(text) if line.strip()]


@cache
def _splitter(separator: str) -> re.Pattern[str]:
    return re.compile(" ?" + re.escape(separator) + " ?")


_NEWLINE = re.compile(r"\r\n|\r|\n")


def _split_lines(text: str) -> list[str]:
    if "\\" not in text:
        return _NEWLINE.split(text)
    lines: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch in "\r\n":
            lines.append("".join(current))
            current = []
            if ch == "\r" and text[i + 1 : i + 2] == "\n":
                i += 1
        else:
            current.append(ch)
        i += 1
    lines.append("".join(current))
    return lines


def list_cell(values: Iterable[str], separator: str = ";") -> str:
    """Plain values separated by ``separator`` and a space (e.g. tags ``night; drones``)."""
    return f"{separator} ".join(escape(v, separator + "|") for v in values)


def parse_list_cell(text: str, separator: str = ";") -> list[str]:
    if not text.strip():
        return []
    return [v for v in split_escaped(text, separator) if v.strip()]
