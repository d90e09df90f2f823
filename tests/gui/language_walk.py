"""Walks every visible widget of a window and its open dialogs and collects the interface's
strings (titles, menus, actions, buttons, labels, tabs, headers, placeholders, tooltips of
buttons), to check that none is left in the other language after a switch.

Data is not interface: text editors' contents, table cells, and words that are names or codes
(all capitals, digits, file names, addresses, references) are not judged. What is the same in
both languages is the short reviewed list :data:`SAME_IN_BOTH`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
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


def _strip_mnemonic(text: str) -> str:
    return re.sub(r"\(&\w\)", "", text).replace("&", "")


def interface_strings(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every interface string visible in ``top`` and its menus."""
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if w is not top and not w.isVisibleTo(top) and not isinstance(w, QMenu):
            continue
        where = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            yield where + " title", w.windowTitle()
        if isinstance(w, QMenu):
            yield where + " menu", w.title()
            for a in w.actions():
                if not a.isSeparator() and a.isVisible():
                    yield where + " action", a.text()
        elif isinstance(w, QAbstractButton):
            yield where + " button", w.text()
        elif isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText:
            yield where + " label", w.text()
        elif isinstance(w, QGroupBox):
            yield where + " group", w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield where + " tab", w.tabText(i)
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            yield where + " placeholder", w.placeholderText()
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            bar = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            for section in range(bar.count()):
                if bar.isSectionHidden(section):
                    continue
                header = model.headerData(section, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield where + " header", header
    if isinstance(top, QMainWindow):
        for a in top.menuBar().actions():
            yield "menubar", a.text()


def foreign(text: str, lang: str) -> bool:
    """Whether ``text`` still shows the other language than ``lang``.

    A line holding an e-mail address is the applicant's (sender and subject): data.
    """
    if "@" in text:
        return False
    text = _strip_mnemonic(text)
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
