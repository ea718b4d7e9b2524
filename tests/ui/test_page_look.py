"""Every page of the real window, visited from the keyboard: theme, toolbars, forms, tables."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QHeaderView,
    QLabel,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from incident_logger.store.engine import Database
from incident_logger.ui.main_window import MainWindow
from incident_logger.ui.theme import Theme, ThemeMode
from tests.conftest import Night
from tests.ui.window_support import running_window

PAGES = ("incidents", "counts", "sources", "places", "trash", "backups")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def theme() -> Iterator[Theme]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made = Theme(app, ThemeMode.LIGHT)
    yield made
    made.set_mode(ThemeMode.LIGHT)


@pytest.fixture
def window(
    qtbot: QtBot, db: Database, night: Night, tmp_path: Path, theme: Theme
) -> Iterator[MainWindow]:
    with running_window(qtbot, db, tmp_path / "look.ini", theme=theme, size=(1300, 820)) as win:
        yield win


def visit(qtbot: QtBot, win: MainWindow, key: str) -> QWidget:
    """Go to a page the way a person does without the mouse: arrows in the section list."""
    win.nav.setFocus()
    target = PAGES.index(key)
    while win.nav.currentRow() != target:
        step = Qt.Key.Key_Down if win.nav.currentRow() < target else Qt.Key.Key_Up
        qtbot.keyClick(win.nav, step)
        qtbot.wait(100)
    qtbot.wait(150)
    return win.pages[key]


def lightness(icon: QIcon) -> float:
    """Mean lightness of an icon's drawn pixels (0 black … 255 white)."""
    image = icon.pixmap(20, 20).toImage()
    values = [
        QColor.fromRgba(image.pixel(x, y)).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 160
    ]
    return sum(values) / len(values) if values else 128.0


def shown_buttons(win: MainWindow) -> list[QAbstractButton]:
    return [
        b
        for b in win.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and not b.icon().isNull()
    ]


def test_icons_follow_a_theme_switched_while_running(
    qtbot: QtBot, window: MainWindow, theme: Theme
) -> None:
    for key in PAGES:
        visit(qtbot, window, key)  # every page built in the light theme
    dark_action = window.findChild(type(window.action("new")), "action_theme_dark")
    dark_action.trigger()
    qtbot.wait(100)
    assert theme.dark
    for key in PAGES:
        visit(qtbot, window, key)
        dark_on_dark = [
            f"{key}: {b.text() or b.toolTip()}"
            for b in shown_buttons(window)
            if lightness(b.icon()) < 128
        ]
        assert dark_on_dark == [], dark_on_dark
        assert shown_buttons(window), key


def test_no_command_shows_twice_in_the_toolbar_row(qtbot: QtBot, window: MainWindow) -> None:
    for key in PAGES:
        visit(qtbot, window, key)
        bars = [b for b in window.findChildren(QToolBar) if b.isVisible()]
        texts = [
            a.text().replace("&", "")
            for bar in bars
            for a in bar.actions()
            if a.isVisible() and not a.isSeparator()
        ]
        assert len(texts) == len(set(texts)), (key, texts)
        assert "New briefing…" in texts
        nested = [b for b in bars if b.parent() is not window]
        assert nested == [], f"{key} keeps a toolbar of its own below the window's"
    visit(qtbot, window, "counts")
    assert "New report" in [a.text() for b in window.findChildren(QToolBar) for a in b.actions()]


def test_opening_filters_keeps_the_editor_whole(qtbot: QtBot, window: MainWindow) -> None:
    visit(qtbot, window, "incidents")
    width = window.width()
    editor = window.incidents.editor
    window.incidents.list.table.setFocus()
    qtbot.keyClick(window.incidents.list.table, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.incidents.list.filters is not None)
    qtbot.wait(300)
    filters = window.incidents.list.filters
    assert filters is not None and filters.isVisible()
    assert window.width() == width and window.minimumSizeHint().width() <= width
    right = editor.mapTo(window, editor.rect().topRight()).x()
    assert right < window.width()


def test_forms_share_one_label_style(qtbot: QtBot, window: MainWindow) -> None:
    for key in ("counts", "sources", "places"):
        page = visit(qtbot, window, key)
        forms = page.findChildren(QFormLayout)
        assert forms, key
        for form in forms:
            assert form.labelAlignment() & Qt.AlignmentFlag.AlignRight, key
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel):
                    assert not label.text().rstrip().endswith(":"), (key, label.text())
                    assert label.buddy() is not None, (key, label.text())


def _captions(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount())
    ]


def test_headers_read_alike_on_every_page(qtbot: QtBot, window: MainWindow) -> None:
    seen: dict[str, list[str]] = {}
    for key in PAGES:
        page = visit(qtbot, window, key)
        headers = page.findChildren(QHeaderView)
        if key in ("incidents", "trash"):  # the list; the editor's tables are its own
            headers = [window.incidents.list.table.horizontalHeader()] if key == "incidents" else []
        for header in headers:
            if header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
                continue
            assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeft, key
            seen.setdefault(key, []).extend(_captions(header))
    for key, captions in seen.items():
        for caption in captions:
            words = caption.split()
            # Sentence case: a capital first letter; later words lower case (ISO aside).
            assert words and words[0][0].isupper(), (key, caption)
            assert all(w.islower() or w.isupper() for w in words[1:]), (key, caption)
    assert not any("Ref" in captions for captions in seen.values())  # "Reference" everywhere


def test_empty_tables_do_not_scroll_sideways(
    qtbot: QtBot, window: MainWindow, night: Night
) -> None:
    page = visit(qtbot, window, "places")
    panel = page.incidents.view  # type: ignore[attr-defined]
    assert panel.model().rowCount() == 0
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert panel.horizontalScrollBarPolicy() == off
    view = page.list_view  # type: ignore[attr-defined]
    view.setFocus()
    view.setCurrentIndex(page.index_of(night.kaluga_region))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.model().rowCount() == 1)
    assert panel.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    counts = visit(qtbot, window, "counts")
    qtbot.keyClicks(counts.search.edit, "nothingsuch", delay=60)  # type: ignore[attr-defined]
    listing = counts.list_view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: listing.model().rowCount() == 0, timeout=5000)
    assert listing.horizontalScrollBarPolicy() == off
    assert all(
        v.horizontalScrollBarPolicy() == off
        for v in window.findChildren(QAbstractItemView)
        if v.model() is not None and v.model().rowCount() == 0 and v.isVisible()
    )


def test_region_and_place_columns_fit_their_usual_names(qtbot: QtBot, window: MainWindow) -> None:
    table = window.incidents.list.table
    metrics = table.fontMetrics()
    keys = [c.key for c in table.incident_model().columns]
    region = table.columnWidth(keys.index("region"))
    assert region >= metrics.horizontalAdvance("Ленинградская область") + 12
    page = visit(qtbot, window, "sources")
    panel = page.incidents.view  # type: ignore[attr-defined]
    assert panel.columnWidth(2) >= metrics.horizontalAdvance("Подольск, Московская область") + 8
