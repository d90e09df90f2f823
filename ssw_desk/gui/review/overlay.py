"""The face-photo geometry the photo checks measured, drawn over the photo.

The checks store their geometry in the attachment's ``photo_report["geometry"]`` in the pixel
frame of the image they analysed (``width`` x ``height``); the overlay is scaled from that frame
to the pixmap on screen, so a reduced display image still lines up. Lines are cosmetic (one
screen pixel wide at any zoom) and labels ignore the view's zoom, so both stay readable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

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

translate = QCoreApplication.translate

FACE_COLOUR = QColor("#00b4d8")
CROWN_COLOUR = QColor("#f4a261")
CHIN_COLOUR = QColor("#e76f51")
BAND_COLOUR = QColor(46, 196, 182, 60)
BAND_EDGE = QColor("#2ec4b6")
CENTRE_COLOUR = QColor("#ffd166")
EYE_COLOUR = QColor("#06d6a0")


@dataclass(frozen=True)
class Geometry:
    """The measured geometry in the analysed image's pixel frame.

    Attributes:
        width: Width of the analysed frame.
        height: Height of the analysed frame.
        face_box: (x, y, w, h) of the detected face, or None.
        eyes: Eye centres.
        crown_y: Top of the hair, or None.
        chin_y: Bottom of the chin, or None.
        band: Rows (top, bottom) between which the chin must lie for a 50-69 % head.
        band_limits: The two ratios the band stands for (0.50, 0.69 by default).
        centre_x: The face midline, or None.
        crown_estimated: True when the crown was estimated rather than measured.
        head_ratio: The measured (chin - crown) / height, or None.
    """

    width: float
    height: float
    face_box: tuple[float, float, float, float] | None
    eyes: tuple[tuple[float, float], ...]
    crown_y: float | None
    chin_y: float | None
    band: tuple[float, float] | None
    band_limits: tuple[float, float]
    centre_x: float | None
    crown_estimated: bool
    head_ratio: float | None


def _num(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def _pair(value: Any) -> tuple[float, float] | None:
    if isinstance(value, Mapping):
        value = (value.get("x"), value.get("y"))
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2:
        a, b = _num(value[0]), _num(value[1])
        if a is not None and b is not None:
            return a, b
    return None


def _band(geo: Mapping[str, Any], crown: float | None, height: float) -> tuple[float, float]:
    """The chin band rows: stored by the checks when present, else derived from the crown."""
    for lo_key, hi_key in (("band_50", "band_69"), ("band_min", "band_max")):
        lo, hi = _num(geo.get(lo_key)), _num(geo.get(hi_key))
        if lo is not None and hi is not None:
            return lo, hi
    for key in ("band", "chin_band", "band_rows"):
        pair = _pair(geo.get(key))
        if pair is not None:
            return pair
    raise KeyError("band")


def parse_geometry(report: Mapping[str, Any] | None) -> Geometry | None:
    """Reads the overlay geometry from a photo report, tolerating missing parts.

    Args:
        report: ``AttachmentView.photo_report`` (or None).

    Returns:
        The geometry, or None when the report has no usable frame size.
    """
    if not report:
        return None
    geo = report.get("geometry") or {}
    measures = report.get("measures") or {}
    width, height = _num(geo.get("width")), _num(geo.get("height"))
    if not width or not height:
        return None
    box = geo.get("face_box")
    face_box = None
    if isinstance(box, Sequence) and len(box) == 4 and all(_num(v) is not None for v in box):
        face_box = (float(box[0]), float(box[1]), float(box[2]), float(box[3]))
    eyes = tuple(p for p in (_pair(e) for e in (geo.get("eyes") or ())) if p is not None)
    crown, chin = _num(geo.get("crown_y")), _num(geo.get("chin_y"))
    limits = _ratio_limits(report)
    band: tuple[float, float] | None
    try:
        band = _band(geo, crown, height)
    except KeyError:
        band = None if crown is None else (crown + limits[0] * height, crown + limits[1] * height)
    ratio = _num(measures.get("head_ratio"))
    if ratio is None and crown is not None and chin is not None:
        ratio = (chin - crown) / height
    return Geometry(
        width=width,
        height=height,
        face_box=face_box,
        eyes=eyes,
        crown_y=crown,
        chin_y=chin,
        band=band,
        band_limits=limits,
        centre_x=_num(geo.get("centre_x", geo.get("midline_x"))),
        crown_estimated=bool(geo.get("crown_estimated", measures.get("crown_estimated", False))),
        head_ratio=ratio,
    )


def _ratio_limits(report: Mapping[str, Any]) -> tuple[float, float]:
    for check in report.get("checks") or ():
        if check.get("code") != "photo.head_size":
            continue
        limits = check.get("limits")
        if isinstance(limits, Mapping):
            lo, hi = _num(limits.get("min")), _num(limits.get("max"))
        else:
            pair = _pair(limits)
            lo, hi = pair if pair is not None else (None, None)
        if lo is not None and hi is not None:
            return lo, hi
    return 0.50, 0.69


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
        lo, hi = geometry.band_limits
        _label(f"{lo:.0%}", BAND_EDGE, w, top, group, right=True)
        _label(f"{hi:.0%}", BAND_EDGE, w, bottom, group, right=True)
    centre = QGraphicsLineItem(w / 2, 0, w / 2, h)
    centre.setPen(_pen(CENTRE_COLOUR, Qt.PenStyle.DashLine, 1.0))
    add(centre, "centre")
    if geometry.centre_x is not None:
        mid = QGraphicsLineItem(geometry.centre_x * s, 0, geometry.centre_x * s, h)
        mid.setPen(_pen(FACE_COLOUR, Qt.PenStyle.DotLine, 1.0))
        add(mid, "midline")
        offset = (geometry.centre_x - geometry.width / 2) / geometry.width
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
        chin.setPen(_pen(CHIN_COLOUR, width=1.6))
        add(chin, "chin")
        text = translate("ReviewOverlay", "chin")
        if geometry.head_ratio is not None:
            text = translate("ReviewOverlay", "chin · head {0:.1%}").format(geometry.head_ratio)
        _label(text, CHIN_COLOUR, 0, geometry.chin_y * s, group)
    return group


def overlay_point(geometry: Geometry, pixmap_width: float, x: float, y: float) -> QPointF:
    """Maps a point of the analysed frame to pixmap coordinates (for tests and tooltips)."""
    s = pixmap_width / geometry.width
    return QPointF(x * s, y * s)
