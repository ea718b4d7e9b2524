"""Turns user text into safe Paragraph markup or canvas strings that the fonts can draw."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from incident_logger.reports.fonts import BOX, Fallback, FontSet

# Characters with no meaning on their own (joiners, skin-tone modifiers, variation selectors,
# lone combining marks): dropped silently when no shipped font draws them.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Mn", "Me", "Sk"})
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\t": " "})


def substitute(ch: str) -> str:
    """What prints for a character no shipped font has: a box, or nothing for a modifier.

    A box (U+25A1) is plainly not text, where a name such as ``[fire]`` could be taken for
    words the user typed.
    """
    if unicodedata.category(ch) in _INVISIBLE_CATEGORIES or is_modifier(ord(ch)):
        return ""
    return BOX


def is_modifier(cp: int) -> bool:
    """Variation selectors, joiners, skin tones and tags: they change how an emoji looks,
    which an outline font without shaping cannot show; the emoji itself still prints."""
    return (
        0xFE00 <= cp <= 0xFE0F
        or 0xE0000 <= cp <= 0xE01EF
        or 0x1F3FB <= cp <= 0x1F3FF
        or cp in (0x200C, 0x200D)
    )


def drawable(text: str, fonts: FontSet) -> str:
    """``text`` with every character the main font lacks replaced (for canvas drawString)."""
    text = _strip_controls(_NEWLINES.sub("\n", text))
    if text.isascii():
        return text
    missing = {ch for ch in set(text) if ord(ch) not in fonts.coverage and ch != "\n"}
    if not missing:
        return text
    # One font only: a character the main font lacks prints as its box (.notdef) glyph.
    return "".join(substitute(ch) if ch in missing else ch for ch in text)


def one_face(text: str, fonts: FontSet, main: str) -> tuple[str, str] | None:
    """The font and string to draw ``text`` with in one font (a page header, a chart label):
    ``main`` when it has every character, else the first left-to-right fallback that has them
    all; None when no one font can (the caller lays it out with fallbacks, or draws boxes)."""
    text = _strip_controls(_NEWLINES.sub(" ", text))
    if text.isascii() or all(ord(ch) in fonts.coverage for ch in text):
        return main, text
    faces = fonts.single_faces(text)
    return (faces[0], text) if faces else None


def _strip_controls(text: str) -> str:
    """Control characters out (a tab becomes a space); a lone surrogate becomes a box."""
    if text.isprintable():
        return text
    return "".join(_printable(ch) for ch in text)


def _printable(ch: str) -> str:
    if ch.isprintable() or ch == "\n":
        return ch
    category = unicodedata.category(ch)
    if category == "Cc":
        return " " if ch == "\t" else ""
    if category == "Cs":
        return BOX  # half of a pair that lost its other half: cannot even be stored in a PDF
    return ch  # formats, separators, private use, unassigned: the fonts decide


def markup(text: str, fonts: FontSet) -> str:
    """Paragraph markup that prints ``text`` exactly as typed, line breaks kept.

    ``<``, ``>`` and ``&`` are escaped so reportlab tags print as text (long words and URLs
    wrap through the styles' ``splitLongWords``). Runs in scripts the main font lacks switch
    to a shipped fallback font (Hebrew and Arabic in display order, see :func:`_visual`; CJK,
    Devanagari, Thai, emoji and symbols as typed); a character no shipped font has prints as
    a box (:func:`substitute`), so nothing is silently lost and nothing passes for words.
    """
    text = _NEWLINES.sub("\n", text).strip()
    if not text.isascii() or not text.isprintable():
        text = "\n".join(_strip_controls(line) for line in text.split("\n"))
    escaped = text.translate(_MARKUP)
    if not escaped.isascii():
        escaped = _with_fallbacks(escaped, fonts)
    return escaped.replace("\n", "<br/>")


def _with_fallbacks(text: str, fonts: FontSet) -> str:
    # A line break is no glyph, but it must survive to become <br/>.
    missing = {ch for ch in set(text) if ord(ch) not in fonts.coverage and ch != "\n"}
    if not missing:
        return text
    return "".join(_runs(text, missing, fonts))


def _runs(text: str, missing: set[str], fonts: FontSet) -> Iterator[str]:
    """Runs of characters the main font lacks, each in the fallback font that draws them."""
    faces: dict[str, Fallback | None] = {
        ch: None if is_modifier(ord(ch)) else fonts.fallback_for(ord(ch)) for ch in missing
    }
    run: list[str] = []  # characters of the open fallback run
    face: Fallback | None = None  # its font

    def close() -> str:
        assert face is not None
        body = "".join(run)
        tail = ""
        if face.rtl:
            body = body.rstrip(" ")
            tail = " " * (len(run) - len(body))
            body = _visual(body)
        run.clear()
        return f'<font name="{face.name}">{body}</font>{tail}'

    for ch in text:
        fallback = faces.get(ch) if ch in missing else None
        if fallback is not None:
            if run and fallback is not face:
                yield close()
            face = fallback
            run.append(ch)
            continue
        if run and ch == " " and face is not None and face.rtl:
            run.append(ch)  # a space inside a right-to-left phrase stays in its run
            continue
        if run:
            yield close()
        if ch in missing:
            shown = substitute(ch)
            yield f'<font name="{fonts.box_font()}">{shown}</font>' if shown else ""
        else:
            yield ch
    if run:
        yield close()


def _visual(run: str) -> str:
    """A right-to-left run in display order: letters reversed, each keeping its marks.

    Only whole runs are reordered (no full bidi algorithm): a Hebrew or Arabic phrase reads
    correctly, letters print unshaped, and numbers inside such a phrase keep their place.
    """
    clusters: list[str] = []
    for ch in run:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return "".join(reversed(clusters))


def paragraphs(text: str) -> list[str]:
    """Split user text at blank lines: each part becomes its own flowable (pages split cleanly)."""
    return [part for part in _BLANK_LINES.split(_NEWLINES.sub("\n", text).strip()) if part]
