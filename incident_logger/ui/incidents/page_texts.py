"""The words the Incidents page's write modules say (``save_flow``, ``delete_flow``,
``page_undo``), in the page's translation context ("IncidentsPage"), as they were said when
those modules were part of the page: one translation each, shared with the page's own
``self.tr()`` texts.

lupdate reads the marks below: ``QT_TRANSLATE_NOOP`` for a plain text, :func:`translate` with a
literal count for one with ``%Ln`` (it files a plural entry only when the count it reads is a
number). :func:`t` translates a text where it is shown, with the real count.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incident_logger.ui.translate import QT_TRANSLATE_NOOP

CONTEXT = "IncidentsPage"


def translate(context: str, text: str, disambiguation: None, n: int) -> str:
    """Marks a text with ``%Ln`` for lupdate (the literal count makes it a plural entry)."""
    del context, disambiguation, n
    return text


SAVING = QT_TRANSLATE_NOOP("IncidentsPage", "Saving…")
FIELDS_NEED_ATTENTION = translate(
    "IncidentsPage", "Not saved: %Ln field(s) need attention.", None, 1
)
NOT_SAVED_BECAUSE = QT_TRANSLATE_NOOP("IncidentsPage", "Not saved: {e}")
NOT_SAVED = QT_TRANSLATE_NOOP("IncidentsPage", "Not saved")
STILL_TYPED = QT_TRANSLATE_NOOP(
    "IncidentsPage", "What you typed is still in the form. Try again, or copy it somewhere safe."
)
TOOK_THEIRS = QT_TRANSLATE_NOOP("IncidentsPage", "Loaded the version saved by {who}.")
SAVED = QT_TRANSLATE_NOOP("IncidentsPage", "Saved {ref}.")
MOVED = translate(
    "IncidentsPage", "Moved %Ln incident(s) to the Trash. Ctrl+Z brings them back.", None, 1
)
NOTHING_CHANGED_BECAUSE = QT_TRANSLATE_NOOP("IncidentsPage", "Nothing changed: {e}")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("IncidentsPage", "Nothing changed")
CANNOT_UNDO_BECAUSE = QT_TRANSLATE_NOOP("IncidentsPage", "Cannot undo: {e}")
CANNOT_UNDO = QT_TRANSLATE_NOOP("IncidentsPage", "Cannot undo or redo")
STEP_DROPPED = QT_TRANSLATE_NOOP(
    "IncidentsPage", "The step is dropped. Open the incident again to see its newer version."
)
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "IncidentsPage", "The record may have been changed elsewhere."
)


def t(text: str, n: int = -1) -> str:
    """``text`` (one of the above) in the interface's language; ``n``: the count of ``%Ln``."""
    return QCoreApplication.translate(CONTEXT, text, None, n)
