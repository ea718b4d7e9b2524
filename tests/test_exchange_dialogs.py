"""The export dialog: the current search, a format, a file that appears only when complete."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from incident_logger.store.engine import Database
from incident_logger.ui.dialogs.export_dialog import ExportDialog
from incident_logger.ui.tasks import shutdown_shared_runner
from tests.conftest import Night


def test_export_the_current_search(
    qtbot: QtBot, db: Database, night: Night, tmp_path: Path
) -> None:
    dialog = ExportDialog(db, "калуга")
    qtbot.addWidget(dialog)
    try:
        assert dialog.what.text() == "Export 1 incident matching “калуга”."
        assert dialog.path_edit.text().endswith(".csv") and not dialog.history.isEnabled()
        dialog.format_buttons["json"].setChecked(True)
        assert dialog.path_edit.text().endswith(".json") and dialog.history.isEnabled()
        target = tmp_path / "kaluga.json"
        dialog.path_edit.setText(str(target))
        dialog.history.setChecked(True)
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
        doc = json.loads(target.read_text(encoding="utf-8"))
        assert len(doc["incidents"]) == 1 and doc["history"]
        assert "Exported 1 incident to" in dialog.status.text()
        dialog.path_edit.setText(str(tmp_path / "missing" / "x.json"))
        dialog.export_button.click()
        qtbot.waitUntil(lambda: "does not exist" in dialog.status.text(), timeout=10_000)
        dialog.format_buttons["acled"].setChecked(True)
        assert dialog.path_edit.text().endswith("x-acled.csv")
    finally:
        shutdown_shared_runner()


def test_a_bad_search_is_explained(qtbot: QtBot, db: Database) -> None:
    dialog = ExportDialog(db, '"unclosed')
    qtbot.addWidget(dialog)
    assert "cannot be read" in dialog.what.text() and not dialog.export_button.isEnabled()
