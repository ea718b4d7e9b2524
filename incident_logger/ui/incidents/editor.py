"""The incident editor: loads a record into the form, collects a draft, shows field errors."""

from __future__ import annotations

import re
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from incident_logger.domain import vocabulary
from incident_logger.domain.enums import TimePrecision
from incident_logger.domain.errors import FieldError
from incident_logger.domain.fields import SCALAR_FIELDS
from incident_logger.domain.messages import verbatim
from incident_logger.domain.models import Incident, IncidentDraft
from incident_logger.domain.validation import incident_errors
from incident_logger.services.categories import list_categories
from incident_logger.store.engine import Database
from incident_logger.ui import dates, words
from incident_logger.ui.incidents.editor_form import EditorForm
from incident_logger.ui.messages import text as ui_message
from incident_logger.ui.widgets.field_error import mark_invalid
from incident_logger.ui.widgets.refill import refill_combo

DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
# Precisions that typing may change; a week, month or hour was chosen on purpose.
INFERRED_PRECISIONS = (TimePrecision.EXACT, TimePrecision.DAY, TimePrecision.WINDOW)


def inferred_precision(start: str, end: str) -> TimePrecision | None:
    """What the typed times say about precision (None while the start is empty)."""
    if end.strip():
        return TimePrecision.WINDOW
    if not start.strip():
        return None
    return TimePrecision.DAY if DATE_ONLY.match(start) else TimePrecision.EXACT


_INDEXED = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")
LIVE_CHECK_MS = 350


