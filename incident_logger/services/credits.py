"""What the app carries that others made (fonts, data, libraries): read from THIRD-PARTY.json.

The list lives in ``resources/THIRD-PARTY.json`` so that whoever adds a font, a data file or a
data package adds its entry there; Help › About shows it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from incident_logger.resources import resource_path

FILE_NAME = "THIRD-PARTY.json"
REQUIRED = ("name", "kind", "used_for", "licence", "source")
KINDS = ("font", "data", "icons", "library")


class CreditsError(ValueError):
    """THIRD-PARTY.json is missing or malformed; the message names the entry and key."""


@dataclass(frozen=True, slots=True)
class Credit:
    name: str
    kind: str
    used_for: str
    licence: str
    source: str
    path: str = ""  # under resources/
    package: str = ""  # a Python distribution
    licence_file: str = ""  # under resources/
    url: str = ""

    def licence_path(self) -> Path | None:
        """The licence text shipped with the app, when the entry names one that exists."""
        if not self.licence_file:
            return None
        found = resource_path(*Path(self.licence_file).parts)
        return found if found.is_file() else None


def _credit(index: int, raw: object) -> Credit:
    if not isinstance(raw, dict):
        raise CreditsError(f"entry {index + 1} is not an object")
    label = str(raw.get("name") or f"entry {index + 1}")
    for key in REQUIRED:
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise CreditsError(f"{label}: '{key}' is missing or empty")
    if raw["kind"] not in KINDS:
        raise CreditsError(f"{label}: kind '{raw['kind']}' is not one of {', '.join(KINDS)}")
    known = {f for f in Credit.__dataclass_fields__}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise CreditsError(f"{label}: unknown key(s) {', '.join(unknown)}")
    if not all(isinstance(v, str) for v in raw.values()):
        raise CreditsError(f"{label}: every value must be text")
    return Credit(**raw)


def parse_credits(text: str) -> list[Credit]:
    """Entries of a THIRD-PARTY.json text, in file order (raises ``CreditsError``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CreditsError(f"{FILE_NAME} is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CreditsError(f"{FILE_NAME} has no 'entries' list")
    return [_credit(i, raw) for i, raw in enumerate(entries)]


def load_credits(path: Path | None = None) -> list[Credit]:
    """The shipped list (or the one at ``path``)."""
    path = path or resource_path(FILE_NAME)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CreditsError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse_credits(text)
