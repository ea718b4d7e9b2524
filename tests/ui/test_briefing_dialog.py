"""The briefing dialog: a real PDF from a search, inline query errors, cancel, plain-words errors."""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from incident_logger.services.briefing import DEFAULT_MARKING, BriefingResult
from incident_logger.store.engine import Database
from incident_logger.ui.briefing import dialog as briefing_dialog
from incident_logger.ui.briefing.dialog import BriefingDialog
from incident_logger.ui.briefing.period import lift_period
from tests.conftest import Night

BUILD_MS = 30_000  # first build registers the fonts; generous for slow CI machines


@pytest.fixture
def open_dialog(
    qtbot: QtBot, db: Database, night: Night
) -> Iterator[Callable[[str], BriefingDialog]]:
    made: list[BriefingDialog] = []

    def make(query: str) -> BriefingDialog:
        dialog = BriefingDialog(db, query)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.cancel()
    qtbot.waitUntil(lambda: not any(d.is_building() for d in made), timeout=BUILD_MS)
    for dialog in made:
        dialog.close()


def _create(qtbot: QtBot, dialog: BriefingDialog) -> None:
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_creates_the_briefing_of_the_search_and_opens_it(
    qtbot: QtBot,
    open_dialog: Callable[[str], BriefingDialog],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog("region:Калуга")
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("1 incident"))
    dialog.title_edit.setText("Ночная сводка: Kaluga")
    dialog.author_edit.setText("Duty analyst")
    out = tmp_path / "reports" / "night.pdf"
    out.parent.mkdir()
    dialog.output.set_path(out)
    _create(qtbot, dialog)
    assert dialog.is_building() and not dialog.create_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=BUILD_MS)

    assert dialog.briefing is not None and dialog.briefing.path == out
    text = _pdf_text(out)
    assert "Калуга" in text and "Ночная сводка: Kaluga" in text
    assert "Pump station" not in text  # the Kursk fire is outside the search
    assert _leftovers(out.parent) == []
    assert dialog.status.currentWidget() is dialog.status.done_page
    assert dialog.status.open_button.hasFocus()

    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    qtbot.mouseClick(dialog.status.open_button, Qt.MouseButton.LeftButton)
    assert Path(opened[-1].toLocalFile()) == out
    qtbot.mouseClick(dialog.status.folder_button, Qt.MouseButton.LeftButton)
    if opened[-1] != opened[0]:  # Linux opens the folder; Windows and macOS select the file
        assert Path(opened[-1].toLocalFile()) == out.parent


def test_dates_in_the_search_become_the_period(
    open_dialog: Callable[[str], BriefingDialog],
) -> None:
    dialog = open_dialog("region:Калуга from:2026-09-10 to:2026-09-12")
    assert dialog.query_edit.text() == "region:Калуга"
    assert dialog.period.from_check.isChecked() and dialog.period.to_check.isChecked()
    assert dialog.period.from_date.date() == QDate(2026, 9, 10)
    assert dialog.period.bounds() == ("2026-09-10", "2026-09-12")
    request = dialog.request()
    assert (request.query, request.period_start, request.period_end) == (
        "region:Калуга",
        "2026-09-10",
        "2026-09-12",
    )
    plain = open_dialog("pond")
    assert plain.period.bounds() == (None, None)
    assert plain.period.from_date.text() == "No limit" and not plain.period.from_date.isEnabled()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("fire from:2026-09-01", ("fire", "2026-09-01", None)),
        ("from:2026-09-01 to:2026-09-12", ("", "2026-09-01", "2026-09-12")),
        ('(pond to:"2026-09-12") tag:night', ("(pond) tag:night", None, "2026-09-12")),
        ("fire from:2026-09-01T06:00", ("fire from:2026-09-01T06:00", None, None)),  # a time
        ("fire or from:2026-09-01", ("fire or from:2026-09-01", None, None)),  # not every result
        ("-from:2026-09-01", ("-from:2026-09-01", None, None)),
        ("from:2026-09-01 from:2026-09-03", ("from:2026-09-01 from:2026-09-03", None, None)),
        ("fire and from:2026-09-01", ("fire and from:2026-09-01", None, None)),  # would dangle
        ('"unclosed from:2026-09-01', ('"unclosed from:2026-09-01', None, None)),
    ],
)
def test_only_dates_that_bound_every_result_are_lifted(
    query: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert lift_period(query) == expected


def test_a_bad_query_is_shown_at_its_position_and_blocks_create(
    qtbot: QtBot, open_dialog: Callable[[str], BriefingDialog]
) -> None:
    dialog = open_dialog("region:Калуга")
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("1 incident"))
    dialog.query_edit.setFocus()
    dialog.query_edit.end(False)
    qtbot.keyClicks(dialog.query_edit, ' "pump')
    qtbot.waitUntil(lambda: dialog.query_error.isVisible())
    assert "Unclosed quote" in dialog.query_error.text()
    assert "at character 15" in dialog.query_error.text()
    assert not dialog.create_button.isEnabled()
    assert dialog.query_edit.property("invalid") is True
    assert dialog.query_edit.text() == 'region:Калуга "pump'  # nothing typed is lost
    qtbot.keyClicks(dialog.query_edit, ' station"')
    qtbot.waitUntil(lambda: not dialog.query_error.isVisible())
    assert dialog.create_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("No incidents match"))


