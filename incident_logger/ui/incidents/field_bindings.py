"""The editor's plain fields bound to their widgets: one binding per kind of widget.

A *scalar* field of the registry (``domain/fields.py``: text, time, enum, count, number) is shown
by one widget. Its binding knows how to put the draft's value into that widget, read it back
(with the problem the widget itself can see, such as a number that is not one), and say when
the user changed it. ``EditorForm`` declares each binding where it lays the widget out; the
editor fills, collects, tracks changes and places messages by walking the bindings, so a new
plain field needs no code of its own there. The place, category, tags, sources and damage
are bound by hand in ``editor.py``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from incident_logger.domain.enums import TimePrecision
from incident_logger.domain.fields import IncidentField, Kind, field
from incident_logger.domain.models import IncidentDraft
from incident_logger.domain.vocabulary import capital
from incident_logger.ui import dates, words
from incident_logger.ui.widgets.count_edit import CountEdit

W = TypeVar("W", bound=QWidget)

# The registry's scalar fields with a column that the editor does not show, each with why
# (tests/ui/test_field_bindings.py fails for a field that has neither a binding nor a line here).
NOT_IN_EDITOR: dict[str, str] = {}

# A stored time of one of these precisions shows its date alone when it is midnight.
_COARSE = (TimePrecision.DAY, TimePrecision.WEEK, TimePrecision.MONTH)


class Reading(NamedTuple):
    """A widget's value for the draft, and what is wrong with what was typed (or None)."""

    value: Any
    problem: str | None = None


class FieldBinding(Generic[W]):
    """One registry field shown by one widget (``accessible`` is the name a screen reader says)."""

    def __init__(self, name: str, widget: W, accessible: str, *kinds: Kind) -> None:
        self.entry: IncidentField = field(name)
        assert self.entry.scalar and self.entry.kind in kinds, (name, self.entry.kind)
        self.widget = widget
        widget.setAccessibleName(accessible)

    @property
    def name(self) -> str:
        return self.entry.name

    def fill(self, draft: IncidentDraft) -> None:
        """Show the draft's value."""
        raise NotImplementedError

    def read(self) -> Reading:
        """The value for the draft."""
        raise NotImplementedError

    def raw(self) -> str | None:
        """Typing the draft cannot hold (a bad number), for the form's "unsaved" check."""
        return None

    def on_change(self, changed: Callable[[], None]) -> None:
        """Call ``changed`` when the user changes the value."""
        raise NotImplementedError


class LineText(FieldBinding[QLineEdit]):
    """A text field in a one-line box; ``strip`` drops spaces around it (an identifier)."""

    def __init__(
        self,
        name: str,
        accessible: str,
        parent: QWidget,
        placeholder: str = "",
        strip: bool = False,
    ) -> None:
        super().__init__(name, QLineEdit(parent), accessible, Kind.TEXT)
        self.widget.setPlaceholderText(placeholder)
        self._strip = strip

    def fill(self, draft: IncidentDraft) -> None:
        self.widget.setText(getattr(draft, self.name))

    def read(self) -> Reading:
        text = self.widget.text()
        return Reading(text.strip() if self._strip else text)

    def on_change(self, changed: Callable[[], None]) -> None:
        self.widget.textEdited.connect(lambda _t: changed())


class PlainText(FieldBinding[QPlainTextEdit]):
    """A text field of several lines (``lines`` high); Tab leaves it."""

    def __init__(
        self, name: str, accessible: str, parent: QWidget, lines: int, placeholder: str = ""
    ) -> None:
        super().__init__(name, QPlainTextEdit(parent), accessible, Kind.TEXT)
        box = self.widget
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        box.setPlaceholderText(placeholder)

    def fill(self, draft: IncidentDraft) -> None:
        self.widget.setPlainText(getattr(draft, self.name))

    def read(self) -> Reading:
        return Reading(self.widget.toPlainText())

    def on_change(self, changed: Callable[[], None]) -> None:
        self.widget.textChanged.connect(changed)


class TimeLine(FieldBinding[QLineEdit]):
    """A time typed as the user's locale writes it; a coarse precision's midnight as a date."""

    def __init__(self, name: str, accessible: str, parent: QWidget, placeholder: str) -> None:
        super().__init__(name, QLineEdit(parent), accessible, Kind.TIME)
        self.widget.setPlaceholderText(placeholder)

    def fill(self, draft: IncidentDraft) -> None:
        text = dates.when(getattr(draft, self.name))
        if TimePrecision(draft.time_precision) in _COARSE and text.endswith(" 00:00"):
            text = text[:-6]
        self.widget.setText(text)

    def read(self) -> Reading:
        text = dates.typed(self.widget.text()).strip()
        return Reading(text or None if self.entry.optional else text)

    def on_change(self, changed: Callable[[], None]) -> None:
        self.widget.textEdited.connect(lambda _t: changed())


