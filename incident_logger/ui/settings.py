"""Where the app remembers window, splitter, column and theme state: one INI file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from incident_logger.paths import config_dir

SETTINGS_FILE = "incident-logger.ini"


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def open_settings(path: Path | None = None) -> QSettings:
    """The app's QSettings in INI format under the platformdirs config folder."""
    target = path or settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(target), QSettings.Format.IniFormat)


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


def read_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default
