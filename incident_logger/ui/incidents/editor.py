"""The incident editor: loads a record into the form, collects a draft, shows field errors."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from incident_logger.domain import vocabulary
from incident_logger.domain.enums import GeoPrecision, Means, Status, TimePrecision
from incident_logger.domain.errors import FieldError
from incident_logger.domain.messages import verbatim
from incident_logger.domain.models import Incident, IncidentDraft
from incident_logger.domain.validation import incident_errors
from incident_logger.services.categories import list_categories
from incident_logger.store.engine import Database
from incident_logger.ui import dates, words
from incident_logger.ui.incidents.editor_form import EditorForm, means_of
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


def _when_text(stored: str | None, coarse: bool) -> str:
    """A stored time as typed: the date alone for a day-precise midnight."""
    text = dates.when(stored)
    return text[:-6] if coarse and text.endswith(" 00:00") else text


def _float(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    return float(text) if text else None


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
        for key, widget in f.fields.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, k=key: self._on_change(k))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda k=key: self._on_change(k))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, k=key: self._on_change(k))
                if widget.isEditable():
                    widget.editTextChanged.connect(lambda _t, k=key: self._on_change(k))
        f.start_at.textEdited.connect(self._infer_precision)
        f.end_at.textEdited.connect(self._infer_precision)
        f.time_precision.activated.connect(self._precision_chosen)  # the user's own pick
        f.injuries.valueChanged.connect(lambda _v: self._on_change("injuries"))
        f.fatalities.valueChanged.connect(lambda _v: self._on_change("fatalities"))
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
            f.title.setText(d.title)
            f.category.setEditText(words.category(d.category))
            if (line := f.category.lineEdit()) is not None:
                line.setCursorPosition(0)  # the word's start shows, not its end
            f.status.setCurrentIndex(max(0, f.status.findData(Status(d.status).value)))
            means = f.means.findData(d.means.value) if d.means else 0
            f.means.setCurrentIndex(max(0, means))
            coarse = TimePrecision(d.time_precision) in (
                TimePrecision.DAY,
                TimePrecision.WEEK,
                TimePrecision.MONTH,
            )
            f.start_at.setText(_when_text(d.start_at, coarse))
            f.end_at.setText(_when_text(d.end_at, coarse))
            f.time_precision.setCurrentIndex(
                max(0, f.time_precision.findData(TimePrecision(d.time_precision).value))
            )
            f.place.set_place_id(d.place_id)
            f.locality.setText(d.locality)
            f.geo_precision.setCurrentIndex(
                max(0, f.geo_precision.findData(GeoPrecision(d.geo_precision).value))
            )
            f.latitude.setText("" if d.latitude is None else f"{d.latitude:.6g}")
            f.longitude.setText("" if d.longitude is None else f"{d.longitude:.6g}")
            f.injuries.set_value_or_none(d.injuries)
            f.fatalities.set_value_or_none(d.fatalities)
            f.narrative.setPlainText(d.narrative)
            f.response.setPlainText(d.response)
            f.sources.set_links(d.sources)
            f.damage.model.set_notes(d.damage)
            f.tags.setText(", ".join(d.tags))
            f.external_id.setText(d.external_id)
            f.external_type.setText(d.external_type)
        finally:
            self._loading = False

    # --- collecting -------------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        """What "unsaved" compares: the draft plus raw text the draft cannot hold (bad numbers,
        a place name not yet in the gazetteer)."""
        f = self.form
        raw = (f.latitude.text().strip(), f.longitude.text().strip(), f.place.text().strip())
        return (self.collect()[0], *raw)

    def collect(self) -> tuple[IncidentDraft, list[FieldError]]:
        """The draft the form holds, and problems the form itself can see (bad numbers)."""
        f = self.form
        problems: list[FieldError] = []
        coords: dict[str, float | None] = {}
        for key, edit in (("latitude", f.latitude), ("longitude", f.longitude)):
            try:
                value = _float(edit.text())
                if value is not None and not math.isfinite(value):
                    raise ValueError
                coords[key] = value
            except ValueError:
                coords[key] = None
                problems.append(FieldError(key, verbatim(self.tr("is not a number like 54.5293"))))
        means = means_of(f.means)
        if means is not None and not isinstance(means, Means):  # typed, not a means
            allowed = ", ".join(m.value for m in Means)
            problems.append(
                FieldError(
                    "means",
                    verbatim(self.tr("“{t}” is not one of: {a}").format(t=means, a=allowed)),
                )
            )
            means = None
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
            title=f.title.text(),
            start_at=dates.typed(f.start_at.text()).strip(),
            end_at=dates.typed(f.end_at.text()).strip() or None,
            time_precision=TimePrecision(f.time_precision.currentData()),
            place_id=f.place.place_id,
            locality=f.locality.text(),
            latitude=coords["latitude"],
            longitude=coords["longitude"],
            geo_precision=GeoPrecision(f.geo_precision.currentData()),
            category=words.stored_name(f.category.currentText(), vocabulary.CATEGORY),
            narrative=f.narrative.toPlainText(),
            injuries=f.injuries.value_or_none(),
            fatalities=f.fatalities.value_or_none(),
            response=f.response.toPlainText(),
            status=Status(f.status.currentData()),
            tags=tuple(t.strip() for t in f.tags.text().split(",") if t.strip()),
            sources=f.sources.links(),
            damage=f.damage.notes(),
            external_id=f.external_id.text().strip(),
            external_type=f.external_type.text().strip(),
            means=means,
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
