"""A record page whose editor shows, under the form, the incidents of the open record: the
incidents citing a source, the incidents in a place."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from incident_logger.services.citations import IncidentList
from incident_logger.store.engine import Database
from incident_logger.ui.pages.incidents_panel import IncidentsPanel
from incident_logger.ui.pages.record_page import RecordForm, RecordPage
from incident_logger.ui.tasks import TaskRunner


class EditorForm(RecordForm, Protocol):
    edited: SignalInstance

    def fields(self) -> list[QWidget]: ...

    def load(self, draft: Any) -> None: ...


class RecordWithIncidentsPage(RecordPage):
    """Subclasses set ``edits`` and ``incidents_of`` (a ``services.citations`` query), give the
    list its model in ``__init__``, then call ``finish()`` with their form and panel."""

    form: EditorForm
    incidents: IncidentsPanel
    incidents_of: Callable[[Database, int], IncidentList]

    def finish(self, form: Any, title: str, hint: str) -> None:
        """Put ``form`` (an ``EditorForm`` widget) and the incidents panel (``title``; ``hint``
        while no record is open) under the heading, and read the list."""
        self.form, self.incidents = form, IncidentsPanel(title, hint)
        self.incidents.open_incident.connect(self.open_incident)
        self.add_editor(form, form.fields(), form.edited)
        self.editor_layout.addWidget(self.incidents, 1)
        self.refresh()

    def set_runner(self, runner: TaskRunner) -> None:
        super().set_runner(runner)
        self.incidents.set_runner(runner)

    def show_record(self, record_id: int | None) -> None:
        if record_id is None:
            self.heading.setText(self.new_heading())
            self.form.load(self.blank_draft())
            self.incidents.load(None)
            return
        record = self.edits.get(self._db, record_id)
        self.loaded_version = record.version
        self.heading.setText(self.heading_of(record))
        self.form.load(record.draft)
        self.incidents.load(partial(self.incidents_of, self._db, record_id))

    def stop_background(self) -> None:
        self.incidents.cancel()

    # --- hooks ---------------------------------------------------------------------

    def new_heading(self) -> str:
        raise NotImplementedError

    def blank_draft(self) -> Any:
        """What a new record's form starts with."""
        raise NotImplementedError

    def heading_of(self, record: Any) -> str:
        raise NotImplementedError
