"""Place names as the interface shows them: in its language where the gazetteer has that name.

``load`` reads the names once (a few thousand rows) when the app starts and again after the
gazetteer is brought up to date; ``shown`` is what a cell displays and ``others`` what its
tooltip adds. Before ``load`` (tests, the command line) names show as stored.
"""

from __future__ import annotations

from incident_logger.services.place_names import names_in_language
from incident_logger.store.engine import Database

_names: dict[str, str] = {}


def load(db: Database, lang: str) -> None:
    global _names
    _names = names_in_language(db, lang)


def clear() -> None:
    global _names
    _names = {}


def shown(name: str) -> str:
    """``name`` in the interface's language when the gazetteer has it, else as stored."""
    return _names.get(name, name)


def tooltip(name: str) -> str:
    """The stored name beside the shown one, when they differ ('Калужская область')."""
    local = _names.get(name)
    return f"{local} — {name}" if local else name


def path(stored: str) -> str:
    """A place's path ("Россия › Калужская область › Обнинск"), each name as shown."""
    return " › ".join(shown(part) for part in stored.split(" › "))
