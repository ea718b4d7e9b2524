"""Icons drawn from qtawesome's Material Design Icons 6 font without importing qtawesome.

Importing qtawesome costs 0.3-0.5 s at start-up: it loads qtpy, whose star imports make every
class and enum of QtGui and QtWidgets, and its first icon loads all thirteen fonts it ships.
The window needs only the ``mdi6`` font, so this module registers that one font file from
qtawesome's installed package (found without importing it) and paints a glyph the way
qtawesome's default painter does: the character centred in the icon's rectangle, at 7/8 of
its height, in the colour of the icon's mode. Other prefixes still go through qtawesome
(``ui/icons.py``).
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

PREFIX = "mdi6"
FONT_FILE = "materialdesignicons6-webfont-6.9.96.ttf"
CHARMAP_FILE = "materialdesignicons6-webfont-charmap-6.9.96.json"
GLYPH_SCALE = 0.875  # qtawesome's: a 16 px icon draws a 14 px glyph (room for the bearing)


def _fonts_dir() -> Path | None:
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _font() -> tuple[str, dict[str, str]] | None:
    """The registered family and the name -> character map, or None when the files are
    missing (a qtawesome release that ships another version: ``icons`` then uses qtawesome)."""
    folder = _fonts_dir()
    if folder is None or not (folder / FONT_FILE).is_file():
        return None
    font_id = QFontDatabase.addApplicationFont(str(folder / FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    codes = json.loads((folder / CHARMAP_FILE).read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


def available(name: str) -> bool:
    """Whether ``name`` ("mdi6.plus") can be drawn here."""
    prefix, _, glyph = name.partition(".")
    found = _font() if prefix == PREFIX else None
    return found is not None and glyph in found[1]


class _GlyphEngine(QIconEngine):
    def __init__(self, family: str, char: str, colours: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self._family = family
        self._char = char
        self._colours = colours

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self._colours.get(mode, self._colours[QIcon.Mode.Normal]))
        font = QFont(self._family)
        font.setPixelSize(max(1, round(GLYPH_SCALE * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._family, self._char, dict(self._colours))


def glyph_icon(
    name: str, normal: QColor, disabled: QColor, active: QColor, selected: QColor
) -> QIcon:
    """The icon of ``name`` ("mdi6.plus"); check ``available(name)`` first."""
    found = _font()
    assert found is not None, "glyph_icon called for an unavailable font"
    family, chars = found
    colours = {
        QIcon.Mode.Normal: normal,
        QIcon.Mode.Disabled: disabled,
        QIcon.Mode.Active: active,
        QIcon.Mode.Selected: selected,
    }
    return QIcon(_GlyphEngine(family, chars[name.partition(".")[2]], colours))
