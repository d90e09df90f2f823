"""Drawing the Score report: one A4 page, Japanese first with English alongside.

The page is drawn on a reportlab canvas in millimetres from the top-left corner (``_Page``
flips the y axis), so the grid below reads like the page does. Every piece of text is real,
selectable text in the embedded IPAex Gothic subset; the QR code is vector line work.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ssw_desk import __version__
from ssw_desk.domain.model import CATEGORY_LABELS
from ssw_desk.reports import draw
from ssw_desk.reports.data import SEX_LABELS, ReportData, canonical_number
from ssw_desk.reports.draw import INK, MUTED, NAVY, RULE, TINT
from ssw_desk.reports.fonts import register_fonts
from ssw_desk.reports.layout import DEFAULT_LAYOUT, ReportLayout
from ssw_desk.reports.photo import prepare_photo

#: PDF document-information keys holding the verification code and the signed fields.
CODE_KEY = "SSWVerificationCode"
FIELDS_KEY = "SSWReportFields"

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PAGE_W, PAGE_H = A4[0] / mm, A4[1] / mm
LEFT, RIGHT = 15.0, PAGE_W - 15.0
LABEL_W = 44.0


def date_ja(value: dt.date) -> str:
    """Return ``2025年7月1日``."""
    return f"{value.year}年{value.month}月{value.day}日"


def date_en(value: dt.date) -> str:
    """Return ``1 Jul 2025`` (unambiguous in every English-reading country)."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


class _Page:
    """A canvas seen in millimetres from the top-left corner."""

    def __init__(self, canvas: Canvas, font: str) -> None:
        self.c = canvas
        self.font = font

    def text(
        self,
        x: float,
        top: float,
        value: str,
        size: float,
        *,
        color: Color = INK,
        align: str = "left",
        bold: bool = False,
        max_width: float | None = None,
    ) -> float:
        """Draw text with its baseline ``top`` mm below the page top; see :func:`draw.text`."""
        return draw.text(
            self.c,
            x * mm,
            (PAGE_H - top) * mm,
            value,
            self.font,
            size,
            color=color,
            align=align,
            bold=bold,
            max_width=None if max_width is None else max_width * mm,
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.4) -> None:
        self.c.setLineWidth(width)
        self.c.line(x1 * mm, (PAGE_H - y1) * mm, x2 * mm, (PAGE_H - y2) * mm)

    def box(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        *,
        fill: Color | None = None,
        stroke: Color | None = RULE,
        width: float = 0.5,
    ) -> None:
        c = self.c
        c.saveState()
        c.setLineWidth(width)
        if stroke is not None:
            c.setStrokeColor(stroke)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(
            x * mm,
            (PAGE_H - top - h) * mm,
            w * mm,
            h * mm,
            stroke=int(stroke is not None),
            fill=int(fill is not None),
        )
        c.restoreState()

    def label(self, x: float, top: float, pair: tuple[str, str], h: float, w: float) -> None:
        """Draw a Japanese label with its small English line, vertically centred in a cell."""
        mid = top + h / 2
        self.text(x + 2.5, mid - 0.2, pair[0], 9, max_width=w - 4)
        self.text(x + 2.5, mid + 3.6, pair[1], 6.5, color=MUTED, max_width=w - 4)

    def section(self, top: float, pair: tuple[str, str]) -> None:
        """Draw a section heading: navy bar, Japanese bold, English small."""
        self.box(LEFT, top - 4.2, 1.4, 5.2, fill=NAVY, stroke=None)
        self.text(LEFT + 3.5, top, pair[0], 10.5, color=NAVY, bold=True)
        ja_width = stringWidth(pair[0], self.font, 10.5) / mm
        self.text(LEFT + 5.5 + ja_width, top, pair[1], 7.5, color=MUTED)


def _row(
    page: _Page,
    top: float,
    h: float,
    width: float,
    pair: tuple[str, str],
    value: str,
    sub: str = "",
    *,
    size: float = 11.5,
) -> None:
    """One grid row: tinted label cell, value cell with optional small second line."""
    page.box(LEFT, top, LABEL_W, h, fill=TINT)
    page.box(LEFT + LABEL_W, top, width - LABEL_W, h)
    page.label(LEFT, top, pair, h, LABEL_W)
    value_w = width - LABEL_W - 5
    if sub:
        page.text(LEFT + LABEL_W + 3, top + h / 2 + 0.3, value, size, max_width=value_w)
        page.text(LEFT + LABEL_W + 3, top + h / 2 + 4.0, sub, 7, color=MUTED, max_width=value_w)
    else:
        page.text(LEFT + LABEL_W + 3, top + h / 2 + 1.8, value, size, max_width=value_w)


