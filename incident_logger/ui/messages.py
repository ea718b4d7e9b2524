"""Messages the domain writes in English (validation, search syntax), in the interface's language.

The domain names problems in English words with values in them ("is too long (312 characters,
at most 300)"); it knows no Qt. Each known message has a pattern here and a translatable
template (context "Messages") with the same named values; :func:`message` turns one into the
interface's language. A message with no pattern shows as written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from incident_logger.domain.query import QuerySyntaxError
from incident_logger.ui.words import QT_TRANSLATE_NOOP

CONTEXT = "Messages"

_TEMPLATES: tuple[tuple[str, str], ...] = (
    # domain/validation.py
    (r"is required", QT_TRANSLATE_NOOP("Messages", "is required")),
    (r"is empty", QT_TRANSLATE_NOOP("Messages", "is empty")),
    (r"ends before it starts", QT_TRANSLATE_NOOP("Messages", "ends before it starts")),
    (
        r"give both latitude and longitude, or neither",
        QT_TRANSLATE_NOOP("Messages", "give both latitude and longitude, or neither"),
    ),
    (
        r"must be between (?P<low>\S+) and (?P<high>\S+) \(got (?P<value>.*)\)",
        QT_TRANSLATE_NOOP("Messages", "must be between {low} and {high} (got {value})"),
    ),
    (
        r"is too long \((?P<n>\d+) characters, at most (?P<limit>[\d,]+)\)",
        QT_TRANSLATE_NOOP("Messages", "is too long ({n} characters, at most {limit})"),
    ),
    (
        r"'(?P<value>.*)' is not a whole number",
        QT_TRANSLATE_NOOP("Messages", "'{value}' is not a whole number"),
    ),
    (
        r"cannot be negative \(got (?P<value>.*)\)",
        QT_TRANSLATE_NOOP("Messages", "cannot be negative (got {value})"),
    ),
    (
        r"'(?P<value>.*)' is not one of: (?P<allowed>.*)",
        QT_TRANSLATE_NOOP("Messages", "'{value}' is not one of: {allowed}"),
    ),
    (r"unknown place \(id (?P<id>\d+)\)", QT_TRANSLATE_NOOP("Messages", "unknown place (id {id})")),
    (
        r"unknown source \(id (?P<id>\d+)\)",
        QT_TRANSLATE_NOOP("Messages", "unknown source (id {id})"),
    ),
    (r"this source is listed twice", QT_TRANSLATE_NOOP("Messages", "this source is listed twice")),
    (r"this region has two lines", QT_TRANSLATE_NOOP("Messages", "this region has two lines")),
    (
        r"must be 1 to 6 \(got (?P<value>.*)\)",
        QT_TRANSLATE_NOOP("Messages", "must be 1 to 6 (got {value})"),
    ),
    (
        r"grade must be A to F \(got '(?P<value>.*)'\)",
        QT_TRANSLATE_NOOP("Messages", "grade must be A to F (got '{value}')"),
    ),
    # services/sources.py: a source still cited cannot go to the trash
    (
        r"'(?P<name>.*)' is cited by (?P<n>[\d,]+) incidents; it cannot go to the trash while "
        r"they cite it",
        QT_TRANSLATE_NOOP(
            "Messages",
            "'{name}' is cited by {n} incidents; it cannot go to the trash while they cite it",
        ),
    ),
    # domain/timefmt.py
    (
        r"'(?P<text>.*)' is not a date and time like 2026-09-12 01:30",
        QT_TRANSLATE_NOOP("Messages", "'{text}' is not a date and time like 2026-09-12 01:30"),
    ),
    # domain/query.py: the problem and the hint of a search that cannot be read
    (r"Unclosed quote", QT_TRANSLATE_NOOP("Messages", "Unclosed quote")),
    (r'add a closing "', QT_TRANSLATE_NOOP("Messages", 'add a closing "')),
    (r"'-' on its own", QT_TRANSLATE_NOOP("Messages", "'-' on its own")),
    (
        r"put it right before a term: -test",
        QT_TRANSLATE_NOOP("Messages", "put it right before a term: -test"),
    ),
    (r"Empty phrase", QT_TRANSLATE_NOOP("Messages", "Empty phrase")),
    (
        r"put words between the quotes",
        QT_TRANSLATE_NOOP("Messages", "put words between the quotes"),
    ),
    (r"A bare \*", QT_TRANSLATE_NOOP("Messages", "A bare *")),
    (
        r"put it after a word start: interc\*",
        QT_TRANSLATE_NOOP("Messages", "put it after a word start: interc*"),
    ),
    (
        r"'(?P<word>.*)' has no letters or digits",
        QT_TRANSLATE_NOOP("Messages", "'{word}' has no letters or digits"),
    ),
    (r"remove it", QT_TRANSLATE_NOOP("Messages", "remove it")),
    (
        r"Empty value after '(?P<name>.*):'",
        QT_TRANSLATE_NOOP("Messages", "Empty value after '{name}:'"),
    ),
    (r"Too many nested parentheses", QT_TRANSLATE_NOOP("Messages", "Too many nested parentheses")),
    (r"simplify", QT_TRANSLATE_NOOP("Messages", "simplify")),
    (r"Empty parentheses", QT_TRANSLATE_NOOP("Messages", "Empty parentheses")),
    (r"put terms inside", QT_TRANSLATE_NOOP("Messages", "put terms inside")),
    (r"Unclosed parenthesis", QT_TRANSLATE_NOOP("Messages", "Unclosed parenthesis")),
    (r"add a closing \)", QT_TRANSLATE_NOOP("Messages", "add a closing )")),
    (r"Unmatched \)", QT_TRANSLATE_NOOP("Messages", "Unmatched )")),
    (
        r"remove it or add an opening \(",
        QT_TRANSLATE_NOOP("Messages", "remove it or add an opening ("),
    ),
    (r"Nothing before '(?P<text>.*)'", QT_TRANSLATE_NOOP("Messages", "Nothing before '{text}'")),
    (r"Unexpected end of query", QT_TRANSLATE_NOOP("Messages", "Unexpected end of query")),
    (r"add a term", QT_TRANSLATE_NOOP("Messages", "add a term")),
    (r"Not a character", QT_TRANSLATE_NOOP("Messages", "Not a character")),
    (
        r"retype this part of the query",
        QT_TRANSLATE_NOOP("Messages", "retype this part of the query"),
    ),
)
_PATTERNS = tuple((re.compile(rf"^{pattern}$", re.DOTALL), text) for pattern, text in _TEMPLATES)


def message(text: str) -> str:
    """``text`` (a domain message) in the interface's language; unknown ones as written."""
    for pattern, template in _PATTERNS:
        found = pattern.match(text)
        if found:
            return QCoreApplication.translate(CONTEXT, template).format(**found.groupdict())
    return text


def query_error(exc: QuerySyntaxError) -> str:
    """A search's problem and its hint, each in the interface's language."""
    hint = message(exc.hint) if exc.hint else ""
    return message(exc.problem) + (f": {hint}" if hint else "")
