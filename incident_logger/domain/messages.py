"""Messages the domain and the services give users: a code, its values and its English text.

A problem is a :class:`Message` (``code`` plus named values), not a sentence: the interface
shows it in its own language (``ui/messages.py`` translates the text with Qt, context
"Messages"), the CLI and the logs in English (``str(message)``), both from the one table
:data:`TEXTS` below. The texts are marked for ``pyside6-lupdate`` (``packaging/translations.py``
reads this file): ``QT_TRANSLATE_NOOP`` for a plain text, ``translate(..., None, 1)`` for one
with ``%n`` (three forms in Russian and Ukrainian). Values are named ``{name}`` in the text; a
whole number is grouped the language's way, an enum value is shown as the vocabulary's word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

CONTEXT = "Messages"
Value: TypeAlias = "str | int | float | Message"  # a Message inside is shown in its turn


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Qt's marker under its own name (lupdate looks for it): returns ``text``."""
    return text


def translate(context: str, text: str, disambiguation: None, n: int) -> str:
    """Marks a text with ``%n`` for lupdate (the count argument makes it a plural entry)."""
    return text


@dataclass(frozen=True, slots=True)
class Message:
    """One problem or notice: a :data:`TEXTS` code and its values (``n`` for ``%n``)."""

    code: str
    values: tuple[tuple[str, Value], ...] = ()
    n: int | None = None

    def __post_init__(self) -> None:
        if self.code not in TEXTS:
            raise KeyError(f"no message text for code {self.code!r}")

    @property
    def params(self) -> dict[str, Value]:
        return dict(self.values)

    def __str__(self) -> str:
        return english(self)


def msg(code: str, /, n: int | None = None, **values: Value) -> Message:
    return Message(code, tuple(values.items()), n)


def verbatim(text: str) -> Message:
    """A text already in the reader's language (the interface's own checks): shown as is."""
    return msg(VERBATIM, text=text)


