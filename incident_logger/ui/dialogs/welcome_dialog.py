"""First start: on a new database, say what is there, where it lives, and how to begin."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incident_logger import paths
from incident_logger.demo.prepare import prepare_demo
from incident_logger.services.backup import KEEP_DAILY, KEEP_WEEKLY
from incident_logger.services.welcome import (
    DEMO_INCIDENTS,
    FirstStart,
    demo_database_path,
    first_start_facts,
)
from incident_logger.ui.dialogs.about_dialog import open_local
from incident_logger.ui.i18n import number, tr
from incident_logger.ui.icons import app_icon, icon

if TYPE_CHECKING:
    from incident_logger.ui.main_window import MainWindow

log = logging.getLogger(__name__)
SETTING = "welcome/show_on_new_database"
# Names another module may give its "new from statement" action; the step shows only then.
CAPTURE_ACTIONS = ("capture", "new_from_statement", "from_statement", "paste_statement")

def _kind_count(kind: str, n: int) -> str:
    """'250 countries', '1 town or city' in the interface's language (three forms in ru/uk)."""
    words = {
        "country": tr("%Ln country(ies)", "", n),
        "region": tr("%Ln region(s)", "", n),
        "district": tr("%Ln district(s)", "", n),
        "city": tr("%Ln town(s) or city(ies)", "", n),
        "locality": tr("%Ln locality(ies)", "", n),
    }
    return words.get(kind, f"{number(n)} {kind}")


KINDS = ("country", "region", "district", "city", "locality")


def places_sentence(facts: FirstStart) -> str:
    """``The gazetteer knows 2,150 places: 250 countries, 110 regions, …`` (or that it is empty)."""
    if facts.places == 0:
        return tr(
            "The gazetteer is empty. Places are added as you record them, or add a country "
            "with all its regions on the Places page."
        )
    parts = [
        _kind_count(kind, facts.places_by_kind[kind])
        for kind in KINDS
        if facts.places_by_kind.get(kind, 0)
    ]
    return tr("The gazetteer knows %Ln place(s): {kinds}.", "", facts.places).format(
        kinds=", ".join(parts)
    )


def launch_app_on(db_path: Path) -> bool:
    """Start another Incident Logger window on ``db_path`` (tests replace this)."""
    if getattr(sys, "frozen", False):
        program, args = sys.executable, ["--db", str(db_path)]
    else:
        program, args = sys.executable, ["-m", "incident_logger", "--db", str(db_path)]
    ok, _pid = QProcess.startDetached(program, args)
    return bool(ok)


