"""What an import found wrong (file, line, field, message) and what it did."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from incident_logger.domain.messages import Message, verbatim


class ExchangeError(RuntimeError):
    """An import or export could not run at all (unreadable file, missing folder, full disk);
    ``msg`` says why (domain/messages.py), ``str()`` in English."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)  # args hold the Message: it survives a worker process
        self.msg = message


Said = Message  # a problem's words: a message code with its values (the interface translates it)


def problem(file: str, line: int, field: str, said: Said) -> Problem:
    """A ``Problem`` with its message code (the interface translates it; ``message`` is the
    English text for the CLI and the saved problem list)."""
    return Problem(file, line, field, str(said), msg=said)


def plural(n: int, word: str) -> str:
    """``1 row``, ``80 rows``, ``2 categories``."""
    if n == 1:
        return f"1 {word}"
    return f"{n:,} {word[:-1] + 'ies' if word.endswith('y') else word + 's'}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in an input file; ``line`` 0 means the file as a whole."""

    file: str
    line: int
    field: str
    message: str
    in_file: bool = False  # a duplicate: the row repeats an earlier line of the same file
    # The message code ``message`` is the English text of (not compared: the text says it all,
    # and a value may be NaN, which equals nothing).
    msg: Message | None = dataclasses.field(default=None, compare=False)

    def __post_init__(self) -> None:
        # A file may hold text that is not Unicode characters (a lone surrogate escaped in
        # JSON); a problem quoting it must still print and save.
        for name in ("file", "field", "message"):
            value = getattr(self, name)
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    clean = value.encode("utf-8", "backslashreplace").decode("utf-8")
                    object.__setattr__(self, name, clean)

    @property
    def said(self) -> Message:
        """The message code (``message`` as it is, for a problem made without one)."""
        return self.msg if self.msg is not None else verbatim(self.message)

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else self.file
        return (
            f"{where}, {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


@dataclass
class ImportReport:
    """The outcome of an import (or of a dry run, or of a preview)."""

    path: Path
    format: str
    rows: int = 0  # incident rows read from the file
    imported: int = 0  # incidents written (or that would be written, in a dry run)
    refused: int = 0  # rows left out because of problems
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)  # already in the database: skipped
    warnings: list[Problem] = field(default_factory=list)
    new_places: int = 0
    new_sources: int = 0
    new_categories: int = 0
    count_reports: int = 0
    written: bool = False
    dry_run: bool = False
    partial: bool = False
    seconds: float = 0.0
    incident_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0

    def new_records(self) -> str:
        """E.g. "3 new places, 1 new source" (empty when nothing new is created)."""
        counts = (
            (self.new_places, "place", "places"),
            (self.new_sources, "source", "sources"),
            (self.new_categories, "category", "categories"),
        )
        return ", ".join(f"{n:,} new {one if n == 1 else many}" for n, one, many in counts if n)

    def summary(self) -> str:
        """One paragraph for the user: what was (or would be) done, and what was not."""
        verb = "would import" if self.dry_run else "imported"
        if not self.written and not self.dry_run and self.problems and not self.partial:
            if not self.rows:
                return (
                    f"Nothing was imported: {self.path.name} could not be read "
                    f"({plural(len(self.problems), 'problem')} listed)."
                )
            return (
                f"Nothing was imported: {plural(len(self.problems), 'problem')} in "
                f"{plural(self.rows, 'row')} of {self.path.name}. Fix them, or import the "
                "good rows only."
            )
        parts = [f"{self.path.name}: {verb} {self.imported:,} of {plural(self.rows, 'incident')}"]
        if self.count_reports:
            parts.append(plural(self.count_reports, "count report"))
        new = self.new_records()
        if new:
            parts.append(new)
        if self.refused:
            parts.append(f"{plural(self.refused, 'row')} refused (see the problems)")
        repeated = sum(1 for d in self.duplicates if d.in_file)
        if repeated:
            parts.append(f"{plural(repeated, 'row')} repeating an earlier line, skipped")
        if len(self.duplicates) > repeated:
            reports = sum(1 for d in self.duplicates if d.field == "count report")
            incidents = len(self.duplicates) - reports - repeated
            what = plural(incidents, "incident") + (
                f" and {plural(reports, 'count report')}" if reports else ""
            )
            parts.append(f"{what} already in the database, skipped")
        return "; ".join(parts) + "."