class MessageError(ValueError):
    """A problem with its :class:`Message`; ``str()`` is the English text."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)  # args hold the Message: it survives pickling to a process
        self.msg = message


VERBATIM = "verbatim"
_PLACEHOLDER = re.compile(r"\{(\w+)(?::([^}]*))?\}")
_PLURAL_WORD = re.compile(r"(\w+)\((\w+)\)")


def fill(text: str, params: dict[str, Value], show: object = None) -> str:
    """``text`` with each ``{name}`` or ``{name:spec}`` replaced by ``show(value, spec)``."""

    def one(found: re.Match[str]) -> str:
        value = params[found.group(1)]
        spec = found.group(2) or ""
        if callable(show):
            return str(show(value, spec))
        if isinstance(value, StrEnum):
            return str(value.value)
        if isinstance(value, Message):
            return english(value)
        return format(value, spec)

    return _PLACEHOLDER.sub(one, text)


def english(message: Message) -> str:
    text = TEXTS[message.code]
    if message.n is not None:
        n = message.n
        text = text.replace("%Ln", f"{n:,}").replace("%n", str(n))
        text = _PLURAL_WORD.sub(lambda m: m.group(1) + ("" if n == 1 else m.group(2)), text)
    return fill(text, message.params)


def placeholders(text: str) -> set[str]:
    return {found.group(1) for found in _PLACEHOLDER.finditer(text)}


# The table: code -> English text, marked for translation. Keep the values' names in step
# with the callers (tests/test_messages.py renders every code with the values it is given).
TEXTS: dict[str, str] = {
    VERBATIM: "{text}",
    # --- a field's value (domain/validation.py, domain/timefmt.py, domain/tally.py) ---------
    "required": QT_TRANSLATE_NOOP("Messages", "is required"),
    "empty": QT_TRANSLATE_NOOP("Messages", "is empty"),
    "ends_before_start": QT_TRANSLATE_NOOP("Messages", "ends before it starts"),
    "coords_pair": QT_TRANSLATE_NOOP("Messages", "give both latitude and longitude, or neither"),
    "out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "must be between {low:g} and {high:g} (got {value})"
    ),
    "too_long": QT_TRANSLATE_NOOP("Messages", "is too long ({length} characters, at most {limit})"),
    "not_whole_number": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a whole number"),
    "negative": QT_TRANSLATE_NOOP("Messages", "cannot be negative (got {value})"),
    "not_one_of": QT_TRANSLATE_NOOP("Messages", "'{value}' is not one of: {allowed}"),
    "unknown_place": QT_TRANSLATE_NOOP("Messages", "unknown place (id {id})"),
    "unknown_source": QT_TRANSLATE_NOOP("Messages", "unknown source (id {id})"),
    "source_twice": QT_TRANSLATE_NOOP("Messages", "this source is listed twice"),
    "region_twice": QT_TRANSLATE_NOOP("Messages", "this region has two lines"),
    "credibility_range": QT_TRANSLATE_NOOP("Messages", "must be 1 to 6 (got {value})"),
    "reliability_grade": QT_TRANSLATE_NOOP("Messages", "grade must be A to F (got '{value}')"),
    "not_a_time": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not a date and time like 2026-09-12 01:30"
    ),
    "not_a_count": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not a whole number (write 30+ for 'more than 30')"
    ),
    # --- records (services/sources.py, services/places.py, synonyms, saved searches) -------
    "source_cited": translate(
        "Messages",
        "'{name}' is cited by %Ln incident(s); it cannot go to the trash while they cite it",
        None,
        1,
    ),
    "place_in_use": translate(
        "Messages",
        "'{name}' is still used by %Ln incident(s) or place(s); move them first",
        None,
        1,
    ),
    "country_top_level": QT_TRANSLATE_NOOP(
        "Messages", "a country stands at the top level: set Inside to (top level)"
    ),
    "region_in_country": QT_TRANSLATE_NOOP(
        "Messages", "a region lies directly in a country, not in a {parent_kind}"
    ),
    "child_cannot_nest": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} ({child_kind}) lies inside it, and a {child_kind} cannot lie in a {kind}",
    ),
    "place_in_itself": QT_TRANSLATE_NOOP("Messages", "a place cannot be inside itself"),
    "synonym_too_long": QT_TRANSLATE_NOOP(
        "Messages", "'{word}…' is longer than {limit} characters"
    ),
    "synonym_no_letters": QT_TRANSLATE_NOOP("Messages", "'{word}' has no letters or digits"),
    "synonym_one_word": QT_TRANSLATE_NOOP(
        "Messages", "a synonym group needs at least two different words"
    ),
    # --- a record that is not there (domain/errors.py NotFoundError) ---------------------
    "no_incident": QT_TRANSLATE_NOOP("Messages", "No incident with id {id}"),
    "no_place": QT_TRANSLATE_NOOP("Messages", "No place with id {id}"),
    "no_source": QT_TRANSLATE_NOOP("Messages", "No source with id {id}"),
    "no_count_report": QT_TRANSLATE_NOOP("Messages", "No count report with id {id}"),
    # --- a colleague saved first (domain/errors.py ConflictError) ----------------------------
    "conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "This {entity} was changed by someone else after you opened it; nothing was saved.",
    ),
    "conflict_at": QT_TRANSLATE_NOOP(
        "Messages", "This {entity} was changed at {at} after you opened it; nothing was saved."
    ),
    "conflict_by": QT_TRANSLATE_NOOP(
        "Messages",
        "This {entity} was changed by {by} at {at} after you opened it; nothing was saved.",
    ),
    "record_incident": QT_TRANSLATE_NOOP("Messages", "incident"),
    "record_place": QT_TRANSLATE_NOOP("Messages", "place"),
    "record_source": QT_TRANSLATE_NOOP("Messages", "source"),
    "record_count_report": QT_TRANSLATE_NOOP("Messages", "count report"),
    "record_category": QT_TRANSLATE_NOOP("Messages", "category"),
    # --- capture (services/capture/times.py) ------------------------------------------------
    "night_rule": QT_TRANSLATE_NOOP(
        "Messages",
        "overnight = {start} the evening before to {end} (or the issued time, if earlier)",
    ),
    "night_format": QT_TRANSLATE_NOOP("Messages", "night '{text}' is not like 20:00-07:00"),
    "night_no_such_time": QT_TRANSLATE_NOOP(
        "Messages", "night '{text}' holds a time that does not exist"
    ),
    # --- import and export that cannot run (services/exchange/) ---------------------------
    "cannot_write": QT_TRANSLATE_NOOP(
        "Messages", "Could not write {path}: {problem}. Nothing was written."
    ),
    "folder_not_writable": QT_TRANSLATE_NOOP("Messages", "the folder cannot be written"),
    "is_a_folder_give_file": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a folder; give a file name to write to."
    ),
    "not_a_file_kind": QT_TRANSLATE_NOOP(
        "Messages", "{path} is {kind}, not a file; choose a file name. Nothing was written."
    ),
    "named_pipe": QT_TRANSLATE_NOOP("Messages", "a named pipe"),
    "socket": QT_TRANSLATE_NOOP("Messages", "a socket"),
    "device": QT_TRANSLATE_NOOP("Messages", "a device"),
    "read_only_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is read-only; choose another name, or make it writable first. Nothing was written.",
    ),
    "read_only_link": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is read-only (the link points to {real}); choose another name, or make it "
        "writable first. Nothing was written.",
    ),
    "no_folder_nothing_written": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} does not exist. Nothing was written."
    ),
    "cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {problem}."),
    "no_such_file": QT_TRANSLATE_NOOP("Messages", "There is no file {path}."),
    "folder_not_file": QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a file."),
    "unknown_format": QT_TRANSLATE_NOOP(
        "Messages", "Unknown format '{format}'; choose one of {formats}."
    ),
    "format_from_name": QT_TRANSLATE_NOOP(
        "Messages", "Cannot tell the format from '{name}'; choose one of {formats}."
    ),
    # --- the import's rows (services/exchange/) ---------------------------------------------
    "event_in_database": QT_TRANSLATE_NOOP("Messages", "event {event} is already in the database"),
    "same_in_database": QT_TRANSLATE_NOOP(
        "Messages", "an incident with the same title, time and place is already in the database"
    ),
    "skipped_as": QT_TRANSLATE_NOOP("Messages", "{why} ({ref}); skipped"),
    "event_on_line": QT_TRANSLATE_NOOP(
        "Messages", "event {event} is already on line {line} of this file; skipped"
    ),
    "same_as_line": QT_TRANSLATE_NOOP(
        "Messages", "the same title, time and place as line {line} of this file; skipped"
    ),
    "not_date_time": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a date and time"),
    "unknown_source_named": QT_TRANSLATE_NOOP("Messages", "unknown source '{name}'"),
    "unknown_place_named": QT_TRANSLATE_NOOP("Messages", "unknown place '{name}'"),
    "report_in_database": QT_TRANSLATE_NOOP("Messages", "already in the database; skipped"),
    "unknown_column": QT_TRANSLATE_NOOP("Messages", "unknown column, ignored"),
    "only_header": QT_TRANSLATE_NOOP(
        "Messages", "there are no incidents in this file, only its header"
    ),
    "not_utf8": QT_TRANSLATE_NOOP(
        "Messages", "this is not UTF-8 text (save it from the spreadsheet as 'CSV UTF-8')"
    ),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a number"),
    "json_object": QT_TRANSLATE_NOOP("Messages", "should be an object, found {found}"),
    "json_surrogate": QT_TRANSLATE_NOOP(
        "Messages", "holds a lone surrogate ({code}), which is not a character"
    ),
    "json_text": QT_TRANSLATE_NOOP("Messages", "should be text, found {found}"),
    "json_text_or_null": QT_TRANSLATE_NOOP("Messages", "should be text or null, found {found}"),
    "json_number": QT_TRANSLATE_NOOP("Messages", "should be a number, found {found}"),
    "json_out_of_range": QT_TRANSLATE_NOOP("Messages", "is out of range (found {found})"),
    "json_too_long": QT_TRANSLATE_NOOP(
        "Messages", "is too long: {found} (is too large (at most {limit:,}))"
    ),
    "too_large": QT_TRANSLATE_NOOP("Messages", "is too large (at most {limit:,})"),
    "json_whole_or_null": QT_TRANSLATE_NOOP(
        "Messages", "should be a whole number or null, found {found}"
    ),
    "json_flag": QT_TRANSLATE_NOOP("Messages", "should be true or false, found {found}"),
    "json_not_one_of": QT_TRANSLATE_NOOP("Messages", "{value} is not one of: {allowed}"),
    "json_texts": QT_TRANSLATE_NOOP("Messages", "should be a list of texts"),
    "json_list": QT_TRANSLATE_NOOP("Messages", "should be a list"),
    "key_twice": QT_TRANSLATE_NOOP("Messages", "'{key}' is used twice"),
    "not_our_export": QT_TRANSLATE_NOOP(
        "Messages", "this is not an Incident Logger export ('{format}')"
    ),
    "not_our_export_no": QT_TRANSLATE_NOOP(
        "Messages", "this is not an Incident Logger export (no '{name}')"
    ),
    "geojson_not_ours": QT_TRANSLATE_NOOP(
        "Messages",
        "this is not an Incident Logger export ('{format}'): GeoJSON is written for maps; "
        "import the JSON or CSV export instead",
    ),
    "version_number": QT_TRANSLATE_NOOP(
        "Messages", "the version must be a number, like 1 (found {found})"
    ),
    "version_newer": QT_TRANSLATE_NOOP(
        "Messages", "version {version} is newer than this release reads ({reads})"
    ),
    # --- deletes and restores over a colleague's save (ui pages) ------------------------
    "changed_before_trash": QT_TRANSLATE_NOOP(
        "Messages",
        "A colleague changed this record after you opened it, so it was not moved to or from "
        "the trash. It now shows their version: look at it and decide again.",
    ),
    "changed_before_move": QT_TRANSLATE_NOOP(
        "Messages",
        "A colleague changed {ref} after you saw it, so none of the selected incidents was "
        "moved to or from the trash. The list now shows the current state: look at it and "
        "decide again.",
    ),
    # --- undo and redo over a colleague's save (ui/incidents/commands.py) ---------------
    "step_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "A colleague changed {ref} after this step, so the step was neither undone nor "
        "redone: nothing changed.",
    ),
    "unknown_section": QT_TRANSLATE_NOOP("Messages", "unknown section, ignored"),
    "section_twice": QT_TRANSLATE_NOOP("Messages", "appears twice in the document"),
    "nothing_in_file": QT_TRANSLATE_NOOP(
        "Messages", "there are no incidents or count reports in this file"
    ),
    "places_loop": QT_TRANSLATE_NOOP("Messages", "places are inside each other"),
    "parent_not_in_file": QT_TRANSLATE_NOOP("Messages", "'{name}' is not a place in the file"),
    "changes_object": QT_TRANSLATE_NOOP("Messages", "should be an object"),
    "changes_unstorable": QT_TRANSLATE_NOOP(
        "Messages", "holds a value that cannot be stored (a lone surrogate?)"
    ),
    "acled_date": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a date like 2024-03-15 or 15 March 2024"
    ),
    "one_two_three": QT_TRANSLATE_NOOP("Messages", "'{value}' should be 1, 2 or 3"),
    # a CSV file's cells and layout (services/exchange/csv_format.py, csvio.py, csv_import.py)
    "count_too_large": QT_TRANSLATE_NOOP("Messages", "'{value}' is too large (at most {limit:,})"),
    "not_whole_leave_empty": QT_TRANSLATE_NOOP(
        "Messages", "'{value}' is not a whole number (leave it empty if not stated)"
    ),
    "source_no_name": QT_TRANSLATE_NOOP("Messages", "source {number} has no name"),
    "source_grade": QT_TRANSLATE_NOOP(
        "Messages", "source {number}: grade '{grade}' should look like B2"
    ),
    "damage_quantity": QT_TRANSLATE_NOOP("Messages", "item {number}: quantity {problem}"),
    "damage_severity": QT_TRANSLATE_NOOP(
        "Messages", "item {number}: unknown severity '{value}' (one of: {allowed})"
    ),
    "damage_state": QT_TRANSLATE_NOOP(
        "Messages", "item {number}: unknown state '{value}' (one of: {allowed})"
    ),
    "path_empty_name": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' has an empty name between the '{separator}' signs"
    ),
    "csv_malformed": QT_TRANSLATE_NOOP(
        "Messages", "the CSV is malformed here ({detail}); reading stopped"
    ),
    "csv_unclosed_quote": QT_TRANSLATE_NOOP(
        "Messages", "a quote opened here is never closed; reading stopped"
    ),
    "cells_count": QT_TRANSLATE_NOOP(
        "Messages",
        "has {cells} cells where the header has {width} (a stray separator or an unclosed quote?)",
    ),
    "file_empty": QT_TRANSLATE_NOOP(
        "Messages", "the file is empty: there are no incidents to import"
    ),
    "header_malformed": QT_TRANSLATE_NOOP("Messages", "the header is malformed ({detail})"),
    "separated_by": QT_TRANSLATE_NOOP(
        "Messages", "the columns are separated by {separator}, not commas; read that way"
    ),
    "semicolons": QT_TRANSLATE_NOOP("Messages", "semicolons"),
    "tabs": QT_TRANSLATE_NOOP("Messages", "tabs"),
    "vertical_bars": QT_TRANSLATE_NOOP("Messages", "vertical bars"),
    "column_twice": QT_TRANSLATE_NOOP(
        "Messages", "the column appears twice in the header (columns {one} and {two})"
    ),
    "not_acled": QT_TRANSLATE_NOOP(
        "Messages", "this is not an ACLED event file (no event_id_cnty header)"
    ),
    "no_column": QT_TRANSLATE_NOOP("Messages", "the header has no column {names}"),
    "no_column_acled": QT_TRANSLATE_NOOP(
        "Messages",
        "the header has no column {names} (this is an ACLED file: import it as ACLED)",
    ),
    # the import's progress
    "rows_read": translate("Messages", "%Ln row(s) read", None, 1),
    "incidents_read": translate("Messages", "%Ln incident(s) read", None, 1),
    # a JSON document's syntax (services/exchange/jsonscan.py)
    "json_nested": QT_TRANSLATE_NOOP(
        "Messages", "lists or objects are nested too deeply (at most {limit} levels)"
    ),
    "json_long_number": QT_TRANSLATE_NOOP("Messages", "a number of {digits:,} digits"),
    "json_invalid": QT_TRANSLATE_NOOP("Messages", "not valid JSON: {problem} (column {column})"),
    "json_expect_value": QT_TRANSLATE_NOOP("Messages", "a value was expected"),
    "json_expect_object": QT_TRANSLATE_NOOP("Messages", "a JSON object ('{') was expected"),
    "json_expect_name": QT_TRANSLATE_NOOP(
        "Messages", "a property name in double quotes was expected"
    ),
    "json_expect_colon": QT_TRANSLATE_NOOP("Messages", "':' was expected"),
    "json_expect_comma": QT_TRANSLATE_NOOP("Messages", "',' was expected"),
    "json_expect_comma_brace": QT_TRANSLATE_NOOP("Messages", "',' or '}' was expected"),
    "json_expect_comma_bracket": QT_TRANSLATE_NOOP("Messages", "',' or ']' was expected"),
    "json_unterminated": QT_TRANSLATE_NOOP("Messages", "a text is never closed"),
    "json_control": QT_TRANSLATE_NOOP(
        "Messages", "a text holds a control character (a line break or tab not escaped)"
    ),
    "json_escape": QT_TRANSLATE_NOOP("Messages", "a text holds a bad \\ escape"),
    "json_extra": QT_TRANSLATE_NOOP("Messages", "there is more after the document's end"),
    "json_other": QT_TRANSLATE_NOOP("Messages", "{detail}"),
    # --- backups (services/backup.py) ------------------------------------------------------
    "backup_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Could not back up {path} to {folder}: {problem}. No backup was written; the database "
        "itself is unchanged.",
    ),
    "disk_full": QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    "no_database_to_back_up": QT_TRANSLATE_NOOP(
        "Messages", "There is no database at {path} to back up."
    ),
    "no_such_folder": QT_TRANSLATE_NOOP("Messages", "The folder {path} does not exist."),
    "no_backup_file": QT_TRANSLATE_NOOP("Messages", "There is no backup file at {path}."),
    "backup_unrestorable": QT_TRANSLATE_NOOP("Messages", "{path} cannot be restored: {problems}."),
    "restore_from_itself": QT_TRANSLATE_NOOP(
        "Messages", "A database cannot be restored from itself."
    ),
    "restore_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is in a folder that cannot be written, so a backup cannot be restored into it. "
        "Restore it as a new file somewhere else instead.",
    ),
    "restore_failed": QT_TRANSLATE_NOOP(
        "Messages", "Restoring {name} failed ({problem}). The database is as it was."
    ),
    "restore_failed_copy": QT_TRANSLATE_NOOP(
        "Messages",
        "Restoring {name} failed ({problem}). The database is as it was; a copy of it is in "
        "{copy}.",
    ),
    "file_exists": QT_TRANSLATE_NOOP("Messages", "{path} already exists; it was not overwritten."),
    # --- a database that cannot be opened or used (store/errors.py, inspect.py, engine.py) ---
    "db_disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk holding {path} is full. Nothing from this change was saved; everything saved "
        "before is intact. Free some space and try again.",
    ),
    "db_io": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk reported an error while using {path} ({detail}). Nothing from this change was "
        "saved; everything saved before is intact. Check the disk (or network drive) and try "
        "again.",
    ),
    "db_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} cannot be written (the file, its folder or the disk is read-only). Nothing from "
        "this change was saved; everything saved before is intact.",
    ),
    "db_busy": QT_TRANSLATE_NOOP(
        "Messages",
        "Another program (perhaps a second copy of Incident Logger) kept {path} busy for more "
        "than {seconds} seconds. Nothing from this change was saved; everything saved before is "
        "intact. Try again.",
    ),
    "db_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged ({detail}). Restore a backup (File › Backups) or open another "
        "database; the damaged file is left as it is.",
    ),
    "db_cannot_open": QT_TRANSLATE_NOOP("Messages", "Cannot open {path} ({detail})."),
    "db_cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {detail}."),
    "db_not_sqlite": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not an Incident Logger database: it is not an SQLite database at all "
        "(another kind of file, an encrypted file, or one overwritten by mistake). The file was "
        "left exactly as it is.",
    ),
    "db_cut_off": QT_TRANSLATE_NOOP(
        "Messages", "{path} is cut off after {size} bytes. The file was left exactly as it is."
    ),
    "db_short": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged: it is shorter than it should be ({size:,} of {expected:,} bytes), "
        "probably cut off while being copied or saved. Restore a backup or open another file. "
        "The file was left exactly as it is.",
    ),
    "db_schema_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged: its table definitions are unreadable ({detail}). Restore a backup "
        "or open another file. The file was left exactly as it is.",
    ),
    "db_too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} has schema version {version}, but this release of Incident Logger knows only "
        "up to {known}: it was written by a newer release. Open it with that release. The file "
        "was left exactly as it is.",
    ),
    "db_foreign": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is an SQLite database, but not one of Incident Logger's (it belongs to another "
        "program). The file was left exactly as it is.",
    ),
    "db_needs_upgrade": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} was written by an older release and needs an upgrade, but it cannot be written "
        "here. Copy it to a folder you can write and open the copy.",
    ),
    "db_check_found": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged: SQLite's check found {found} problems (incident-logger check "
        "--verbose lists them). Restore a backup, salvage what can be read (incident-logger "
        "salvage), or open another file. The file was left exactly as it is.",
    ),
    "db_damaged_or_not": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged or is not a database ({detail}). Restore a backup or open another "
        "file. The file was left exactly as it is.",
    ),
    "db_open_read_only": QT_TRANSLATE_NOOP(
        "Messages", "{path} is open read-only, so nothing can be changed. {why}"
    ),
    "db_is_folder": QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a database file."),
    "db_cannot_create": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot create a database in {folder}: the folder cannot be written. Choose another "
        "place for it.",
    ),
    "db_missing": QT_TRANSLATE_NOOP("Messages", "{path} does not exist."),
    "db_upgrade_backup": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} needs an upgrade to this release's format, but a backup could not be written "
        "first ({detail}). Nothing was changed. Free some disk space or check the backup folder "
        "{folder}, then try again.",
    ),
    "db_wal_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} cannot be read here: its folder cannot be written and it has unsaved changes in "
        "{name}-wal, which SQLite can only read from a writable folder. A private copy could not "
        "be made either ({detail}). Copy the file and its -wal to a folder you can write and "
        "open the copy.",
    ),
    "db_opened_read_only": QT_TRANSLATE_NOOP("Messages", "This database was opened read-only."),
    "db_folder_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder {folder} (or the file itself) cannot be written, so the database is open "
        "read-only: you can search, read and export, but not change anything.",
    ),
    "db_immutable": QT_TRANSLATE_NOOP("Messages", "{path} is open read-only."),
    "db_cannot_write_here": QT_TRANSLATE_NOOP("Messages", "{path} cannot be written here."),
    "db_private_copy": QT_TRANSLATE_NOOP(
        "Messages",
        "{why} It was opened read-only from a private copy (with the changes in its -wal), "
        "deleted when it is closed.",
    ),
    "import_read_only": QT_TRANSLATE_NOOP(
        "Messages", "{path} is open read-only; nothing can be imported. {why}"
    ),
    # --- the integrity check (services/check.py) and a backup's fitness -------------------
    "check_no_database": QT_TRANSLATE_NOOP("Messages", "there is no database at {path}"),
    "check_cannot_open": QT_TRANSLATE_NOOP("Messages", "cannot open {path}: {problem}"),
    "check_sqlite": QT_TRANSLATE_NOOP("Messages", "SQLite's check: {line}"),
    "check_dangling": translate(
        "Messages", "%Ln row(s) point at records that do not exist", None, 1
    ),
    "check_schema": QT_TRANSLATE_NOOP(
        "Messages", "schema version {found}, this release expects {expected}"
    ),
    "check_index_count": QT_TRANSLATE_NOOP(
        "Messages", "the search index holds {indexed} documents for {incidents} incidents"
    ),
    "check_unusable": QT_TRANSLATE_NOOP(
        "Messages", "not a usable Incident Logger database: {detail}"
    ),
    "check_index_skipped": QT_TRANSLATE_NOOP(
        "Messages",
        "the search index's own check was skipped: it needs a file that can be written",
    ),
    "check_index_problem": QT_TRANSLATE_NOOP("Messages", "search index: {detail}"),
    "backup_newer": QT_TRANSLATE_NOOP(
        "Messages",
        "it was written by a newer release (schema {found}); this one knows up to {known}",
    ),
    "backup_not_ours": QT_TRANSLATE_NOOP("Messages", "it is not an Incident Logger database"),
    "salvage_team_database": QT_TRANSLATE_NOOP(
        "Messages",
        "{database} is a team database on a PostgreSQL server, and salvage only rescues what a "
        "damaged database file still holds. A server keeps its own data safe: after a crash it "
        "recovers by itself. To go back to an earlier state, ask the database's administrator "
        "to restore a backup with pg_restore ('incident-logger --db URL backup' writes one with "
        "pg_dump). To keep a copy of your own, run 'incident-logger copy URL FILE'.",
    ),
    # --- the briefing's request (services/briefing.py) --------------------------------------
    "period_start": QT_TRANSLATE_NOOP("Messages", "period start: {problem}"),
    "period_end": QT_TRANSLATE_NOOP("Messages", "period end: {problem}"),
    "period_reversed": QT_TRANSLATE_NOOP(
        "Messages", "the period starts ({start}) after it ends ({end})"
    ),
    "label_too_long": QT_TRANSLATE_NOOP(
        "Messages", "{field}: is too long ({length:,} characters, at most {limit:,})"
    ),
    # --- the search language (domain/query.py, services/counts_query.py) ------------------
    "at_position": QT_TRANSLATE_NOOP("Messages", "{problem} at position {position}"),
    "at_position_hint": QT_TRANSLATE_NOOP("Messages", "{problem} at position {position}: {hint}"),
    "with_hint": QT_TRANSLATE_NOOP("Messages", "{problem}: {hint}"),
    "unclosed_quote": QT_TRANSLATE_NOOP("Messages", "Unclosed quote"),
    "add_closing_quote": QT_TRANSLATE_NOOP("Messages", 'add a closing "'),
    "lone_minus": QT_TRANSLATE_NOOP("Messages", "'-' on its own"),
    "minus_before_term": QT_TRANSLATE_NOOP("Messages", "put it right before a term: -test"),
    "empty_phrase": QT_TRANSLATE_NOOP("Messages", "Empty phrase"),
    "words_in_quotes": QT_TRANSLATE_NOOP("Messages", "put words between the quotes"),
    "lone_equals": QT_TRANSLATE_NOOP("Messages", "'=' on its own"),
    "equals_before_word": QT_TRANSLATE_NOOP("Messages", "put it right before a word: =Брянской"),
    "bare_star": QT_TRANSLATE_NOOP("Messages", "A bare *"),
    "star_after_word": QT_TRANSLATE_NOOP("Messages", "put it after a word start: interc*"),
    "no_letters": QT_TRANSLATE_NOOP("Messages", "'{word}' has no letters or digits"),
    "remove_it": QT_TRANSLATE_NOOP("Messages", "remove it"),
    "unknown_field": QT_TRANSLATE_NOOP("Messages", "Unknown field '{name}'"),
    "known_fields": QT_TRANSLATE_NOOP(
        "Messages", "known fields: {names} (quote the word to search for it as text)"
    ),
    "empty_value": QT_TRANSLATE_NOOP("Messages", "Empty value after '{name}:'"),
    "bad_value": QT_TRANSLATE_NOOP("Messages", "Bad value '{value}' for {field}"),
    "not_a_real_date": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a real date"),
    "nothing_after": QT_TRANSLATE_NOOP("Messages", "Nothing after '{text}'"),
    "term_after": QT_TRANSLATE_NOOP("Messages", "put a term after it or remove it"),
    "nothing_before": QT_TRANSLATE_NOOP("Messages", "Nothing before '{text}'"),
    "term_before": QT_TRANSLATE_NOOP("Messages", "put a term before it or remove it"),
    "too_deep": QT_TRANSLATE_NOOP("Messages", "Too many nested parentheses"),
    "simplify": QT_TRANSLATE_NOOP("Messages", "simplify"),
    "empty_parentheses": QT_TRANSLATE_NOOP("Messages", "Empty parentheses"),
    "terms_inside": QT_TRANSLATE_NOOP("Messages", "put terms inside"),
    "unclosed_parenthesis": QT_TRANSLATE_NOOP("Messages", "Unclosed parenthesis"),
    "add_closing_parenthesis": QT_TRANSLATE_NOOP("Messages", "add a closing )"),
    "unmatched_parenthesis": QT_TRANSLATE_NOOP("Messages", "Unmatched )"),
    "remove_or_open": QT_TRANSLATE_NOOP("Messages", "remove it or add an opening ("),
    "unexpected_end": QT_TRANSLATE_NOOP("Messages", "Unexpected end of query"),
    "add_a_term": QT_TRANSLATE_NOOP("Messages", "add a term"),
    "query_too_long": QT_TRANSLATE_NOOP("Messages", "Query too long"),
    "shorten_query": QT_TRANSLATE_NOOP(
        "Messages", "it has {length:,} characters and the limit is {limit:,}; shorten it"
    ),
    "not_a_character": QT_TRANSLATE_NOOP("Messages", "Not a character"),
    "retype_part": QT_TRANSLATE_NOOP("Messages", "retype this part of the query"),
    "counts_field": QT_TRANSLATE_NOOP(
        "Messages", "'{name}:' applies to incidents, not count reports"
    ),
    "counts_fields_known": QT_TRANSLATE_NOOP(
        "Messages", "count reports know source:, region:, from:, to:, reliability: and words"
    ),
    # what a search found nothing for (services/query_sql.py), shown beside the results
    "no_place_named": QT_TRANSLATE_NOOP("Messages", "No place is named '{text}'."),
    "no_category_named": QT_TRANSLATE_NOOP("Messages", "No category is named '{value}'."),
    "no_source_contains": QT_TRANSLATE_NOOP("Messages", "No source name contains '{value}'."),
    "counts_by_period": QT_TRANSLATE_NOOP(
        "Messages", "count statements: all in the period; the search applies to incidents"
    ),
    # what each search filter takes (domain/query.py FIELDS, shown as the hint of a bad value)
    "help_region": QT_TRANSLATE_NOOP(
        "Messages", 'region or place, e.g. region:Калуга or place:"Нижний Новгород"'
    ),
    "help_category": QT_TRANSLATE_NOOP("Messages", "incident category, e.g. category:interception"),
    "help_status": QT_TRANSLATE_NOOP("Messages", "one of reported, confirmed, disputed, closed"),
    "help_means": QT_TRANSLATE_NOOP(
        "Messages", "the weapon or cause: drone, missile, artillery, aircraft, sabotage, unknown"
    ),
    "help_source": QT_TRANSLATE_NOOP(
        "Messages", "name of a reporting source, e.g. source:ministry"
    ),
    "help_tag": QT_TRANSLATE_NOOP("Messages", "a tag, e.g. tag:night"),
    "help_grade": QT_TRANSLATE_NOOP(
        "Messages", "reliability A-F and credibility 1-6 together, e.g. grade:B2"
    ),
    "help_reliability": QT_TRANSLATE_NOOP(
        "Messages", "source reliability A-F (A best), optionally compared: reliability:<=B"
    ),
    "help_credibility": QT_TRANSLATE_NOOP(
        "Messages", "information credibility 1-6 (1 best), optionally compared: credibility:<=2"
    ),
    "help_from": QT_TRANSLATE_NOOP(
        "Messages", "on or after a date, e.g. from:2026-09-01 or from:2026-09-01T06:00"
    ),
    "help_to": QT_TRANSLATE_NOOP(
        "Messages", "on or before a date, e.g. to:2026-09-12 or to:2026-09-12T18:30"
    ),
    "help_injuries": QT_TRANSLATE_NOOP(
        "Messages", "a number, optionally compared (injuries:>0), or injuries:unknown"
    ),
    "help_fatalities": QT_TRANSLATE_NOOP(
        "Messages", "a number, optionally compared (fatalities:>=3), or fatalities:unknown"
    ),
    "help_has": QT_TRANSLATE_NOOP(
        "Messages", "one of damage, coords, sources, tags, narrative, injuries, fatalities"
    ),
    "help_deleted": QT_TRANSLATE_NOOP("Messages", "yes (only deleted incidents) or no"),
    "help_id": QT_TRANSLATE_NOOP("Messages", "an incident number, e.g. id:123 or ref:INC-000123"),
}