def test_a_period_that_ends_before_it_starts_is_explained(
    qtbot: QtBot, open_dialog: Callable[[str], BriefingDialog]
) -> None:
    dialog = open_dialog("from:2026-09-12 to:2026-09-10")
    assert dialog.period_error.isVisible()
    assert "ends before it starts" in dialog.period_error.text()
    assert not dialog.create_button.isEnabled()
    dialog.period.to_check.setChecked(False)
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled())
    qtbot.waitUntil(
        lambda: dialog.count_label.text().startswith("1 incident")
    )  # the debris, on the 12th


@pytest.mark.parametrize("how", ["cancel button", "escape"])
def test_cancel_stops_the_build_and_leaves_no_file(
    qtbot: QtBot,
    open_dialog: Callable[[str], BriefingDialog],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    """The build waits after its first page until the test has pressed Cancel."""
    real = briefing_dialog.write_briefing
    pressed = threading.Event()
    checked: list[bool] = []

    def held_back(*args: Any, progress: Any, cancelled: Any, **kw: Any) -> BriefingResult:
        def report(done: int, total: int) -> None:
            progress(done, total)
            pressed.wait(10)

        def watched() -> bool:
            checked.append(cancelled())
            return checked[-1]

        return real(*args, progress=report, cancelled=watched, **kw)

    monkeypatch.setattr(briefing_dialog, "write_briefing", held_back)
    dialog = open_dialog("")
    dialog.title_edit.setText("Will be cancelled")
    out = tmp_path / "cancelled.pdf"
    dialog.output.set_path(out)
    try:
        _create(qtbot, dialog)
        cancel = dialog.status.cancel_button
        qtbot.waitUntil(lambda: dialog.status.progress_bar.maximum() > 0, timeout=BUILD_MS)
        assert cancel.isVisible() and cancel.isEnabled()
        if how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # Escape cancels the build; it does not close the dialog
    finally:
        pressed.set()
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=BUILD_MS)
    assert True in checked  # the report saw the cancel through its cancelled() callable
    assert not out.exists() and _leftovers(tmp_path) == []
    assert dialog.briefing is None
    assert "Cancelled" in dialog.status.problem_text.text()
    assert dialog.title_edit.text() == "Will be cancelled" and dialog.title_edit.isEnabled()
    assert dialog.create_button.isEnabled()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (PermissionError(errno.EACCES, "Permission denied"), "no permission to write"),
        (
            RuntimeError("reportlab exploded\nTraceback (most recent call last)"),
            "could not be made",
        ),
    ],
)
def test_failures_are_explained_in_words_and_typing_is_kept(
    qtbot: QtBot,
    open_dialog: Callable[[str], BriefingDialog],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: BaseException,
    words: str,
) -> None:
    def fail(*_args: Any, **_kw: Any) -> BriefingResult:
        raise error

    monkeypatch.setattr(briefing_dialog, "write_briefing", fail)
    dialog = open_dialog("region:Калуга")
    dialog.title_edit.setText("My careful title")
    dialog.marking_edit.setText("Restricted")
    dialog.output.set_path(tmp_path / "out.pdf")
    _create(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.is_building())
    shown = dialog.status.problem_text.text() + "\n" + dialog.status.problem_advice.text()
    assert dialog.status.currentWidget() is dialog.status.problem_page
    assert words in shown and "Traceback" not in shown
    assert "press Create briefing again" in shown
    assert dialog.title_edit.text() == "My careful title"
    assert dialog.marking_edit.text() == "Restricted"
    assert dialog.query_edit.text() == "region:Калуга"
    assert dialog.create_button.isEnabled()


