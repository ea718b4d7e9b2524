"""What goes into the briefing and on what paper: the section tick boxes and the paper size."""

from __future__ import annotations

from dataclasses import fields
from typing import Literal

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QSizePolicy, QWidget

from incident_logger.services.briefing import LANGUAGES, BriefingSections


class SectionChoice(QWidget):
    """One tick box per part of the briefing the report can leave out."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        texts = {
            "key_figures": (
                self.tr("&Key figures"),
                self.tr("Incidents, injuries and fatalities (with unknowns), damage by kind"),
            ),
            "regional_counts": (
                self.tr("Re&gional counts"),
                self.tr("Counts per region by source, stated totals, remainders, disagreements"),
            ),
            "charts": (self.tr("C&harts"), self.tr("Incidents per day or week and per category")),
            "incidents": (
                self.tr("&Incident list"),
                self.tr("Every incident in time order with its narrative, damage and sources"),
            ),
            "sources_annex": (
                self.tr("Sources anne&x"),
                self.tr("Every cited source with its reliability grade"),
            ),
            "details": (
                self.tr("F&ull details"),
                self.tr(
                    "Past 200 incidents the list is a chronology, one line each; tick this to "
                    "add every incident's full entry as an annex"
                ),
            ),
        }
        defaults = BriefingSections()
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for i, spec in enumerate(fields(BriefingSections)):
            text, tip = texts[spec.name]
            box = QCheckBox(text, self)
            box.setChecked(getattr(defaults, spec.name))
            box.setToolTip(tip)
            box.setAccessibleName(text.replace("&", ""))
            box.setAccessibleDescription(tip)
            box.toggled.connect(self.changed)
            self.boxes[spec.name] = box
            grid.addWidget(box, i // 3, i % 3)
        grid.setColumnStretch(3, 1)
        self.setFocusProxy(self.boxes["key_figures"])

    def sections(self) -> BriefingSections:
        return BriefingSections(**{name: box.isChecked() for name, box in self.boxes.items()})

    def to_setting(self) -> str:
        """Parts left out by name; a part that is off unless ticked is saved as ``+name``."""
        defaults = BriefingSections()
        words = []
        for name, box in self.boxes.items():
            if getattr(defaults, name):
                if not box.isChecked():
                    words.append(name)
            elif box.isChecked():
                words.append(f"+{name}")
        return ",".join(words)

    def from_setting(self, left_out: str) -> None:
        names = set(left_out.split(","))
        defaults = BriefingSections()
        for name, box in self.boxes.items():
            if getattr(defaults, name):
                box.setChecked(name not in names)
            else:
                box.setChecked(f"+{name}" in names)


class PaperChoice(QComboBox):
    """A4 or US Letter; the data of each item is the name the briefing service takes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Paper size"))
        self.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.addItem(self.tr("US Letter (8.5 × 11 in)"), "Letter")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @staticmethod
    def local_default() -> str:
        """Letter where the locale measures in inches, A4 everywhere else."""
        imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        return "Letter" if imperial else "A4"

    def paper(self) -> Literal["A4", "Letter"]:
        return "Letter" if self.currentData() == "Letter" else "A4"

    def set_paper(self, name: str) -> None:
        """Select ``name`` ("A4" or "Letter"); anything else selects the first size."""
        self.setCurrentIndex(max(0, self.findData(name)))


class LanguageChoice(QComboBox):
    """The language the briefing is written in; the data of each item is its code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Briefing language"))
        self.setToolTip(
            self.tr(
                "Headings, sentences, dates and numbers of the briefing. "
                "What was typed into the records prints as typed."
            )
        )
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    @staticmethod
    def local_default() -> str:
        """The interface's language when a briefing can be written in it, else English."""
        code = QLocale().name().split("_")[0]
        return code if code in LANGUAGES else "en"

    def language(self) -> str:
        return str(self.currentData() or "en")

    def set_language(self, code: str) -> None:
        """Select ``code``; anything unknown selects English."""
        self.setCurrentIndex(max(0, self.findData(code)))
