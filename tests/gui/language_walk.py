"""Walks every visible widget of a window and its open dialogs and collects the interface's
strings (window titles, menus, actions, buttons, labels, group boxes, tabs, headers, combo box
items, placeholders, and the tooltips and status tips of every widget, action, tab and header),
to check that none is left in the other language after a switch.

Data is not interface: text editors' contents, table cells, and words that are names or codes
(all capitals, digits, file names, addresses, references) are not judged. A view whose cells
are the interface's words says which columns in its ``interface_columns`` property (the
settings screen's names and rules, the clerks screen's roles): those cells and their tooltips
are judged too. What is the same in both languages is the short reviewed list
:data:`SAME_IN_BOTH`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

#: Words that read the same in the Japanese and the English interface (reviewed): product
#: and format names, units, symbols, and the language menu that names each language in itself.
SAME_IN_BOTH = frozenset(
    {
        "SSW", "Desk", "CSV", "PDF", "HEIC", "JPG", "JPEG", "PNG", "GIF", "OK", "MB", "KB",
        "px", "SMTP", "IMAP", "English", "日本語", "Score", "−", "+", "⟳", "–", "✓", "✗", "⚠",
    }
)  # fmt: skip

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
#: A lower-case English word of 3+ letters (interface words are lower-case or capitalised;
#: names and codes in the data are in capitals).
ENGLISH_WORD = re.compile(r"\b[A-Za-z][a-z]{2,}\b")
DATA_TOKEN = re.compile(r"\S*[@/\\_.]\S*|\S*\d\S*")
#: Codes quoted in an interface sentence: a command line (``ssw-desk mailbox set``) and a
#: value typed as it is spelled (``"password"``, ``"true"``).
CODE = re.compile(r"ssw-desk(?: [a-z][a-z-]*)*|\"[^\"]*\"")


def _strip_mnemonic(text: str) -> str:
    return re.sub(r"\(&\w\)", "", text).replace("&", "")


TAG = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")


def _tips(where: str, w: QWidget | QAction) -> Iterator[tuple[str, str]]:
    """A widget's or action's tooltip (rich text reduced to its words) and status tip."""
    yield where + " tooltip", TAG.sub(" ", w.toolTip())
    yield where + " status tip", w.statusTip()


def _cells(where: str, model: QAbstractItemModel, columns: list[int],
           parent: QModelIndex) -> Iterator[tuple[str, str]]:  # fmt: skip
    """The cells (and their tooltips) of ``columns`` in every row under ``parent``."""
    for row in range(model.rowCount(parent)):
        for column in columns:
            index = model.index(row, column, parent)
            for role, kind in ((Qt.ItemDataRole.DisplayRole, " cell"),
                               (Qt.ItemDataRole.ToolTipRole, " cell tooltip")):  # fmt: skip
                value = model.data(index, role)
                if isinstance(value, str):
                    yield where + kind, TAG.sub(" ", value)
        first = model.index(row, 0, parent)
        if first.isValid() and model.rowCount(first) > 0:
            yield from _cells(where, model, columns, first)


def interface_strings(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every interface string visible in ``top`` and its menus."""
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if w is not top and not w.isVisibleTo(top) and not isinstance(w, QMenu):
            continue
        if w.property("applicant_text"):
            continue  # what the applicant wrote (sender, subject), in its text and tooltip
        where = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            yield where + " title", w.windowTitle()
        yield from _tips(where, w)
        if isinstance(w, QMenu):
            yield where + " menu", w.title()
            for a in w.actions():
                if not a.isSeparator() and a.isVisible():
                    yield where + " action", a.text()
                    yield from _tips(where + " action", a)
        elif isinstance(w, QAbstractButton):
            yield where + " button", w.text()
        elif isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText:
            yield where + " label", w.text()
        elif isinstance(w, QGroupBox):
            yield where + " group", w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield where + " tab", w.tabText(i)
                yield where + " tab tooltip", TAG.sub(" ", w.tabToolTip(i))
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            yield where + " placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where + " item", w.itemText(i)
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            bar = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            for section in range(bar.count()):
                if bar.isSectionHidden(section):
                    continue
                for role, kind in ((Qt.ItemDataRole.DisplayRole, " header"),
                                   (Qt.ItemDataRole.ToolTipRole, " header tooltip")):  # fmt: skip
                    header = model.headerData(section, Qt.Orientation.Horizontal, role)
                    if isinstance(header, str):
                        yield where + kind, TAG.sub(" ", header)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            columns = w.property("interface_columns")
            if columns:
                yield from _cells(where, w.model(), [int(c) for c in columns], QModelIndex())
    if isinstance(top, QMainWindow):
        for a in top.menuBar().actions():
            yield "menubar", a.text()


def foreign(text: str, lang: str) -> bool:
    """Whether ``text`` still shows the other language than ``lang``.

    A line holding an e-mail address is the applicant's (sender and subject): data.
    """
    if "@" in text:
        return False
    text = CODE.sub(" ", _strip_mnemonic(text))
    for word in SAME_IN_BOTH:
        text = text.replace(word, " ")
    text = DATA_TOKEN.sub(" ", text)
    if lang == "en":
        return bool(JAPANESE.search(text))
    return bool(ENGLISH_WORD.search(text))


def leftovers(lang: str, *tops: QWidget) -> list[str]:
    """Strings of ``tops`` (and every open top-level dialog) not in ``lang``."""
    found: list[str] = []
    windows = list(tops) + [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in tops
    ]
    for top in windows:
        for where, text in interface_strings(top):
            if text and foreign(text, lang):
                found.append(f"{where}: {text!r}")
    return sorted(set(found))
