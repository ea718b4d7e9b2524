"""Why a briefing cannot be saved or made, in plain words with what to do about it."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from incident_logger.services.briefing import FontsMissingError
from incident_logger.ui.i18n import tr

_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}



def target_problem(path: Path | None) -> str:
    """Why ``path`` cannot be written, in plain words ("" when it looks fine)."""
    if path is None:
        return tr("Choose where to save the briefing.")
    if path.is_dir():
        return tr("{path} is a folder. Add a file name, such as {example}.").format(
            path=path, example=path / "briefing.pdf"
        )
    if not path.parent.is_dir():
        return tr("The folder {folder} does not exist. Choose another folder with Choose…").format(
            folder=path.parent
        )
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return tr(
            "You cannot save files in {folder}. Choose another folder, such as your Documents."
        ).format(folder=path.parent)
    return ""


def explain_failure(exc: BaseException, path: Path) -> tuple[str, str]:
    """A headline and what to do about it, for a briefing that could not be written."""
    folder = str(path.parent)
    again = tr("Your settings are kept: press Create briefing again.")
    if isinstance(exc, OSError):
        if isinstance(exc, PermissionError) or exc.errno in _NO_PERMISSION:
            return (
                tr(
                    "The briefing could not be saved in {folder}: no permission to write there."
                ).format(folder=folder),
                tr("Choose another folder (your Documents, for example). ") + again,
            )
        if exc.errno in _NO_SPACE:
            return (
                tr("The disk is full: there is no room for the briefing in {folder}.").format(
                    folder=folder
                ),
                tr("Free some space or choose a folder on another drive. Nothing was written. ")
                + again,
            )
        if isinstance(exc, FileNotFoundError):
            return (
                tr("The folder {folder} no longer exists.").format(folder=folder),
                tr("Choose another folder. ") + again,
            )
        reason = exc.strerror or str(exc) or type(exc).__name__
        return (
            tr("The briefing could not be saved: {reason}.").format(reason=reason),
            tr("Check the folder and the disk, or choose another folder. ") + again,
        )
    if isinstance(exc, FontsMissingError):
        return (
            tr("The fonts briefings are printed with are missing from this installation."),
            tr("Reinstall Incident Logger, then try again."),
        )
    name = type(exc).__name__
    detail = str(exc).splitlines()[0] if str(exc) else ""
    return (
        tr("The briefing could not be made ({what}).").format(
            what=f"{name}: {detail}" if detail else name
        ),
        tr("Try again. If it keeps failing, narrow the search and report the problem. ") + again,
    )
