"""Choose a place by typing any of its names or spellings; add a new one in place."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from incident_logger.domain.errors import NotFoundError
from incident_logger.domain.models import Place
from incident_logger.domain.text import fold
from incident_logger.store.engine import Database
from incident_logger.ui import place_names
from incident_logger.ui.icons import themed

PLACE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# services.places (and the dialog using it) load the ORM: they are imported where used, so the
# editor on screen at start-up does not load it (docs/ARCHITECTURE.md, start-up).
ADD_PLACE_KEY = "Ctrl+Shift+P"  # no platform standard key (see tests/ui/test_shortcuts.py)


class PlacePicker(QWidget):
    """A line edit completing over place names and aliases; ``place_id`` is the choice."""

    place_changed = Signal(object)  # int | None

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.place_id: int | None = None
        self._chosen_text = ""
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Place"))
        self.edit.setPlaceholderText(self.tr("Type a city, district or region (any spelling)"))
        self.edit.setClearButtonEnabled(True)
        self._items = QStandardItemModel(self)
        self.completer = QCompleter(self._items, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._on_chosen)  # type: ignore[index]
        self.add_button = QToolButton(self)
        themed(self.add_button, "add-place")
        self.add_button.setAccessibleName(self.tr("Add a new place"))
        # Not on the Tab path: Tab goes from Place to Locality, and a space typed after Tab
        # must not open the dialog. The mouse or Ctrl+Shift+P (while in Place) reach it.
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_action = QAction(self.tr("Add a new place…"), self)
        self.add_action.setShortcut(QKeySequence(ADD_PLACE_KEY))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_place)
        self.addAction(self.add_action)
        keys = self.add_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.add_button.setToolTip(self.tr("Add a new place… ({keys})").format(keys=keys))
        self.add_button.clicked.connect(self.add_place)
        self.path = QLabel(self)
        self.path.setObjectName("muted")
        self.path.setAccessibleName(self.tr("Where the chosen place lies"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._complete)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_finished)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.path)
        self.setFocusProxy(self.edit)
        self._show_path(None)

    # --- choosing -------------------------------------------------------------------

    def set_place_id(self, place_id: int | None) -> None:
        place: Place | None = None
        if place_id is not None:
            from incident_logger.services.places import get_place

            try:
                place = get_place(self._db, place_id)
            except NotFoundError:
                place = None
        self._set(place, emit=False)

    def _set(self, place: Place | None, emit: bool = True) -> None:
        changed = (place.id if place else None) != self.place_id
        self.place_id = place.id if place else None
        self._chosen_text = place_names.shown(place.draft.name) if place else ""
        self.edit.setText(self._chosen_text)
        self.edit.setToolTip(place_names.tooltip(place.draft.name) if place else "")
        self._show_path(place)
        if emit and changed:
            self.place_changed.emit(self.place_id)

    def _show_path(self, place: Place | None) -> None:
        if place is not None:
            self.path.setText(place_names.path(place.path))
        elif self.edit.text().strip():
            self.path.setText(
                self.tr("Not in the gazetteer yet: choose from the list or add it (+)")
            )
        else:
            self.path.setText("")
        self.path.setVisible(bool(self.path.text()))

    def _on_edited(self, text: str) -> None:
        if self.place_id is not None and text != self._chosen_text:
            self.place_id = None
            self._chosen_text = ""
            self.place_changed.emit(None)
        self._timer.start()

    def _complete(self) -> None:
        from incident_logger.services.places import complete_places

        text = self.edit.text().strip()
        self._items.clear()
        if not text:
            self._show_path(None)
            return
        for place in complete_places(self._db, text, limit=15):
            label = place_names.shown(place.draft.name)
            if fold(label)[: len(fold(text))] != fold(text):
                match = next((a for a in place.draft.aliases if fold(a).startswith(fold(text))), "")
                label = f"{label} ({match})" if match else label
            item = QStandardItem(label)
            item.setData(place.id, PLACE_ID_ROLE)
            path = place_names.path(place.path)
            item.setToolTip(f"{path}\n{place_names.tooltip(place.draft.name)}")
            parent_path = path.rpartition(" › ")[0]
            if parent_path:
                item.setText(f"{label}  —  {parent_path}")
            self._items.appendRow(item)
        if self._items.rowCount() and self.edit.hasFocus():
            self.completer.complete()

    def _on_chosen(self, index: QModelIndex) -> None:
        from incident_logger.services.places import get_place

        place_id = index.data(PLACE_ID_ROLE)
        if place_id is not None:
            # Deferred: the completer writes its own text into the edit after this signal.
            QTimer.singleShot(0, lambda: self._set(get_place(self._db, int(place_id))))

    def _on_finished(self) -> None:
        """Leaving the field with an exact name or alias picks that place."""
        from incident_logger.services.places import complete_places

        text = self.edit.text().strip()
        if not text:
            if self.place_id is not None:
                self._set(None)
            self._show_path(None)
            return
        if self.place_id is not None and text == self._chosen_text:
            return
        key = fold(text)
        exact = [
            p
            for p in complete_places(self._db, text, limit=5)
            if fold(p.draft.name) == key or any(fold(a) == key for a in p.draft.aliases)
        ]
        if len(exact) == 1:
            self._set(exact[0])
        else:
            self._show_path(None)

    def add_place(self) -> None:
        from incident_logger.ui.dialogs.new_place_dialog import NewPlaceDialog

        dialog = NewPlaceDialog(self._db, self.edit.text().strip(), self)
        if dialog.exec() and dialog.place is not None:
            self._set(dialog.place)
            self.edit.setFocus()

    def text(self) -> str:
        return self.edit.text()

    def has_unresolved_text(self) -> bool:
        return self.place_id is None and bool(self.edit.text().strip())
