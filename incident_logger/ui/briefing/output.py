"""Where the briefing is saved: a dated default name, the path field, the file in its folder."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDate, QProcess, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from incident_logger.ui.briefing.period import ISO
from incident_logger.ui.icons import icon


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def free_name(folder: Path, day: QDate) -> Path:
    """``briefing-2026-09-12.pdf``, or ``…-2.pdf`` and so on if that is taken."""
    stem = f"briefing-{day.toString(ISO)}"
    candidate = folder / f"{stem}.pdf"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.pdf"
        n += 1
    return candidate


def reveal_in_folder(path: Path) -> None:
    """Open the file manager on the folder of ``path``, with the file selected where possible."""
    if sys.platform == "win32":
        QProcess.startDetached("explorer", ["/select,", str(path)])
    elif sys.platform == "darwin":
        QProcess.startDetached("open", ["-R", str(path)])
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class OutputPicker(QWidget):
    """A path field and a Save-as button; remembers which path the file dialog confirmed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirmed: Path | None = None  # the Save-as dialog already asked about replacing
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Output file"))
        self.edit.setPlaceholderText(self.tr("Where to save the PDF"))
        self.edit.textChanged.connect(self.changed)
        self.button = QPushButton(icon("mdi6.folder-outline"), self.tr("Choose…"), self)
        self.button.setAccessibleName(self.tr("Choose the output file"))
        self.button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return (
            path
            if path.suffix.lower() == ".pdf" or path.is_dir()
            else path.with_name(path.name + ".pdf")
        )

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))

    def choose(self) -> None:
        current = self.path()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save briefing as"),
            str(current) if current else str(documents_folder()),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            if not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
            self.confirmed = Path(chosen)
            self.edit.setText(chosen)

    def needs_replace_question(self) -> bool:
        path = self.path()
        return path is not None and path.exists() and path != self.confirmed
