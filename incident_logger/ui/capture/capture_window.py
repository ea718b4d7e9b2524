"""New from statement: the statement beside the drafts it proposes; nothing saved until accepted."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.errors import ValidationError
from incident_logger.domain.models import CountReportDraft, IncidentDraft, SourceLink
from incident_logger.domain.timefmt import parse_when
from incident_logger.services.capture import CaptureResult, Span, TimeRules
from incident_logger.services.capture.reading import read_statement
from incident_logger.services.capture.save import (
    Saved,
    incident_draft,
    report_draft,
    save_drafts,
)
from incident_logger.services.places import list_places
from incident_logger.services.sources import list_sources
from incident_logger.store.engine import Database
from incident_logger.ui import dates, theme
from incident_logger.ui.capture.panels import UNSURE_STYLE, DraftPanel, IncidentPanel, ReportPanel
from incident_logger.ui.capture.source_box import SourceBox
from incident_logger.ui.capture.statement_view import StatementView
from incident_logger.ui.counts.place_index import PlaceIndex
from incident_logger.ui.i18n import tr
from incident_logger.ui.messages import error_text, text
from incident_logger.ui.tasks import TaskRunner

ZONES = ("Europe/Moscow", "Europe/Kyiv", "UTC")
KEY_NIGHT = "capture/night"
KEY_SOURCE = "capture/last_source"


class CaptureWindow(QWidget):
    """One statement, read in the background, shown beside editable drafts."""

    saved = Signal(object)  # Saved

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        text: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("New from statement"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db, self._runner, self._settings = db, runner, settings
        self._text = text
        self._result: CaptureResult | None = None
        self._zone_chosen = False
        self.panels: list[DraftPanel] = []
        self._build()
        self.statement.set_statement(text)
        self.issued.setText(dates.when(datetime.now().strftime("%Y-%m-%dT%H:%M")))
        self.night.setText(str(settings.value(KEY_NIGHT, "20:00-07:00")))
        self.source.reload(list_sources(db), self._remembered_source())
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self.resize(1280, 820)
        self.read()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.source = SourceBox(self._db, self)
        self.source.chosen.connect(self._source_chosen)
        self.issued = QLineEdit(self)
        self.issued.setAccessibleName(tr("Issued at"))
        self.issued.setToolTip(tr("When the statement was published, in its time zone"))
        self.issued.setMaximumWidth(150)
        self.zone = QComboBox(self)
        self.zone.setAccessibleName(tr("Time zone"))
        self.zone.addItems(ZONES)
        self.zone.activated.connect(self._zone_picked)
        self.night = QLineEdit(self)
        self.night.setAccessibleName(tr("What overnight means"))
        self.night.setMaximumWidth(110)
        self.night.setToolTip(tr("Overnight: from the first time the evening before to the second"))
        self.rule = QLabel(self)
        self.rule.setObjectName("muted")
        self.reread = QPushButton(tr("&Read again"), self)
        self.reread.setToolTip(tr("Read the statement again with these settings"))
        self.reread.clicked.connect(self.read)
        for edit in (self.issued, self.night):
            edit.returnPressed.connect(self.read)

        top = QHBoxLayout()
        for label, widget, stretch in (
            (tr("&Source:"), self.source, 3),
            (tr("&Issued:"), self.issued, 0),
            (tr("&Zone:"), self.zone, 0),
            (tr("&Overnight:"), self.night, 0),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget, stretch)
        top.addWidget(self.reread)

        self.statement = StatementView(self)
        self.drafts = QWidget(self)
        self.drafts_layout = QVBoxLayout(self.drafts)
        self.drafts_layout.setContentsMargins(0, 0, 8, 0)
        self.drafts_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.drafts)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.draft_scroll = scroll
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.statement)
        splitter.addWidget(scroll)
        splitter.setSizes([480, 800])
        splitter.setChildrenCollapsible(False)

        self.status = QLabel(tr("Reading the statement…"), self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(tr("Save all"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(tr("Save every ticked draft together (Ctrl+S or Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_all)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+S / Ctrl+Enter save all, Esc closes: keys no field uses rise to the window."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_S, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_all()
            return
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            QTimer.singleShot(0, self.close)
            return
        super().keyPressEvent(event)

    # --- reading ----------------------------------------------------------------------

    def _rules(self) -> TimeRules | None:
        try:
            return TimeRules.with_night(self.night.text())
        except ValueError as exc:
            self.status.setText(self.tr("Overnight: {0}").format(error_text(exc)))
            return None

    def read(self) -> None:
        """Read (again) in the background: the dictionaries load there the first time."""
        rules = self._rules()
        try:
            issued = parse_when(dates.typed(self.issued.text()))
        except ValueError as exc:
            self.status.setText(self.tr("Issued: {0}").format(error_text(exc)))
            return
        if rules is None:
            return
        self._settings.setValue(KEY_NIGHT, rules.night_text)
        self.rule.setText(
            self.tr("Rule: {0}. Change it under Overnight.").format(text(rules.night_rule()))
        )
        zone = self.zone.currentText() if self._zone_chosen else None
        self.status.setText(self.tr("Reading the statement…"))
        self.save_button.setEnabled(False)
        self._runner.submit(
            read_statement,
            self._db,
            self._text,
            issued,
            rules,
            zone,
            on_done=self._show,
            on_error=self._failed,
            description="read statement",
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The statement could not be read: {0}").format(exc))

    def _show(self, result: CaptureResult) -> None:
        self._result = result
        if not self._zone_chosen:
            self.zone.setCurrentText(result.time_zone)
        if result.source.value is not None:
            self.source.choose(result.source.value)
        for panel in self.panels:
            panel.deleteLater()
        self.panels = []
        places = PlaceIndex(list_places(self._db))
        sources = list_sources(self._db)
        source_id = self.source.source_id() or 0
        for n, proposal in enumerate(result.reports, 1):
            panel = ReportPanel(
                n,
                proposal,
                report_draft(proposal, source_id, result.issued_at, result.text),
                self.drafts,
            )
            panel.editor.set_choices(sources, places)
            panel.load()
            self._add(panel)
        for n, iproposal in enumerate(result.incidents, 1):
            ipanel = IncidentPanel(
                n,
                self._db,
                iproposal,
                incident_draft(iproposal, source_id, result.text),
                self.drafts,
            )
            ipanel.load()
            self._add(ipanel)
        self._apply_source()
        spans = [s for panel in self.panels for s in panel.spans.values()]
        self.statement.show_spans(spans)
        self._update_status()
        self.save_button.setEnabled(bool(self.panels))
        self._first_focus()
        QTimer.singleShot(0, self._first_focus)  # again once the new editors have settled

    def _update_status(self) -> None:
        result = self._result
        if result is None:
            return
        unsure = sum(len(p.unsure) for p in self.panels)
        found = self.tr("Proposed: {0} and {1}.").format(
            self.tr("%Ln count report(s)", "", len(result.reports)),
            self.tr("%Ln incident(s)", "", len(result.incidents)),
        )
        if not self.panels:
            found = self.tr("Nothing to record was found in this statement.")
        if unsure:
            found += " " + self.tr(
                "{0} value(s) read but not trusted are marked in amber: fill them by hand."
            ).format(unsure)
        missing = [note for note in self._missing()]
        if missing:
            found += " " + self.tr("Still to give: {0}.").format("; ".join(missing))
        self.status.setText(found)

    def _add(self, panel: DraftPanel) -> None:
        colour = theme.tones().warning.name()
        for widget in panel.unsure:
            widget.setStyleSheet(UNSURE_STYLE.format(colour=colour))
            widget.setToolTip(
                self.tr("Read but not trusted: check the marked words and fill this in")
            )
        self.drafts_layout.insertWidget(self.drafts_layout.count() - 1, panel)
        self.panels.append(panel)

    def _missing(self) -> list[str]:
        out = []
        if self.source.source_id() is None:
            out.append(self.tr("the source"))
        for n, panel in enumerate(p for p in self.panels if isinstance(p, IncidentPanel)):
            if not panel.editor.form.start_at.text().strip():
                out.append(self.tr("the time of incident {0}").format(n + 1))
        return out

    def _first_focus(self) -> None:
        """The cursor goes where the user must type first: the source, then an empty time."""
        if self.source.source_id() is None:
            self.source.setFocus()
            return
        for panel in self.panels:
            if isinstance(panel, IncidentPanel) and not panel.editor.form.start_at.text().strip():
                self.draft_scroll.ensureWidgetVisible(panel.editor.form.start_at)
                panel.editor.form.start_at.setFocus()
                return
        self.save_button.setFocus()

    # --- source -----------------------------------------------------------------------

    def _remembered_source(self) -> int | None:
        value = self._settings.value(KEY_SOURCE)
        try:
            return int(str(value)) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def _source_chosen(self, _source_id: int) -> None:
        self._apply_source()
        if self._result is not None:
            self._update_status()
            self._first_focus()

    def _apply_source(self) -> None:
        source_id = self.source.source_id()
        if source_id is None:
            return
        sources = list_sources(self._db)
        for panel in self.panels:
            if isinstance(panel, ReportPanel):
                if panel.editor.source.findData(source_id) < 0:
                    panel.editor.set_choices(sources, PlaceIndex(list_places(self._db)))
                panel.editor.source.setCurrentIndex(panel.editor.source.findData(source_id))
            elif isinstance(panel, IncidentPanel):
                links = panel.editor.form.sources.model
                links.set_links((SourceLink(source_id, 6, note=self._text),))

    def _zone_picked(self) -> None:
        self._zone_chosen = True
        self.read()

    # --- field <-> span ---------------------------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isAncestorOf(new):
            return
        for panel in self.panels:
            if panel.isAncestorOf(new):
                self.statement.focus_span(panel.span_of(new))
                return

    def span_for(self, widget: QWidget) -> Span | None:
        for panel in self.panels:
            if panel.isAncestorOf(widget):
                return panel.span_of(widget)
        return None

    # --- saving -----------------------------------------------------------------------

    def save_all(self) -> None:
        """Every ticked draft in one transaction; on any problem nothing is saved."""
        if self._result is None or not self.save_button.isEnabled():
            return
        source_id = self.source.source_id()
        if source_id is None:
            self.status.setText(self.tr("Choose who published the statement first."))
            self.source.setFocus()
            return
        self._apply_source()
        reports: list[CountReportDraft] = []
        incidents: list[IncidentDraft] = []
        first_bad: DraftPanel | None = None
        for panel in self.panels:
            if not panel.isChecked():
                continue
            if isinstance(panel, ReportPanel):
                draft = panel.collect()
                if draft is None:
                    first_bad = first_bad or panel
                else:
                    reports.append(replace(draft, note=self._text))
            elif isinstance(panel, IncidentPanel):
                idraft, errors = panel.collect()
                if errors:
                    first_bad = first_bad or panel
                incidents.append(idraft)
        if first_bad is not None:
            self.draft_scroll.ensureWidgetVisible(first_bad)
            self.status.setText(self.tr("Nothing saved: fix the fields marked in red first."))
            return
        if not reports and not incidents:
            self.status.setText(self.tr("Nothing is ticked, so there is nothing to save."))
            return
        try:
            saved = save_drafts(self._db, reports, incidents)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Nothing saved"), error_text(exc))
            return
        self._settings.setValue(KEY_SOURCE, source_id)
        self.saved.emit(saved)
        self._result = None
        # closed once the key that saved is handled: the window deletes itself on close
        QTimer.singleShot(0, self.close)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._result is not None:
            QTimer.singleShot(0, self._first_focus)

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._focus_changed)
        super().closeEvent(event)
        owner = self.parentWidget()
        if owner is not None:  # back to the main window, ready for the next paste
            owner.activateWindow()


__all__ = ["CaptureWindow", "Saved"]
