"""A pseudo-locale: every translatable string wrapped in ⟦ ⟧, and a walk over what a window shows.

The .qm is made from the shipped Russian .ts with each translation replaced by its source in
brackets, so any text on screen without a bracket did not pass through Qt's translation system.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
_LETTER = re.compile(r"[^\W\d_]")


def make_pseudo_qm(folder: Path) -> Path:
    tree = ET.parse(ROOT / "resources" / "i18n" / "incident_logger_ru.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        wrapped = OPEN + source + CLOSE
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = wrapped
        else:
            translation.text = wrapped
        translation.attrib.pop("type", None)
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def install_pseudo(folder: Path) -> QTranslator:
    translator = QTranslator(QCoreApplication.instance())
    assert translator.load(str(make_pseudo_qm(folder)))
    QCoreApplication.installTranslator(translator)
    return translator


def translated(text: str) -> bool:
    """True for text that went through tr(), or that holds no words (numbers, marks)."""
    return OPEN in text or not _LETTER.search(text)


def _menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    out = [(where, menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            out += _menu_texts(action.menu(), f"{where} › {action.text()}")  # type: ignore[arg-type]
        else:
            out.append((f"{where} action", action.text()))
    return out


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see or hover in ``root``'s visible widgets."""
    out: list[tuple[str, str]] = []
    if root.isWindow():
        out.append(("window title", root.windowTitle().replace("[*]", "")))
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        kind = f"{type(w).__name__} {w.objectName() or w.accessibleName()}".strip()
        if w.toolTip():
            out.append((f"{kind} tooltip", w.toolTip()))
        if w.accessibleName() and not isinstance(w, QHeaderView):
            out.append((f"{kind} accessible name", w.accessibleName()))
        if isinstance(w, QLabel):
            out.append((kind, w.text()))
        elif isinstance(w, QAbstractButton):
            box = w.parent()
            standard = isinstance(box, QDialogButtonBox) and box.standardButton(w) != (
                QDialogButtonBox.StandardButton.NoButton
            )
            if not standard:  # OK, Cancel, Close...: Qt's own translations (qtbase_*.qm)
                out.append((kind, w.text()))
        elif isinstance(w, QComboBox) and not w.isEditable():
            out += [(f"{kind} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, (QLineEdit, QPlainTextEdit | QTextEdit)):
            out.append((f"{kind} placeholder", w.placeholderText()))
        elif isinstance(w, QGroupBox):
            out.append((kind, w.title()))
        elif isinstance(w, QTabWidget):
            out += [(f"{kind} tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QToolBar):
            out.append((f"{kind} title", w.windowTitle()))
            for action in w.actions():
                if not action.isSeparator():
                    out.append((f"{kind} action", action.text()))
                    out.append((f"{kind} action tooltip", action.toolTip()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            header = getattr(w, "horizontalHeader", getattr(w, "header", None))
            if header is None or not header().isVisibleTo(root):
                continue
            model = w.model()
            for column in range(header().count()):
                if header().isSectionHidden(column):
                    continue
                head = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(head, str):
                    out.append((f"{kind} header", head))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                out += _menu_texts(action.menu(), "menu")  # type: ignore[arg-type]
    return [(where, text) for where, text in out if text]
