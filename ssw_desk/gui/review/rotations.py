"""The display turn of each image, remembered in the user's settings (not in the database).

A clerk who turns a sideways card once sees it upright the next time, at this desk. The key is
the image's content hash, so the same file reads the same in every request that carries it;
only the angle is stored (no name, no image). The stored bytes are never changed.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

GROUP = "image_rotation"


def recall(sha256: str) -> int:
    """The turn remembered for an image (0 when none)."""
    value = QSettings().value(f"{GROUP}/{sha256}", 0)
    try:
        return int(value) % 360  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def remember(sha256: str, degrees: int) -> None:
    """Keeps the turn for an image; a full turn forgets it."""
    settings = QSettings()
    if degrees % 360:
        settings.setValue(f"{GROUP}/{sha256}", degrees % 360)
    else:
        settings.remove(f"{GROUP}/{sha256}")
