"""The briefing dialog's fields: laid out in four titled forms, filled in, and read back."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incident_logger.services.briefing import (
    MAX_LABELS,
    BriefingRequest,
    default_marking,
    default_title,
)
from incident_logger.ui.briefing.options import LanguageChoice, PaperChoice, SectionChoice
from incident_logger.ui.briefing.output import OutputPicker, documents_folder, free_name
from incident_logger.ui.briefing.period import lift_period
from incident_logger.ui.briefing.period_edit import PeriodEdit
from incident_logger.ui.briefing.status import StatusStrip
from incident_logger.ui.icons import icon
from incident_logger.ui.settings import read_str
from incident_logger.ui.widgets.field_error import FieldErrorLabel, with_error

_KEY = "briefing/"


class BriefingForm(QDialog):
    """Title page, incidents, contents and file fields, the status strip and the buttons.

    The fields are filled from the search and the remembered choices, and read back as a
    request; checking them and making the briefing is the briefing dialog's business.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New briefing"))
        self.setWindowIcon(icon("briefing"))
        self._build_widgets()
        self._build_layout()

    # --- widgets --------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_widgets(self) -> None:
        self.title_edit = self._line(self.tr("Briefing title"))
        self.marking_edit = self._line(
            self.tr("Marking"), self.tr("Printed on every page, e.g. For internal use")
        )
        self.author_edit = self._line(self.tr("Author"), self.tr("Optional"))
        for name, edit in (
            ("title", self.title_edit),
            ("marking", self.marking_edit),
            ("author", self.author_edit),
        ):
            edit.setMaxLength(MAX_LABELS[name])  # the longest the briefing service takes
        self.query_edit = self._line(
            self.tr("Search"), self.tr("All incidents — or e.g. region:Калуга has:damage")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query_error = QLabel(self)
        self.query_error.setObjectName("queryError")
        self.query_error.setAccessibleName(self.tr("Search error"))
        self.query_error.setWordWrap(True)
        self.query_error.setTextFormat(Qt.TextFormat.PlainText)
        self.query_error.hide()
        self.period = PeriodEdit(self)
        self.period_error = FieldErrorLabel(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        self.count_label.setAccessibleName(self.tr("Incidents covered"))
        self.sections = SectionChoice(self)
        self.paper = PaperChoice(self)
        self.language = LanguageChoice(self)
        self._language = self.language.language()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.output = OutputPicker(self)
        self.output_error = FieldErrorLabel(self, field=self.output.edit)
        self.output_note = QLabel(self)
        self.output_note.setObjectName("muted")
        self.output_note.setWordWrap(True)
        self.output_note.hide()
        self.status = StatusStrip(self)
        self.status.currentChanged.connect(self._fit_later)
        self.create_button = QPushButton(icon("briefing"), self.tr("C&reate briefing"), self)
        self.create_button.setAccessibleName(self.tr("Create briefing"))
        self.create_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)

    # --- layout ---------------------------------------------------------------------------

    def _form(self, layout: QVBoxLayout, heading: str) -> QFormLayout:
        if layout.count():
            layout.addSpacing(6)
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            layout.addWidget(line)
        title = QLabel(heading, self)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(7)
        layout.addLayout(form)
        return form

    def _row(
        self, form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None
    ) -> QLabel:
        label = QLabel(text, self)
        if buddy is not None:
            label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, field)
        self._labels.append(label)
        return label

    def _stacked(self, *widgets: QWidget) -> QWidget:
        """A field with its messages underneath, as one form row."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        for widget in widgets:
            column.addWidget(widget)
        box.setFocusProxy(widgets[0])
        return box

    def _build_layout(self) -> None:
        self._labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        form = self._form(layout, self.tr("Title page"))
        self._row(form, self.tr("&Title"), self.title_edit, self.title_edit)
        self._row(form, self.tr("&Marking"), self.marking_edit, self.marking_edit)
        self._row(form, self.tr("&Author"), self.author_edit, self.author_edit)
        form = self._form(layout, self.tr("Incidents"))
        query_box = self._stacked(self.query_edit, self.query_error)
        self._row(form, self.tr("&Search"), query_box, self.query_edit)
        self._row(form, self.tr("Period"), with_error(self.period, self.period_error), self.period)
        self._row(form, self.tr("Covers"), self.count_label)
        form = self._form(layout, self.tr("Contents"))
        label = self._row(form, self.tr("Sections"), self.sections)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        first = self.sections.boxes["key_figures"].sizeHint().height()
        label.setContentsMargins(0, max(0, (first - label.sizeHint().height()) // 2), 0, 0)
        self._row(form, self.tr("&Paper"), self.paper, self.paper)
        self._row(form, self.tr("La&nguage"), self.language, self.language)
        form = self._form(layout, self.tr("Save as"))
        output_box = self._stacked(self.output, self.output_error, self.output_note)
        self._row(form, self.tr("Fi&le"), output_box, self.output.edit)
        # One label column across the four forms, so the fields line up.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
        layout.addSpacing(10)
        layout.addWidget(self.status)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._tab_order()

    def _tab_order(self) -> None:
        """Top to bottom, as the form reads (rows built in containers would otherwise trail)."""
        p, st = self.period, self.status
        chain: list[QWidget] = [
            self.title_edit,
            self.marking_edit,
            self.author_edit,
            self.query_edit,
            p.from_check,
            p.from_date,
            p.to_check,
            p.to_date,
            *self.sections.boxes.values(),
            self.paper,
            self.language,
            self.output.edit,
            self.output.button,
            st.cancel_button,
            st.open_button,
            st.folder_button,
            self.create_button,
            *(b for b in self.buttons.buttons() if b is not self.create_button),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- values ---------------------------------------------------------------------------

    def _load(self, query: str, settings: QSettings) -> None:
        rest, start, end = lift_period(query)
        self.query_edit.setText(rest)
        self.period.set_bounds(start, end)
        s = settings
        language = read_str(s, _KEY + "language", self.language.local_default())
        self.language.blockSignals(True)
        self.language.set_language(language)
        self.language.blockSignals(False)
        self._language = self.language.language()
        # The service's defaults in the briefing's language (the command line's too).
        self.title_edit.setText(default_title(self._language))
        marking = read_str(s, _KEY + "marking", default_marking(self._language))
        self.marking_edit.setText(marking)
        self.author_edit.setText(read_str(s, _KEY + "author"))
        self.paper.set_paper(read_str(s, _KEY + "paper", self.paper.local_default()))
        self.sections.from_setting(read_str(s, _KEY + "left_out"))
        folder = Path(read_str(s, _KEY + "folder") or documents_folder())
        if not folder.is_dir():
            folder = documents_folder()
        self.output.set_path(free_name(folder, QDate.currentDate()))

    def _remember(self, path: Path, settings: QSettings) -> None:
        s = settings
        s.setValue(_KEY + "marking", self.marking_edit.text())
        s.setValue(_KEY + "author", self.author_edit.text())
        s.setValue(_KEY + "paper", self.paper.currentData())
        s.setValue(_KEY + "language", self.language.language())
        s.setValue(_KEY + "left_out", self.sections.to_setting())
        s.setValue(_KEY + "folder", str(path.parent))
        s.sync()

    def request(self) -> BriefingRequest:
        start, end = self.period.bounds()
        return BriefingRequest(
            query=self.query_edit.text(),
            period_start=start,
            period_end=end,
            title=self.title_edit.text(),
            marking=self.marking_edit.text(),
            author=self.author_edit.text(),
            sections=self.sections.sections(),
            paper=self.paper.paper(),
            language=self.language.language(),
        )

    def _language_changed(self) -> None:
        """A title or marking still at the old language's default follows the new language."""
        old, new = self._language, self.language.language()
        self._language = new
        for edit, default in (
            (self.title_edit, default_title),
            (self.marking_edit, default_marking),
        ):
            if edit.text().strip() == default(old):
                edit.setText(default(new))

    # --- looks ----------------------------------------------------------------------------

    def _fit_later(self, *_args: object) -> None:
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """Grow to show a taller message rather than squeeze the form; never shrink."""
        layout = self.layout()
        wanted = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        wanted = max(wanted, self.sizeHint().height())
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) != invalid:
            widget.setProperty("invalid", invalid)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _set_fields_enabled(self, enabled: bool) -> None:
        """Everything the user chooses, on or off together (off while a briefing is made)."""
        for widget in (
            self.title_edit,
            self.marking_edit,
            self.author_edit,
            self.query_edit,
            self.period,
            self.sections,
            self.paper,
            self.language,
            self.output,
        ):
            widget.setEnabled(enabled)
