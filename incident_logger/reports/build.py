"""Builds a briefing PDF from a :class:`Briefing` and writes it atomically."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from incident_logger.reports import fonts
from incident_logger.reports import formatting as fmt
from incident_logger.reports.activity import activity_section
from incident_logger.reports.annex import sources_annex
from incident_logger.reports.chronology import chronology_section
from incident_logger.reports.counts import count_groups
from incident_logger.reports.document import (
    BriefingDocument,
    CancelCheck,
    Deferred,
    PageDecor,
    ProgressCallback,
    TotalPagesCanvas,
)
from incident_logger.reports.figures import key_figures
from incident_logger.reports.fingerprint import fingerprint, short
from incident_logger.reports.fonts import register_fonts
from incident_logger.reports.i18n import _, n_, use
from incident_logger.reports.incidents import incidents_section
from incident_logger.reports.kit import Kit
from incident_logger.reports.model import COMPACT_FROM, Briefing
from incident_logger.reports.overview import overview
from incident_logger.reports.regional import regional_section
from incident_logger.reports.statements import inline, statements_annex
from incident_logger.reports.styles import make_styles
from incident_logger.reports.summary import key_figures as key_figures_section
from incident_logger.reports.summary import summary_section, title_block
from incident_logger.reports.text import markup, one_face

# reportlab keeps process-wide state (font registry, caches): one build at a time.
_build_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class BriefingResult:
    path: Path
    pages: int
    fingerprint: str  # full sha256 hex; the PDF prints the first 12 characters


def build_briefing(
    briefing: Briefing,
    path: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> BriefingResult:
    """Write the briefing to ``path``; the file appears whole or not at all.

    ``progress(done, total)`` is called as sections and incidents are laid out;
    ``cancelled()`` is checked between flowables and, when true, the build stops with
    :class:`BriefingCancelled`. Raises OSError when the folder is missing or not writable.
    """
    target = Path(path)
    with _build_lock, use(briefing.language):
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or "."
        )
        os.close(fd)
        try:
            pages, digest = _build(briefing, temp_name, progress, cancelled)
            os.chmod(temp_name, 0o644)
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    return BriefingResult(target, pages, digest)


def _build(
    briefing: Briefing,
    filename: str,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> tuple[int, str]:
    font_set = register_fonts()
    incidents = sorted(briefing.incidents, key=lambda i: (i.start_at, i.ref))
    digest = fingerprint(briefing)
    records = ", ".join(
        [
            fmt.incidents(len(incidents)),
            n_("{n} count statement", "{n} count statements", len(briefing.statements)),
            n_("{n} source", "{n} sources", len(briefing.sources)),
        ]
    )
    # Each string in the one font that draws all of it; else laid out with fallbacks ("").
    marking_face, marking = one_face(briefing.marking, font_set, fonts.BOLD) or (
        "",
        markup(briefing.marking.replace("\n", " "), font_set),
    )
    title_face, running_title = one_face(briefing.title, font_set, fonts.REGULAR) or (
        "",
        markup(briefing.title.replace("\n", " ")[:70], font_set),
    )
    decor = PageDecor(
        marking=marking,
        running_title=running_title,
        marking_face=marking_face,
        title_face=title_face,
        period=fmt.period(briefing.period_start, briefing.period_end),
        footer=_("{records} · fingerprint {fingerprint}").format(
            records=records, fingerprint=short(digest)
        ),
        # The total is drawn after this text, once the last page is known.
        page_label=_("Page {page} of "),
    )
    sections = briefing.sections
    all_groups = count_groups(briefing.statements)
    groups = all_groups if sections.regional_counts else ()
    annexed = any(not inline(g) for g in groups)
    figures = key_figures(incidents)
    compact = sections.incidents and len(incidents) > COMPACT_FROM
    full = sections.incidents and (sections.details or not compact)
    units = (
        2
        + len(incidents) * (int(compact) + int(full))
        + int(sections.regional_counts)
        + int(sections.charts)
        + int(annexed)
        + int(sections.sources_annex)
    )
    doc = BriefingDocument(
        filename,
        decor,
        paper=briefing.paper,
        total_units=units,
        progress=progress,
        cancelled=cancelled,
        title=briefing.title,
        author=briefing.author,
        subject=briefing.scope,
    )
    kit = Kit(font_set, make_styles(), doc.width)

    def later(make: Callable[[], list[Flowable]]) -> Deferred:
        return Deferred(make)

    story: list[Flowable] = [
        later(lambda: title_block(kit, briefing, fingerprint=digest, records=records))
    ]
    story.append(
        later(lambda: summary_section(kit, overview(incidents, figures, all_groups, decor.period)))
    )
    story.append(later(lambda: key_figures_section(kit, figures) if sections.key_figures else []))
    if sections.regional_counts:
        story.append(later(lambda: regional_section(kit, groups)))
    if sections.charts:
        story.append(later(lambda: activity_section(kit, briefing, incidents)))
    if compact:
        story.append(PageBreak())
        story += chronology_section(kit, incidents, details=sections.details, advance=doc.advance)
    elif full:
        story.append(PageBreak())
        story += incidents_section(kit, incidents)
    if annexed:
        story += [PageBreak(), later(lambda: statements_annex(kit, groups))]
    if compact and full:
        story.append(PageBreak())
        story += incidents_section(kit, incidents, title=_("Annex: incidents in detail"))
    if sections.sources_annex:
        story.append(PageBreak())
        story.append(
            later(lambda: sources_annex(kit, briefing.sources, incidents, briefing.statements))
        )
    canvases: list[TotalPagesCanvas] = []

    def canvasmaker(*args: object, **kwargs: object) -> TotalPagesCanvas:
        canvas = TotalPagesCanvas(*args, **kwargs)
        canvases.append(canvas)
        return canvas

    doc.build(story, canvasmaker=canvasmaker)
    if progress is not None:
        progress(units, units)
    return canvases[-1].pages, digest
