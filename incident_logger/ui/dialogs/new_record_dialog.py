"""A small dialog that creates one record (a place, a source) without leaving the form in use.

The subclass adds its rows under the name and says how to create the record; a refusal is
shown under the form in the interface's language, the name marked when it is the name's.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.errors import ValidationError
from incident_logger.store.engine import Database
from incident_logger.ui.messages import error_text
from incident_logger.ui.widgets.field_error import FieldErrorLabel, mark_invalid


class NewRecordDialog(QDialog):
    def __init__(
        self, db: Database, title: str, name: str, name_label: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._db = db
        self.name = QLineEdit(name, self)
        self.name.setAccessibleName(name_label)
        self.error = FieldErrorLabel(self)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def fit(self, width: int) -> None:
        """Size the dialog once its rows are in."""
        self.resize(width, self.sizeHint().height())

    def refusal(self) -> str | None:
        """What must be fixed before creating (checked on OK); None: nothing."""
        return None

    def store(self) -> None:
        """Store the record (raises ValidationError when the service refuses it)."""
        raise NotImplementedError

    def accept(self) -> None:
        said = self.refusal()
        if said is not None:
            self.error.set_messages([said])
            return
        try:
            self.store()
        except ValidationError as exc:
            self.error.set_messages(error_text(exc).splitlines())
            mark_invalid(self.name, bool(exc.for_field("name")))
            return
        super().accept()
