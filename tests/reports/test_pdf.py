"""The rendered PDF, measured: text layer, embedded font, photo, QR round trip, offline check,
the embedded PDF signature as pyHanko and poppler's pdfsig see it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ssw_desk.errors import DeskError
from ssw_desk.reports import IssuerKey, ReportData, ReportLayout, issue_report, render_report
from ssw_desk.reports.fonts import FONT_NAME
from ssw_desk.reports.render import LEFT, PHOTO_W, RIGHT
from ssw_desk_verify.page import CODE_FONT, code_lines
from ssw_desk_verify.registry import Registry
from ssw_desk_verify.verify import code_in_pdf, verify_code, verify_pdf

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
    for name, font in resources["/Font"].items():
        if name == CODE_FONT:  # the code: standard Courier, checked by the verifier
            assert font.get_object()["/BaseFont"] == "/Courier"
            continue
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
    assert code_in_pdf(pdf) == code
    text = "".join(_text(pdf).split())
    assert "".join(code_lines(code)) in text
    assert PdfReader(io.BytesIO(pdf)).metadata["/Subject"] == code


@needs_pdftoppm
def test_qr_decodes_and_verifies(
    issued: tuple[str, bytes], data: ReportData, registry: Registry, tmp_path: Path
) -> None:
    code, pdf = issued
    found = zxingcpp.read_barcodes(_rasterise(pdf, tmp_path, dpi=150))
    qrs = [b for b in found if b.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(qrs) == 1
    assert qrs[0].text == code
    answer = verify_code(qrs[0].text, registry)
    assert answer.result == "valid" and answer.signed is not None
    assert (answer.signed["name"], answer.signed["score"]) == (data.name, "50")
    tampered = qrs[0].text[:-3] + ("AAA" if not qrs[0].text.endswith("AAA") else "BBB")
    assert verify_code(tampered, registry).result in ("invalid", "malformed")


def test_verify_pdf_offline(
    issued: tuple[str, bytes], data: ReportData, registry: Registry
) -> None:
    _code, pdf = issued
    answer = verify_pdf(pdf, registry)
    assert (answer.result, answer.reason, answer.pdf_signature) == ("valid", None, "intact")
    assert answer.signed is not None
    expected = {
        "serial": data.serial, "issue_date": "2025-07-01", "name": data.name,
        "nationality": "VN", "nationality_name": "Viet Nam", "date_of_birth": "1995-03-08",
        "sex": "M", "exam_number": data.exam_number, "exam_date": "2024-05-12",
        "category": data.category, "subject": "Practical exam", "score": "50",
        "passing_score": "60", "max_score": "100", "result": "fail", "ratio_percent": "83.3",
        "reaches_80": "yes", "issuer": "一般社団法人工業製品製造技能人材機構（JAIM）",
    }  # fmt: skip
    assert {k: answer.signed[k] for k in expected} == expected
    assert len(answer.signed["photo_sha256"]) == 64


@needs_pdftoppm
def test_pdfsig_reports_intact_then_broken(issued: tuple[str, bytes], tmp_path: Path) -> None:
    _code, pdf = issued
    genuine = tmp_path / "genuine.pdf"
    genuine.write_bytes(pdf)
    out = subprocess.run(["pdfsig", str(genuine)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in out and "Total document signed" in out
    assert "ECDSA" in out or "Signer Certificate Common Name: Clerk A" in out
    changed = bytearray(pdf)
    spot = pdf.index(b"/MediaBox")
    changed[spot + 12 : spot + 13] = b"9" if changed[spot + 12 : spot + 13] != b"9" else b"8"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(bytes(changed))
    out = subprocess.run(["pdfsig", str(broken)], capture_output=True, text=True).stdout
    assert "Signature is Valid." not in out


def test_long_name_shrinks_inside_its_cell(
    make_data: Callable[..., ReportData], issuer_key: IssuerKey
) -> None:
    name = "NGUYEN THI THANH HUONG MARIA CONCEPCION DE LOS SANTOS HERNANDEZ"
    _code, pdf = issue_report(make_data(name=name), issuer_key)
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


def test_layout_wording_is_used(data: ReportData, issuer_key: IssuerKey) -> None:
    layout = ReportLayout.from_overrides(
        {"title_en": "Result Notice", "secretariat_ja": "試験事務局"}
    )
    _code, pdf = issue_report(data, issuer_key, layout=layout)
    text = _text(pdf)
    assert "Result Notice" in text and "試験事務局" in text


def test_photo_crop_is_honoured(data: ReportData, issuer_key: IssuerKey) -> None:
    import dataclasses

    cropped = dataclasses.replace(data, photo_crop=(20, 10, 100, 150))
    _code, pdf = issue_report(cropped, issuer_key)
    xobjects = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/XObject"]
    (image,) = [x.get_object() for x in xobjects.values()]
    assert (int(image["/Width"]), int(image["/Height"])) == (100, 150)


def test_unreadable_photo_has_a_code(data: ReportData) -> None:
    import dataclasses

    with pytest.raises(DeskError) as err:
        render_report(dataclasses.replace(data, photo=b"GIF89a-broken"))
    assert err.value.code == "report.photo_unreadable"


def test_bomb_photo_is_refused_with_a_code(data: ReportData) -> None:
    import dataclasses

    from tests.imaging.test_decode import png_bomb

    for photo in (png_bomb(30_000, 30_000), png_bomb(10_000, 10_000)):
        with pytest.raises(DeskError) as err:
            render_report(dataclasses.replace(data, photo=photo))
        assert err.value.code == "report.photo_unreadable"
        assert err.value.detail == "image.bomb"
