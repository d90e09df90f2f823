"""A refusal to start (the database is newer or older than this desk, or unreachable) shown as
a dialog instead of a traceback, in Japanese and English (the language is not chosen yet)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ssw_desk.errors import DeskError

#: code -> (Japanese, English); ``{detail}`` names the versions.
TEXTS = {
    "storage.db_newer": (
        "データベースがこのデスクより新しいバージョンです（{detail}）。"
        "SSW Desk を更新してください。",
        "The database is newer than this desk ({detail}). Please update SSW Desk.",
    ),
    "storage.db_older": (
        "データベースの更新が必要ですが、このログインでは更新できません（{detail}）。"
        "管理者に連絡してください。",
        "The database needs an update that this login may not run ({detail}). "
        "Please ask an administrator.",
    ),
    "database.unreachable": (
        "データベースに接続できません（{detail}）。接続先とパスワードを確認してください。",
        "The database cannot be reached ({detail}). Check the address and the password.",
    ),
}


def start_error_box(error: DeskError) -> QMessageBox:
    """The dialog for a refusal at start-up (not shown yet)."""
    ja, en = TEXTS.get(
        error.code, ("デスクを開始できません（{detail}）。", "The desk cannot start ({detail}).")
    )
    detail = f"{error.code}: {error.detail}" if error.detail else error.code
    text = ja.format(detail=detail) + "\n\n" + en.format(detail=detail)
    return QMessageBox(QMessageBox.Icon.Critical, "SSW Desk", text)


def show_start_error(error: DeskError) -> None:
    from ssw_desk.gui.app import application

    application()
    start_error_box(error).exec()