class NumberLine(FieldBinding[QLineEdit]):
    """A decimal number or nothing; a comma reads as the decimal point."""

    def __init__(self, name: str, accessible: str, parent: QWidget, placeholder: str) -> None:
        super().__init__(name, QLineEdit(parent), accessible, Kind.NUMBER)
        self.widget.setPlaceholderText(placeholder)

    def fill(self, draft: IncidentDraft) -> None:
        value = getattr(draft, self.name)
        self.widget.setText("" if value is None else f"{value:.6g}")

    def read(self) -> Reading:
        text = self.widget.text().strip().replace(",", ".")
        try:
            value = float(text) if text else None
            if value is not None and not math.isfinite(value):
                raise ValueError
        except ValueError:
            message = QCoreApplication.translate("IncidentEditor", "is not a number like 54.5293")
            return Reading(None, message)
        return Reading(value)

    def raw(self) -> str | None:
        return self.widget.text().strip()

    def on_change(self, changed: Callable[[], None]) -> None:
        self.widget.textEdited.connect(lambda _t: changed())


class Count(FieldBinding[CountEdit]):
    """A count that may be "not stated"."""

    def __init__(self, name: str, accessible: str, parent: QWidget) -> None:
        super().__init__(name, CountEdit(parent), accessible, Kind.COUNT)

    def fill(self, draft: IncidentDraft) -> None:
        self.widget.set_value_or_none(getattr(draft, self.name))

    def read(self) -> Reading:
        return Reading(self.widget.value_or_none())

    def on_change(self, changed: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(lambda _v: changed())


def _word(member: StrEnum) -> str:
    """An enum value as a list item shows it (``words.status`` and its siblings)."""
    return capital(words.enum_word(member))


class Choice(FieldBinding[QComboBox]):
    """An enum field that always holds a value: a list of its words, in the enum's order."""

    def __init__(self, name: str, accessible: str, parent: QWidget) -> None:
        super().__init__(name, QComboBox(parent), accessible, Kind.ENUM)
        assert self.entry.enum is not None
        self._enum: type[StrEnum] = self.entry.enum
        for member in self._enum:
            self.widget.addItem(_word(member), member.value)

    def fill(self, draft: IncidentDraft) -> None:
        value = self._enum(getattr(draft, self.name)).value
        self.widget.setCurrentIndex(max(0, self.widget.findData(value)))

    def read(self) -> Reading:
        return Reading(self._enum(self.widget.currentData()))

    def on_change(self, changed: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(lambda _i: changed())


class TypedChoice(FieldBinding[QComboBox]):
    """An optional enum field: pick from the list or type (it completes), empty when not
    stated; typing that is no value of the enum is a problem."""

    def __init__(self, name: str, accessible: str, parent: QWidget, placeholder: str) -> None:
        super().__init__(name, QComboBox(parent), accessible, Kind.ENUM)
        assert self.entry.enum is not None and self.entry.optional, name
        self._enum: type[StrEnum] = self.entry.enum
        combo = self.widget
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", None)
        for member in self._enum:
            combo.addItem(_word(member), member.value)
        line = combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(placeholder)

    def fill(self, draft: IncidentDraft) -> None:
        value = getattr(draft, self.name)
        index = self.widget.findData(self._enum(value).value) if value else 0
        self.widget.setCurrentIndex(max(0, index))

    def read(self) -> Reading:
        """A member, None when empty; typed text that is none is a problem (and None)."""
        combo = self.widget
        text = " ".join(combo.currentText().split())
        if not text:
            return Reading(None)
        folded = text.casefold()
        for index in range(combo.count()):
            value = combo.itemData(index)
            if value and folded in (combo.itemText(index).casefold(), str(value)):
                return Reading(self._enum(value))
        allowed = ", ".join(m.value for m in self._enum)
        message = QCoreApplication.translate("IncidentEditor", "“{t}” is not one of: {a}")
        return Reading(None, message.format(t=text, a=allowed))

    def on_change(self, changed: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(lambda _i: changed())
        self.widget.editTextChanged.connect(lambda _t: changed())
