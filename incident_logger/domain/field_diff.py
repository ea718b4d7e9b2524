"""The changes of a record's fields as the history keeps them: ``{field: [old, new]}``.

Pure functions (no database): the history service records them, and a bulk import writes
the same ``changes`` of the records it creates without loading the ORM.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, is_dataclass
from enum import Enum
from typing import Any


def plain(value: Any) -> Any:
    """A JSON-ready form of a value (dataclasses, tuples and enums included)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in asdict(value).items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def diff(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> dict[str, list[Any]]:
    """Fields whose value changed, as ``{field: [old, new]}``."""
    old = old or {}
    new = new or {}
    changes: dict[str, list[Any]] = {}
    for key in sorted(set(old) | set(new)):
        before, after = plain(old.get(key)), plain(new.get(key))
        if before != after:
            changes[key] = [before, after]
    return changes
