"""Finds files under the project's ``resources/`` folder."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``."""
    return _ROOT.joinpath(*parts)
