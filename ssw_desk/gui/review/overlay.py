"""The face-photo geometry the photo checks measured, drawn over the photo.

The checks store their geometry in the attachment's ``photo_report["geometry"]`` in the pixel
frame of the full, upright image (``width`` x ``height``), read back as
:class:`~ssw_desk.imaging.report_types.Geometry`; the overlay is scaled from that frame to the
pixmap on screen, so a reduced display image still lines up. The chin band stands for the limits
stored with the geometry (never a hard-coded 50-69 %), and what was guessed rather than seen
(crown, chin) is drawn dashed and labelled "estimated". Lines are cosmetic (one
screen pixel wide at any zoom) and labels ignore the view's zoom, so both stay readable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

if TYPE_CHECKING:  # imaging loads OpenCV: the first window must not wait for it
    from ssw_desk.imaging.report_types import Geometry

__all__ = ["build_overlay", "overlay_point", "parse_geometry"]

translate = QCoreApplication.translate

FACE_COLOUR = QColor("#00b4d8")
CROWN_COLOUR = QColor("#f4a261")
CHIN_COLOUR = QColor("#e76f51")
BAND_COLOUR = QColor(46, 196, 182, 60)
BAND_EDGE = QColor("#2ec4b6")
CENTRE_COLOUR = QColor("#ffd166")
EYE_COLOUR = QColor("#06d6a0")


def parse_geometry(report: Mapping[str, Any] | None) -> Geometry | None:
    """Reads the overlay geometry from a stored photo report (the imaging package's one typed
    definition, which also reads reports stored by earlier versions).

    Args:
        report: ``AttachmentView.photo_report`` (or None).

    Returns:
        The geometry, or None when the report has no usable frame size.
    """
    if not report:
        return None
    from ssw_desk.imaging.report_types import PhotoReport

    geometry = PhotoReport.from_dict(report).geometry
    if geometry.width <= 0 or geometry.height <= 0:
        return None
    return geometry


def _pen(colour: QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine, width: float = 1.5) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)  # one width on screen at any zoom
    return pen


def _label(
    text: str, colour: QColor, x: float, y: float, parent: QGraphicsItem, *, right: bool = False
) -> None:
    """A label on a dark chip, the same size at any zoom, anchored at (x, y) in the photo."""
    chip = QGraphicsRectItem(parent)
    chip.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    chip.setPen(QPen(Qt.PenStyle.NoPen))
    chip.setBrush(QBrush(QColor(17, 24, 39, 170)))
    chip.setPos(x, y)
    chip.setData(0, "label")
    item = QGraphicsSimpleTextItem(text, chip)
    font = QFont()
    font.setPointSizeF(8.0)
    font.setBold(True)
    item.setFont(font)
    item.setBrush(QBrush(colour))
    item.setPos(3, 1)
    box = item.boundingRect().adjusted(0, 0, 6, 2)
    chip.setRect(box)
    if right:  # the chip's own units are screen pixels: shift it left by its width
        chip.setTransform(QTransform.fromTranslate(-box.width(), 0))


def build_overlay(geometry: Geometry, *, pixmap_width: float) -> QGraphicsItemGroup:
    """Builds the overlay items for a pixmap of the given width.

    Args:
        geometry: The measured geometry.
        pixmap_width: Width of the pixmap the overlay sits on (the geometry is scaled to it).

    Returns:
        A group holding every item; each carries its kind as ``data(0)`` (``face_box``,
        ``eye``, ``crown``, ``chin``, ``band``, ``centre``, ``midline``, ``label``).
    """
    s = pixmap_width / geometry.width
    w, h = geometry.width * s, geometry.height * s
    group = QGraphicsItemGroup()
    group.setZValue(10)

    def add(item: QGraphicsItem, kind: str) -> None:
        item.setData(0, kind)
        group.addToGroup(item)

    if geometry.band is not None:
        top, bottom = geometry.band[0] * s, geometry.band[1] * s
        band = QGraphicsRectItem(QRectF(0, top, w, max(0.0, bottom - top)))
        band.setBrush(QBrush(BAND_COLOUR))
        band.setPen(_pen(BAND_EDGE, Qt.PenStyle.DotLine, 1.0))
        add(band, "band")
        lo, hi = geometry.head_ratio_min, geometry.head_ratio_max
        _label(f"{lo:.0%}", BAND_EDGE, w, top, group, right=True)
        _label(f"{hi:.0%}", BAND_EDGE, w, bottom, group, right=True)
    centre = QGraphicsLineItem(w / 2, 0, w / 2, h)
    centre.setPen(_pen(CENTRE_COLOUR, Qt.PenStyle.DashLine, 1.0))
    add(centre, "centre")
    if geometry.face_mid_x is not None:
        mid = QGraphicsLineItem(geometry.face_mid_x * s, 0, geometry.face_mid_x * s, h)
        mid.setPen(_pen(FACE_COLOUR, Qt.PenStyle.DotLine, 1.0))
        add(mid, "midline")
        offset = (geometry.face_mid_x - geometry.width / 2) / geometry.width
        _label(
            translate("ReviewOverlay", "centre {0:+.1%}").format(offset),
            CENTRE_COLOUR,
            w / 2,
            h * 0.93,
            group,
        )
    if geometry.face_box is not None:
        x, y, bw, bh = (v * s for v in geometry.face_box)
        box = QGraphicsRectItem(QRectF(x, y, bw, bh))
        box.setPen(_pen(FACE_COLOUR))
        add(box, "face_box")
    for ex, ey in geometry.eyes:
        r = max(2.0, 0.012 * w)
        eye = QGraphicsEllipseItem(QRectF(ex * s - r, ey * s - r, 2 * r, 2 * r))
        eye.setPen(_pen(EYE_COLOUR, width=1.2))
        add(eye, "eye")
    if geometry.crown_y is not None:
        crown = QGraphicsLineItem(0, geometry.crown_y * s, w, geometry.crown_y * s)
        style = Qt.PenStyle.DashLine if geometry.crown_estimated else Qt.PenStyle.SolidLine
        crown.setPen(_pen(CROWN_COLOUR, style, 1.6))
        add(crown, "crown")
        text = (
            translate("ReviewOverlay", "crown (estimated)")
            if geometry.crown_estimated
            else translate("ReviewOverlay", "crown")
        )
        _label(text, CROWN_COLOUR, 0, geometry.crown_y * s, group)
    if geometry.chin_y is not None:
        chin = QGraphicsLineItem(0, geometry.chin_y * s, w, geometry.chin_y * s)
        style = Qt.PenStyle.DashLine if geometry.chin_estimated else Qt.PenStyle.SolidLine
        chin.setPen(_pen(CHIN_COLOUR, style, 1.6))
        add(chin, "chin")
        text = (
            translate("ReviewOverlay", "chin (estimated)")
            if geometry.chin_estimated
            else translate("ReviewOverlay", "chin")
        )
        if geometry.head_ratio is not None:
            text += " · " + translate("ReviewOverlay", "head {0:.1%}").format(geometry.head_ratio)
        _label(text, CHIN_COLOUR, 0, geometry.chin_y * s, group)
    return group


def overlay_point(geometry: Geometry, pixmap_width: float, x: float, y: float) -> QPointF:
    """Maps a point of the analysed frame to pixmap coordinates (for tests and tooltips)."""
    s = pixmap_width / geometry.width
    return QPointF(x * s, y * s)
