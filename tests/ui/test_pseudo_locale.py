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
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from incident_logger.services.welcome import FirstStart
from incident_logger.store.engine import Database
from incident_logger.ui.briefing.dialog import BriefingDialog
from incident_logger.ui.capture.capture_window import CaptureWindow
from incident_logger.ui.dialogs.about_dialog import AboutDialog
from incident_logger.ui.dialogs.export_dialog import ExportDialog
from incident_logger.ui.dialogs.import_dialog import ImportDialog
from incident_logger.ui.dialogs.new_place_dialog import NewPlaceDialog
from incident_logger.ui.dialogs.new_source_dialog import NewSourceDialog
from incident_logger.ui.dialogs.recovery_dialog import RecoveryDialog
from incident_logger.ui.dialogs.welcome_dialog import WelcomeDialog
from incident_logger.ui.i18n import LANGUAGES
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.settings import open_settings
from incident_logger.ui.tasks import TaskRunner
from tests.ui.pseudo_locale import install_pseudo, shown_texts, translated

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
    win = MainWindow(db, open_settings(tmp_path / "settings.ini"), None, runner)
    win.resize(1400, 900)
    win.show()
    win.start()
    model = win.incidents.list.model
    qtbot.waitUntil(lambda: model.has_loaded and not model.loading and win.total is not None)
    yield win
    win.incidents.editor.mark_clean()
    win.close()
    win.deleteLater()


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
