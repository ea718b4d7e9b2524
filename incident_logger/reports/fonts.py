"""Registers the shipped Noto fonts with reportlab and tells which characters they can draw.

Noto Sans draws Latin, Cyrillic and Greek. Other scripts fall back, character by character, to
the fonts in :data:`FALLBACKS` (see ``resources/fonts/README.md``). A fallback file is read only
when a text first needs one of the blocks it is for, so a briefing in Russian never pays for
the 6 MB of Chinese, Japanese and Korean. What no shipped font has prints as :data:`BOX`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from incident_logger.reports.tounicode import install as install_to_unicode
from incident_logger.resources import resource_path

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
BOLD_ITALIC = "NotoSans-BoldItalic"
HEBREW = "NotoSansHebrew"
ARABIC = "NotoSansArabic"
DEVANAGARI = "NotoSansDevanagari"
THAI = "NotoSansThai"
CJK = "NotoSansCJK-Subset"
EMOJI = "NotoEmoji"
SYMBOLS = "NotoSansSymbols2"

BOX = "\u25a1"  # WHITE SQUARE: printed for a character no shipped font has
BOX_FONT = SYMBOLS

_MAIN: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}


@dataclass(frozen=True, slots=True)
class Fallback:
    """A font for scripts the main one lacks, and the blocks it may be asked for."""

    name: str
    file: str
    blocks: tuple[tuple[int, int], ...]  # inclusive code point ranges
    rtl: bool = False  # runs print reversed (display order)

    def may_have(self, cp: int) -> bool:
        return any(lo <= cp <= hi for lo, hi in self.blocks)


FALLBACKS: tuple[Fallback, ...] = (
    Fallback(HEBREW, "NotoSansHebrew-Regular.ttf", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)), True),
    Fallback(
        ARABIC,
        "NotoSansArabic-Regular.ttf",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
        True,
    ),
    Fallback(
        DEVANAGARI,
        "NotoSansDevanagari-Regular.ttf",
        ((0x0900, 0x097F), (0x1CD0, 0x1CFF), (0xA8E0, 0xA8FF)),
    ),
    Fallback(THAI, "NotoSansThai-Regular.ttf", ((0x0E00, 0x0E7F),)),
    Fallback(
        CJK,
        "NotoSansCJK-Subset.ttf",
        (
            (0x1100, 0x11FF),
            (0x2E80, 0x9FFF),
            (0xA960, 0xA97F),
            (0xAC00, 0xD7FF),
            (0xF900, 0xFAFF),
            (0xFE30, 0xFE4F),
            (0xFF00, 0xFFEF),
            (0x20000, 0x3134F),
        ),
    ),
    Fallback(
        EMOJI,
        "NotoEmoji-Regular.ttf",
        (
            (0x2000, 0x2BFF),
            (0x3030, 0x3030),
            (0x303D, 0x303D),
            (0x3297, 0x3299),
            (0x1F000, 0x1FAFF),
        ),
    ),
    Fallback(
        SYMBOLS,
        "NotoSansSymbols2-Regular.ttf",
        ((0x2000, 0x2BFF), (0x1F000, 0x1FBFF), (0x2800, 0x28FF), (0x1D300, 0x1D35F)),
    ),
)


class FontsMissingError(RuntimeError):
    """The font files under resources/fonts are not where the package expects them."""


@dataclass(slots=True, eq=False)
class FontSet:
    """The registered faces and the code points each can draw; fallbacks load on first use."""

    coverage: frozenset[int]  # what the main family draws
    _loaded: dict[str, frozenset[int]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def fallback_for(self, cp: int) -> Fallback | None:
        """The first fallback font that draws ``cp``, loading fonts as needed; None if none."""
        for fallback in FALLBACKS:
            if fallback.may_have(cp) and cp in self._covered(fallback):
                return fallback
        return None

    def single_faces(self, text: str) -> list[str]:
        """Left-to-right fallbacks that draw every character of ``text`` by themselves."""
        needed = {ord(ch) for ch in text if ch != " "}
        faces = []
        for fallback in FALLBACKS:
            if fallback.rtl or not any(fallback.may_have(cp) for cp in needed):
                continue
            if needed <= self._covered(fallback):
                faces.append(fallback.name)
        return faces

    def box_font(self) -> str:
        """The font that draws :data:`BOX`, registered on first use."""
        self._covered(next(f for f in FALLBACKS if f.name == BOX_FONT))
        return BOX_FONT

    def _covered(self, fallback: Fallback) -> frozenset[int]:
        found = self._loaded.get(fallback.name)
        if found is not None:
            return found
        with self._lock:
            found = self._loaded.get(fallback.name)
            if found is None:
                face = _load(fallback.name, fallback.file)
                pdfmetrics.registerFont(face)
                for bold in (0, 1):
                    for italic in (0, 1):
                        addMapping(fallback.name, bold, italic, fallback.name)
                found = _codepoints(face)
                self._loaded[fallback.name] = found
        return found


_lock = threading.Lock()
_registered: FontSet | None = None


def fonts_dir() -> Path:
    """Where the shipped fonts live (``resources/fonts`` beside the package)."""
    return resource_path("fonts")


def _load(name: str, file: str) -> TTFont:
    path = fonts_dir() / file
    if not path.is_file():
        raise FontsMissingError(f"font file {path} is missing; reinstall Incident Logger")
    return TTFont(name, str(path))


def register_fonts() -> FontSet:
    """Register the main fonts once per process and return what they cover."""
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        install_to_unicode()
        faces = {name: _load(name, file) for name, file in _MAIN.items()}
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
        _registered = FontSet(coverage=_codepoints(faces[REGULAR]))
        return _registered


def _codepoints(face: TTFont) -> frozenset[int]:
    # Code points mapped to glyph 0 (.notdef) would print as empty boxes.
    return frozenset(cp for cp, glyph in face.face.charToGlyph.items() if glyph)
