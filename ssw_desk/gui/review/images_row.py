"""The top row of the review: residence card front | back | face photo, side by side.

Images come from :func:`~ssw_desk.services.attachments.attachment_images` (which logs the
view) on the shell's task manager, or synchronously when none is given (tests, scripts). A
request chosen while its images are still loading simply wins: late results of an earlier
request are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from ssw_desk.errors import DeskError
from ssw_desk.gui.review import rotations
from ssw_desk.gui.review.image_view import ImagePane
from ssw_desk.gui.review.images import PixmapCache, to_qimage
from ssw_desk.gui.review.overlay import parse_geometry
from ssw_desk.gui.review.texts import error_text, role_label
from ssw_desk.gui.tasks import TaskManager
from ssw_desk.services.context import Desk
from ssw_desk.services.requests import AttachmentView, RequestView

if TYPE_CHECKING:
    from ssw_desk.services.attachments import DisplayImage

log = logging.getLogger(__name__)

ROLES = ("residence_card_front", "residence_card_back", "face_photo")


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def _load(desk: Desk, attachment_id: int) -> tuple[DisplayImage, QImage]:
    """Runs on a worker: fetch (logged), decode at display size, make the QImage."""
    # Imported here, on the worker: the decoders (OpenCV, Pillow) are not needed for the
    # first window.
    from ssw_desk.services.attachments import attachment_images

    image = attachment_images(desk, attachment_ids=[attachment_id], keep_going=True, encode=False)
    return image[0], to_qimage(image[0])


def _record_views(desk: Desk, attachment_ids: list[int]) -> None:
    from ssw_desk.services.attachments import record_views

    record_views(desk, attachment_ids=attachment_ids)


class ImagesRow(QWidget):
    """Three :class:`ImagePane` s; :meth:`set_request` fills them (cached pixmaps at once).

    Signals:
        images_shown(): every image of the current request is on screen (or failed).
    """

    images_shown = Signal()

    def __init__(
        self, desk: Desk, tasks: TaskManager | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._tasks = tasks
        self._generation = 0
        self.cache = PixmapCache()
        self.panes: dict[str, ImagePane] = {
            role: ImagePane(role_label(role), with_overlay=role == "face_photo", parent=self)
            for role in ROLES
        }
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for role in ROLES:
            self.splitter.addWidget(self.panes[role])
        self.splitter.setChildrenCollapsible(False)
        # Cards are landscape, the photo portrait: give the cards the room.
        for index, stretch in enumerate((4, 4, 3)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([440, 440, 330])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._shown: dict[str, AttachmentView] = {}
        self._pending = 0
        for role, pane in self.panes.items():
            pane.rotated.connect(partial(self._remember_rotation, role))

    def retranslate(self) -> None:
        """Captions, buttons and notes in the interface language, from what is shown (no
        image is read again and no view is recorded)."""
        for role, pane in self.panes.items():
            pane.retranslate(role_label(role))
            shown = self._shown.get(role)
            hit = self.cache.get(shown.sha256) if shown is not None else None
            if shown is not None and hit is not None:
                self._show(shown, hit[0], hit[1])
            elif shown is None and self._pending == 0 and self._generation:
                pane.show_message(self._missing_text(role))

    def _remember_rotation(self, role: str, degrees: int) -> None:
        shown = self._shown.get(role)
        if shown is not None:
            rotations.remember(shown.sha256, degrees)

    def attachment_for(self, role: str) -> AttachmentView | None:
        return self._shown.get(role)

    def set_request(self, view: RequestView | None) -> None:
        self._generation += 1
        self._shown = {}
        if view is None:
            for pane in self.panes.values():
                pane.set_detail("")
                pane.show_message("")
            self._pending = 0
            return
        for a in view.attachments:
            if a.role in ROLES and a.role not in self._shown:
                self._shown[a.role] = a
        to_fetch: list[AttachmentView] = []
        cached: list[int] = []
        for role, pane in self.panes.items():
            shown = self._shown.get(role)
            if shown is None:
                pane.set_detail("")
                pane.show_message(self._missing_text(role))
                continue
            a = shown
            pane.set_detail(f"{a.filename} · {a.format.upper()} · {_size(a.size)}", a.filename)
            hit = self.cache.get(a.sha256)
            if hit is not None:
                self._show(a, hit[0], hit[1])
                cached.append(a.id)
            else:
                pane.show_message(self.tr("Loading…"))
                to_fetch.append(a)
        if cached:
            desk = self._desk
            self._run(partial(_record_views, desk, cached), None)
        # One task per image, the small face photo first: the pool decodes them side by side.
        generation = self._generation
        self._pending = len(to_fetch)
        if not to_fetch:
            self.images_shown.emit()
        for a in sorted(to_fetch, key=lambda a: a.role != "face_photo"):
            self._run(
                partial(_load, self._desk, a.id),
                partial(self._loaded, generation, a),
                partial(self._failed, generation, a),
            )

    def _missing_text(self, role: str) -> str:
        if role == "residence_card_back":
            return self.tr(
                "No back of the card\n(needed only when an extension of stay is pending)"
            )
        if role == "face_photo":
            return self.tr("No face photo attached")
        return self.tr("No residence card front attached")

    def _run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        if self._tasks is None:
            try:
                result = fn()
            except Exception as exc:
                log.exception("image task failed")
                if on_error is not None:
                    on_error(exc)
                return
            if on_done is not None:
                on_done(result)
            return
        task = self._tasks.run(self.tr("Loading images"), lambda _ctx: fn())
        if on_done is not None:
            task.succeeded.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)

    def _loaded(
        self, generation: int, a: AttachmentView, result: tuple[DisplayImage, QImage]
    ) -> None:
        image, qimage = result
        current = generation == self._generation and self._shown.get(a.role) == a
        pixmap = QPixmap.fromImage(qimage)
        if pixmap.isNull():
            if current:
                self.panes[a.role].show_message(error_text(image.error or "image.unreadable"))
                self._one_done()
            return
        self.cache.put(a.sha256, pixmap, image)
        if current:
            self._show(a, pixmap, image)
            self._one_done()

    def _one_done(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.images_shown.emit()

    def _failed(self, generation: int, a: AttachmentView, exc: BaseException) -> None:
        if generation == self._generation and self._shown.get(a.role) == a:
            code = exc.code if isinstance(exc, DeskError) else "image.unreadable"
            self.panes[a.role].show_message(error_text(code))
            self._one_done()

    def _show(self, a: AttachmentView, pixmap: QPixmap, image: DisplayImage) -> None:
        pane = self.panes[a.role]
        pane.view.set_rotation(rotations.recall(a.sha256))
        geometry = parse_geometry(a.photo_report) if a.role == "face_photo" else None
        pane.show_pixmap(pixmap, geometry)
        notes = []
        if image.converted:
            notes.append(self.tr("converted from {0} for display").format(image.format.upper()))
        if image.rotated:
            notes.append(self.tr("turned upright"))
        dims = f"{image.source_width}×{image.source_height}"
        text = f"{a.filename} · {a.format.upper()} · {dims} · {_size(a.size)}"
        if notes:
            text += " · " + ", ".join(notes)
        pane.set_detail(text, a.filename)
