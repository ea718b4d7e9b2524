"""A "30+" count survives export to JSON and import into another database."""

from pathlib import Path

from incident_logger.domain.models import CountLine, CountReportDraft
from incident_logger.services.counts import create_count_report, list_count_reports
from incident_logger.services.exchange.exporter import export_file
from incident_logger.services.exchange.importer import import_file
from incident_logger.store.engine import Database, open_database
from tests.capture.conftest import Gazetteer


def test_approximate_counts_survive_json_export_and_import(
    db: Database, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    create_count_report(
        db,
        CountReportDraft(
            source_id=gazetteer.ministry,
            issued_at="2026-09-24 07:30",
            period_start="2026-09-23 20:00",
            period_end="2026-09-24 07:00",
            stated_total=30,
            total_approximate=True,
            lines=(
                CountLine(gazetteer.bryansk_region, 12, approximate=True),
                CountLine(gazetteer.smolensk_region, 5),
            ),
        ),
    )
    out = tmp_path / "all.json"
    export_file(db, out)
    other = open_database(tmp_path / "other.sqlite3")
    try:
        import_file(other, out)
        (summary,) = list_count_reports(other)
        draft = summary.report.draft
        assert draft.stated_total == 30 and draft.total_approximate
        assert [(ln.count, ln.approximate) for ln in draft.lines] == [(12, True), (5, False)]
    finally:
        other.close()
