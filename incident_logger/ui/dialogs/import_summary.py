"""What an import did, in the interface's language (``ImportReport.summary()`` is the CLI's)."""

from __future__ import annotations

from incident_logger.services.exchange.problems import ImportReport
from incident_logger.ui.i18n import number, tr


def new_records(r: ImportReport) -> list[str]:
    """E.g. ["3 new places", "1 new source"] (empty when nothing new is created)."""
    parts = []
    if r.new_places:
        parts.append(tr("%Ln new place(s)", "", r.new_places))
    if r.new_sources:
        parts.append(tr("%Ln new source(s)", "", r.new_sources))
    if r.new_categories:
        parts.append(tr("%Ln new category(ies)", "", r.new_categories))
    return parts


def result(r: ImportReport) -> str:
    """One paragraph: what was imported, and what was not."""
    name = r.path.name
    if not r.written and not r.dry_run and r.problems and not r.partial:
        if not r.rows:
            return tr(
                "Nothing was imported: {name} could not be read (%Ln problem(s) listed).",
                "",
                len(r.problems),
            ).format(name=name)
        return tr(
            "Nothing was imported: {name} has %Ln problem(s). Fix them, or import the good "
            "rows only.",
            "",
            len(r.problems),
        ).format(name=name)
    parts = [
        tr("{name}: imported {imported} of %Ln incident(s)", "", r.rows).format(
            name=name, imported=number(r.imported)
        )
    ]
    if r.count_reports:
        parts.append(tr("%Ln count report(s)", "", r.count_reports))
    parts += new_records(r)
    if r.refused:
        parts.append(tr("%Ln row(s) refused (see the problems)", "", r.refused))
    repeated = sum(1 for d in r.duplicates if d.in_file)
    if repeated:
        parts.append(tr("%Ln row(s) repeating an earlier line, skipped", "", repeated))
    if len(r.duplicates) > repeated:
        reports = sum(1 for d in r.duplicates if d.field == "count report")
        incidents = len(r.duplicates) - reports - repeated
        if incidents:
            parts.append(tr("%Ln incident(s) already in the database, skipped", "", incidents))
        if reports:
            parts.append(tr("%Ln count report(s) already in the database, skipped", "", reports))
    return "; ".join(parts) + "."
