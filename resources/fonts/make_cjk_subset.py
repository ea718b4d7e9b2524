"""Make NotoSansCJK-Subset.ttf, the briefing's fallback for Chinese, Japanese and Korean.

Noto Sans CJK ships as CFF OpenType collections of about 20 MB, which reportlab cannot embed
(it reads TrueType outlines only). This script takes the Simplified Chinese face of the
collection, keeps the characters below, converts the outlines to TrueType (quadratic curves,
fontTools cu2qu) and writes a font reportlab embeds glyph by glyph.

Kept: Latin-1, Greek, Cyrillic and general punctuation; every Hangul syllable and jamo; kana; CJK punctuation, full- and half-width forms;
the ideographs of the national character sets GB 2312, JIS X 0208 (Shift JIS), KS X 1001
(EUC-KR) and the 5,401 frequent ones of Big5 (lead bytes A4-C6), as Python's codecs define
them: about 10,500 ideographs. Anything else prints as a box. The names say "Subset" (the
font is modified, as the OFL asks a modified font to say).

Usage (needs fontTools: ``pip install fonttools``; the source is Debian's
``fonts-noto-cjk`` 1:20220127+repack1-1)::

    python resources/fonts/make_cjk_subset.py \
        /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc resources/fonts/NotoSansCJK-Subset.ttf
"""

from __future__ import annotations

import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

FACE = "Noto Sans CJK SC"
RANGES = (
    (0x1100, 0x11FF),  # Hangul jamo
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0xA960, 0xA97F),  # Hangul jamo extended A
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xD7B0, 0xD7FF),  # Hangul jamo extended B
    (0xFF00, 0xFFEF),  # half- and full-width forms
)
CODECS = ("gb2312", "shift_jis", "euc_kr")
BIG5_FREQUENT = range(0xA4, 0xC7)  # Big5 lead bytes of the frequently used characters
MAX_ERR = 1.0  # font units: how far a quadratic curve may stray from the cubic one


def characters() -> set[int]:
    chars = {cp for lo, hi in RANGES for cp in range(lo, hi + 1)}
    # Latin, Greek and Cyrillic letters and punctuation: a chart label or page header drawn in
    # this one font ("Seoul 서울", "Пекин 北京") needs them too.
    chars |= {*range(0x20, 0x7F), *range(0xA0, 0x100), *range(0x370, 0x400)}
    chars |= {*range(0x400, 0x530), *range(0x2000, 0x2070)}
    for cp in range(0x3400, 0xA000):  # ideographs: extension A and the unified block
        for codec in CODECS:
            try:
                chr(cp).encode(codec)
            except UnicodeEncodeError:
                continue
            chars.add(cp)
            break
    for lead in BIG5_FREQUENT:
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                chars.add(ord(bytes((lead, trail)).decode("big5")))
            except UnicodeDecodeError:
                continue
    return chars


def rename(font: TTFont) -> None:
    """Say in the names that this is a subset of the original."""
    for record in font["name"].names:
        text = record.toUnicode()
        if record.nameID in (1, 3, 4, 16):
            record.string = text.replace("Noto Sans CJK SC", "Noto Sans CJK SC Subset", 1)
        elif record.nameID == 6:
            record.string = text.replace("NotoSansCJKsc", "NotoSansCJKscSubset", 1)


def pick_face(path: str) -> TTFont:
    for font in TTCollection(path).fonts:
        if font["name"].getDebugName(4) == FACE:
            return font
    raise SystemExit(f"{path} has no face named {FACE}")


def cff_to_truetype(font: TTFont) -> None:
    """Replace the CFF outlines with TrueType ones (the font's glyphs stay the same)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: smaller, and nothing reads them
    font.sfntVersion = "\x00\x01\x00\x00"


def main(source: str, target: str) -> None:
    font = pick_face(source)
    options = subset.Options()
    options.layout_features = []  # reportlab does no OpenType layout
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(characters()))
    subsetter.subset(font)
    cff_to_truetype(font)
    rename(font)
    font.save(target)
    print(f"{target}: {len(font.getGlyphOrder()):,} glyphs")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
