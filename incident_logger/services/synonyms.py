"""Words a search treats as one: the user's synonym groups and the gazetteer's place names.

At query time every plain word of a search also looks for the other words of its synonym
groups (``БПЛА`` finds "беспилотник", "дрон", "UAV"...) and for the other names and aliases
of a place it names (``обнинск`` finds "Obninsk" and back). The group's words and the names
are searched in their own grammatical forms; a name of several words as a phrase.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from incident_logger.domain.errors import FieldError, ValidationError
from incident_logger.domain.messages import Message, msg
from incident_logger.domain.query import And, FieldFilter, Node, Not, Or, Term
from incident_logger.domain.text import fold
from incident_logger.services.word_forms import search_keys
from incident_logger.store import synonyms as store
from incident_logger.store.engine import Database
from incident_logger.store.repositories import places as places_repo
from incident_logger.store.sql import Sql, wrap

# A word naming more places than this is too common to stand for them (a sanity bound).
_MAX_PLACES = 8
MAX_WORD = 200


@dataclass(frozen=True, slots=True)
class SynonymGroup:
    id: int
    words: tuple[str, ...]


def _keys(word: str) -> list[str]:
    return list(dict.fromkeys([fold(word), *search_keys(word)]))


def partners(conn: sqlite3.Connection | Sql, word: str) -> tuple[list[str], list[str]]:
    """Other words for ``word``: its synonym groups' words, and the names of places it names."""
    sql = wrap(conn)
    keys = _keys(word)
    found = dict.fromkeys(store.words_grouped_with(sql, keys))
    places = places_repo.ids_named(sql, keys, _MAX_PLACES + 1)
    names: dict[str, None] = {}
    if 0 < len(places) <= _MAX_PLACES:
        names = dict.fromkeys(places_repo.names_of(sql, places))
    own = set(keys)
    words = [w for w in found if fold(w) not in own]
    return words, [n for n in names if fold(n) not in own and n not in found]


def expand_terms(conn: sqlite3.Connection | Sql, node: Node) -> Node:
    """``node`` with each plain word replaced by (word OR its partners)."""
    if isinstance(node, Term):
        if node.phrase or node.prefix or node.exact:
            return node
        words, names = partners(conn, node.text)
        if not words and not names:
            return node
        alternatives = [node]
        alternatives += [Term(w, phrase=" " in w, position=node.position) for w in words]
        alternatives += [
            Term(n, phrase=" " in n, position=node.position, in_text=True) for n in names
        ]
        return Or(tuple(alternatives))
    if isinstance(node, Not):
        return Not(expand_terms(conn, node.child))
    if isinstance(node, And | Or):
        return type(node)(tuple(expand_terms(conn, c) for c in node.children))
    assert isinstance(node, FieldFilter)
    return node


# --- editing --------------------------------------------------------------------------------


def list_groups(db: Database) -> list[SynonymGroup]:
    with db.read_sql() as sql:
        rows = store.all_words(sql)
    groups: dict[int, list[str]] = {}
    for gid, word in rows:
        groups.setdefault(gid, []).append(word)
    return [SynonymGroup(gid, tuple(words)) for gid, words in groups.items()]


def _invalid(message: Message) -> ValidationError:
    return ValidationError([FieldError("words", message)])


def _clean(words: list[str]) -> list[str]:
    out: dict[str, str] = {}
    for raw in words:
        word = " ".join(raw.split())
        if not word:
            continue
        if len(word) > MAX_WORD:
            raise _invalid(msg("synonym_too_long", word=word[:30], limit=MAX_WORD))
        if not any(ch.isalnum() for ch in word):
            raise _invalid(msg("synonym_no_letters", word=word))
        out.setdefault(fold(word), word)
    if len(out) < 2:
        raise _invalid(msg("synonym_one_word"))
    return list(out.values())


def add_group(db: Database, words: list[str]) -> SynonymGroup:
    """A new group of words that find each other."""
    clean = _clean(words)
    with db.write_sql() as sql:
        gid = store.add_group(sql, clean)
    return SynonymGroup(gid, tuple(clean))


def remove_group(db: Database, group_id: int) -> bool:
    """Forget a group; False if there was none with that number."""
    with db.write_sql() as sql:
        return store.remove_group(sql, group_id) > 0
