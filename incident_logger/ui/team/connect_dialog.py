"""File › Connect to team database…: saved connection profiles, then the window on that database.

A profile (name, host, port, database, user, or a libpq service) is kept in the app's
settings; its password never is. Connecting asks the server with libpq's own ``.pgpass`` and
service file first, then the system keyring, then a prompt (``store/pg/credentials.py``).
What goes wrong is said beside the field to change: a refused password at the user, an
unreachable server at the host, a database without the schema at the database (with the
``team init`` command to run). The typing stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIntValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incident_logger.store.engine import Database, open_database
from incident_logger.store.errors import DatabaseError
from incident_logger.ui import prompts
from incident_logger.ui.team import profiles
from incident_logger.ui.team.profiles import Profile
from incident_logger.ui.widgets.field_error import FieldErrorLabel, with_error

Opener = Callable[[str], Database]


def open_team_database(url: str) -> Database:
    """Connect (asking for a password only when libpq and the keyring have none)."""
    return open_database(url, ask_password=prompts.ask_team_password)


class ConnectDialog(QDialog):
    """Choose or write a connection profile and connect; ``database`` is the result."""

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, opener: Opener | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team database"))
        self.setObjectName("teamConnectDialog")
        self._settings = settings
        self._open = opener or open_team_database
        self.database: Database | None = None
        intro = QLabel(
            self.tr(
                "A team database is a PostgreSQL database that several analysts share. "
                "Passwords are never saved with a profile: ~/.pgpass or the service file gives "
                "them, or the system keyring keeps the one you type."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.profiles = QListWidget(self)
        self.profiles.setAccessibleName(self.tr("Saved connection profiles"))
        self.profiles.setMinimumWidth(170)
        self.profiles.currentItemChanged.connect(self._show_profile)
        self.new_button = QPushButton(self.tr("&New profile"), self)
        self.new_button.clicked.connect(self._new_profile)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Forget the selected profile (not the database)"))
        self.remove_button.clicked.connect(self._remove_profile)
        self.name = self._field(self.tr("Profile name"), self.tr("e.g. Duty team"))
        self.host = self._field(
            self.tr("Host"), self.tr("server name or address; empty: this computer")
        )
        self.port = self._field(self.tr("Port"), "5432")
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.database_name = self._field(self.tr("Database"), self.tr("e.g. incidents"))
        self.user = self._field(self.tr("User"), self.tr("your login on the server"))
        self.service = self._field(
            self.tr("Service"), self.tr("optional: a name in ~/.pg_service.conf")
        )
        self.errors = {
            field: FieldErrorLabel(self, field)
            for field in (self.name, self.host, self.port, self.database_name, self.user)
        }
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), with_error(self.name, self.errors[self.name]))
        form.addRow(self.tr("&Host:"), with_error(self.host, self.errors[self.host]))
        form.addRow(self.tr("&Port:"), with_error(self.port, self.errors[self.port]))
        form.addRow(
            self.tr("&Database:"),
            with_error(self.database_name, self.errors[self.database_name]),
        )
        form.addRow(self.tr("&User:"), with_error(self.user, self.errors[self.user]))
        form.addRow(self.tr("Ser&vice:"), self.service)
        self.status = QLabel(self)
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.profiles, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        side.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(640, 400)
        self._fill(profiles.load(settings), profiles.last_used(settings))

    def _field(self, name: str, hint: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setAccessibleName(name)
        field.setPlaceholderText(hint)
        field.setMaxLength(255)
        return field

    # --- profiles -----------------------------------------------------------------------

    def _fill(self, saved: list[Profile], current: str) -> None:
        blocked = self.profiles.blockSignals(True)
        self.profiles.clear()
        for profile in saved:
            item = QListWidgetItem(profile.name, self.profiles)
            item.setData(Qt.ItemDataRole.UserRole, profile)
            item.setToolTip(profile.url)
        self.profiles.blockSignals(blocked)
        names = [p.name for p in saved]
        if saved:
            self.profiles.setCurrentRow(names.index(current) if current in names else 0)
        else:
            self._new_profile()
        self.remove_button.setEnabled(bool(saved))

    def _show_profile(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        profile = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(profile, Profile):
            return
        self.name.setText(profile.name)
        self.host.setText(profile.host)
        self.port.setText(profile.port)
        self.database_name.setText(profile.database)
        self.user.setText(profile.user)
        self.service.setText(profile.service)
        self._clear_errors()

    def _new_profile(self) -> None:
        blocked = self.profiles.blockSignals(True)
        self.profiles.setCurrentRow(-1)
        self.profiles.blockSignals(blocked)
        for field in (self.name, self.host, self.port, self.database_name, self.user):
            field.clear()
        self.service.clear()
        self._clear_errors()
        self.name.setFocus()

    def _remove_profile(self) -> None:
        item = self.profiles.currentItem()
        if item is None:
            return
        saved = profiles.forget(self._settings, item.text())
        self._fill(saved, "")
        self.status.setText(self.tr("Forgot the profile “{name}”.").format(name=item.text()))

    def profile(self) -> Profile:
        """The profile as the form shows it (trimmed)."""
        return Profile(
            name=self.name.text().strip(),
            host=self.host.text().strip(),
            port=self.port.text().strip(),
            database=self.database_name.text().strip(),
            user=self.user.text().strip(),
            service=self.service.text().strip(),
        )

    # --- connecting ----------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.set_messages([])
        self.status.clear()

    def _problems(self, profile: Profile) -> dict[QLineEdit, str]:
        problems: dict[QLineEdit, str] = {}
        if not profile.name:
            problems[self.name] = self.tr("Give the profile a name, e.g. Duty team")
        if not profile.database and not profile.service:
            problems[self.database_name] = self.tr("Name the database (or a service)")
        if profile.port and not self.port.hasAcceptableInput():
            problems[self.port] = self.tr("A port is a number from 1 to 65535")
        return problems

    def _connect(self) -> None:
        self._clear_errors()
        profile = self.profile()
        problems = self._problems(profile)
        if problems:
            for field, message in problems.items():
                self.errors[field].set_messages([message])
            next(iter(problems)).setFocus()
            return
        self.status.setText(self.tr("Connecting to {url}…").format(url=profile.url))
        self.status.repaint()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            database = self._open(profile.url)
        except DatabaseError as exc:
            self._explain(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        saved = profiles.remember(self._settings, profile)
        self._fill(saved, profile.name)
        self.database = database
        self.accept()

    def _explain(self, exc: DatabaseError) -> None:
        """The server's refusal beside the field to change (the typing stays)."""
        field = {
            "auth": self.user,
            "io": self.host,
            "foreign": self.database_name,
            "too_old": self.database_name,
            "cannot_open": self.host,
        }.get(exc.reason)
        self.status.setText(str(exc))
        if field is not None:
            self.errors[field].set_messages([self._short(exc.reason)])
            field.setFocus()
            field.selectAll()

    def _short(self, reason: str) -> str:
        return {
            "auth": self.tr("The server refused this user's password"),
            "io": self.tr("The server cannot be reached at this host and port"),
            "foreign": self.tr("No Incident Logger schema here: run 'incident-logger team init'"),
            "too_old": self.tr("An older schema: run 'incident-logger team init' to upgrade it"),
            "cannot_open": self.tr("Not a usable address"),
        }.get(reason, "")
