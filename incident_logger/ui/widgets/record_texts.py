"""The record pages' words (translation context "RecordPage"), for every page that keeps records
beside a list: its toolbar (``record_actions``) and what its writes say (``record_writes``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incident_logger.ui.translate import QT_TRANSLATE_NOOP

SAVE = QT_TRANSLATE_NOOP("RecordPage", "Save")
DELETE = QT_TRANSLATE_NOOP("RecordPage", "Delete")
TRASH = QT_TRANSLATE_NOOP("RecordPage", "Trash")
RESTORE = QT_TRANSLATE_NOOP("RecordPage", "Restore")
REFRESH = QT_TRANSLATE_NOOP("RecordPage", "Refresh")
FIX_FIELDS = QT_TRANSLATE_NOOP("RecordPage", "Not saved: fix the fields marked in red.")
SAVING = QT_TRANSLATE_NOOP("RecordPage", "Saving…")
NOT_SAVED_BECAUSE = QT_TRANSLATE_NOOP("RecordPage", "Not saved: {0}")
NOT_SAVED = QT_TRANSLATE_NOOP("RecordPage", "Not saved")
STILL_TYPED = QT_TRANSLATE_NOOP(
    "RecordPage", "What you typed is still in the form. Try again, or copy it somewhere safe."
)
TOOK_THEIRS = QT_TRANSLATE_NOOP("RecordPage", "Loaded the version saved by someone else.")
DISCARDED = QT_TRANSLATE_NOOP("RecordPage", "Changes discarded.")
MOVING = QT_TRANSLATE_NOOP("RecordPage", "Moving to the trash…")
RESTORING = QT_TRANSLATE_NOOP("RecordPage", "Restoring…")
CANNOT_MOVE = QT_TRANSLATE_NOOP("RecordPage", "Cannot move to the trash")
NOTHING_CHANGED_BECAUSE = QT_TRANSLATE_NOOP("RecordPage", "Nothing changed: {0}")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("RecordPage", "Nothing changed")


def t(text: str) -> str:
    """``text`` (one of the above) in the interface's language."""
    return QCoreApplication.translate("RecordPage", text)
