"""Marking text for translation where it is defined and translating it where it is shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated when shown.

    PySide6's own QT_TRANSLATE_NOOP is typed as returning ``object``; this one keeps ``str``.
    """
    del context
    return text
