"""Field names as the interface shows them (errors, the history, the conflict dialog) come from
the field registry's labels and speak the interface's language."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import Means, TimePrecision
from incident_logger.domain.fields import INCIDENT_FIELDS
from incident_logger.services.incidents import get_incident, update_incident
from incident_logger.store.engine import Database
from incident_logger.ui import i18n
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.messages import FIELD_NAMES, field_label, field_name
from tests.conftest import Night
from tests.ui.editor_support import window

__all__ = ["window"]


@pytest.fixture
def russian() -> object:
    i18n.install("ru")
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


def test_every_field_of_the_registry_has_its_label_in_english() -> None:
    lists = {"tags": "Tag", "sources": "Source"}  # errors name one item: "Source 2"
    for f in INCIDENT_FIELDS:
        assert field_name(f.name) == lists.get(f.name, f.label)


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_every_field_name_is_translated(qapp: object, language: str) -> None:
    i18n.install(language)
    try:
        shown = {name: field_name(name) for name in FIELD_NAMES}
        listed = field_name("sources[2].credibility")
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
    untranslated = [n for n, s in shown.items() if s == FIELD_NAMES[n] or not s.strip()]
    assert not untranslated, untranslated
    assert listed.endswith(shown["credibility"]) and "2" in listed


def test_a_name_without_a_word_is_spelt_out() -> None:
    assert field_label("deleted_at") == "Deleted at"
    assert field_label("time_precision") == "Time precision"


def test_the_history_names_fields_in_the_interface_language(
    qtbot: QtBot, window: MainWindow, night: Night, db: Database, russian: object
) -> None:
    before = get_incident(db, night.debris_incident)
    changed = replace(
        before.draft,
        narrative="Обломки упали у пруда.",
        time_precision=TimePrecision.DAY,
        means=Means.DRONE,
    )
    update_incident(db, before.id, changed)
    page = window.incidents
    page.open_incident(night.debris_incident)
    page.tabs.setCurrentWidget(page.history)
    qtbot.waitUntil(lambda: page.history.topLevelItemCount() >= 2)
    top = page.history.topLevelItem(0)
    rows = {top.child(i).text(0): top.child(i) for i in range(top.childCount())}
    labels = list(rows)
    assert {"Описание", "Точность времени", "Средство"} <= set(labels), labels
    assert not any("_" in label or label.isascii() for label in labels), labels
    # The form's order, and each value in the interface's words, as the form shows it.
    assert labels.index("Точность времени") < labels.index("Средство") < labels.index("Описание")
    assert rows["Средство"].text(2) == "беспилотник", rows["Средство"].text(2)
    assert rows["Точность времени"].text(2).casefold() == "в тот день", rows["Точность времени"].text(2)
    created = page.history.topLevelItem(1)
    made = {created.child(i).text(0): created.child(i).text(2) for i in range(created.childCount())}
    assert made["Начало"] == "12.09.2026 00:00" and made["Статус"].casefold() == "сообщено", made
    assert "Источники" in made and "Метки" in made  # the lists by their own names
