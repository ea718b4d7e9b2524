"""Abbreviations written in place names, with the full word they stand for."""

from __future__ import annotations

# Only abbreviations that cannot be mistaken for another word; read after lower-casing
# and dropping the final full stop ("Калужская обл." -> область).
ABBREVIATIONS: dict[str, str] = {
    "обл": "область",
    "р-н": "район",
    "р-на": "район",
    "р-не": "район",
    "респ": "республика",
    "obl": "oblast",
}
