"""A plain-text table for terminals, wide characters counted by display width."""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    return sum(
        2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
        for ch in text
    )


def clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


def render_table(
    headers: list[str], rows: list[list[str]], widths: dict[str, int] | None = None
) -> str:
    limits = widths or {}
    cells = [
        [clip(c, limits.get(h, 40)) for h, c in zip(headers, row, strict=True)] for row in rows
    ]
    cols = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (cols[i] - width(v)) for i, v in enumerate(values)).rstrip()

    out = [line(headers), line(["─" * c for c in cols])]
    out.extend(line(r) for r in cells)
    return "\n".join(out)
