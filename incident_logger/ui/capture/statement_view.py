"""The statement as read: every span a value came from highlighted, unsure ones marked."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from incident_logger.services.capture import Span
from incident_logger.ui import icons, theme


def _colour(name: str, alpha: int) -> QColor:
    colour = QColor(name)
    colour.setAlpha(alpha)
    return colour


class StatementView(QPlainTextEdit):
    """Read-only text; ``show_spans`` marks what was read, ``focus_span`` what is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Statement"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._spans: list[Span] = []
        self._focus: Span | None = None
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.12)
        self.setFont(font)

    def set_statement(self, text: str) -> None:
        self.setPlainText(text)
        self._spans, self._focus = [], None
        self._paint()

    def show_spans(self, spans: list[Span]) -> None:
        self._spans = sorted(set(spans), key=lambda s: (s.start, s.end))
        self._paint()

    def focus_span(self, span: Span | None) -> None:
        """Mark ``span`` strongly and scroll to it (None: no field selected)."""
        self._focus = span
        self._paint()
        if span is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(span.start)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _selection(self, span: Span, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        length = len(self.toPlainText())
        cursor.setPosition(min(span.start, length))
        cursor.setPosition(min(span.end, length), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _paint(self) -> None:
        dark = icons.is_dark()
        tones = theme.tones()
        read = QTextCharFormat()
        read.setBackground(_colour("#2f7dd1", 70 if dark else 45))
        unsure = QTextCharFormat()
        unsure.setBackground(_colour("#d99a00", 80 if dark else 60))
        unsure.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        unsure.setUnderlineColor(tones.warning)
        unsure.setToolTip(self.tr("Read but not trusted: check this and fill the field by hand"))
        focus = QTextCharFormat()
        focus.setBackground(_colour("#2f7dd1", 170 if dark else 150))
        focus.setForeground(QColor("#ffffff"))
        focus.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selections = [self._selection(s, unsure if s.unsure else read) for s in self._spans]
        if self._focus is not None:
            selections.append(self._selection(self._focus, focus))
        self.setExtraSelections(selections)
