"""A refusal to start (the database is newer or older than this desk, or unreachable) shown as
a dialog instead of a traceback, in Japanese and English (the language is not chosen yet).

The sentences are the one message table :data:`ssw_desk.messages.MESSAGES`; the code and its
detail (versions, never personal values) are added for support.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ssw_desk import messages
from ssw_desk.errors import DeskError

APPLICATION = "SSW Desk"


def start_error_text(error: BaseException) -> str:
    """Both languages' sentences, then the code (and its detail) for support."""
    code = error.code if isinstance(error, DeskError) else "internal"
    detail = str(getattr(error, "detail", "") or "")
    sentences = [messages.error_sentence(error, lang) for lang in messages.LANGS]
    support = f"{code}: {detail}" if detail and detail not in sentences[0] else code
    return "\n\n".join([*sentences, f"({support})"])


def start_error_box(error: BaseException) -> QMessageBox:
    """The dialog for a refusal at start-up (not shown yet)."""
    box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, start_error_text(error))
    box.setObjectName("startError")
    return box


def show_start_error(error: BaseException) -> None:
    """Shows :func:`start_error_box` and waits until it is closed."""
    from ssw_desk.gui.app import application

    application()
    start_error_box(error).exec()
