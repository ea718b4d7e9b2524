"""The pymorphy3 analysers for Russian and Ukrainian, loaded once, lazily, under a lock."""

from __future__ import annotations

import threading
import time
from typing import Any

LANGUAGES = ("ru", "uk")

_lock = threading.Lock()
_analysers: dict[str, Any] = {}
_seconds: dict[str, float] = {}


def analyser(lang: str) -> Any:
    """The pymorphy3 ``MorphAnalyzer`` for 'ru' or 'uk', loading it on first use.

    Loading takes a few tenths of a second; concurrent callers wait for the one load.
    """
    found = _analysers.get(lang)
    if found is not None:
        return found
    if lang not in LANGUAGES:
        raise ValueError(f"no morphological dictionary for language '{lang}'")
    with _lock:
        found = _analysers.get(lang)
        if found is None:
            started = time.perf_counter()
            import pymorphy3  # imported here: the import is part of the lazy load

            found = pymorphy3.MorphAnalyzer(lang=lang)
            _seconds[lang] = time.perf_counter() - started
            _analysers[lang] = found
    return found


def warm_up() -> float:
    """Load both dictionaries now (call it from a worker thread); returns seconds spent."""
    started = time.perf_counter()
    for lang in LANGUAGES:
        analyser(lang)
    return time.perf_counter() - started


def is_loaded() -> bool:
    return all(lang in _analysers for lang in LANGUAGES)


def load_seconds() -> dict[str, float]:
    """How long each dictionary took to load in this process (only those loaded so far)."""
    return dict(_seconds)