class IncidentEditor(QScrollArea):
    """A scrollable form for one incident (``incident_id`` None while it is new)."""

    dirty_changed = Signal(bool)
    edited = Signal()  # any change by the user

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.form = EditorForm(db, self)
        self.setWidget(self.form)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.incident: Incident | None = None
        self._baseline: tuple[object, ...] = self._state()
        self._dirty = False
        self._loading = False
        self._touched: set[str] = set()
        self._precision_by_user = False
        self._show_all = False
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(LIVE_CHECK_MS)
        self._check.timeout.connect(self.live_check)
        self._connect_changes()
        self.reload_choices()
        self.load(None)
        self.setFocusProxy(self.form.title)

    @property
    def incident_id(self) -> int | None:
        return self.incident.id if self.incident else None

    def _connect_changes(self) -> None:
        f = self.form
        for key, binding in f.bindings.items():
            binding.on_change(partial(self._on_change, key))
        f.category.currentIndexChanged.connect(lambda _i: self._on_change("category"))
        f.category.editTextChanged.connect(lambda _t: self._on_change("category"))
        f.tags.textEdited.connect(lambda _t: self._on_change("tags"))
        f.start_at.textEdited.connect(self._infer_precision)
        f.end_at.textEdited.connect(self._infer_precision)
        f.time_precision.activated.connect(self._precision_chosen)  # the user's own pick
        f.place.place_changed.connect(lambda _p: self._on_change("place"))
        f.place.edit.textEdited.connect(lambda _t: self._on_change("place"))
        f.sources.changed.connect(lambda: self._on_change("sources"))
        f.damage.changed.connect(lambda: self._on_change("damage"))
        for box in (*f.findChildren(QLineEdit), *f.findChildren(QPlainTextEdit)):
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z / redo in a text field: the field's own undo while the form has unsaved
        typing; once saved (or untouched) the window's undo, so Ctrl+Z right after Ctrl+S undoes
        the save even with the cursor still in the field."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
            and not self._dirty
        ):
            return True  # not accepted by the field: the window's shortcut runs
        return super().eventFilter(watched, event)

    # --- time precision -----------------------------------------------------------------

    def _precision_chosen(self, _index: int) -> None:
        self._precision_by_user = True

    def _infer_precision(self, _text: str = "") -> None:
        """Precision follows what was typed until the user picks one: an End makes it "between
        start and end", a date alone "that day", a date and time "exact"."""
        f = self.form
        current = TimePrecision(f.time_precision.currentData())
        if self._precision_by_user or current not in INFERRED_PRECISIONS:
            return
        wanted = inferred_precision(dates.typed(f.start_at.text()), dates.typed(f.end_at.text()))
        if wanted is not None and wanted is not current:
            f.time_precision.setCurrentIndex(f.time_precision.findData(wanted.value))

    # --- loading ----------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Refill the category list; what is typed in the box stays, cursor included."""
        names = list_categories(self._db)
        refill_combo(self.form.category, [(words.category(c), c) for c in names])

    def load(self, incident: Incident | None, draft: IncidentDraft | None = None) -> None:
        """Show ``incident``, or a new one: blank, or prefilled with ``draft`` (then unsaved)."""
        self.incident = incident
        if incident is None and draft is not None:
            self._fill(self._blank())
            blank = self._state()
            self._fill(draft)
            self._baseline = blank
        else:
            self._fill(incident.draft if incident else self._blank())
            self._baseline = self._state()
        self._check.stop()
        self._precision_by_user = False
        self._touched.clear()
        self._show_all = False
        self.clear_errors()
        self._set_dirty(self._state() != self._baseline)

    def show_saved(self, incident: Incident) -> None:
        """The record as just stored. When it holds what the form shows (the usual case), the
        form is not filled again: the cursor, the selection and the scroll stay."""
        if incident.draft != self.collect()[0]:
            self.load(incident)  # the service normalised something: show what is stored
            return
        self.incident = incident
        self._check.stop()
        self._touched.clear()
        self._show_all = False
        self.clear_errors()
        self.mark_clean()

    def overlay(self, draft: IncidentDraft) -> None:
        """Put unsaved values (a recovered draft) over the record on screen."""
        self._fill(draft)
        self._set_dirty(self._state() != self._baseline)

    @staticmethod
    def _blank() -> IncidentDraft:
        return IncidentDraft(title="", start_at="", category="")

    def _fill(self, d: IncidentDraft) -> None:
        f = self.form
        self._loading = True
        try:
            for binding in f.bindings.values():
                binding.fill(d)
            f.category.setEditText(words.category(d.category))
            if (line := f.category.lineEdit()) is not None:
                line.setCursorPosition(0)  # the word's start shows, not its end
            f.place.set_place_id(d.place_id)
            f.sources.set_links(d.sources)
            f.damage.model.set_notes(d.damage)
            f.tags.setText(", ".join(d.tags))
        finally:
            self._loading = False

    # --- collecting -------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        """What "unsaved" compares: the draft plus raw text the draft cannot hold (bad numbers,
        a place name not yet in the gazetteer)."""
        f = self.form
        raw = [binding.raw() for binding in f.bindings.values()]
        return (self.collect()[0], *raw, f.place.text().strip())

    def collect(self) -> tuple[IncidentDraft, list[FieldError]]:
        """The draft the form holds, and problems the form itself can see (bad numbers)."""
        f = self.form
        problems: list[FieldError] = []
        values: dict[str, object] = {}
        for entry in SCALAR_FIELDS:  # the registry's order: its messages come in that order
            binding = f.bindings.get(entry.name)
            if binding is None:
                continue  # not in the editor: the draft's default
            reading = binding.read()
            values[entry.name] = reading.value
            if reading.problem is not None:
                problems.append(FieldError(entry.name, verbatim(reading.problem)))
        if f.place.has_unresolved_text():
            problems.append(
                FieldError(
                    "place",
                    verbatim(
                        self.tr(
                            "“{t}” is not in the gazetteer: choose a suggestion or add it with +"
                        ).format(t=f.place.text().strip())
                    ),
                )
            )
        draft = IncidentDraft(
            place_id=f.place.place_id,
            category=words.stored_name(f.category.currentText(), vocabulary.CATEGORY),
            tags=tuple(t.strip() for t in f.tags.text().split(",") if t.strip()),
            sources=f.sources.links(),
            damage=f.damage.notes(),
            **values,  # type: ignore[arg-type]
        )
        return draft, problems

    def all_errors(self) -> tuple[IncidentDraft, list[FieldError]]:
        draft, problems = self.collect()
        found = incident_errors(draft, lambda _i: True, lambda _i: True)
        # The form's own problems are more precise than the rules' for the same field.
        mine = {p.field for p in problems}
        return draft, problems + [e for e in found if e.field not in mine]

    # --- dirty state ------------------------------------------------------------------

    def _on_change(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        self._set_dirty(self._state() != self._baseline)
        label = self.form.errors.get(key)
        if label is not None and label.isVisible():
            self.live_check()  # a fixed field loses its message at once
        else:
            self._check.start()
        self.edited.emit()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_clean(self) -> None:
        self._baseline = self._state()
        self._set_dirty(False)

    # --- errors -----------------------------------------------------------------------

    def live_check(self) -> None:
        """Messages for the fields the user has touched. Nothing is touched while a record is
        merely shown, so then this never runs; it only repaints messages that changed."""
        if not self._touched and not self._show_all:
            return
        _draft, errors = self.all_errors()
        visible = [e for e in errors if self._show_all or self._group(e.field) in self._touched]
        self.show_errors(visible, focus=False)

    @staticmethod
    def _group(field: str) -> str:
        match = _INDEXED.match(field)
        return match.group(1) if match else field

    def show_errors(self, errors: list[FieldError], focus: bool = True) -> None:
        """Put each message under its field; the first invalid field gets the focus."""
        f = self.form
        by_label: dict[int, list[str]] = {}
        damage: dict[tuple[int, str], str] = {}
        links: dict[tuple[int, str], str] = {}
        invalid: set[str] = set()
        for error in errors:
            key = self._group(error.field)
            match = _INDEXED.match(error.field)
            message = ui_message(error.msg)
            if match:
                row, sub = int(match.group(2)) - 1, match.group(3) or ""
                where = self.tr("row {n}").format(n=row + 1)
                said = ui_message(error.msg)
                message = f"{where}{' ' + sub.replace('_', ' ') if sub else ''}: {said}"
                if key == "damage":
                    damage[(row, sub or "object_kind")] = said
                elif key == "sources":
                    links[(row, sub or "source")] = said
            label = f.errors.get(key) or f.errors["title"]
            by_label.setdefault(id(label), []).append(message)
            invalid.add(key)
        for label in set(f.errors.values()):
            label.set_messages(by_label.get(id(label), []))
        for key, widget in f.fields.items():
            target = widget.edit if key == "place" else widget  # type: ignore[attr-defined]
            mark_invalid(target, key in invalid)
        f.damage.model.set_errors(damage)
        f.sources.model.set_errors(links)
        if focus and errors:
            first = self._group(errors[0].field)
            target = f.fields.get(first)
            if target is not None:
                self.ensureWidgetVisible(target)
                target.setFocus()

    def clear_errors(self) -> None:
        self.show_errors([], focus=False)

    def reveal_all_errors(self) -> None:
        self._show_all = True
