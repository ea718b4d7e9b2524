"""View › Language: follow the system or choose English, Russian or Ukrainian (next start)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from incident_logger.ui import i18n


class LanguageMenu(QObject):
    """The submenu; a choice is remembered and applies when the app starts again."""

    def __init__(self, parent: QWidget, menu: QMenu, settings: QSettings) -> None:
        super().__init__(parent)
        self._parent = parent
        self._settings = settings
        self.menu = menu.addMenu(self.tr("&Language"))
        self.menu.setObjectName("menu_language")
        self.group = QActionGroup(self)
        chosen = i18n.chosen_setting(settings)
        system = i18n.LANGUAGES[i18n.system_language()]
        entries = [("", self.tr("Follow the &system ({language})").format(language=system))]
        entries += list(i18n.LANGUAGES.items())
        self.actions: dict[str, QAction] = {}
        for code, text in entries:
            action = self.menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setObjectName(f"action_language_{code or 'system'}")
            action.triggered.connect(partial(self._choose, code))
            self.group.addAction(action)
            self.actions[code] = action
            if not code:
                self.menu.addSeparator()

    def _choose(self, code: str, _checked: bool = False) -> None:
        before = i18n.language_for(self._settings)
        i18n.choose(self._settings, code)
        after = i18n.language_for(self._settings)
        if after == i18n.installed_language() and before == after:
            return
        QMessageBox.information(
            self._parent,
            self.tr("Language"),
            self.tr(
                "Incident Logger will speak {language} when you start it again."
            ).format(language=i18n.LANGUAGES[after]),
        )
