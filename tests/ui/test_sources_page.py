"""The Sources page: create and edit through the editor, citing incidents, trash and restore."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import Reliability, SourceKind
from incident_logger.services.citations import incidents_citing_source
from incident_logger.services.sources import get_source, list_sources
from incident_logger.store.engine import Database
from incident_logger.ui import prompts
from incident_logger.ui.pages.sources_page import SourceListModel, SourcesPage
from tests.conftest import Night
from tests.ui.page_support import shown, wait_idle
from tests.ui.test_counts_page import unnamed_inputs

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot: QtBot, db: Database, night: Night) -> Iterator[SourcesPage]:
    widget = shown(qtbot, SourcesPage(db), (1200, 700))
    yield widget
    widget.close()


def _select(page: SourcesPage, source_id: int) -> None:
    page.list_view.setCurrentIndex(page.index_of(source_id))


def test_create_a_source_through_the_editor(qtbot: QtBot, page: SourcesPage, db: Database) -> None:
    assert page.model.rowCount() == 2
    qtbot.keyClick(page.list_view, Qt.Key.Key_N, CTRL)
    form = page.form
    assert form.name.hasFocus() and page.record_id is None
    qtbot.keyClicks(form.name, "Regional news agency")
    form.kind.setCurrentIndex(form.kind.findData("agency"))
    form.reliability.setCurrentIndex(form.reliability.findData("C"))
    qtbot.keyClicks(form.url, "https://example.org/news")
    assert page.has_unsaved_changes()
    qtbot.keyClick(form.url, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, page)
    assert not page.has_unsaved_changes()
    saved = get_source(db, page.record_id or 0)
    assert saved.draft.kind is SourceKind.AGENCY and saved.draft.reliability is Reliability.C
    assert saved.draft.url == "https://example.org/news"
    row = page.index_of(saved.id).row()
    assert page.model.index(row, 1).data() == "C — Fairly reliable"
    assert page.selected_id() == saved.id


def test_a_missing_name_is_shown_next_to_the_field_and_typing_is_kept(
    qtbot: QtBot, page: SourcesPage, db: Database
) -> None:
    page.new_record()
    qtbot.keyClicks(page.form.url, "https://t.me/somewhere")
    page.save()
    wait_idle(qtbot, page)
    assert page.form.errors["name"].isVisible()
    assert "required" in page.form.errors["name"].text()
    assert page.form.url.text() == "https://t.me/somewhere"
    assert len(list_sources(db)) == 2


def test_edit_a_source_and_see_the_incidents_citing_it(
    qtbot: QtBot, page: SourcesPage, db: Database, night: Night
) -> None:
    _select(page, night.governor)
    assert page.form.name.text() == "Governor of Kaluga Oblast (Telegram)"
    qtbot.waitUntil(lambda: page.incidents.model.rowCount() == 1)
    assert page.incidents.model.index(0, 0).data() == f"INC-{night.debris_incident:06d}"
    assert page.incidents.model.index(0, 4).data() == "B2"
    assert page.incidents.summary.text() == "1 incident"
    with qtbot.waitSignal(page.open_incident) as opened:
        page.incidents.view.activated.emit(page.incidents.model.index(0, 3))
    assert opened.args == [night.debris_incident]

    page.form.reliability.setCurrentIndex(page.form.reliability.findData("A"))
    qtbot.keyClick(page.form.name, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, page)
    assert get_source(db, night.governor).draft.reliability is Reliability.A
    assert incidents_citing_source(db, night.governor).grades == {night.debris_incident: "A2"}
    assert page.model.index(page.index_of(night.governor).row(), 1).data().startswith("A —")


def test_leaving_unsaved_edits_asks_and_cancel_keeps_them(
    qtbot: QtBot, page: SourcesPage, night: Night, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select(page, night.governor)
    qtbot.keyClicks(page.form.name, " (edited)")
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *_: prompts.Unsaved.CANCEL)
    _select(page, night.ministry)
    assert page.record_id == night.governor and page.selected_id() == night.governor
    assert page.form.name.text().endswith(" (edited)")
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *_: prompts.Unsaved.DISCARD)
    _select(page, night.ministry)
    assert page.record_id == night.ministry and not page.has_unsaved_changes()


def test_trash_and_restore(
    qtbot: QtBot, page: SourcesPage, db: Database, night: Night, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    _select(page, night.governor)  # cited by an incident: refused, and the user is told why
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    wait_idle(qtbot, page)
    assert told and "cited by 1 incident;" in told[0]

    page.new_record()
    qtbot.keyClicks(page.form.name, "Unused channel")
    page.save()
    wait_idle(qtbot, page)
    unused = page.record_id
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    wait_idle(qtbot, page)
    assert [s.id for s in list_sources(db, deleted=True)] == [unused]
    assert page.model.rowCount() == 2 and page.record_id is None

    page.trash_action.trigger()
    assert page.model.rowCount() == 1 and page.restore_action.isVisible()
    _select(page, unused or 0)
    assert not page.form.name.isEnabled()  # the trash is read-only
    page.restore_action.trigger()
    wait_idle(qtbot, page)
    assert page.model.rowCount() == 0
    page.trash_action.trigger()
    assert page.model.rowCount() == 3


def test_model_passes_the_model_tester(qtmodeltester, db: Database, night: Night) -> None:  # type: ignore[no-untyped-def]
    model = SourceListModel()
    model.set_sources(list_sources(db))
    qtmodeltester.check(model)


def test_every_input_has_an_accessible_name(page: SourcesPage) -> None:
    assert unnamed_inputs(page) == []


def test_going_to_the_trash_with_typed_edits_asks_first_and_saving_goes_on_after(
    qtbot: QtBot, page: SourcesPage, db: Database, night: Night, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [prompts.Unsaved.CANCEL, prompts.Unsaved.SAVE]
    monkeypatch.setattr(prompts, "ask_unsaved", lambda *_: answers.pop(0))
    _select(page, night.ministry)
    qtbot.waitUntil(lambda: page.record_id == night.ministry)
    name = page.form.name
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " RU", delay=60)
    page.trash_action.trigger()  # Cancel: stay, the typing kept
    assert not page.trash_action.isChecked() and not page.in_trash()
    assert name.text().endswith(" RU") and page.has_unsaved_changes()
    page.trash_action.trigger()  # Save: the save runs, then the trash is shown
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.in_trash() and page.trash_action.isChecked())
    assert get_source(db, night.ministry).draft.name.endswith(" RU")
    assert not page.has_unsaved_changes()
