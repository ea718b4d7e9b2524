"""Damage notes as an editable table: what was hit, how many, how badly, its state, a note."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QObject

from incident_logger.domain import vocabulary
from incident_logger.domain.enums import DamageSeverity, DamageState
from incident_logger.domain.models import DamageNote
from incident_logger.ui import words
from incident_logger.ui.widgets.row_table import CellError, Column, RowTableModel

E = TypeVar("E", bound=StrEnum)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _choice_column(
    field: str, title: str, enum: type[E], word: Callable[[E], str]
) -> Column[DamageNote]:
    """A column offering ``enum``'s values in words; a typed value not among them is refused."""

    def parse(note: DamageNote, value: Any) -> DamageNote | None:
        text = _text(value)
        if text not in enum._value2member_map_:
            return None
        changed: dict[str, Any] = {field: enum(text)}
        return replace(note, **changed)

    return Column(
        field,
        title,
        lambda n: word(getattr(n, field)),
        edit=lambda n: str(getattr(n, field)),
        parse=parse,
    )


class DamageModel(RowTableModel[DamageNote]):
    """Rows of ``DamageNote``; a blank quantity means the report did not give a number."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(
                "object_kind",
                self.tr("What"),
                lambda n: words.damage_kind(n.object_kind),
                edit=lambda n: n.object_kind,
                parse=lambda n, v: replace(
                    n, object_kind=words.stored_name(_text(v), vocabulary.DAMAGE_KIND)
                ),
            ),
            Column(
                "quantity",
                self.tr("How many"),
                lambda n: self.tr("not stated") if n.quantity is None else str(n.quantity),
                edit=lambda n: "" if n.quantity is None else str(n.quantity),
                parse=self._quantity,
                muted=lambda n: n.quantity is None,
                right=True,
            ),
            _choice_column("severity", self.tr("Severity"), DamageSeverity, words.severity),
            _choice_column("state", self.tr("State"), DamageState, words.damage_state),
            Column(
                "note",
                self.tr("Note"),
                lambda n: n.note,
                parse=lambda n, v: replace(n, note=_text(v)),
            ),
        )

    def _quantity(self, note: DamageNote, value: Any) -> DamageNote:
        text = _text(value)
        if text and not text.isdigit():
            raise CellError(self.tr("a whole number, or empty if not stated"))
        return replace(note, quantity=int(text) if text else None)

    @property
    def notes(self) -> list[DamageNote]:
        return self.rows

    def set_notes(self, notes: tuple[DamageNote, ...] | list[DamageNote]) -> None:
        self.set_rows(notes)

    def add_note(self, note: DamageNote | None = None) -> int:
        return self.append_row(note or DamageNote(object_kind="vehicle"))
