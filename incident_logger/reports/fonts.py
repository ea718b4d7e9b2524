"""Registers the shipped Noto fonts with reportlab and tells which characters they can draw."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from incident_logger.resources import resource_path

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
BOLD_ITALIC = "NotoSans-BoldItalic"
HEBREW = "NotoSansHebrew"
ARABIC = "NotoSansArabic"

_FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
}


class FontsMissingError(RuntimeError):
    """The font files under resources/fonts are not where the package expects them."""


@dataclass(frozen=True, slots=True)
class FontSet:
    """The registered faces and the code points each can draw."""

    coverage: frozenset[int]  # what the main family draws
    fallbacks: tuple[tuple[str, frozenset[int]], ...]  # (font name, code points), in order


_lock = threading.Lock()
_registered: FontSet | None = None


def fonts_dir() -> Path:
    """Where the shipped fonts live (``resources/fonts`` beside the package)."""
    return resource_path("fonts")


def _load(name: str) -> TTFont:
    path = fonts_dir() / _FILES[name]
    if not path.is_file():
        raise FontsMissingError(f"font file {path} is missing; reinstall Incident Logger")
    return TTFont(name, str(path))


def register_fonts() -> FontSet:
    """Register the fonts once per process and return what they cover."""
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        faces = {name: _load(name) for name in _FILES}
        for face in faces.values():
            pdfmetrics.registerFont(face)
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        # Paragraph <b>/<i> markup resolves faces through these mappings.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        for fallback in (HEBREW, ARABIC):
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(fallback, bold, italic, fallback)
        _registered = FontSet(
            coverage=_codepoints(faces[REGULAR]),
            fallbacks=tuple((name, _codepoints(faces[name])) for name in (HEBREW, ARABIC)),
        )
        return _registered


def _codepoints(face: TTFont) -> frozenset[int]:
    # Code points mapped to glyph 0 (.notdef) would print as empty boxes.
    return frozenset(cp for cp, glyph in face.face.charToGlyph.items() if glyph)