def _header(page: _Page, data: ReportData, layout: ReportLayout) -> None:
    page.box(9, 9, PAGE_W - 18, PAGE_H - 18, stroke=NAVY, width=1.2)
    page.box(10.6, 10.6, PAGE_W - 21.2, PAGE_H - 21.2, stroke=RULE, width=0.3)
    draw.guilloche_band(page.c, 11 * mm, (PAGE_H - 22) * mm, (PAGE_W - 22) * mm, 10 * mm)
    serial = layout.label("serial")
    issued = layout.label("issue_date")
    page.text(RIGHT, 27.5, f"{serial[0]} {serial[1]}:  {data.serial}", 8.5, align="right")
    page.text(
        RIGHT,
        32,
        f"{issued[0]} {issued[1]}:  {date_ja(data.issue_date)} ({date_en(data.issue_date)})",
        8,
        align="right",
    )
    page.text(PAGE_W / 2, 44, layout.title_ja, 16, align="centre", bold=True, max_width=176)
    page.text(PAGE_W / 2, 50.5, layout.title_en, 10, align="centre", color=MUTED, max_width=176)
    page.c.setStrokeColor(NAVY)
    page.line(LEFT, 55, RIGHT, 55, 0.8)
    page.c.setStrokeColor(RULE)
    page.line(LEFT, 56, RIGHT, 56, 0.3)


PHOTO_H = 40.0
PHOTO_W = PHOTO_H * 200 / 230


def _photo(page: _Page, data: ReportData, left: float, top: float) -> None:
    w, h = PHOTO_W, PHOTO_H
    jpeg, _size = prepare_photo(data.photo, data.photo_crop)
    page.c.drawImage(
        ImageReader(io.BytesIO(jpeg)),
        left * mm,
        (PAGE_H - top - h) * mm,
        w * mm,
        h * mm,
        preserveAspectRatio=True,
        anchor="c",
    )
    page.box(left, top, w, h, stroke=INK, width=0.6)


def _examinee(page: _Page, data: ReportData, layout: ReportLayout) -> None:
    page.section(64, layout.label("applicant"))
    top, h = 68.0, 10.0
    width = RIGHT - LEFT - PHOTO_W - 5
    sex_ja, sex_en = SEX_LABELS[data.sex]
    rows = [
        ("name", data.name, ""),
        ("nationality", data.nationality_ja, data.nationality_en),
        ("date_of_birth", date_ja(data.date_of_birth), date_en(data.date_of_birth)),
        ("sex", sex_ja, sex_en),
    ]
    for i, (key, value, sub) in enumerate(rows):
        _row(
            page,
            top + i * h,
            h,
            width,
            layout.label(key),
            value,
            sub,
            size=13 if key == "name" else 11.5,
        )
    _photo(page, data, RIGHT - PHOTO_W, top)


def _exam(page: _Page, data: ReportData, layout: ReportLayout) -> None:
    page.section(116, layout.label("exam"))
    top, h, width = 120.0, 10.0, RIGHT - LEFT
    cat_ja, cat_en = CATEGORY_LABELS[data.category]
    type_ja, type_en = layout.label("exam_type_value")
    rows = [
        ("exam_number", data.exam_number, ""),
        ("exam_date", date_ja(data.exam_date), date_en(data.exam_date)),
        ("category", cat_ja, cat_en),
        ("exam_type", type_ja, type_en),
    ]
    for i, (key, value, sub) in enumerate(rows):
        _row(page, top + i * h, h, width, layout.label(key), value, sub)


