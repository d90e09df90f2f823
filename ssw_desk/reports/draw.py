"""Small drawing helpers on a reportlab canvas: fitted text, bold text, QR codes, patterns."""

from __future__ import annotations

import math

import segno
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

INK = Color(0.10, 0.12, 0.16)
MUTED = Color(0.38, 0.41, 0.46)
RULE = Color(0.55, 0.60, 0.66)
NAVY = Color(0.09, 0.20, 0.38)
TINT = Color(0.93, 0.95, 0.98)
PATTERN = Color(0.80, 0.85, 0.92)


def fit_size(text: str, font: str, size: float, width: float, min_size: float = 6.0) -> float:
    """Return the largest font size up to ``size`` at which ``text`` fits ``width``."""
    actual = stringWidth(text, font, size)
    if actual <= width:
        return size
    return max(min_size, size * width / actual)


def split_to_width(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` at spaces (or anywhere, for CJK) into lines no wider than ``width``."""
    lines: list[str] = []
    current = ""
    tokens = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    for token in tokens:
        candidate = f"{current}{joiner}{token}" if current else token
        if stringWidth(candidate, font, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = token
    if current:
        lines.append(current)
    return lines


def text(
    c: Canvas,
    x: float,
    y: float,
    value: str,
    font: str,
    size: float,
    *,
    color: Color = INK,
    align: str = "left",
    bold: bool = False,
    max_width: float | None = None,
    min_size: float = 6.0,
) -> float:
    """Draw one line of selectable text; shrink it to ``max_width`` if needed.

    Args:
        c: The canvas.
        x: Anchor x (left, centre or right edge depending on ``align``).
        y: Baseline y.
        value: The text.
        font: Registered font name.
        size: Preferred font size in points.
        color: Fill colour.
        align: ``left``, ``centre`` or ``right``.
        bold: Simulate bold by stroking the glyph outlines (IPAex has no bold face).
        max_width: Shrink the font so the text fits this width.
        min_size: Never shrink below this size.

    Returns:
        The font size used.
    """
    if max_width is not None:
        size = fit_size(value, font, size, max_width, min_size)
    width = stringWidth(value, font, size)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setFillColor(color)
    if bold:
        c.setStrokeColor(color)
        c.setLineWidth(size * 0.035)
        t.setTextRenderMode(2)
    t.textOut(value)
    c.drawText(t)
    return size


def qr(c: Canvas, payload: str, x: float, y: float, size: float) -> int:
    """Draw a QR code as vector modules in a ``size`` square with its lower-left at (x, y).

    The caller keeps a white margin of at least four modules around it (the quiet zone).

    Returns:
        The QR version used.
    """
    code = segno.make(payload, error="m", micro=False)
    matrix = code.matrix
    n = len(matrix)
    module = size / n
    c.saveState()
    c.setFillColor(Color(0, 0, 0))
    path = c.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * module
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(x + start * module, top, (col - start) * module, module)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()
    return int(code.version or 0)


def guilloche_band(c: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Draw a fine interlaced wave band, the kind of line work a photocopy smears."""
    c.saveState()
    c.setStrokeColor(PATTERN)
    c.setLineWidth(0.25)
    steps = 240
    for k in range(9):
        phase = k * math.pi / 9
        path = c.beginPath()
        for i in range(steps + 1):
            t = i / steps
            px = x + t * width
            wave = (
                math.sin(t * 14 * math.pi + phase) * 0.6 + math.sin(t * 5 * math.pi - phase) * 0.4
            )
            py = y + height / 2 + wave * height / 2
            if i == 0:
                path.moveTo(px, py)
            else:
                path.lineTo(px, py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


WATERMARK = Color(0.80, 0.10, 0.10)


def watermark(
    c: Canvas, big: str, banner: str, font: str, page_width: float, page_height: float
) -> None:
    """Stamp ``big`` diagonally across the page and ``banner`` along its top edge, on top of
    everything, so a copy of the page can never pass for an issued document.

    Args:
        c: The canvas (points, origin bottom-left).
        big: The diagonal mark, e.g. ``見本 PREVIEW``.
        banner: One line across the top margin.
        font: Registered font name.
        page_width: Page width in points.
        page_height: Page height in points.
    """
    faint = Color(WATERMARK.red, WATERMARK.green, WATERMARK.blue, alpha=0.2)
    c.saveState()
    c.translate(page_width / 2, page_height / 2)
    c.rotate(math.degrees(math.atan2(page_height, page_width)))
    diagonal = math.hypot(page_width, page_height)
    size = fit_size(big, font, 110, diagonal * 0.8)
    text(c, 0, -size * 0.35, big, font, size, color=faint, align="centre", bold=True)
    c.restoreState()
    text(
        c,
        page_width / 2,
        page_height - 20,
        banner,
        font,
        9,
        color=WATERMARK,
        align="centre",
        bold=True,
        max_width=page_width - 60,
    )