def test_a_missing_folder_is_reported_before_any_work(
    qtbot: QtBot, open_dialog: Callable[[str], BriefingDialog], tmp_path: Path
) -> None:
    dialog = open_dialog("")
    dialog.output.set_path(tmp_path / "nowhere" / "b.pdf")
    _create(qtbot, dialog)
    assert not dialog.is_building()
    assert dialog.output_error.isVisible() and "does not exist" in dialog.output_error.text()
    dialog.output.set_path(tmp_path)
    _create(qtbot, dialog)
    assert "is a folder" in dialog.output_error.text()


def test_replacing_a_file_is_asked_first(
    qtbot: QtBot,
    open_dialog: Callable[[str], BriefingDialog],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "existing.pdf"
    out.write_bytes(b"keep me")
    dialog = open_dialog("region:Калуга")
    dialog.output.set_path(out)
    assert dialog.output_note.isVisible() and "will be replaced" in dialog.output_note.text()
    answers: list[Path] = []

    def refuse(path: Path) -> bool:
        answers.append(path)
        return False

    monkeypatch.setattr(dialog, "_ask_replace", refuse)
    _create(qtbot, dialog)
    assert answers == [out] and not dialog.is_building()
    assert out.read_bytes() == b"keep me"
    monkeypatch.setattr(dialog, "_ask_replace", lambda path: True)
    _create(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=BUILD_MS)
    assert out.read_bytes().startswith(b"%PDF")


def test_a_pdf_suffix_is_added_and_the_default_name_is_dated(
    open_dialog: Callable[[str], BriefingDialog], tmp_path: Path
) -> None:
    dialog = open_dialog("")
    default = dialog.output.path()
    assert default is not None
    assert default.name == f"briefing-{QDate.currentDate().toString('yyyy-MM-dd')}.pdf"
    dialog.output.set_path(tmp_path / "night")
    assert dialog.output.path() == tmp_path / "night.pdf"


def test_marking_and_choices_are_remembered(
    qtbot: QtBot, open_dialog: Callable[[str], BriefingDialog], tmp_path: Path
) -> None:
    first = open_dialog("")
    assert first.marking_edit.text() == DEFAULT_MARKING  # as the command line's default
    first.marking_edit.setText("Restricted — analysts only")
    first.sections.boxes["charts"].setChecked(False)
    first.paper.setCurrentIndex(first.paper.findData("Letter"))
    first.output.set_path(tmp_path / "first.pdf")
    request = first.request()
    assert request.paper == "Letter" and not request.sections.charts
    assert request.sections.incidents and request.sections.sources_annex
    _create(qtbot, first)
    qtbot.waitUntil(lambda: not first.is_building(), timeout=BUILD_MS)
    first.close()
    again = open_dialog("")
    assert again.marking_edit.text() == "Restricted — analysts only"
    assert not again.sections.boxes["charts"].isChecked()
    assert again.paper.currentData() == "Letter"
    assert (
        again.output.path()
        == tmp_path / f"briefing-{QDate.currentDate().toString('yyyy-MM-dd')}.pdf"
    )


def test_every_field_is_named_and_reachable_by_keyboard(
    open_dialog: Callable[[str], BriefingDialog],
) -> None:
    dialog = open_dialog("region:Калуга")
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox)
    unnamed = [
        type(w).__name__
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)
        and w.isVisibleTo(dialog)
        and not w.accessibleName()
    ]
    assert unnamed == []
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for field in (
        dialog.title_edit,
        dialog.marking_edit,
        dialog.author_edit,
        dialog.query_edit,
        dialog.paper,
        dialog.output.edit,
    ):
        assert field in buddies and field.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert dialog.create_button.isDefault()
    chain: list[QWidget] = [dialog.title_edit]
    while len(chain) < 60:
        chain.append(chain[-1].nextInFocusChain())
    reading_order = [
        dialog.title_edit,
        dialog.marking_edit,
        dialog.author_edit,
        dialog.query_edit,
        dialog.period.from_check,
        dialog.period.to_check,
        dialog.sections.boxes["key_figures"],
        dialog.sections.boxes["sources_annex"],
        dialog.paper,
        dialog.output.edit,
        dialog.output.button,
        dialog.create_button,
    ]
    positions = [chain.index(w) for w in reading_order]
    assert positions == sorted(positions)  # Tab walks the form top to bottom


