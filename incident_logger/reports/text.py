"""Turns user text into safe Paragraph markup or canvas strings that the fonts can draw."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from incident_logger.reports.fonts import FontSet

# Characters that shape or join emoji; dropped silently when the font cannot draw them.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Mn", "Me", "Sk", "Cs", "Co", "Cn"})
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\t": " "})


def substitute(ch: str) -> str:
    """What prints for a character no shipped font has: its Unicode name in brackets."""
    if unicodedata.category(ch) in _INVISIBLE_CATEGORIES:
        return ""
    name = unicodedata.name(ch, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(ch):04X}]"


def drawable(text: str, fonts: FontSet) -> str:
    """``text`` with every character the main font lacks replaced (for canvas drawString)."""
    text = _strip_controls(_NEWLINES.sub("\n", text))
    if text.isascii():
        return text
    missing = {ch for ch in set(text) if ord(ch) not in fonts.coverage}
    if not missing:
        return text
    return "".join(substitute(ch) if ch in missing else ch for ch in text)


def _strip_controls(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() or ch == "\n" else " " if ch == "\t" else "" for ch in text
    )


def markup(text: str, fonts: FontSet) -> str:
    """Paragraph markup that prints ``text`` exactly as typed, line breaks kept.

    ``<``, ``>`` and ``&`` are escaped so reportlab tags print as text (long words and URLs
    wrap through the styles' ``splitLongWords``); runs in scripts the
    main font lacks (Hebrew, Arabic) switch to a fallback face, in display order (see
    :func:`_visual`); other missing characters
    (emoji) print as their Unicode name so nothing is silently lost.
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
    run: list[str] = []  # characters of the open right-to-left run
    face = ""  # its fallback font

    def close() -> str:
        body = "".join(run).rstrip(" ")
        tail = " " * (len(run) - len(body))
        run.clear()
        return f'<font name="{face}">{_visual(body)}</font>{tail}'

    for ch in text:
        if ch in missing:
            fallback = next((name for name, cps in fonts.fallbacks if ord(ch) in cps), None)
            if fallback is None:
                if run:
                    yield close()
                yield substitute(ch)
                continue
            if run and fallback != face:
                yield close()
            face = fallback
            run.append(ch)
        elif run and ch == " ":
            run.append(ch)  # a space inside a right-to-left phrase stays in its run
        else:
            if run:
                yield close()
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
