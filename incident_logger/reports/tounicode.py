"""A ToUnicode map that names characters beyond U+FFFF correctly (emoji, rare ideographs).

reportlab writes such a character as five hex digits (``<1F525>``), which is not valid: the
PDF reference wants UTF-16BE, a surrogate pair (``<D83DDD25>``). Readers then copy or search
an emoji as a wrong character, and some refuse the map. :func:`install` puts this version in
reportlab's place; it is the same map for every other character, except the .notdef box,
which copies as U+25A1 instead of a NUL.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts


def _utf16(cp: int) -> str:
    return cp.to_bytes(4, "big").decode("utf-32-be").encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one embedded subset (at most 256 codes, one byte each)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        # Code 0 is the font's .notdef glyph (a box), drawn for a character the font lacks:
        # it copies as U+25A1 WHITE SQUARE, not as a NUL.
        *(f"<{i:02X}> <{_utf16(cp or 0x25A1)}>" for i, cp in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def install() -> None:
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
