"""Status tabs that wrap onto a second row instead of hiding behind scroll arrows.

A row of exclusive, checkable buttons in a flow layout: every status and its count stays
visible at any queue width (a 1366-pixel laptop gives the queue about 400 pixels). The API is
the part of :class:`QTabBar` the queue uses (``addTab``, ``setTabText``, ``currentIndex``,
``currentChanged``...), so the queue reads the same either way.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QToolButton,
    QWidget,
)

SPACING = 2


class FlowLayout(QLayout):
    """Lays widgets left to right and wraps onto new rows (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and row_height > 0:
                x, y, row_height = rect.x(), y + row_height + SPACING, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + SPACING
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


class StatusTabs(QWidget):
    """Exclusive status buttons that wrap.

    Signals:
        currentChanged(int): the chosen tab's index.
    """

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = FlowLayout(self)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self._clicked)
        self._buttons: list[QToolButton] = []
        self._current = -1
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setStyleSheet(
            "QToolButton { padding: 2px 6px; }"
            "QToolButton:checked { font-weight: bold;"
            " border-bottom: 2px solid palette(highlight); }"
        )

    # --- the QTabBar part the queue uses --------------------------------------------------

    def count(self) -> int:
        return len(self._buttons)

    def addTab(self, text: str) -> int:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        index = len(self._buttons)
        self._group.addButton(button, index)
        self._buttons.append(button)
        self._layout.addWidget(button)
        if self._current < 0:
            self.setCurrentIndex(0)
        return index

    def removeTab(self, index: int) -> None:
        if not 0 <= index < len(self._buttons):
            return
        # Rebuilt from the texts left: the ids of the button group stay their indexes.
        texts = [b.text() for i, b in enumerate(self._buttons) if i != index]
        for button in self._buttons:
            self._group.removeButton(button)
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons.clear()
        current, self._current = self._current, -1
        blocked = self.signalsBlocked()
        self.blockSignals(True)
        for text in texts:
            self.addTab(text)
        if texts:
            self.setCurrentIndex(min(current if current < index else current - 1, len(texts) - 1))
        self.blockSignals(blocked)
        if current == index and texts:
            self.currentChanged.emit(self._current)

    def setTabText(self, index: int, text: str) -> None:
        if 0 <= index < len(self._buttons):
            self._buttons[index].setText(text)
            self.updateGeometry()

    def tabText(self, index: int) -> str:
        return self._buttons[index].text() if 0 <= index < len(self._buttons) else ""

    def setTabToolTip(self, index: int, text: str) -> None:
        if 0 <= index < len(self._buttons):
            self._buttons[index].setToolTip(text)

    def currentIndex(self) -> int:
        return self._current

    def setCurrentIndex(self, index: int) -> None:
        if not 0 <= index < len(self._buttons) or index == self._current:
            return
        self._buttons[index].setChecked(True)
        self._current = index
        self.currentChanged.emit(index)

    def button(self, index: int) -> QAbstractButton:
        return self._buttons[index]

    def _clicked(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.currentChanged.emit(index)
