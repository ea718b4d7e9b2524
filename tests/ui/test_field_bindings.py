"""The editor's plain fields come from the registry: each scalar field with a column has a
binding in the form (or is marked as not shown), and typing into each reaches the stored record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import GeoPrecision, Means, Status, TimePrecision
from incident_logger.domain.fields import SCALAR_FIELDS, Kind
from incident_logger.domain.models import IncidentDraft
from incident_logger.services.incidents import get_incident
from incident_logger.store.engine import Database
from incident_logger.ui.incidents.editor import IncidentEditor
from incident_logger.ui.incidents.field_bindings import NOT_IN_EDITOR
from incident_logger.ui.main_window import MainWindow
from tests.ui.editor_support import KEY_MS, type_slowly, wait_written, window

__all__ = ["window"]

# The fields the editor binds by hand (the draft's attribute -> the form's key).
HAND_BOUND = {"place_id": "place", "category": "category", "tags": "tags"} | {
    "sources": "sources",
    "damage": "damage",
}


def _editor(qtbot: QtBot, db: Database) -> IncidentEditor:
    editor = IncidentEditor(db)
    qtbot.addWidget(editor)
    return editor


def test_every_scalar_field_with_a_column_is_bound_or_marked_not_in_the_editor(
    qtbot: QtBot, db: Database
) -> None:
    form = _editor(qtbot, db).form
    stored = [f.name for f in SCALAR_FIELDS if f.column]
    missing = [n for n in stored if n not in form.bindings and n not in NOT_IN_EDITOR]
    assert missing == [], "bind these in ui/incidents/editor_form.py or list them in NOT_IN_EDITOR"
    both = sorted(set(form.bindings) & set(NOT_IN_EDITOR))
    assert both == [], "a field marked as not in the editor has a binding"
    assert set(NOT_IN_EDITOR) <= set(stored), "NOT_IN_EDITOR names a field that is not one"
    # Every other field of the form is one the editor binds by hand.
    assert set(form.fields) == set(form.bindings) | set(HAND_BOUND.values())


def test_every_bound_field_has_a_name_an_error_line_and_a_tab_stop(
    qtbot: QtBot, db: Database
) -> None:
    form = _editor(qtbot, db).form
    chain: list[QWidget] = []
    widget = form.title
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for name, binding in form.bindings.items():
        assert binding.widget is form.fields[name]
        assert binding.widget.accessibleName(), name
        assert name in form.errors, name
        assert binding.widget in chain, name


def _every_value() -> IncidentDraft:
    """A draft whose every scalar field differs from a blank form's value."""
    return IncidentDraft(
        title="Depot fire",
        start_at="2026-09-12 01:30",
        end_at="2026-09-12 06:00",
        time_precision=TimePrecision.HOUR,
        locality="by the gate",
        latitude=54.5,
        longitude=36.25,
        geo_precision=GeoPrecision.EXACT,
        category="strike",
        narrative="Two shells.\nThen a fire.",
        injuries=0,
        fatalities=4,
        response="Firefighters came.",
        status=Status.DISPUTED,
        external_id="UKR123",
        external_type="Shelling",
        means=Means.SABOTAGE,
    )


def test_a_loaded_draft_is_collected_unchanged(qtbot: QtBot, db: Database) -> None:
    """Each binding puts its field into the widget and reads the same value back."""
    editor = _editor(qtbot, db)
    draft = _every_value()
    blank = editor.collect()[0]
    differs = [f.name for f in SCALAR_FIELDS if getattr(blank, f.name) == getattr(draft, f.name)]
    assert differs == [], "give these a value the blank form does not hold"
    editor.load(None, draft)
    assert editor.collect() == (draft, [])
    assert editor.is_dirty()


# What a person types into each plain field, and what the record then holds. A new plain field
# needs a line here (the test below fails without one).
TYPED: dict[str, tuple[str, object]] = {
    "title": ("Depot fire at night", "Depot fire at night"),
    "start_at": ("2026-09-12 01:30", "2026-09-12T01:30"),
    "end_at": ("2026-09-12 06:00", "2026-09-12T06:00"),
    "time_precision": ("wi", TimePrecision.HOUR),  # "Within the hour"
    "locality": ("by the depot gate", "by the depot gate"),
    "latitude": ("54,5", 54.5),  # a comma reads as the decimal point
    "longitude": ("36.27", 36.27),
    "geo_precision": ("exa", GeoPrecision.EXACT),  # "Exact spot"
    "means": ("artillery", Means.ARTILLERY),
    "narrative": ("Two shells hit the depot.", "Two shells hit the depot."),
    "injuries": ("3", 3),
    "fatalities": ("0", 0),  # nobody was killed: 0, not "not stated"
    "response": ("Firefighters came.", "Firefighters came."),
    "status": ("con", Status.CONFIRMED),
    "external_id": ("  UKR123 ", "UKR123"),  # an identifier loses the spaces around it
    "external_type": ("Shelling", "Shelling"),
}


def test_typing_into_every_plain_field_saves_it(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = window.incidents
    form = page.editor.form
    assert sorted(TYPED) == sorted(form.bindings), "say what to type into each plain field"
    window.action("new").trigger()
    form.category.setFocus()
    type_slowly(qtbot, form.category.lineEdit(), "strike")
    for name, binding in form.bindings.items():  # down the form, as a person fills it in
        text, _stored = TYPED[name]
        widget = binding.widget
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        if binding.entry.kind is Kind.COUNT:
            qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        type_slowly(qtbot, target or widget, text)
    qtbot.wait(KEY_MS)
    window.action("save").trigger()
    wait_written(qtbot, window)
    saved = page.editor.incident_id
    assert saved is not None, {k: e.text() for k, e in form.errors.items() if e.text()}
    draft = get_incident(db, saved).draft
    wanted = {name: stored for name, (_text, stored) in TYPED.items()}
    assert {name: getattr(draft, name) for name in TYPED} == wanted
    assert draft.category == "strike"
    assert not page.editor.is_dirty()
