"""The language a briefing is written in: its words (gettext catalogs), dates and numbers (CLDR).

The words live in ``resources/i18n/briefing_<lang>.po`` (English is the source language and needs
no catalog). A catalog is read with Babel and compiled in memory the first time a language is
used, so what ships is the text a translator edits and nothing can be stale. Babel also gives the
dates, numbers and plural rules of each locale (Russian and Ukrainian have three plural forms).

Section builders call :func:`_`, :func:`n_` and :func:`p_`; :func:`use` sets the language for the
code running inside it (a context variable, so two threads can build in two languages).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from gettext import NullTranslations

from babel import Locale
from babel.dates import format_date, format_time
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

from incident_logger.resources import resource_path

# Code -> the language's own name, as a choice in the dialog shows it.
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "uk": "Українська"}
DEFAULT = "en"
DOMAIN = "briefing"


class UnknownLanguageError(ValueError):
    """A language code the briefing cannot be written in."""


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    locale: Locale
    words: NullTranslations


_lock = threading.Lock()
_loaded: dict[str, Language] = {}


def catalog_path(code: str) -> str:
    return str(resource_path("i18n", f"{DOMAIN}_{code}.po"))


def language(code: str) -> Language:
    """The language ``code`` ('en', 'ru', 'uk'), loaded once per process."""
    if code not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise UnknownLanguageError(f"language: {code!r} is not one of {known}")
    with _lock:
        found = _loaded.get(code)
        if found is None:
            found = _loaded[code] = Language(code, Locale.parse(code), _words(code))
        return found


def _words(code: str) -> NullTranslations:
    if code == DEFAULT:
        return NullTranslations()
    with open(catalog_path(code), "rb") as po:
        catalog = read_po(po, locale=code, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)  # an unfinished entry prints in English
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


_current: ContextVar[Language | None] = ContextVar("briefing_language", default=None)


def current() -> Language:
    found = _current.get()
    return found if found is not None else language(DEFAULT)


@contextmanager
def use(code: str) -> Iterator[Language]:
    """Write in ``code`` inside the block (raises UnknownLanguageError before it starts)."""
    lang = language(code)
    token = _current.set(lang)
    try:
        yield lang
    finally:
        _current.reset(token)


def _(message: str) -> str:
    """``message`` in the current language."""
    return current().words.gettext(message)


def N_(message: str) -> str:
    """Marks ``message`` for the catalog; translated later, where it is printed."""
    return message


def p_(context: str, message: str) -> str:
    """``message`` in the current language, told apart by ``context`` ('status', 'damage')."""
    return current().words.pgettext(context, message)


def n_(singular: str, plural: str, n: int) -> str:
    """The form for ``n`` of a phrase with ``{n}`` in it, ``{n}`` written as a number."""
    return current().words.ngettext(singular, plural, n).replace("{n}", number(n))


def number(n: int) -> str:
    """An integer with the locale's grouping: 12,345 or 12 345."""
    return format_decimal(n, locale=current().locale)


def day(value: date) -> str:
    """'15 Jun 2025', '15 июн. 2025'."""
    return format_date(value, "d MMM y", locale=current().locale)


def day_month(value: date) -> str:
    """'15 Jun', '15 июн.'."""
    return format_date(value, "d MMM", locale=current().locale)


def month_year(value: date) -> str:
    """'June 2025', 'июнь 2025' (the stand-alone month name)."""
    return format_date(value, "LLLL y", locale=current().locale)


def short_month_year(value: date) -> str:
    """'Jun 2025', 'июнь 2025'."""
    return format_date(value, "LLL y", locale=current().locale)


def clock(value: datetime) -> str:
    """'07:00' (24-hour in every briefing language)."""
    return format_time(value, "HH:mm", locale=current().locale)


def join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' in the current language."""
    if len(items) <= 1:
        return "".join(items)
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])
