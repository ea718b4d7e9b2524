"""Why a briefing cannot be saved or made, in plain words with what to do about it."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from incident_logger.services.briefing import FontsMissingError

_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BriefingDialog", text)


def target_problem(path: Path | None) -> str:
    """Why ``path`` cannot be written, in plain words ("" when it looks fine)."""
    if path is None:
        return _tr("Choose where to save the briefing.")
    if path.is_dir():
        return _tr("{path} is a folder. Add a file name, such as {example}.").format(
            path=path, example=path / "briefing.pdf"
        )
    if not path.parent.is_dir():
        return _tr("The folder {folder} does not exist. Choose another folder with Choose…").format(
            folder=path.parent
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return _tr(
            "You cannot save files in {folder}. Choose another folder, such as your Documents."
        ).format(folder=path.parent)
    return ""


def explain_failure(exc: BaseException, path: Path) -> tuple[str, str]:
    """A headline and what to do about it, for a briefing that could not be written."""
    folder = str(path.parent)
    again = _tr("Your settings are kept: press Create briefing again.")
    if isinstance(exc, OSError):
        if isinstance(exc, PermissionError) or exc.errno in _NO_PERMISSION:
            return (
                _tr(
                    "The briefing could not be saved in {folder}: no permission to write there."
                ).format(folder=folder),
                _tr("Choose another folder (your Documents, for example). ") + again,
            )
        if exc.errno in _NO_SPACE:
            return (
                _tr("The disk is full: there is no room for the briefing in {folder}.").format(
                    folder=folder
                ),
                _tr("Free some space or choose a folder on another drive. Nothing was written. ")
                + again,
            )
        if isinstance(exc, FileNotFoundError):
            return (
                _tr("The folder {folder} no longer exists.").format(folder=folder),
                _tr("Choose another folder. ") + again,
            )
        reason = exc.strerror or str(exc) or type(exc).__name__
        return (
            _tr("The briefing could not be saved: {reason}.").format(reason=reason),
            _tr("Check the folder and the disk, or choose another folder. ") + again,
        )
    if isinstance(exc, FontsMissingError):
        return (
            _tr("The fonts briefings are printed with are missing from this installation."),
            _tr("Reinstall Incident Logger, then try again."),
        )
    name = type(exc).__name__
    detail = str(exc).splitlines()[0] if str(exc) else ""
    return (
        _tr("The briefing could not be made ({what}).").format(
            what=f"{name}: {detail}" if detail else name
        ),
        _tr("Try again. If it keeps failing, narrow the search and report the problem. ") + again,
    )
