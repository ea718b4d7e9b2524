"""The main-process half of a CSV import: names to ids, duplicates, and bulk inserts.

Prepared rows arrive a chunk at a time (see ``prepare``). Places, sources and categories
are matched or created when a good row first needs them, so a refused row creates
nothing. Rows are inserted with ``executemany`` in the caller's transaction, with their
history entries and search-index documents, as the demo generator (``demo/generate.py``) does.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from operator import itemgetter
from typing import Any

from incident_logger.domain.enums import (
    EntityKind,
    HistoryAction,
    PlaceKind,
    Reliability,
    SourceKind,
)
from incident_logger.domain.messages import msg
from incident_logger.domain.models import PlaceDraft, SourceDraft
from incident_logger.domain.text import fold
from incident_logger.services.context import current_actor, now_iso
from incident_logger.services.exchange import prepare as P
from incident_logger.services.exchange.folding import fold_short
from incident_logger.services.exchange.plan import Existing
from incident_logger.services.exchange.prepare import Item, Prepared
from incident_logger.services.exchange.problems import Problem, Said, problem
from incident_logger.services.exchange.writer import SQL, created_changes
from incident_logger.services.place_import import add_spellings, match_known_place
from incident_logger.store import categories, fts
from incident_logger.store.bulk import DeferredIndexes, worth_deferring
from incident_logger.store.lemma_doc import lemma_text
from incident_logger.store.pg import bulk as pg_bulk
from incident_logger.store.repositories import incidents, places
from incident_logger.store.repositories import sources as source_repo
from incident_logger.store.repositories.incidents import CATEGORY_AT, PLACE_AT
from incident_logger.store.sql import Sql, wrap

BATCH = 2_500  # rows per executemany (two batches are in memory at a time; 5,000 held 20 MB
# more at the peak of a 100k import and were no faster)
# Indexes the import's own look-ups use (a duplicate by event id, or by time, title and
# place); the others are rebuilt at the end of a big import (``store.bulk``).
KEEP_INDEXES = frozenset(
    {"ix_incident_external", "ix_incident_place_start", "ix_incident_live_start"}
)
_CREATE = HistoryAction.CREATE.value
# Where an incident row (incidents.COLUMNS: the id first) holds the place's and category's ids.
_PLACE_COLUMN, _CATEGORY_COLUMN = PLACE_AT + 1, CATEGORY_AT + 1
# An index document as ``item`` makes it (the prepared row's folded texts and damage, then
# the sources, places and lemmas columns) put in ``fts.COLUMNS`` order, by name.
_DOCUMENT_NAMES = (*P.FOLDED_NAMES[:-1], "sources", "places", "lemmas")
assert sorted(_DOCUMENT_NAMES) == sorted(fts.COLUMNS), "every index column, once"
_FTS_ROW = itemgetter(*map(_DOCUMENT_NAMES.index, fts.COLUMNS))
assert incidents.COLUMNS[_PLACE_COLUMN] == "place_id"
assert incidents.COLUMNS[_CATEGORY_COLUMN] == "category_id"


def _row_key(start: str, title: str, place_id: int | None) -> bytes:
    """Title, time and place as 16 bytes (a 128-bit digest: a false match is not a concern)."""
    text = f"{start}\x1f{title}\x1f{'' if place_id is None else place_id}"
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class StreamImport:
    """Takes prepared chunks in file order; writes them when ``write`` is set."""

    def __init__(self, conn: sqlite3.Connection | Sql, file_name: str, *, write: bool, reason: str):
        # ``conn``: SQLite's own connection (its bulk path, as it is), or a team database's Sql
        self.conn: Any = conn
        self.file_name, self.write, self.reason = file_name, write, reason
        self.sql = wrap(conn)
        self.db = Existing(conn)
        self.now, self.actor = now_iso(), current_actor(self.sql)
        self.place_specs: dict[str, P.PlaceRow] = {}
        self.source_specs: dict[str, P.SourceRow] = {}
        self.place_ids: dict[str, int] = {}
        self.source_ids: dict[str, int] = {}
        self.new_places: set[int] = set()
        self.new_sources = 0
        self.new_categories = 0
        self.categories = {fold(name): cid for cid, name in categories.names(self.sql)}
        self.names = dict(self.db.source_names)
        self.grades = dict(self.db.reliability)
        self.first_id = self.db.next_id["incident"]
        self.next_id = self.first_id
        self.rows = 0
        self.refused = 0
        self.fatal = False  # the file cannot be read on: nothing is kept, even with partial
        self.keys: dict[str, int] = {}  # a JSON record key -> the new incident's id
        # Rows kept so far, to catch the same incident twice in one file: the event id, or
        # title, time and place -> the line where it was first seen.
        self.seen_events: dict[str, int] = {}
        # (A digest of title, time and place: 100,000 titles kept as strings held ~15 MB.)
        self.seen_rows: dict[bytes, int] = {}
        self.problems: list[Problem] = []
        self.duplicates: list[Problem] = []
        self.ids: list[int] = []
        self.terms: dict[int | None, str] = {None: ""}
        self.folded: dict[tuple[int, ...], tuple[str, str]] = {}
        self.category_by_name: dict[str, int] = {}
        self.created_categories: dict[str, int] = {}  # folded name -> id, made by this import
        self.out: dict[str, list[tuple[Any, ...]]] = {k: [] for k in SQL}
        self.created = (self.now, self.actor, EntityKind.INCIDENT.value)
        self._thread: ThreadPoolExecutor | None = None
        self._pending: Future[None] | None = None
        # The size of the file and how much of it has been read, which the caller keeps
        # up to date: they tell how many rows the import will bring.
        self.total_bytes = 0
        self.read_bytes = 0
        # Into an empty table no row is looked up, so every index can wait.
        keep = KEEP_INDEXES if self.db.has_incidents else frozenset()
        self.deferred = DeferredIndexes(conn, "incident", keep)
        self._sized = False

    # --- names to ids ---------------------------------------------------------------------

    def _history(self, entity: EntityKind, entity_id: int, line: int, changes: str) -> None:
        if self.write:
            self._sql(
                SQL["history"],
                (
                    self.now,
                    self.actor,
                    entity.value,
                    entity_id,
                    HistoryAction.CREATE.value,
                    changes,
                    f"{self.reason}, line {line}" if line else self.reason,
                ),
            )

    def place_id(self, key: str) -> int:
        found = self.place_ids.get(key)
        if found is not None:
            return found
        _, line, name, kind, parent, country = self.place_specs[key]
        parent_id = self.place_id(parent) if parent else None
        if parent_id not in self.new_places:
            existing = self.db.find_place(parent_id, name)
            if existing is None:  # a known place under another name or form ("Bryansk")
                draft = PlaceDraft(name, PlaceKind(kind), parent_id, country.upper())
                existing = match_known_place(self.conn, draft, parent_id)
                if existing is not None and self.write:  # the file's spelling: another name
                    add_spellings(self.conn, [(existing, name)], self.reason)
            if existing is not None:
                self.place_ids[key] = existing
                return existing
        pid = self.db.next_id["place"] + len(self.new_places)
        if self.write:
            code, now = country.upper(), self.now
            row = (pid, name, fold(name), kind, parent_id, code, "", None, None, now, now, None)
            self._sql(places.INSERT_SQL, row)
        draft = PlaceDraft(name, PlaceKind(kind), parent_id, country.upper())
        self._history(EntityKind.PLACE, pid, line, created_changes(draft))
        self.new_places.add(pid)
        self.place_ids[key] = pid
        return pid

    def source_id(self, key: str) -> int:
        found = self.source_ids.get(key)
        if found is not None:
            return found
        _, line, name, reliability = self.source_specs[key]
        existing = self.db.source_by_name.get(fold(name))
        if existing is not None:
            self.source_ids[key] = existing
            return existing
        sid = self.db.next_id["source"] + self.new_sources
        draft = SourceDraft(name, SourceKind.OTHER, Reliability(reliability))
        if self.write:
            self._wait()
            source_repo.insert(self.conn, draft, self.now, sid)
        self._history(EntityKind.SOURCE, sid, line, created_changes(draft))
        self.new_sources += 1
        self.source_ids[key] = sid
        self.names[sid], self.grades[sid] = name, reliability
        return sid

    def category_id(self, name: str) -> int:
        found = self.category_by_name.get(name)
        if found is not None:
            return found
        key = fold(name)
        found = self.categories.get(key)
        if found is not None:
            self.category_by_name[name] = found
            return found
        cid = self.db.next_id["category"] + self.new_categories
        if self.write:
            self._sql(categories.INSERT_SQL, (cid, name, key))
        self._history(EntityKind.CATEGORY, cid, 0, json.dumps({"name": [None, name]}))
        self.new_categories += 1
        self.created_categories[key] = cid
        self.categories[key] = self.category_by_name[name] = cid
        return cid

    # --- rows -----------------------------------------------------------------------------

    def take(self, prepared: Prepared) -> None:
        places, sources, items = prepared
        for row in places:
            self.place_specs.setdefault(row[0], row)
        for srow in sources:
            self.source_specs.setdefault(srow[0], srow)
        for item in items:
            self.item(item)
        if len(self.out["incident"]) >= BATCH:
            self._flush_soon()

    def refuse(self, line: int, problems: list[tuple[str, Said]]) -> None:
        self.refused += 1
        self.problems.extend(problem(self.file_name, line, f, m) for f, m in problems)

    def _duplicate(self, v: tuple[Any, ...], place_id: int | None, line: int) -> bool:
        self._wait()
        stored = v[P.V_STORED]
        event = stored[P.S_EXTERNAL_ID]
        if event:
            found = incidents.with_external_id(self.sql, event, self.first_id)
            why = msg("event_in_database", event=event)
        else:
            found = incidents.same_event(
                self.sql, stored[P.S_START], stored[P.S_TITLE], place_id, self.first_id
            )
            why = msg("same_in_database")
        if found is None:
            return False
        self.duplicates.append(
            problem(self.file_name, line, "", msg("skipped_as", why=why, ref=f"INC-{found:06d}"))
        )
        return True

    def _seen(self, v: tuple[Any, ...], place_id: int | None, line: int) -> bool:
        """True (and a duplicate noted) when an earlier line of the file has this incident."""
        stored = v[P.V_STORED]
        event = stored[P.S_EXTERNAL_ID]
        if event:
            first = self.seen_events.get(event)
            if first is None:
                self.seen_events[event] = line
                return False
            said = msg("event_on_line", event=event, line=first)
        else:
            key = _row_key(stored[P.S_START], stored[P.S_TITLE], place_id)
            first = self.seen_rows.get(key)
            if first is None:
                self.seen_rows[key] = line
                return False
            said = msg("same_as_line", line=first)
        self.duplicates.append(Problem(self.file_name, line, "", str(said), True, said))
        return True

    def item(self, item: Item) -> None:
        line, problems, v = item
        self.rows += 1
        if v is None:
            self.refuse(line, problems)
            return
        stored = v[P.V_STORED]
        place_key = stored[PLACE_AT]
        place_id = self.place_id(place_key) if place_key else None
        links = [(self.source_id(k), cred, url, note) for k, cred, url, note in v[P.V_LINKS]]
        if self.db.has_incidents and self._duplicate(v, place_id, line):
            return
        if self._seen(v, place_id, line):
            return
        category = self.category_id(stored[CATEGORY_AT])
        iid = self.next_id
        self.next_id += 1
        self.ids.append(iid)
        if v[P.V_KEY]:
            self.keys[v[P.V_KEY]] = iid
        if not self.write:
            return
        out = self.out
        best = ""
        for pos, (sid, cred, url, note) in enumerate(links):
            out["links"].append((iid, sid, cred, url, note, pos))
            grade = f"{self.grades[sid]}{cred}"
            best = grade if not best or grade < best else best
        damage = v[P.V_DAMAGE]
        for pos, (kind, qty, severity, state, note) in enumerate(damage):
            out["damage"].append((iid, kind, qty, severity, state, note, pos))
        for tag in v[P.V_TAGS]:
            out["tags"].append((iid, tag, fold_short(tag)))
        # The row of incidents.COLUMNS: the id, the stored values (the place's and the
        # category's ids in their places), then the bookkeeping.
        row = [
            iid,
            *stored,
            sum(1 if n[1] is None else n[1] for n in damage),  # as incidents.damage_total()
            best,
            v[P.V_CREATED] or self.now,
            v[P.V_UPDATED] or self.now,
            v[P.V_DELETED],
        ]
        row[_PLACE_COLUMN] = place_id
        row[_CATEGORY_COLUMN] = category
        out["incident"].append(tuple(row))
        *folded, lemmas = v[P.V_FOLDED]
        sources, source_lemmas = self._source_terms(links)
        if source_lemmas:
            lemmas = f"{lemmas} {source_lemmas}"
        document = (*folded, sources, self._place_terms(place_id), lemmas)
        out["fts"].append((iid, *_FTS_ROW(document)))
        out["history"].append(
            (
                *self.created,
                iid,
                _CREATE,
                # The record holds its first values and later edits record old and new
                # values, so "{}" loses nothing; a full copy would double the import time.
                "{}",
                f"{self.reason}, line {line}",
            )
        )

    def _source_terms(self, links: list[tuple[int, int, str, str]]) -> tuple[str, str]:
        """The folded names of the sources and their lemmas."""
        ids = tuple(link[0] for link in links)
        found = self.folded.get(ids)
        if found is None:
            names = " ".join(self.names[i] for i in ids)
            found = self.folded[ids] = (fold(names), lemma_text(names))
        return found

    def _place_terms(self, place_id: int | None) -> str:
        """The ``places`` column: the folded names of a place and those above, and keys."""
        if place_id not in self.terms:
            self.terms[place_id] = self._place_terms_now(place_id)
        return self.terms[place_id]

    # --- writing --------------------------------------------------------------------------
    #
    # A full batch is inserted on a second thread (sqlite3 releases the GIL while SQLite
    # works), so the next rows are matched and built while SQLite indexes the last ones.
    # Any other statement on the connection waits for it first.

    def _sql(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        self._wait()
        return self.conn.execute(sql, params)

    def _place_terms_now(self, place_id: int | None) -> str:
        self._wait()
        return fts.place_terms(self.conn, place_id)

    def _wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def _insert(self, out: dict[str, list[tuple[Any, ...]]]) -> None:
        if self.sql.kind == "postgresql":  # by COPY, a batch per table (store/pg/bulk.py)
            for key in ("incident", "damage", "links", "tags", "fts", "history"):
                pg_bulk.copy_rows(self.sql, SQL[key], out[key])
            return
        for key in ("incident", "damage", "links", "tags", "fts", "history"):
            self.conn.executemany(SQL[key], out[key])

    def expected_rows(self) -> int:
        """The rows the whole file will bring, from the rows and bytes read so far."""
        if self.read_bytes <= 0 or self.total_bytes <= self.read_bytes:
            return self.rows
        return int(self.rows * self.total_bytes / self.read_bytes)

    def _flush_soon(self) -> None:
        out, self.out = self.out, {k: [] for k in SQL}
        if not self.write or not out["incident"]:
            return
        self._wait()
        if not self._sized:  # the first write: a big import builds the sort indexes last
            self._sized = True
            if worth_deferring(self.expected_rows(), self.first_id - 1):
                self.deferred.drop()
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-writer")
        self._pending = self._thread.submit(self._insert, out)

    def flush(self) -> None:
        """Write every row taken so far (raises what SQLite raised)."""
        self._flush_soon()
        self._wait()

    def finish(self) -> None:
        """Write every row and rebuild the indexes the import set aside (before a commit)."""
        self.flush()
        self.deferred.restore()

    def close(self) -> None:
        """Wait for the writing thread (without raising: the caller is already failing or
        has flushed) and stop it."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.exception()
        if self._thread is not None:
            self._thread.shutdown()
            self._thread = None
