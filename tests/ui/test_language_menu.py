"""View › Language: the choice is remembered and announced; the next start speaks it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from incident_logger.ui import i18n
from incident_logger.ui.main_window import MainWindow
from tests.ui.editor_support import window

__all__ = ["window"]


@pytest.fixture
def restore_language() -> Iterator[None]:
    before = QLocale()
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)
    QLocale.setDefault(before)


def test_choosing_a_language_is_remembered_and_announced(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []

    def information(_parent: QWidget, _title: str, text: str) -> int:
        said.append(text)
        return 0

    monkeypatch.setattr(QMessageBox, "information", information)
    menu = window.actions_.language_menu
    assert menu is not None
    actions = menu.actions  # type: ignore[attr-defined]
    assert actions[""].isChecked()  # follows the system until a choice is made
    assert "(English)" in actions[""].text()
    actions["uk"].trigger()
    assert i18n.chosen_setting(window.settings) == "uk"
    assert actions["uk"].isChecked() and not actions[""].isChecked()
    assert said == ["Incident Logger will speak Українська when you start it again."]
    actions[""].trigger()
    assert i18n.chosen_setting(window.settings) == ""
    assert len(said) == 2  # back to the system's English: the next start changes again


def test_installing_a_language_sets_dates_and_numbers(restore_language: None) -> None:
    i18n.install("ru")
    assert i18n.installed_language() == "ru"
    assert QLocale().toString(12345) == "12\u00a0345"
    assert QLocale().toString(QDate(2025, 6, 15), "d MMMM yyyy") == "15 июня 2025"
    i18n.install("uk")
    assert QLocale().toString(QDate(2025, 6, 15), "d MMMM yyyy") == "15 червня 2025"
    i18n.install("en")
    assert QLocale().toString(12345) == "12,345"
