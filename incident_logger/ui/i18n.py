"""The interface's language: which one, and the Qt translators that speak it.

Every string a person sees goes through Qt's translation system: ``self.tr()`` in a class (the
class is the context), :func:`tr` in module-level code (the empty context), or
``QCoreApplication.translate(context, text)``. ``packaging/translations.py`` extracts them with
``pyside6-lupdate`` into ``resources/i18n/incident_logger_<lang>.ts`` and compiles the ``.qm``
files loaded here. English is the source language and needs none.

The language follows the system locale unless one is chosen in View › Language (kept in the
settings); a change applies at the next start. Dates and numbers follow the same locale
(``QLocale.setDefault``), so ``QLocale().toString(...)`` writes them as the language does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from incident_logger.resources import resource_path
from incident_logger.ui.settings import read_str

# Code -> the language's own name, as View › Language lists it.
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "uk": "Українська"}
SOURCE_LANGUAGE = "en"
SETTING = "view/language"  # a code from LANGUAGES; empty or missing: follow the system
FILE_PREFIX = "incident_logger_"

_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate module-level text (lupdate files a bare ``tr()`` under the empty context)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def number(n: int) -> str:
    """An integer grouped as the interface's locale writes it: 12,345 or 12 345.

    Qt's "C" locale (a system without one) writes no grouping; it reads as English there.
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{n:,}"
    return locale.toString(n)


def system_language() -> str:
    """The system locale's language when the interface speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_setting(settings: QSettings) -> str:
    """What View › Language holds: a language code, or "" to follow the system."""
    value = read_str(settings, SETTING)
    return value if value in LANGUAGES else ""


def choose(settings: QSettings, code: str) -> None:
    """Remember ``code`` ("" for the system's language) for the next start."""
    settings.setValue(SETTING, code if code in LANGUAGES else "")
    settings.sync()


def language_for(settings: QSettings) -> str:
    return chosen_setting(settings) or system_language()


def qm_path(code: str) -> Path:
    return resource_path("i18n", f"{FILE_PREFIX}{code}.qm")


def _locale(code: str) -> QLocale:
    """The system's own locale when it is in ``code`` (keeps its country's habits)."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(code)


def install(code: str) -> list[QTranslator]:
    """Speak ``code`` from now on: the app's translation, Qt's own (standard buttons,
    dialogs) and the default locale for dates and numbers. Returns what was installed."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    code = code if code in LANGUAGES else SOURCE_LANGUAGE
    QLocale.setDefault(_locale(code))
    if app is None:
        return []
    # English carries only the plural forms of its own source text ("%Ln incident(s)").
    candidates = [(str(qm_path(code)), "")]
    if code != SOURCE_LANGUAGE:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((f"qtbase_{code}.qm", qt_folder))
    for filename, folder in candidates:
        translator = QTranslator(app)
        if translator.load(filename, folder) if folder else translator.load(filename):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


def installed_translators() -> list[QTranslator]:
    return list(_installed)


def installed_language() -> str:
    """The language the interface speaks now (the default locale's)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE
