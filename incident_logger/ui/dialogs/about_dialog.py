"""Help › About: version, where this database and its backups live, and third-party licences."""

from __future__ import annotations

import html
import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from incident_logger import __version__, paths
from incident_logger.services.credits import Credit, CreditsError, load_credits
from incident_logger.ui.icons import app_icon

KIND_TITLES = {
    "font": "Fonts",
    "data": "Data",
    "icons": "Icons",
    "library": "Libraries",
}


def open_local(path: Path) -> bool:
    """Open a file or folder with the desktop's program for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def runtime_line() -> str:
    frozen = " (self-contained build)" if getattr(sys, "frozen", False) else ""
    return (
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}, "
        f"{platform.system()} {platform.machine()}{frozen}"
    )


def credits_html(credits: list[Credit]) -> str:
    """The licence list as rich text: one section per kind, one paragraph per entry."""
    out: list[str] = []
    for kind, title in KIND_TITLES.items():
        entries = [c for c in credits if c.kind == kind]
        if not entries:
            continue
        out.append(f"<h3>{html.escape(title)}</h3>")
        for c in entries:
            name = html.escape(c.name)
            if c.url:
                name = f'<a href="{html.escape(c.url, quote=True)}">{name}</a>'
            licence = html.escape(c.licence)
            text_path = c.licence_path()
            if text_path is not None:
                link = QUrl.fromLocalFile(str(text_path)).toString()
                licence += f' (<a href="{html.escape(link, quote=True)}">full text</a>)'
            out.append(
                f"<p><b>{name}</b> — {html.escape(c.used_for)}<br>"
                f"Licence: {licence}<br>"
                f"<small>Source: {html.escape(c.source)}</small></p>"
            )
    return "\n".join(out)


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Incident Logger"))
        self.setObjectName("aboutDialog")

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Incident Logger {version}").format(version=__version__), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(
            self.tr(
                "Record, search and brief incidents from official statements and news, on "
                "your own workstation. Nothing leaves this computer."
            ),
            self,
        )
        blurb.setWordWrap(True)
        self.places = QLabel(self)
        self.places.setTextFormat(Qt.TextFormat.RichText)
        self.places.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.places.setOpenExternalLinks(False)
        self.places.linkActivated.connect(lambda link: open_local(Path(QUrl(link).toLocalFile())))
        backups = paths.backup_dir_for(db_path)
        self.places.setText(
            self.tr("Database: {db}<br>Backups: {backups}<br>{runtime}").format(
                db=_folder_link(db_path),
                backups=_folder_link(backups),
                runtime=html.escape(runtime_line()),
            )
        )
        self.places.setWordWrap(True)

        header = QVBoxLayout()
        header.addWidget(title)
        header.addWidget(blurb)
        header.addWidget(self.places)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(header, 1)

        heading = QLabel(self.tr("Made with the work of others"), self)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        self.credits = QTextBrowser(self)
        self.credits.setObjectName("credits")
        self.credits.setAccessibleName(self.tr("Fonts, data and libraries, with their licences"))
        self.credits.setOpenLinks(False)
        self.credits.anchorClicked.connect(self._open_link)
        try:
            self.entries = load_credits()
            self.credits.setHtml(credits_html(self.entries))
        except CreditsError as exc:
            self.entries = []
            self.credits.setPlainText(
                self.tr("The list of third-party licences could not be read: {e}").format(e=exc)
            )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.credits, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _open_link(self, url: QUrl) -> None:
        if url.isLocalFile():
            open_local(Path(url.toLocalFile()))
        else:
            QDesktopServices.openUrl(url)


def _folder_link(path: Path) -> str:
    """The path as text, linked to the folder that holds it (or to itself if a folder)."""
    folder = path if path.suffix == "" else path.parent
    link = QUrl.fromLocalFile(str(folder)).toString()
    return f'<a href="{html.escape(link, quote=True)}">{html.escape(str(path))}</a>'
