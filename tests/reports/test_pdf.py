"""The rendered PDF, measured: text layer, embedded font, photo, QR round trip, offline check."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ssw_desk.errors import DeskError
from ssw_desk.reports import (
    ReportData,
    ReportLayout,
    extract_code_from_pdf,
    issue_report,
    printed_code_from_pdf,
    render_report,
    signed_fields_from_pdf,
    verify_code,
    verify_pdf,
)
from ssw_desk.reports.fonts import FONT_NAME
from ssw_desk.reports.render import FIELDS_KEY, LEFT, PHOTO_W, RIGHT

# A developer without poppler gets a skip that says why; CI (CI=true) installs it, so there a
# missing pdftoppm fails instead of silently skipping the QR check.
needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None and not os.environ.get("CI"),
    reason="needs pdftoppm (poppler-utils)",
)


def _text(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def _rasterise(pdf: bytes, tmp_path: Path, dpi: int = 100) -> Image.Image:
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(source), str(tmp_path / "page")],
        check=True,
    )
    return Image.open(tmp_path / "page.png")


def test_one_a4_page_with_the_text(issued: tuple[str, bytes], data: ReportData) -> None:
    _code, pdf = issued
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = _text(pdf)
    for expected in (
        "特定技能2号評価試験（工業製品製造業）結果通知書",
        "Score report of the SSW(ii) Exam for Industrial Product Manufacturing",
        data.name, data.serial, data.exam_number, "ベトナム", "Viet Nam",
        "1995年3月8日", "2024年5月12日", "電気電子機器組立て区分",
        "Electric and Electronic Device Assembly", "不合格", "Fail",
        "83.3 %（80 %以上）", "83.3 % (reaches 80 %)", "一般社団法人工業製品製造技能人材機構",
    ):  # fmt: skip
        assert expected in text, expected
    for score in ("50", "60", "100"):
        assert score in text.split()


def test_font_is_embedded_subset(issued: tuple[str, bytes]) -> None:
    _code, pdf = issued
    fonts = []
    resources = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]
    for font in resources["/Font"].values():
        font = font.get_object()
        descriptor = font["/FontDescriptor"].get_object()
        fonts.append((str(font["/BaseFont"]), "/FontFile2" in descriptor))
    assert fonts, "no fonts"
    assert all(embedded for _name, embedded in fonts), fonts
    assert all(FONT_NAME in name for name, _embedded in fonts), fonts  # no unembedded fallback


def test_photo_is_an_image_xobject(issued: tuple[str, bytes]) -> None:
    _code, pdf = issued
    xobjects = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/XObject"]
    images = [x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1
    w, h = int(images[0]["/Width"]), int(images[0]["/Height"])
    assert abs(w / h - 200 / 230) < 0.01


def test_code_read_back_from_metadata_and_text(issued: tuple[str, bytes]) -> None:
    code, pdf = issued
    assert extract_code_from_pdf(pdf) == code
    assert printed_code_from_pdf(pdf) == code
    assert PdfReader(io.BytesIO(pdf)).metadata["/Subject"] == code


@needs_pdftoppm
def test_qr_decodes_and_verifies(
    issued: tuple[str, bytes], data: ReportData, public_pem: bytes, tmp_path: Path
) -> None:
    code, pdf = issued
    found = zxingcpp.read_barcodes(_rasterise(pdf, tmp_path, dpi=100))
    qrs = [b for b in found if b.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(qrs) == 1
    assert qrs[0].text == code
    assert verify_code(qrs[0].text, public_pem, expected=data).status == "valid"
    tampered = qrs[0].text[:-3] + ("AAA" if not qrs[0].text.endswith("AAA") else "BBB")
    assert verify_code(tampered, public_pem).status == "invalid"


def test_verify_pdf_offline(issued: tuple[str, bytes], data: ReportData, public_pem: bytes) -> None:
    _code, pdf = issued
    result = verify_pdf(pdf, public_pem)
    assert result.status == "valid"
    assert result.fields == data.signed_fields()
    assert signed_fields_from_pdf(pdf) == data.signed_fields()


def _with_metadata(pdf: bytes, key: str, value: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.add_metadata({NameObject(f"/{key}"): TextStringObject(value)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_verify_pdf_catches_edited_metadata(issued: tuple[str, bytes], public_pem: bytes) -> None:
    _code, pdf = issued
    fields = json.loads(PdfReader(io.BytesIO(pdf)).metadata[f"/{FIELDS_KEY}"])
    fields["score"] = "55"
    edited = _with_metadata(pdf, FIELDS_KEY, json.dumps(fields))
    assert verify_pdf(edited, public_pem).reason == "code.fields_mismatch"


def test_verify_pdf_catches_a_page_redrawn_with_a_borrowed_code(
    make_data: Callable[..., ReportData], private_pem: bytes, public_pem: bytes
) -> None:
    genuine = make_data()
    code, _pdf = issue_report(genuine, private_pem)
    # Forger: another name on the page, the genuine code and fields copied into the metadata.
    forged = render_report(make_data(name="SOMEONE ELSE"), code=code)
    forged = _with_metadata(
        forged, FIELDS_KEY, json.dumps(genuine.signed_fields().as_dict(), ensure_ascii=False)
    )
    assert verify_pdf(forged, public_pem).reason == "pdf.text_mismatch"


def test_verify_pdf_rejects_rubbish(public_pem: bytes) -> None:
    assert verify_pdf(b"not a pdf", public_pem).reason == "pdf.unreadable"
    assert extract_code_from_pdf(b"not a pdf") is None


def test_long_name_shrinks_inside_its_cell(
    make_data: Callable[..., ReportData], private_pem: bytes
) -> None:
    name = "NGUYEN THI THANH HUONG MARIA CONCEPCION DE LOS SANTOS HERNANDEZ"
    _code, pdf = issue_report(make_data(name=name), private_pem)
    spans: list[tuple[float, float]] = []

    def visit(text: str, _cm: list, tm: list, _font: dict, size: float) -> None:
        if text.strip() == name:
            spans.append((tm[4], tm[0] * size))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    assert len(spans) == 1
    x, size = spans[0]
    assert size < 13  # shrunk from the preferred 13 pt
    cell_right = (RIGHT - PHOTO_W - 5) * mm
    assert x > LEFT * mm
    assert x + stringWidth(name, FONT_NAME, size) <= cell_right


def test_layout_wording_is_used(data: ReportData, private_pem: bytes) -> None:
    layout = ReportLayout.from_overrides(
        {"title_en": "Result Notice", "secretariat_ja": "試験事務局"}
    )
    _code, pdf = issue_report(data, private_pem, layout=layout)
    text = _text(pdf)
    assert "Result Notice" in text and "試験事務局" in text


def test_photo_crop_is_honoured(data: ReportData, private_pem: bytes) -> None:
    import dataclasses

    cropped = dataclasses.replace(data, photo_crop=(20, 10, 100, 150))
    _code, pdf = issue_report(cropped, private_pem)
    xobjects = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/XObject"]
    (image,) = [x.get_object() for x in xobjects.values()]
    assert (int(image["/Width"]), int(image["/Height"])) == (100, 150)


def test_unreadable_photo_has_a_code(data: ReportData) -> None:
    import dataclasses

    with pytest.raises(DeskError) as err:
        render_report(dataclasses.replace(data, photo=b"GIF89a-broken"), code="x")
    assert err.value.code == "report.photo_unreadable"


def test_bomb_photo_is_refused_with_a_code(data: ReportData) -> None:
    import dataclasses

    from tests.imaging.test_decode import png_bomb

    for photo in (png_bomb(30_000, 30_000), png_bomb(10_000, 10_000)):
        with pytest.raises(DeskError) as err:
            render_report(dataclasses.replace(data, photo=photo), code="x")
        assert err.value.code == "report.photo_unreadable"
        assert err.value.detail == "image.bomb"
