"""The domain's and the services' messages (domain/messages.py) in the interface's language.

A message is a code with values; its English text in ``domain.messages.TEXTS`` is also the
source text of its Qt translation (context "Messages", extracted by lupdate from that module).
:func:`text` translates it, with ``%n`` plural forms, numbers grouped the locale's way, enum
values as the vocabulary's words and a message inside another translated in its turn.
"""

from __future__ import annotations

import re
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale

from incident_logger.domain.errors import ValidationError
from incident_logger.domain.fields import INCIDENT_FIELDS, field
from incident_logger.domain.messages import (
    CONTEXT,
    TEXTS,
    VERBATIM,
    Message,
    MessageError,
    Value,
    fill,
    msg,
)
from incident_logger.domain.query import QuerySyntaxError
from incident_logger.ui import words
from incident_logger.ui.i18n import number
from incident_logger.ui.words import QT_TRANSLATE_NOOP


def text(message: Message) -> str:
    """``message`` in the interface's language."""
    if message.code == VERBATIM:
        return str(message.params["text"])
    n = -1 if message.n is None else message.n
    translated = QCoreApplication.translate(CONTEXT, TEXTS[message.code], None, n)
    return fill(translated, message.params, _show)


def said(value: str | Message) -> str:
    """A text a service gave as a message code or (for the older ones) in English."""
    return text(value) if isinstance(value, Message) else value


def _show(value: Value, spec: str) -> str:
    if isinstance(value, Message):
        return text(value)
    if isinstance(value, StrEnum):
        return words.enum_word(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 12)
    return str(value)


def query_error(exc: QuerySyntaxError) -> str:
    """A search's problem and its hint (no position: the caller says where)."""
    if exc.hint is None:
        return text(exc.problem)
    return text(msg("with_hint", problem=exc.problem, hint=exc.hint))


# The fields a service names in its errors, as the interface calls them (context "Fields"):
# an incident's fields by their registry labels (domain/fields.py marks them for lupdate),
# the items of its lists in the singular ("Source 2"), and the other records' fields.
FIELD_NAMES = {
    **{f.name: f.label for f in INCIDENT_FIELDS},
    "place": field("place_id").label,  # validation names the place by its record
    "tags": QT_TRANSLATE_NOOP("Fields", "Tag"),
    "sources": QT_TRANSLATE_NOOP("Fields", "Source"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "object_kind": QT_TRANSLATE_NOOP("Fields", "What"),
    "quantity": QT_TRANSLATE_NOOP("Fields", "Quantity"),
    "severity": QT_TRANSLATE_NOOP("Fields", "Severity"),
    "state": QT_TRANSLATE_NOOP("Fields", "State"),
    "credibility": QT_TRANSLATE_NOOP("Fields", "Credibility"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "parent": QT_TRANSLATE_NOOP("Fields", "Inside"),
    "aliases": QT_TRANSLATE_NOOP("Fields", "Other name"),
    "reliability": QT_TRANSLATE_NOOP("Fields", "Reliability"),
    "query": QT_TRANSLATE_NOOP("Fields", "Search"),
    "words": QT_TRANSLATE_NOOP("Fields", "Words"),
    "issued_at": QT_TRANSLATE_NOOP("Fields", "Issued"),
    "period_start": QT_TRANSLATE_NOOP("Fields", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("Fields", "Period end"),
    "subject": QT_TRANSLATE_NOOP("Fields", "Subject"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "stated_total": QT_TRANSLATE_NOOP("Fields", "Stated total"),
    "lines": QT_TRANSLATE_NOOP("Fields", "Line"),
    "region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "count": QT_TRANSLATE_NOOP("Fields", "Count"),
}
_FIELD = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$")


def field_name(field: str) -> str:
    """A service's field name ("sources[2].credibility") as the interface calls it."""
    found = _FIELD.match(field)
    if not found or found.group(1) not in FIELD_NAMES:
        return field
    base, index, sub = found.groups()
    shown = QCoreApplication.translate("Fields", FIELD_NAMES[base])
    if index:
        shown += f" {number(int(index))}"
    if sub:
        shown += f", {QCoreApplication.translate('Fields', FIELD_NAMES.get(sub, sub))}"
    return shown


def error_text(exc: BaseException) -> str:
    """What went wrong, in the interface's language where the error carries a message code."""
    if isinstance(exc, ValidationError):
        return "\n".join(f"{field_name(e.field)}: {text(e.msg)}" for e in exc.errors)
    found = exc.msg if isinstance(exc, MessageError) else getattr(exc, "msg", None)
    if isinstance(found, Message):  # MessageError, and errors of other kinds that carry one
        return text(found)
    return str(exc) or type(exc).__name__


def field_label(name: str) -> str:
    """A field as the interface names it; a name it has no word for, in its own words
    ("deleted_at" -> "Deleted at")."""
    shown = field_name(name)
    return shown if shown != name else name.replace("_", " ").capitalize()
