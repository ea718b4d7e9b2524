"""Export incidents (all, or those matching a search) as JSON, CSV, GeoJSON or ACLED CSV."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from incident_logger.domain.messages import msg
from incident_logger.services.exchange.acled import write_acled
from incident_logger.services.exchange.atomic import atomic_output
from incident_logger.services.exchange.csv_format import write_csv
from incident_logger.services.exchange.dataset import (
    all_incident_ids,
    iter_incidents,
    load_gazetteer,
)
from incident_logger.services.exchange.geojson import write_geojson
from incident_logger.services.exchange.json_format import write_json
from incident_logger.services.exchange.problems import ExchangeError
from incident_logger.services.search import matching_ids
from incident_logger.store.engine import Database

FORMATS = ("json", "csv", "geojson", "acled")
FORMAT_LABELS = {
    "json": "Incident Logger JSON (everything, for another copy of the app)",
    "csv": "Incident CSV (one row per incident, for spreadsheets)",
    "geojson": "GeoJSON (incidents with coordinates, for maps)",
    "acled": "ACLED event CSV (31 columns)",
}
SUFFIXES = {".json": "json", ".csv": "csv", ".geojson": "geojson"}


@dataclass(frozen=True, slots=True)
class ExportReport:
    path: Path
    format: str
    incidents: int  # rows or features written
    matched: int  # incidents selected (GeoJSON writes only those with coordinates)
    seconds: float

    def summary(self) -> str:
        what = f"{self.incidents:,} incidents"
        if self.format == "geojson" and self.incidents != self.matched:
            what += f" (of {self.matched:,}; the others have no coordinates)"
        return f"Exported {what} to {self.path} in {self.seconds:.1f} s."


def guess_format(path: Path) -> str | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def export_file(
    db: Database,
    path: Path,
    *,
    fmt: str | None = None,
    query: str = "",
    with_history: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> ExportReport:
    """Write the export to a temporary file beside ``path`` and rename it into place.

    Without a query, JSON holds everything (the trash and count reports too); the other
    formats hold the incidents a search with no words shows. Raises ``QuerySyntaxError``
    for a bad query and ``ExchangeError`` when the file cannot be written.
    """
    started = time.perf_counter()
    path = Path(path)
    fmt = fmt or guess_format(path)
    if fmt not in FORMATS:
        raise ExchangeError(msg("format_from_name", name=path.name, formats=", ".join(FORMATS)))
    full_json = fmt == "json" and not query.strip()
    ids = None if full_json else matching_ids(db, query)

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, f"{done:,} of {total:,} incidents written")

    with db.read_sql() as conn:  # one snapshot for the whole file, on either engine
        gaz = load_gazetteer(conn)
        if ids is None:
            ids = all_incident_ids(conn)
        encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
        with atomic_output(
            path, newline="" if fmt in ("csv", "acled") else None, encoding=encoding
        ) as out:
            if fmt == "json":
                written = write_json(
                    out,
                    conn,
                    gaz,
                    sorted(ids),
                    query=query.strip() or None,
                    with_history=with_history,
                    progress=report,
                )
            else:
                writer = {"csv": write_csv, "geojson": write_geojson, "acled": write_acled}[fmt]
                written = writer(out, iter_incidents(conn, ids), gaz)
    return ExportReport(path, fmt, written, len(ids), time.perf_counter() - started)
