"""Where the desk's file dialogs open: the user's documents folder, never the program's
folder (a bare file name would be resolved against the working directory)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> str:
    """The user's documents folder (the home folder when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found or str(Path.home())


def in_documents(name: str = "") -> str:
    """``name`` inside the documents folder (the folder itself when ``name`` is empty)."""
    return str(Path(documents_folder()) / name) if name else documents_folder()
