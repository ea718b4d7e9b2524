"""The incident table model: keyset pages, sorting by re-query, row read-back, model tester."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incident_logger.domain.models import IncidentDraft
from incident_logger.services.incidents import create_incident
from incident_logger.store.engine import Database
from incident_logger.ui.incidents import table_model
from incident_logger.ui.incidents.table_model import ID_ROLE, IncidentTableModel
from incident_logger.ui.tasks import TaskRunner
from tests.conftest import Night


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def _many(db: Database, n: int) -> None:
    for i in range(n):
        create_incident(
            db,
            IncidentDraft(
                title=f"Incident {i:03d}", start_at=f"2026-01-01 {i // 60 % 24:02d}:{i % 60:02d}"
            ),
        )


def _load(qtbot: QtBot, model: IncidentTableModel, query: str = "") -> None:
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.set_query(query)


def test_model_passes_qtmodeltester(
    qtbot: QtBot, qtmodeltester: ModelTester, night: Night, db: Database, runner: TaskRunner
) -> None:
    model = IncidentTableModel(db, runner)
    _load(qtbot, model)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    titles = {model.index(r, 2).data() for r in range(2)}
    assert "Pump station set on fire by an earlier attack" in titles


def test_pages_fetch_more_and_sort(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _many(db, 450)
    model = IncidentTableModel(db, runner)
    _load(qtbot, model)
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    while model.more_available():
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 450
    ids = model.loaded_ids()
    assert len(set(ids)) == 450
    # newest first by default; sorting by reference ascending re-queries
    with qtbot.waitSignal(model.loaded):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "INC-000001"
    qtbot.waitUntil(lambda: model.matching == 450)


def test_evicted_rows_are_read_back_by_id(
    qtbot: QtBot, db: Database, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_model, "CACHE_ROWS", 50)
    _many(db, 260)
    model = IncidentTableModel(db, runner)
    _load(qtbot, model)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 260)
    first = model.index(0, 2).data()
    assert first and first.startswith("Incident")
    assert model.index(0, 0).data(ID_ROLE) == model.id_at(0)


def test_malformed_query_reports_error(qtbot: QtBot, db: Database, runner: TaskRunner) -> None:
    model = IncidentTableModel(db, runner)
    with qtbot.waitSignal(model.query_failed) as blocker:
        model.set_query('title "unclosed')
    assert getattr(blocker.args[0], "position", None) == 6