def _scores(page: _Page, data: ReportData, layout: ReportLayout) -> None:
    page.section(168, layout.label("result_section"))
    page.text(LEFT, 174.5, layout.intro_ja, 9, max_width=RIGHT - LEFT)
    page.text(LEFT, 178.5, layout.intro_en, 7, color=MUTED, max_width=RIGHT - LEFT)
    top, head_h, value_h = 182.0, 11.0, 15.0
    width = RIGHT - LEFT
    col = width / 4
    result_pair = layout.label(data.result)
    cells = [
        ("score", canonical_number(data.score)),
        ("passing_score", canonical_number(data.passing_score)),
        ("max_score", canonical_number(data.max_score)),
        ("result", result_pair[0]),
    ]
    for i, (key, value) in enumerate(cells):
        x = LEFT + i * col
        page.box(x, top, col, head_h, fill=TINT)
        ja, en = layout.label(key)
        page.text(x + col / 2, top + 5, ja, 9, align="centre", max_width=col - 4)
        page.text(x + col / 2, top + 8.8, en, 6.5, align="centre", color=MUTED, max_width=col - 4)
        page.box(x, top + head_h, col, value_h)
        if key == "result":
            page.text(x + col / 2, top + head_h + 8, value, 15, align="centre", bold=True)
            page.text(
                x + col / 2, top + head_h + 12.3, result_pair[1], 8, align="centre", color=MUTED
            )
        else:
            page.text(x + col / 2, top + head_h + 10, value, 18, align="centre", bold=True)
    ratio = data.ratio()
    ratio_top, ratio_h = top + head_h + value_h, 15.0
    page.box(LEFT, ratio_top, width, ratio_h, fill=Color(0.97, 0.975, 0.99))
    ja, en = layout.label("ratio")
    page.text(LEFT + 3, ratio_top + 6.2, ja, 9.5, max_width=width / 2 - 6)
    page.text(LEFT + 3, ratio_top + 10.6, en, 7, color=MUTED, max_width=width / 2 - 6)
    verdict = layout.label("reaches" if ratio.reaches else "below")
    pct = f"{ratio.display} %"
    page.text(
        RIGHT - 3,
        ratio_top + 6.8,
        f"{pct}（{verdict[0]}）",
        13,
        align="right",
        bold=True,
        max_width=width / 2 - 6,
    )
    page.text(RIGHT - 3, ratio_top + 11.3, f"{pct} ({verdict[1]})", 7.5, align="right", color=MUTED)
    page.box(LEFT, top, width, head_h + value_h + ratio_h, stroke=INK, width=0.8)


def _issuer(page: _Page, data: ReportData, layout: ReportLayout) -> None:
    top = 232.0
    page.text(
        RIGHT, top, f"{date_ja(data.issue_date)}  ({date_en(data.issue_date)})", 9, align="right"
    )
    issuer = layout.label("issuer")
    page.text(RIGHT - 118, top + 7, f"{issuer[0]}  {issuer[1]}", 7.5, color=MUTED)
    page.text(
        RIGHT,
        top + 7,
        layout.secretariat_ja,
        12,
        align="right",
        bold=True,
        max_width=RIGHT - LEFT - 40,
    )
    page.text(
        RIGHT,
        top + 11.5,
        layout.secretariat_en,
        7,
        align="right",
        color=MUTED,
        max_width=RIGHT - LEFT - 40,
    )


def _verification(page: _Page, layout: ReportLayout) -> None:
    """The verification box with its labels; the QR and the code are drawn into it after
    signing, as a separate content stream (:func:`ssw_desk_verify.page.block_stream`)."""
    top, h = 248.0, 34.0
    page.box(LEFT, top, RIGHT - LEFT, h, stroke=RULE, width=0.5)
    x = LEFT + 38
    width = RIGHT - x - 3
    ja, en = layout.label("verification")
    page.text(x, top + 5.5, f"{ja}  {en}", 8.5, color=NAVY, bold=True)
    code_ja, code_en = layout.label("code")
    page.text(x, top + 10.5, f"{code_ja} / {code_en}", 6.5, color=MUTED)
    page.text(x, top + 28.3, layout.footer_ja, 6.3, color=MUTED, max_width=width)
    page.text(x, top + 31.4, layout.footer_en, 6.0, color=MUTED, max_width=width)


def render_report(
    data: ReportData,
    *,
    layout: ReportLayout = DEFAULT_LAYOUT,
    watermark: tuple[str, str] | None = None,
) -> bytes:
    """Render the body of the Score report (everything but the code) as a one-page A4 PDF.

    Args:
        data: The report's values.
        layout: Wording settings.
        watermark: ``(diagonal mark, top banner)`` stamped over the page (previews only).

    Returns:
        The PDF bytes.
    """
    font = register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=font)
    c.setTitle(f"{layout.document_title} {data.serial}")
    c.setAuthor(layout.secretariat_ja)
    c.setCreator(f"SSW Desk {__version__}")
    page = _Page(c, font)
    _header(page, data, layout)
    _examinee(page, data, layout)
    _exam(page, data, layout)
    _scores(page, data, layout)
    _issuer(page, data, layout)
    _verification(page, layout)
    if watermark is not None:
        draw.watermark(c, *watermark, font, A4[0], A4[1])
    c.showPage()
    c.save()
    return buffer.getvalue()
