"""Every page and dialog in a pseudo-locale: any visible text without ⟦ ⟧ missed translation.

The pseudo .qm wraps each translation in brackets (tests/ui/pseudo_locale.py). Labels, buttons,
menus, headers, tab titles, tooltips, placeholders, list items and window titles are read from
every visible widget. What may show unbracketed is listed in ``_exempt`` with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from incident_logger.domain.messages import TEXTS, VERBATIM, Message, msg, placeholders
from incident_logger.services.welcome import FirstStart
from incident_logger.store.engine import Database
from incident_logger.ui import messages
from incident_logger.ui.briefing.dialog import BriefingDialog
from incident_logger.ui.capture.capture_window import CaptureWindow
from incident_logger.ui.counts.search_box import CountSearchBox
from incident_logger.ui.dialogs.about_dialog import AboutDialog
from incident_logger.ui.dialogs.export_dialog import ExportDialog
from incident_logger.ui.dialogs.import_dialog import ImportDialog
from incident_logger.ui.dialogs.new_place_dialog import NewPlaceDialog
from incident_logger.ui.dialogs.new_source_dialog import NewSourceDialog
from incident_logger.ui.dialogs.recovery_dialog import RecoveryDialog
from incident_logger.ui.dialogs.synonyms_dialog import SynonymsDialog
from incident_logger.ui.dialogs.welcome_dialog import WelcomeDialog
from incident_logger.ui.i18n import LANGUAGES
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.tasks import TaskRunner
from tests.ui.editor_support import KEY_MS
from tests.ui.pseudo_locale import OPEN, install_pseudo, shown_texts, translated
from tests.ui.window_support import running_window

ERROR = "file is not a database"  # the error text the recovery dialog is given (not ours)
_ISO = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")


def _exempt(text: str) -> bool:
    return (
        text in LANGUAGES.values()  # each language offered in its own name, by design
        or text == ERROR
        or text.startswith(("/", "https://"))  # paths and a link's scheme
        or ("/" in text and " " not in text)  # time zone ids: Europe/Kyiv
        or text == "UTC"
        or bool(_ISO.match(text))  # ISO codes as examples: RU, RU-KLU
        or QKeySequence(text).toString() == text  # shortcuts: Ctrl+I
    )


def _missed(root: QWidget) -> list[tuple[str, str]]:
    return [
        (where, text)
        for where, text in shown_texts(root)
        if not translated(text) and not _exempt(text)
    ]


@pytest.fixture
def pseudo(tmp_path: Path) -> Iterator[QTranslator]:
    translator = install_pseudo(tmp_path)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def pseudo_window(
    qtbot: QtBot, pseudo: QTranslator, db: Database, tmp_path: Path, runner: TaskRunner
) -> Iterator[MainWindow]:
    with running_window(qtbot, db, tmp_path / "settings.ini", runner=runner) as win:
        yield win


def test_the_walk_finds_untranslated_text(qtbot: QtBot, pseudo: QTranslator) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel(box.tr("Search")))  # translated: bracketed
    layout.addWidget(QLabel("Plain English"))
    box.show()
    assert _missed(box) == [("QLabel", "Plain English")]


def test_every_page_and_the_editor_speak_through_translation(
    qtbot: QtBot, pseudo_window: MainWindow
) -> None:
    win = pseudo_window
    missed: dict[str, list[tuple[str, str]]] = {}
    keys = dict.fromkeys([*win.pages, *getattr(win, "_lazy", {})])
    for key in keys:
        win.show_page(key)
        qtbot.wait(30)
        if found := _missed(win):
            missed[key] = found
    win.show_page("incidents")
    win.actions_["new"].trigger()
    qtbot.wait(30)
    if found := _missed(win):
        missed["incident editor"] = found
    assert missed == {}


def test_every_dialog_speaks_through_translation(
    qtbot: QtBot, pseudo_window: MainWindow, db: Database, runner: TaskRunner
) -> None:
    win = pseudo_window
    dialogs: dict[str, Callable[[], QWidget]] = {
        "export": lambda: ExportDialog(db, ""),
        "import": lambda: ImportDialog(db, win, runner),
        "about": lambda: AboutDialog(db.path, win),
        "welcome": lambda: WelcomeDialog(FirstStart(0, 0, 0), db.path, win.actions_.by_name, win),
        "new place": lambda: NewPlaceDialog(db, "", win),
        "new source": lambda: NewSourceDialog(db, "", win),
        "recovery": lambda: RecoveryDialog(db.path, ERROR, win),
        "briefing": lambda: BriefingDialog(db, ""),
        "capture": lambda: CaptureWindow(db, runner, "", win.settings, win),
    }
    missed: dict[str, list[tuple[str, str]]] = {}
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=20_000)  # the capture's reading
        if found := _missed(dialog):
            missed[name] = found
        dialog.close()
        dialog.deleteLater()
    assert missed == {}


# --- the services' messages (domain/messages.py) ----------------------------------------

_SAMPLES: dict[str, object] = {"problem": msg("unclosed_quote"), "hint": msg("add_closing_quote")}


def _sample(code: str) -> Message:
    values = {
        name: _SAMPLES.get(name, 12 if name in ("length", "limit", "position", "id") else "x")
        for name in placeholders(TEXTS[code])
    }
    plural = "%Ln" in TEXTS[code] or "%n" in TEXTS[code]
    return msg(code, n=3 if plural else None, **values)  # type: ignore[arg-type]


def test_every_service_message_reads_through_translation(qtbot: QtBot, pseudo: QTranslator) -> None:
    """Each code of the table, with values, shows translated (the bracket of its text)."""
    untranslated = [
        code
        for code in TEXTS
        if code != VERBATIM and not messages.text(_sample(code)).startswith(OPEN)
    ]
    assert untranslated == []


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text, delay=KEY_MS)


def test_service_messages_on_screen_speak_through_translation(
    qtbot: QtBot, pseudo_window: MainWindow, db: Database
) -> None:
    """Typed mistakes bring the services' messages up where a person sees them: the search
    bar, the incident form's fields, the counts search; none may show untranslated."""
    win = pseudo_window
    missed: dict[str, list[tuple[str, str]]] = {}
    search = win.incidents.list.search
    _type(qtbot, search.edit, '"drone')
    qtbot.waitUntil(search.error.isVisible, timeout=5000)
    missed["search: unclosed quote"] = _missed(win)
    search.edit.clear()
    _type(qtbot, search.edit, "colour:red")
    qtbot.waitUntil(lambda: "colour" in search.error.text(), timeout=5000)
    missed["search: unknown field"] = _missed(win)
    search.edit.clear()
    _type(qtbot, search.edit, "injuries:lots")
    qtbot.waitUntil(lambda: "lots" in search.error.text(), timeout=5000)
    missed["search: a filter's help"] = _missed(win)
    search.edit.clear()
    qtbot.waitUntil(lambda: not search.error.isVisible(), timeout=5000)
    _type(qtbot, search.edit, "region:zz")
    QTest.keyClick(search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "zz" in search.note.text(), timeout=5000)
    assert search.note.text().startswith(OPEN)
    missed["search: no such place"] = _missed(win)
    search.edit.clear()
    QTest.keyClick(search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not search.note.isVisible(), timeout=5000)

    win.actions_["new"].trigger()
    form = win.incidents.editor.form
    _type(qtbot, form.start_at, "later")
    _type(qtbot, form.latitude, "95")
    _type(qtbot, form.longitude, "30")
    QTest.keyClick(form.latitude, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.errors["title"].isVisible(), timeout=5000)
    qtbot.wait(200)
    shown = " ".join(label.text() for label in form.errors.values() if label.isVisible())
    assert "later" in shown and OPEN in shown
    missed["incident form"] = _missed(win)
    win.incidents.editor.mark_clean()

    win.show_page("counts")
    qtbot.wait(50)
    counts = win.pages["counts"].findChild(CountSearchBox)
    assert counts is not None
    _type(qtbot, counts.edit, "category:fire")
    QTest.keyClick(counts.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(counts.error.isVisible, timeout=5000)
    missed["counts search"] = _missed(win)
    assert {k: v for k, v in missed.items() if v} == {}


def test_synonym_mistakes_speak_through_translation(
    qtbot: QtBot, pseudo: QTranslator, db: Database
) -> None:
    dialog = SynonymsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.words, "drone")
    QTest.keyClick(dialog.words, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert OPEN in dialog.error.text()
    assert _missed(dialog) == []


def test_export_results_and_failures_speak_through_translation(
    qtbot: QtBot, pseudo: QTranslator, db: Database, tmp_path: Path
) -> None:
    """What the export wrote, and why it could not (a folder that is not there), both read
    translated: the service's ExchangeError carries a message code."""
    from incident_logger.ui.tasks import shutdown_shared_runner

    dialog = ExportDialog(db, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        for folder in (tmp_path, tmp_path / "gone"):
            dialog.path_edit.setText(f"{folder}/")  # the folder as a file dialog leaves it
            dialog.path_edit.end(False)
            _type(qtbot, dialog.path_edit, "x.csv")
            before = dialog.status.text()
            QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda b=before: dialog.status.text() not in ("", b), timeout=10_000)
            assert dialog.status.text().startswith(OPEN), dialog.status.text()
            assert _missed(dialog) == []
    finally:
        shutdown_shared_runner()


def test_import_problems_speak_through_translation(
    qtbot: QtBot, pseudo: QTranslator, db: Database, tmp_path: Path
) -> None:
    """A row the validation refuses shows its field and problem translated in the preview's
    problem list and its row's problem cell (the import keeps the message codes)."""
    (tmp_path / "bad.csv").write_text(
        "title,start_at,place\n,2026-09-01 01:30,Россия\nFire,2026-09-01 01:30,Россия\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(f"{tmp_path}/")  # the folder as a file dialog leaves it
    dialog.path_edit.end(False)
    _type(qtbot, dialog.path_edit, "bad.csv")
    QTest.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert listed and all(OPEN in text for text in listed), listed
    assert "is required" in listed[0] and "Title" in listed[0]
    cell = dialog.table.item(0, 6).text()
    assert cell.startswith(OPEN) and "is required" in cell, cell
    assert _missed(dialog) == []


def test_import_cell_problems_and_result_speak_through_translation(
    qtbot: QtBot, pseudo: QTranslator, db: Database, tmp_path: Path
) -> None:
    """A CSV's cell problems (sources, damage, a place path, counts, a row's cells) are listed
    translated, and so is what importing its good rows did."""
    from tests.test_exchange_messages import CELLS

    (tmp_path / "c.csv").write_text(CELLS, encoding="utf-8")
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(f"{tmp_path}/")
    dialog.path_edit.end(False)
    _type(qtbot, dialog.path_edit, "c.csv")
    QTest.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(listed) == 8 and all(OPEN in text for text in listed), listed
    assert _missed(dialog) == []
    indicator = QPoint(8, dialog.partial.height() // 2)  # the round mark, as a person aims
    qtbot.mouseClick(dialog.partial, Qt.MouseButton.LeftButton, pos=indicator)
    qtbot.wait(100)
    assert dialog.partial.isChecked() and dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)
    assert dialog.report is not None and dialog.report.imported == 1
    shown = dialog.summary.text()
    assert shown.startswith(OPEN) and "row(s) refused" in shown, shown
    assert _missed(dialog) == []


def test_the_integrity_checks_findings_speak_through_translation(
    pseudo_window: MainWindow, pseudo: QTranslator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What Tools › Check database shows for findings other than damage: each translated."""
    from incident_logger.services.check import CheckReport
    from incident_logger.ui import main_menus, prompts

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_check_result", lambda _w, _ok, text, detail: shown.append((text, detail))
    )
    report = CheckReport(Path("x.sqlite3"))
    report.problems += [
        msg("check_dangling", n=3),
        msg("check_index_count", indexed=5, incidents=4),
    ]
    report.notes.append(msg("check_index_skipped"))
    main_menus._show_check(pseudo_window, report)
    text, detail = shown[0]
    assert text.count(OPEN) == 2 and all(OPEN in line for line in detail.splitlines()), shown
