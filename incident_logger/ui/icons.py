"""Icons from qtawesome's fonts, made on first use (after the QApplication) in the palette's
colours. The Material Design Icons the window uses are drawn by ``ui/glyphs.py`` without
importing qtawesome (0.3-0.5 s of start-up); any other name goes through qtawesome.

``icon("save")`` takes a role name from ``ICONS`` or any qtawesome name (``"mdi6.fire"``).
The cache is cleared when the palette changes (``clear_cache``), so icons follow dark mode.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication

from incident_logger.ui import glyphs

ICONS: dict[str, str] = {
    "new": "mdi6.plus",
    "save": "mdi6.content-save",
    "save-alert": "mdi6.content-save-alert",
    "search": "mdi6.magnify",
    "clear": "mdi6.close-circle",
    "delete": "mdi6.delete-outline",
    "restore": "mdi6.delete-restore",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "duplicate": "mdi6.content-duplicate",
    "previous": "mdi6.chevron-up",
    "next": "mdi6.chevron-down",
    "incidents": "mdi6.format-list-bulleted",
    "counts": "mdi6.chart-bar",
    "sources": "mdi6.newspaper-variant",
    "places": "mdi6.map-marker",
    "trash": "mdi6.trash-can-outline",
    "backups": "mdi6.backup-restore",
    "import": "mdi6.tray-arrow-down",
    "export": "mdi6.tray-arrow-up",
    "briefing": "mdi6.file-pdf-box",
    "history": "mdi6.history",
    "filter": "mdi6.filter-variant",
    "filter-clear": "mdi6.filter-remove",
    "bookmark": "mdi6.bookmark-outline",
    "bookmark-add": "mdi6.bookmark-plus",
    "error": "mdi6.alert-circle",
    "warning": "mdi6.alert",
    "info": "mdi6.information-outline",
    "theme": "mdi6.theme-light-dark",
    "light": "mdi6.white-balance-sunny",
    "dark": "mdi6.weather-night",
    "refresh": "mdi6.refresh",
    "cancel": "mdi6.cancel",
    "add-place": "mdi6.map-marker-plus",
    "add-source": "mdi6.account-plus",
    "add-row": "mdi6.playlist-plus",
    "remove-row": "mdi6.minus-circle-outline",
    "columns": "mdi6.view-column",
    "edit": "mdi6.pencil",
    "check": "mdi6.check",
    "quit": "mdi6.exit-to-app",
    "help": "mdi6.help-circle-outline",
    "keyboard": "mdi6.keyboard",
    "panel": "mdi6.dock-right",
    "database": "mdi6.database",
    "calendar": "mdi6.calendar-range",
    "empty": "mdi6.text-box-search-outline",
    "fire": "mdi6.fire",
}

_cache: dict[tuple[str, str, str], QIcon] = {}


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _colours() -> tuple[QColor, QColor, QColor]:
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    # Icons a touch softer than text, like native toolbars.
    normal = QColor(text)
    normal.setAlpha(215)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    active = palette.color(QPalette.ColorRole.HighlightedText)
    return normal, disabled, active


def icon(name: str, colour: QColor | str | None = None) -> QIcon:
    """The QIcon for ``name`` (role name or qtawesome name), in the palette's text colour."""
    if QApplication.instance() is None:
        raise RuntimeError("icons need a QApplication; create it first")
    full = ICONS.get(name, name)
    normal, disabled, active = _colours()
    chosen = QColor(colour) if colour is not None else normal
    key = (full, chosen.name(QColor.NameFormat.HexArgb), disabled.name())
    found = _cache.get(key)
    if found is None and glyphs.available(full):  # the common case, without qtawesome
        found = _cache[key] = glyphs.glyph_icon(full, chosen, disabled, chosen, active)
    if found is None:
        import qtawesome as qta  # other fonts; imported here so it never loads before the app

        found = qta.icon(
            full,
            color=chosen,
            color_disabled=disabled,
            color_active=chosen,
            color_selected=active,
        )
        _cache[key] = found
    return found


ICON_PROPERTY = "themedIcon"


def themed(target: QAbstractButton | QAction, name: str) -> None:
    """Give a button or action an icon that is redrawn when the theme changes."""
    target.setIcon(icon(name))
    target.setProperty(ICON_PROPERTY, name)


def refresh_themed(root: QObject) -> None:
    """Redraw every themed icon under ``root`` in the current palette's colours."""
    for child in root.findChildren(QObject):
        name = child.property(ICON_PROPERTY)
        if isinstance(name, str) and isinstance(child, QAbstractButton | QAction):
            child.setIcon(icon(name))
        refresh = getattr(child, "refresh_icon", None)
        if callable(refresh):
            refresh()


def app_icon() -> QIcon:
    """The application's own icon (resources/icons), or a drawn stand-in."""
    from incident_logger.resources import resource_path

    made = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        path = resource_path("icons", f"incident-logger-{size}.png")
        if path.is_file():
            made.addFile(str(path))
    return made if not made.isNull() else icon("mdi6.map-marker-alert")


def is_dark() -> bool:
    return _is_dark(QApplication.palette())


def clear_cache() -> None:
    """Forget made icons (call after a palette change so they are redrawn in new colours)."""
    _cache.clear()
