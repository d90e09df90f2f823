"""A zoomable, pannable image with an optional geometry overlay, and its captioned pane.

``ImageView`` fits the image to the view until the clerk zooms (wheel, +/-), then keeps the
zoom; dragging pans. Scaling is smooth. A card photographed sideways can be turned in 90°
steps for display (the image and its overlay turn together; the stored bytes never change).
``ImagePane`` adds the caption (role, file name, format notes such as "converted from HEIC")
and the zoom, turn and overlay buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItemGroup,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ssw_desk.gui.review.overlay import build_overlay
from ssw_desk.gui.review.texts import plain_tip

if TYPE_CHECKING:
    from ssw_desk.imaging.report_types import Geometry

ZOOM_STEP = 1.25
MAX_ZOOM = 16.0


class ImageView(QGraphicsView):
    """Shows one pixmap; zoom with the wheel or :meth:`zoom_in`/:meth:`zoom_out`, pan by drag.

    Signals:
        zoomChanged(float): the scale of the image on screen (1.0 = one image pixel per pixel).
    """

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._pixmap_item = QGraphicsPixmapItem()
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._pixmap_item)
        self._overlay: QGraphicsItemGroup | None = None
        self._overlay_visible = True
        self._fit = True
        self._rotation = 0
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#2b2d31"))
        self.setMinimumSize(160, 140)

    # -- content -------------------------------------------------------------------------

    def set_pixmap(self, pixmap: QPixmap | None) -> None:
        """Shows ``pixmap`` (None clears the view), fitted to the view, without overlay."""
        self.clear_overlay()
        self._pixmap_item.setPixmap(pixmap if pixmap is not None else QPixmap())
        self._apply_rotation()

    def rotation(self) -> int:
        """The display turn in degrees clockwise (0, 90, 180, 270)."""
        return self._rotation

    def set_rotation(self, degrees: int) -> None:
        """Turns the image (and its overlay) for display; the fit is kept."""
        self._rotation = degrees % 360
        self._apply_rotation()

    def _apply_rotation(self) -> None:
        centre = self._pixmap_item.boundingRect().center()
        for item in (self._pixmap_item, self._overlay):
            if item is not None:
                item.setTransformOriginPoint(centre)
                item.setRotation(self._rotation)
        self._scene.setSceneRect(QRectF(self._pixmap_item.sceneBoundingRect()))
        self.fit()

    def pixmap(self) -> QPixmap:
        return self._pixmap_item.pixmap()

    def has_image(self) -> bool:
        return not self._pixmap_item.pixmap().isNull()

    def set_overlay(self, geometry: Geometry | None) -> None:
        """Draws the photo-check geometry over the current pixmap (None removes it)."""
        self.clear_overlay()
        if geometry is None or not self.has_image():
            return
        self._overlay = build_overlay(geometry, pixmap_width=self._pixmap_item.pixmap().width())
        self._overlay.setVisible(self._overlay_visible)
        self._overlay.setTransformOriginPoint(self._pixmap_item.boundingRect().center())
        self._overlay.setRotation(self._rotation)
        self._scene.addItem(self._overlay)

    def clear_overlay(self) -> None:
        if self._overlay is not None:
            self._scene.removeItem(self._overlay)
            self._overlay = None

    def overlay(self) -> QGraphicsItemGroup | None:
        return self._overlay

    def set_overlay_visible(self, visible: bool) -> None:
        self._overlay_visible = visible
        if self._overlay is not None:
            self._overlay.setVisible(visible)

    def overlay_visible(self) -> bool:
        return self._overlay is not None and self._overlay.isVisible()

    # -- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """Fits the whole image into the view (and keeps fitting on resize)."""
        self._fit = True
        if self.has_image():
            self.fitInView(self._pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def _zoom_by(self, factor: float) -> None:
        if not self.has_image():
            return
        current = self.zoom()
        target = min(MAX_ZOOM, current * factor)
        if target < self._fit_zoom() and factor < 1:
            self.fit()
            return
        self._fit = False
        self.scale(target / current, target / current)
        self.zoomChanged.emit(self.zoom())

    def _fit_zoom(self) -> float:
        rect = self._pixmap_item.sceneBoundingRect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return 1.0
        return min(view.width() / rect.width(), view.height() / rect.height())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self._zoom_by(ZOOM_STEP**steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()


class ImagePane(QFrame):
    """A captioned :class:`ImageView` with zoom and turn buttons and, for the face photo,
    "Overlay".

    Args:
        role_text: The caption's first line (e.g. "Residence card, front"), translated.
        with_overlay: Show the overlay toggle (face photo only).

    Signals:
        rotated(int): the clerk turned the image; its display turn in degrees.
    """

    rotated = Signal(int)

    def __init__(
        self, role_text: str, *, with_overlay: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.view = ImageView(self)
        self.title = QLabel(role_text, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        muted = self.detail.palette()
        muted.setColor(QPalette.ColorRole.WindowText, QColor("#6b7280"))
        self.detail.setPalette(muted)
        self.message = QLabel(self.view)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d1d5db; padding: 12px;")

        self.zoom_out_button = self._tool("−", self.view.zoom_out)
        self.zoom_in_button = self._tool("+", self.view.zoom_in)
        self.fit_button = self._tool("", self.view.fit)
        self.rotate_button = self._tool("⟳", self.rotate)
        self.rotate_button.setObjectName("rotate")
        self.overlay_button = QToolButton(self)
        self.overlay_button.setCheckable(True)
        self.overlay_button.setChecked(True)
        self.overlay_button.toggled.connect(self.view.set_overlay_visible)
        self.overlay_button.setVisible(with_overlay)
        self.overlay_button.setEnabled(False)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(2)
        head.addWidget(self.title)
        head.addStretch(1)
        for button in (self.overlay_button, self.zoom_out_button, self.zoom_in_button):
            head.addWidget(button)
        head.addWidget(self.fit_button)
        head.addWidget(self.rotate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addWidget(self.detail)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self.show_message(self.tr("No image"))

    def retranslate(self, role_text: str | None = None) -> None:
        """The buttons' texts and tips (and the caption, when given) in the interface language."""
        if role_text is not None:
            self.title.setText(role_text)
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Fit the whole image"))
        self.rotate_button.setToolTip(
            self.tr("Turn the image a quarter turn clockwise (display only)")
        )
        self.overlay_button.setText(self.tr("Overlay"))
        self.overlay_button.setToolTip(
            self.tr("Show the face box, crown and chin lines, the 50-69 % band and the centre")
        )

    def _tool(self, text: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def rotate(self) -> None:
        """Turns the shown image a quarter turn clockwise (display only)."""
        self.view.set_rotation(self.view.rotation() + 90)
        self.rotated.emit(self.view.rotation())

    def show_message(self, text: str) -> None:
        """Clears the image and shows ``text`` in its place ("Loading…", "No face photo")."""
        self.view.set_pixmap(None)
        self.overlay_button.setEnabled(False)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._place_message()

    def show_pixmap(self, pixmap: QPixmap, geometry: Geometry | None = None) -> None:
        self.message.hide()
        self.view.set_pixmap(pixmap)
        self.view.set_overlay(geometry)
        self.overlay_button.setEnabled(geometry is not None)

    def set_detail(self, text: str, tooltip: str = "") -> None:
        """The file's name and size under the image: the name is the applicant's, so plain."""
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setText(text)
        self.detail.setToolTip(plain_tip(tooltip or text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_message()

    def _place_message(self) -> None:
        self.message.setGeometry(self.view.rect())
