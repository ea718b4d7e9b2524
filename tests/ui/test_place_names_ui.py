"""The incident table shows a region in the interface's language, the stored name in its tooltip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from incident_logger.services.context import raw_connection
from incident_logger.store.engine import Database
from incident_logger.ui import place_names
from incident_logger.ui.incidents.table_model import IncidentTableModel
from incident_logger.ui.tasks import TaskRunner
from tests.conftest import Night


@pytest.fixture
def names() -> Iterator[None]:
    yield
    place_names.clear()


def test_region_in_the_interface_language_with_the_stored_name_in_the_tooltip(
    qtbot: QtBot, names: None, db: Database, night: Night
) -> None:
    with db.write() as session:
        raw_connection(session).execute(
            "INSERT INTO place_alias(place_id, alias, alias_key, lang) VALUES (?,?,?,'uk')",
            (night.kaluga_region, "Калузька область", "калузька область"),
        )
    place_names.load(db, "uk")
    runner = TaskRunner()
    try:
        model = IncidentTableModel(db, runner)
        model.reload()
        qtbot.waitUntil(lambda: model.has_loaded and not model.loading)
        region = next(i for i, c in enumerate(model.columns) if c.key == "region")
        shown = {
            model.index(row, region).data(): model.index(row, region).data(
                Qt.ItemDataRole.ToolTipRole
            )
            for row in range(model.rowCount())
        }
        assert shown["Калузька область"] == "Калузька область — Калужская область"
        assert "Калужская область" not in shown
        assert place_names.shown("Обнинск") == "Обнинск"  # no Ukrainian name: as stored
    finally:
        runner.shutdown()