class WelcomeDialog(QDialog):
    """The steps are the window's own actions; the chosen one runs after the dialog closes."""

    def __init__(
        self,
        facts: FirstStart,
        db_path: Path,
        actions: dict[str, QAction],
        parent: QWidget | None = None,
        *,
        show_again: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Incident Logger"))
        self.chosen: str | None = None
        self.db_path = Path(db_path)
        self.backup_folder = paths.backup_dir_for(self.db_path)

        head = self._head(facts)
        steps = self._steps(actions)
        line, where = self._where_box()
        self.show_again = QCheckBox(self.tr("&Show this when a database is empty"), self)
        self.show_again.setChecked(show_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        footer = QGridLayout()
        footer.addWidget(self.show_again, 0, 0)
        footer.addWidget(buttons, 0, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addSpacing(4)
        layout.addLayout(steps)
        layout.addWidget(line)
        layout.addLayout(where)
        layout.addSpacing(4)
        layout.addLayout(footer)
        self.steps["new"].setFocus()
        self.setMinimumWidth(600)

    def _head(self, facts: FirstStart) -> QGridLayout:
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(48, 48))
        title = QLabel(self.tr("Welcome to Incident Logger"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(self._summary(facts), self)
        self.summary.setObjectName("welcomeSummary")
        self.summary.setWordWrap(True)

        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(title)
        texts.addWidget(self.summary)
        head = QGridLayout()
        head.addWidget(logo, 0, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(texts, 0, 1)
        head.setColumnStretch(1, 1)
        head.setHorizontalSpacing(14)
        return head

    def _steps(self, actions: dict[str, QAction]) -> QVBoxLayout:
        self.steps: dict[str, QCommandLinkButton] = {}
        steps = QVBoxLayout()
        steps.setSpacing(2)
        capture = next((n for n in CAPTURE_ACTIONS if n in actions), None)
        offered = [
            (
                "new",
                self.tr("Record the first incident"),
                self.tr("An empty form: what happened, where, when, who said it."),
                "new",
            ),
        ]
        if capture is not None:
            offered.append(
                (
                    capture,
                    self.tr("Paste a statement"),
                    self.tr("A governor's post or a ministry's tally becomes drafts to check."),
                    "edit",
                )
            )
        if "import" in actions:
            offered.append(
                (
                    "import",
                    self.tr("Import a file…"),
                    self.tr("ACLED CSV, or CSV and JSON written by Incident Logger."),
                    "import",
                )
            )
        offered.append(
            (
                "demo",
                self.tr("Try the demo data"),
                self.tr(
                    "Opens a separate demo database with {n} made-up incidents in a new "
                    "window. This database stays empty."
                ).format(n=number(DEMO_INCIDENTS)),
                "database",
            )
        )
        for name, text, detail, icon_name in offered:
            button = QCommandLinkButton(text, detail, self)
            button.setObjectName(f"welcome_{name}")
            button.setIcon(icon(icon_name))
            action = actions.get(name)
            keys = action.shortcut().toString() if action is not None else ""
            if keys:
                button.setToolTip(keys)
            button.clicked.connect(lambda _=False, n=name: self._choose(n))
            steps.addWidget(button)
            self.steps[name] = button
        return steps

    def _where_box(self) -> tuple[QFrame, QGridLayout]:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        where_title = QLabel(self.tr("Where your data is"), self)
        bold = where_title.font()
        bold.setBold(True)
        where_title.setFont(bold)
        self.where = QLabel(self._where(), self)
        self.where.setObjectName("welcomeWhere")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(icon("database"), self.tr("&Open the folder"), self)
        self.open_folder.setObjectName("welcomeOpenFolder")
        self.open_folder.setToolTip(str(self.db_path.parent))
        self.open_folder.clicked.connect(self._open_folder)
        self.open_backups = QPushButton(icon("backups"), self.tr("Open &backups"), self)
        self.open_backups.setObjectName("welcomeOpenBackups")
        self.open_backups.setToolTip(str(self.backup_folder))
        self.open_backups.clicked.connect(self._open_backups)
        folder_buttons = QVBoxLayout()
        folder_buttons.addWidget(self.open_folder)
        folder_buttons.addWidget(self.open_backups)
        folder_buttons.addStretch(1)
        where = QGridLayout()
        where.addWidget(where_title, 0, 0)
        where.addWidget(self.where, 1, 0, Qt.AlignmentFlag.AlignTop)
        where.addLayout(folder_buttons, 0, 1, 2, 1)
        where.setColumnStretch(0, 1)
        where.setHorizontalSpacing(16)
        where.setVerticalSpacing(4)
        return line, where

    def _summary(self, facts: FirstStart) -> str:
        lines = [self.tr("This database is new: nothing is recorded in it yet.")]
        lines.append(places_sentence(facts))
        if facts.sources:
            lines.append(self.tr("It knows %Ln source(s) to cite.", "", facts.sources))
        return " ".join(lines)

    def _where(self) -> str:
        return self.tr(
            "Database: {db}\nBackups: {backups}\nA verified copy is made once a day when the app "
            "starts, and before every upgrade; the last {daily} days and {weekly} weeks are kept."
        ).format(
            db=self.db_path,
            backups=self.backup_folder,
            daily=KEEP_DAILY,
            weekly=KEEP_WEEKLY,
        )

    def _choose(self, name: str) -> None:
        self.chosen = name
        self.accept()

    def _open_folder(self) -> None:
        open_local(self.db_path.parent)

    def _open_backups(self) -> None:
        self.backup_folder.mkdir(parents=True, exist_ok=True)
        open_local(self.backup_folder)


# --- the hook the main window calls at start-up ---------------------------------------------


def offer(window: MainWindow) -> None:
    """On a new database (and unless the user turned it off), open the welcome."""
    if window.settings.value(SETTING, True, type=bool) is False:
        return
    # On the maintenance runner, which is serial: a gazetteer load queued there at start-up
    # finishes first, so the welcome counts the places it brought.
    window.maintenance.runner.submit(
        first_start_facts,
        window.db,
        on_done=lambda facts: _show(window, facts),
        description="first start",
    )


def _show(window: MainWindow, facts: FirstStart) -> None:
    if not facts.is_new or window.isHidden():
        return
    dialog = WelcomeDialog(
        facts, window.db.path, dict(window.actions_.by_name), window, show_again=True
    )

    def finished(_result: int) -> None:
        window.settings.setValue(SETTING, dialog.show_again.isChecked())
        chosen = dialog.chosen
        dialog.deleteLater()
        if chosen == "demo":
            start_demo(window)
        elif chosen is not None and chosen in window.actions_.by_name:
            QTimer.singleShot(0, window.actions_.by_name[chosen].trigger)

    dialog.finished.connect(finished)
    dialog.open()


def start_demo(window: MainWindow) -> None:
    """Fill the demo database on the worker, then open it in a new window."""
    path = demo_database_path()
    window.show_message(tr("Preparing the demo database…"))

    def ready(made: Path) -> None:
        if launch_app_on(made):
            window.show_message(tr("The demo database opens in a new window."))
        else:
            window.show_message(tr("The demo window could not be started."))

    def failed(exc: BaseException) -> None:
        log.warning("demo database failed: %s", exc)
        window.show_message(tr("The demo database could not be made: {e}").format(e=exc))

    window.runner.submit(
        prepare_demo, path, on_done=ready, on_error=failed, description="demo database"
    )
