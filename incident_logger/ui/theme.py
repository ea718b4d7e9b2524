"""Light and dark looks: Fusion with tuned palettes, following the system unless overridden."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from incident_logger.ui import icons


class ThemeMode(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Tones:
    """Semantic colours widgets use beyond the palette (errors, warnings, muted text)."""

    error: QColor
    error_bg: QColor
    warning: QColor
    warning_bg: QColor
    success: QColor
    muted: QColor
    accent: QColor
    sidebar: QColor
    border: QColor


LIGHT_TONES = Tones(
    error=QColor("#b3261e"),
    error_bg=QColor("#fdecea"),
    warning=QColor("#8a5a00"),
    warning_bg=QColor("#fff4d6"),
    success=QColor("#1e7d3a"),
    muted=QColor("#5f6670"),
    accent=QColor("#2463c2"),
    sidebar=QColor("#eef0f3"),
    border=QColor("#cfd4da"),
)
DARK_TONES = Tones(
    error=QColor("#f2948c"),
    error_bg=QColor("#3b2220"),
    warning=QColor("#f0c56a"),
    warning_bg=QColor("#3a3020"),
    success=QColor("#7fcf95"),
    muted=QColor("#9aa3ad"),
    accent=QColor("#6ea8fe"),
    sidebar=QColor("#24272c"),
    border=QColor("#41464f"),
)


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    palette.setColor(
        QPalette.ColorGroup.Inactive,
        QPalette.ColorRole.Highlight,
        palette.color(QPalette.ColorRole.Highlight).lighter(115),
    )
    return palette


R = QPalette.ColorRole


def light_palette() -> QPalette:
    return _palette(
        {
            R.Window: "#f6f7f9",
            R.WindowText: "#1d2125",
            R.Base: "#ffffff",
            R.AlternateBase: "#f3f5f8",
            R.ToolTipBase: "#ffffff",
            R.ToolTipText: "#1d2125",
            R.PlaceholderText: "#8a9099",
            R.Text: "#1d2125",
            R.Button: "#f3f4f6",
            R.ButtonText: "#1d2125",
            R.BrightText: "#ffffff",
            R.Light: "#ffffff",
            R.Midlight: "#e6e8eb",
            R.Mid: "#c4c9cf",
            R.Dark: "#9ba2aa",
            R.Shadow: "#6b7178",
            R.Highlight: "#2f6fd0",
            R.HighlightedText: "#ffffff",
            R.Link: "#2463c2",
            R.LinkVisited: "#6b46c1",
            R.Accent: "#2f6fd0",
        },
        "#a0a6ad",
    )


def dark_palette() -> QPalette:
    return _palette(
        {
            R.Window: "#2b2e34",
            R.WindowText: "#e3e6ea",
            R.Base: "#1e2024",
            R.AlternateBase: "#24272c",
            R.ToolTipBase: "#30343a",
            R.ToolTipText: "#e3e6ea",
            R.PlaceholderText: "#7d848d",
            R.Text: "#e3e6ea",
            R.Button: "#363a41",
            R.ButtonText: "#e3e6ea",
            R.BrightText: "#ffffff",
            R.Light: "#3b4047",
            R.Midlight: "#33373d",
            R.Mid: "#2b2e33",
            R.Dark: "#16181b",
            R.Shadow: "#0d0e10",
            R.Highlight: "#3d7be0",
            R.HighlightedText: "#ffffff",
            R.Link: "#6ea8fe",
            R.LinkVisited: "#b794f4",
            R.Accent: "#3d7be0",
        },
        "#6c727a",
    )


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def _stylesheet(t: Tones, dark: bool) -> str:
    hover = "#2e3238" if dark else "#e2e6eb"
    selected = "#34527f" if dark else "#d5e3f7"
    selected_text = "#ffffff" if dark else "#123a75"
    return f"""
QListWidget#navigation {{
    background: {t.sidebar.name()};
    border: none;
    border-right: 1px solid {t.border.name()};
    padding: 8px 6px;
    outline: none;
}}
QListWidget#navigation::item {{
    padding: 7px 10px;
    border-radius: 6px;
    margin: 1px 0px;
}}
QListWidget#navigation::item:hover:!selected {{ background: {hover}; }}
QListWidget#navigation::item:selected {{
    background: {selected};
    color: {selected_text};
}}
QLabel#pageTitle {{ font-size: 15pt; font-weight: 600; }}
QLabel#sectionTitle {{ font-weight: 600; }}
QLabel#muted, QLabel[muted="true"] {{ color: {t.muted.name()}; }}
QLabel#fieldError {{ color: {t.error.name()}; }}
QLabel#queryError {{
    color: {t.error.name()};
    background: {t.error_bg.name()};
    border-radius: 4px;
    padding: 3px 8px;
}}
QFrame#banner {{
    background: {t.warning_bg.name()};
    border: 1px solid {t.warning.name()};
    border-radius: 6px;
}}
QLabel#emptyTitle {{ font-size: 14pt; font-weight: 600; color: {t.muted.name()}; }}
QLabel#emptyHint {{ color: {t.muted.name()}; }}
QToolBar {{ border: none; spacing: 2px; padding: 3px 6px; }}
QToolButton#savedSearches::menu-indicator {{ image: none; width: 0px; }}
QStatusBar QLabel {{ padding: 0px 6px; }}
QSplitter::handle {{ background: {t.border.name()}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QSplitter::handle:vertical {{ height: 1px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"],
QDateTimeEdit[invalid="true"] {{
    border: 1px solid {t.error.name()};
    border-radius: 3px;
}}
"""


class Theme(QObject):
    """Applies a look to the application and re-applies it when the system scheme changes."""

    changed = Signal(bool)  # dark?

    def __init__(self, app: QApplication, mode: ThemeMode = ThemeMode.SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self.mode = mode
        self.dark = False
        app.setStyle("Fusion")
        font = QFont(app.font())
        if font.pointSizeF() < 9.5:
            font.setPointSizeF(10)
            app.setFont(font)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_change)
        self.apply()

    def _on_system_change(self, _scheme: Qt.ColorScheme) -> None:
        if self.mode is ThemeMode.SYSTEM:
            self.apply()

    def set_mode(self, mode: ThemeMode) -> None:
        self.mode = ThemeMode(mode)
        self.apply()

    def apply(self) -> None:
        dark = self.mode is ThemeMode.DARK or (
            self.mode is ThemeMode.SYSTEM and system_prefers_dark()
        )
        self.dark = dark
        self._app.setPalette(dark_palette() if dark else light_palette())
        self._app.setStyleSheet(_stylesheet(tones(), dark))
        icons.clear_cache()
        self.changed.emit(dark)


def tones() -> Tones:
    """The semantic colours for the current palette."""
    return DARK_TONES if icons.is_dark() else LIGHT_TONES
