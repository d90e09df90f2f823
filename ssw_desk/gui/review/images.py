"""Display images as pixmaps, with a small in-memory LRU keyed by content (SHA-256).

Decrypted pixels live only here, in memory: nothing is written to disk or a temporary file.
``to_qimage`` may run on a worker thread (QImage is thread-safe); pixmaps are made on the main
thread only.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QPixmap

if TYPE_CHECKING:
    from ssw_desk.services.attachments import DisplayImage

#: Pixmaps kept: a few requests' worth of cards and photos.
CACHE_SIZE = 12


def to_qimage(image: DisplayImage) -> QImage:
    """The display image as a QImage (a null image when Qt cannot read it)."""
    if image.pixels is not None:
        raw = QImage(
            image.pixels, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
        )
        return raw.copy()  # own the pixels: the bytes object is not kept alive by QImage
    return QImage.fromData(image.data) if image.data else QImage()


class PixmapCache:
    """Least-recently-used pixmaps by SHA-256 (with the display image's notes)."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._size = size
        self._items: OrderedDict[str, tuple[QPixmap, DisplayImage]] = OrderedDict()

    def get(self, sha256: str) -> tuple[QPixmap, DisplayImage] | None:
        hit = self._items.get(sha256)
        if hit is not None:
            self._items.move_to_end(sha256)
        return hit

    def put(self, sha256: str, pixmap: QPixmap, image: DisplayImage) -> None:
        # The bytes are not kept: the pixmap is all the screen needs.
        slim = dataclasses.replace(image, data=b"", pixels=None)
        self._items[sha256] = (pixmap, slim)
        self._items.move_to_end(sha256)
        while len(self._items) > self._size:
            self._items.popitem(last=False)

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, sha256: object) -> bool:
        return sha256 in self._items
