"""The table's columns of registry fields: a value read by the field's name, shown by its kind."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from incident_logger.domain.enums import GeoPrecision, Means, Status
from incident_logger.domain.fields import IncidentField, Kind, field
from incident_logger.domain.models import IncidentDraft
from incident_logger.services.incidents import create_incident
from incident_logger.services.search import IncidentSummary, summaries_of
from incident_logger.store.engine import Database
from incident_logger.ui.incidents import columns
from incident_logger.ui.incidents.columns import incident_columns


def _rows(db: Database) -> tuple[IncidentSummary, IncidentSummary]:
    stated = IncidentDraft(
        "Stated", "2026-09-12T01:00", end_at="2026-09-12T03:30", latitude=54.5,
        longitude=36.25, geo_precision=GeoPrecision.EXACT, injuries=1200, fatalities=0,
        status=Status.CONFIRMED, means=Means.DRONE, external_id="EV-1",
    )  # fmt: skip
    bare = IncidentDraft("Bare", "2026-09-13T01:00")
    ids = [create_incident(db, d).id for d in (stated, bare)]
    first, second = summaries_of(db, ids)
    return first, second


def test_a_field_shows_as_its_kind_reads(qtbot: QtBot, db: Database) -> None:
    stated, bare = _rows(db)

    def text(name: str, row: IncidentSummary) -> str:
        return columns._kind_text(field(name))(row)

    assert (text("injuries", stated), text("injuries", bare)) == ("1,200", "—")
    assert (text("latitude", stated), text("latitude", bare)) == ("54.5", "—")
    assert (text("end_at", stated), text("end_at", bare)) == ("2026-09-12 03:30", "")
    assert (text("means", stated), text("means", bare)) == ("Drone", "")
    assert (text("geo_precision", stated), text("status", stated)) == ("Exact spot", "Confirmed")
    assert (text("external_id", stated), text("external_id", bare)) == ("EV-1", "")


def test_a_field_column_needs_only_a_title_and_a_width(qtbot: QtBot, db: Database) -> None:
    stated, bare = _rows(db)
    entry = replace(field("latitude"), sort="latitude")  # as a new sortable field would be
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(columns, "field", lambda name: entry)
        column = columns._field_column("latitude", "Latitude", 70)
    assert (column.key, column.field, column.numeric) == ("latitude", "latitude", True)
    assert (column.text(stated), column.unstated(stated), column.unstated(bare)) == (
        "54.5",
        False,
        True,
    )
    with pytest.raises(ValueError, match="needs a text function"):
        columns._kind_text(IncidentField("labels", "Labels", Kind.TAGS))


def test_the_field_columns_show_what_they_showed(qtbot: QtBot, db: Database) -> None:
    stated, bare = _rows(db)
    shown = {c.key: (c.text(stated), c.text(bare)) for c in incident_columns()}
    assert shown["title"] == ("Stated", "Bare")
    assert shown["means"] == ("Drone", "")
    assert shown["status"] == ("Confirmed", "Reported")
    assert shown["injuries"] == ("1,200", "—")
    assert shown["fatalities"] == ("0", "—")
    muted = {c.key for c in incident_columns() if c.unstated(bare)}
    assert muted == {"injuries", "fatalities"}