def test_full_details_is_ticked_with_its_key_and_remembered(
    qtbot: QtBot, open_dialog: Callable[[str], BriefingDialog], tmp_path: Path
) -> None:
    first = open_dialog("")
    box = first.sections.boxes["details"]
    assert not box.isChecked() and not first.request().sections.details  # off by default
    first.activateWindow()
    first.title_edit.setFocus()
    qtbot.waitUntil(first.isActiveWindow)
    qtbot.wait(200)
    qtbot.keyClick(first.title_edit, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # F&ull
    qtbot.waitUntil(box.isChecked, timeout=2000)
    assert first.request().sections.details
    first.output.set_path(tmp_path / "details.pdf")
    _create(qtbot, first)
    qtbot.waitUntil(lambda: not first.is_building(), timeout=BUILD_MS)
    first.close()
    again = open_dialog("")
    assert again.sections.boxes["details"].isChecked()
    assert again.sections.boxes["charts"].isChecked()  # the other parts keep their defaults


def test_covers_counts_the_count_statements_the_search_selects(
    qtbot: QtBot, open_dialog: Callable[[str], BriefingDialog]
) -> None:
    dialog = open_dialog("from:2026-09-10 to:2026-09-12")
    qtbot.waitUntil(lambda: dialog.count_label.text() == "2 incidents and 2 count statements")
    dialog.query_edit.setFocus()
    qtbot.keyClicks(dialog.query_edit, "various", delay=100)  # a word of the ministry's note
    qtbot.waitUntil(lambda: dialog.count_label.text() == "No incidents and 1 count statement")


def test_briefing_in_russian_chosen_in_the_dialog(
    qtbot: QtBot, open_dialog: Callable[[str], BriefingDialog], tmp_path: Path
) -> None:
    dialog = open_dialog("")
    assert dialog.language.currentData() == "en"
    assert dialog.title_edit.text() == "Incident briefing"
    dialog.author_edit.setText("Дежурный")
    # Chosen with the keyboard, as a person does: English, Русский, Українська.
    dialog.language.setFocus()
    QTest.keyClick(dialog.language, Qt.Key.Key_Down, delay=100)
    qtbot.waitUntil(lambda: dialog.language.currentData() == "ru")
    # The untouched defaults follow the language; what was typed stays.
    assert dialog.title_edit.text() == "Справка об инцидентах"
    assert dialog.marking_edit.text() == "Для служебного пользования"
    assert dialog.author_edit.text() == "Дежурный"
    out = tmp_path / "ru.pdf"
    dialog.output.set_path(out)
    _create(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.is_building(), timeout=BUILD_MS)
    text = _pdf_text(out)
    assert "СПРАВКА ОБ ИНЦИДЕНТАХ" in text and "Ключевые показатели" in text
    assert "Key figures" not in text
    dialog.close()
    again = open_dialog("")
    assert again.language.currentData() == "ru"  # remembered
