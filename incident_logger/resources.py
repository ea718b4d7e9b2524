"""Finds files under the project's ``resources/`` folder (source tree or installed copy)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

# A source checkout (and an editable install) has resources/ beside the package; a wheel
# installs them under <prefix>/share/incident-logger/resources (see pyproject's data-files).
_CANDIDATES = (
    Path(__file__).resolve().parent.parent / "resources",
    Path(sys.prefix) / "share" / "incident-logger" / "resources",
)


@cache
def _root() -> Path:
    for candidate in _CANDIDATES:
        if (candidate / "fonts").is_dir():
            return candidate
    return _CANDIDATES[0]


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``."""
    return _root().joinpath(*parts)
