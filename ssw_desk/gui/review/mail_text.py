"""The e-mail body as received, with the lines the seven items were read from highlighted.

Hovering a highlighted line names the item(s) read from it. The text is read-only and plain:
an applicant's e-mail is never rendered as rich text.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFontDatabase, QHelpEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from ssw_desk.gui.review.texts import field_label

HIGHLIGHT = QColor("#fff4c2")
CURRENT = QColor("#ffe08a")


class MailTextView(QPlainTextEdit):
    """Read-only body text; :meth:`set_text` takes the item-to-line map to highlight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        self.setFont(font)
        self._lines: dict[int, list[str]] = {}
        self._current: int | None = None
        self.viewport().installEventFilter(self)

    def set_text(self, text: str, item_lines: Mapping[str, int | None]) -> None:
        """Shows ``text`` and highlights each item's line.

        Args:
            text: The body text (lines are counted from 0, as the extraction counts them).
            item_lines: Item name to 0-based line, or None when the item was not found.
        """
        self.setPlainText(text)
        count = self.document().blockCount()
        self._lines = {}
        for name, line in item_lines.items():
            if line is not None and 0 <= line < count:
                self._lines.setdefault(line, []).append(name)
        self._current = None
        self._paint()

    def highlighted_lines(self) -> dict[int, list[str]]:
        """0-based line -> item names highlighted on it."""
        return {line: list(names) for line, names in self._lines.items()}

    def line_text(self, line: int) -> str:
        return self.document().findBlockByNumber(line).text()

    def show_line(self, line: int) -> None:
        """Scrolls to ``line`` and marks it as the current one."""
        block = self.document().findBlockByNumber(line)
        if not block.isValid():
            return
        self._current = line
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        self._paint()

    def _paint(self) -> None:
        selections = []
        for line in sorted(self._lines):
            block = self.document().findBlockByNumber(line)
            selection = QTextEdit.ExtraSelection()
            colour = CURRENT if line == self._current else HIGHLIGHT
            selection.format.setBackground(colour)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cursor = QTextCursor(block)
            cursor.clearSelection()
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    def tooltip_at_line(self, line: int) -> str:
        names = self._lines.get(line)
        if not names:
            return ""
        return self.tr("Read as: {0}").format(", ".join(field_label(n) for n in names))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            line = self.cursorForPosition(event.pos()).blockNumber()
            text = self.tooltip_at_line(line)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)
