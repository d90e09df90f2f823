"""Forgeries built on a real issued PDF, each answered *invalid* with its reason (scheme SSW2).

The verifier here is the stand-alone one (:mod:`ssw_desk_verify`) with only the registry; the
desk's ``report verify`` gives the same answers (tests/services/test_report_trust.py).
"""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject, TextStringObject
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ssw_desk.reports import IssuerKey, ReportData, create_issuer_key, issue_report
from ssw_desk_verify.registry import Registry
from ssw_desk_verify.verify import verify_code, verify_pdf
from tests.reports.conftest import entry


def _write(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _white_box_over_name_and_score() -> bytes:
    """The attacker's overlay: white boxes over the name and the score, new values on top."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4)
    c.setFillColorRGB(1, 1, 1)
    c.rect(62 * mm, (297 - 77) * mm, 90 * mm, 8 * mm, stroke=0, fill=1)
    c.rect(16 * mm, (297 - 207) * mm, 40 * mm, 13 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(63 * mm, (297 - 72) * mm, "SOMEONE ELSE")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(30 * mm, (297 - 203) * mm, "58")
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_white_box_overlay_stream_is_an_overlay(
    issued: tuple[str, bytes], registry: Registry
) -> None:
    _code, pdf = issued
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    page = writer.pages[0]
    overlay = PdfReader(io.BytesIO(_white_box_over_name_and_score())).pages[0]
    extra = DecodedStreamObject()
    ops = overlay.get_contents().get_data()  # type: ignore[union-attr]
    extra.set_data(ops.replace(b"/F1 ", b"/ZF1 ").replace(b"/F2 ", b"/ZF2 "))
    fonts = page["/Resources"]["/Font"].get_object()
    for name, font in overlay["/Resources"]["/Font"].items():
        fonts[NameObject("/Z" + name[1:])] = writer._add_object(font.get_object())
    contents = ArrayObject(page["/Contents"])
    contents.append(writer._add_object(extra))
    page[NameObject("/Contents")] = contents
    forged = _write(writer)
    assert "SOMEONE ELSE" in forged_text(forged)  # the forgery does show the new name
    answer = verify_pdf(forged, registry)
    assert (answer.result, answer.reason) == ("invalid", "pdf.overlay")
    assert answer.signed is not None and answer.signed["name"] == "TRAN VAN AN"
    assert answer.pdf_signature == "broken"


def forged_text(pdf: bytes) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_overlay_merged_by_pypdf_is_invalid(issued: tuple[str, bytes], registry: Registry) -> None:
    _code, pdf = issued
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.pages[0].merge_page(PdfReader(io.BytesIO(_white_box_over_name_and_score())).pages[0])
    answer = verify_pdf(_write(writer), registry)
    assert answer.result == "invalid"
    assert answer.reason in ("pdf.overlay", "pdf.content_altered")


def test_photo_swap_is_invalid(issued: tuple[str, bytes], registry: Registry) -> None:
    _code, pdf = issued
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    xobjects = writer.pages[0]["/Resources"]["/XObject"]
    (image,) = [x.get_object() for x in xobjects.values()]
    width, height = int(image["/Width"]), int(image["/Height"])
    other = io.BytesIO()
    Image.new("RGB", (width, height), (200, 150, 120)).save(other, "JPEG")
    image._data = other.getvalue()
    image[NameObject("/Filter")] = NameObject("/DCTDecode")
    answer = verify_pdf(_write(writer), registry)
    assert (answer.result, answer.reason) == ("invalid", "pdf.photo_mismatch")


def test_edited_content_stream_is_invalid(issued: tuple[str, bytes], registry: Registry) -> None:
    _code, pdf = issued
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    body = writer.pages[0]["/Contents"][0].get_object()
    data = body.get_data()
    # Move the first rectangle: same length, same operators, a different page.
    start = data.index(b" re")
    digit = data[start - 1 : start]
    edited = data[: start - 1] + (b"1" if digit != b"1" else b"2") + data[start:]
    assert edited != data and len(edited) == len(data)
    body._data = zlib.compress(edited)
    answer = verify_pdf(_write(writer), registry)
    assert (answer.result, answer.reason) == ("invalid", "pdf.content_altered")


def test_metadata_code_copied_from_another_report_is_invalid(
    issued: tuple[str, bytes],
    make_data: Callable[..., ReportData],
    issuer_key: IssuerKey,
    registry: Registry,
) -> None:
    other_code, _other = issue_report(
        make_data(name="SOMEONE ELSE", serial="JAIM-2025-000124"), issuer_key
    )
    _code, pdf = issued
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.add_metadata(
        {
            NameObject("/SSWVerificationCode"): TextStringObject(other_code),
            NameObject("/Subject"): TextStringObject(other_code),
        }
    )
    answer = verify_pdf(_write(writer), registry)
    assert (answer.result, answer.reason) == ("invalid", "pdf.printed_code_mismatch")
    assert answer.signed is not None and answer.signed["name"] == "SOMEONE ELSE"


def test_code_of_superseded_and_revoked_reports(
    issued: tuple[str, bytes], registry: Registry
) -> None:
    code, pdf = issued
    registry.withdrawn["JAIM-2025-000123"] = ("superseded", "JAIM-2025-000200")
    answer = verify_code(code, registry)
    assert (answer.result, answer.detail["superseded_by"]) == ("superseded", "JAIM-2025-000200")
    assert verify_pdf(pdf, registry).result == "superseded"
    registry.withdrawn["JAIM-2025-000123"] = ("revoked", "issued in error")
    assert verify_code(code, registry).result == "revoked"
    assert verify_pdf(pdf, registry).result == "revoked"


def test_unregistered_and_revoked_keys(data: ReportData, issuer_key: IssuerKey) -> None:
    stranger = create_issuer_key("Someone", "Elsewhere")
    code, pdf = issue_report(data, stranger)
    registry = Registry({issuer_key.key_id: entry(issuer_key)})
    assert verify_pdf(pdf, registry).reason == "key.unregistered"
    assert verify_code(code, registry).reason == "key.unregistered"
    registry.keys[stranger.key_id] = entry(stranger, "revoked")
    assert verify_pdf(pdf, registry).reason == "key.revoked"
    registry.keys[stranger.key_id] = entry(stranger, "retired")  # what it signed still holds
    assert verify_pdf(pdf, registry).result == "valid"
    registry.keys[stranger.key_id] = dataclasses.replace(
        entry(stranger), valid_until=data.issue_date.replace(year=2024)
    )
    assert verify_code(code, registry).reason == "key.not_valid_on_issue_date"


def test_key_id_swapped_for_a_registered_key_fails_the_signature(
    data: ReportData, issuer_key: IssuerKey, registry: Registry
) -> None:
    """A stranger's report claiming a registered key id is not signed by that key."""
    from ssw_desk_verify.payload import Signed, open_code, sign_payload

    stranger = create_issuer_key("Someone", "Elsewhere")
    code, _pdf = issue_report(data, stranger)
    signed, _canonical, _der = open_code(code)
    claimed = Signed({**signed.values, "key_id": issuer_key.key_id})
    forged = sign_payload(claimed, stranger.private_key)
    assert verify_code(forged, registry).reason == "code.bad_signature"


@pytest.mark.skipif(
    shutil.which("qpdf") is None and not os.environ.get("CI"), reason="needs qpdf (apt qpdf)"
)
def test_resaved_by_qpdf_breaks_the_pdf_signature_but_content_decides(
    issued: tuple[str, bytes], registry: Registry, tmp_path: Path
) -> None:
    _code, pdf = issued
    source, target = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(pdf)
    subprocess.run(["qpdf", "--object-streams=generate", str(source), str(target)], check=False)
    resaved = target.read_bytes()
    answer = verify_pdf(resaved, registry)
    assert (answer.result, answer.pdf_signature) == ("valid", "broken")
    out = subprocess.run(["pdfsig", str(target)], capture_output=True, text=True).stdout
    assert "Signature is Valid." not in out


def test_rewritten_by_pypdf_then_edited_is_invalid(
    issued: tuple[str, bytes], registry: Registry
) -> None:
    _code, pdf = issued
    plain = _write(PdfWriter(clone_from=io.BytesIO(pdf)))
    assert (verify_pdf(plain, registry).result, verify_pdf(plain, registry).pdf_signature) == (
        "valid",
        "broken",
    )
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.pages[0].mediabox.upper_right = (600, 842)
    assert verify_pdf(_write(writer), registry).reason == "pdf.content_altered"


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None and not os.environ.get("CI"), reason="needs pdftoppm"
)
def test_reprinted_to_pdf_verifies_by_its_code(
    issued: tuple[str, bytes], data: ReportData, registry: Registry, tmp_path: Path
) -> None:
    """A genuine report printed again (rasterised, a new PDF): its QR shows what it must say."""
    _code, pdf = issued
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(source), str(tmp_path / "p")],
        check=True,
    )
    reprinted = io.BytesIO()
    Image.open(tmp_path / "p.png").convert("RGB").save(reprinted, "PDF", resolution=150)
    again = reprinted.getvalue()
    assert verify_pdf(again, registry).reason == "pdf.no_code"  # no signed file any more
    page = tmp_path / "again.png"
    Image.open(io.BytesIO(_rasterise_first(again, tmp_path))).save(page)
    (qr,) = [b for b in zxingcpp.read_barcodes(Image.open(page)) if b.text.startswith("SSW2.")]
    answer = verify_code(qr.text, registry)
    assert answer.result == "valid" and answer.signed is not None
    assert (answer.signed["name"], answer.signed["score"]) == (data.name, "50")


def _rasterise_first(pdf: bytes, tmp_path: Path) -> bytes:
    path = tmp_path / "again.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(path), str(tmp_path / "a")],
        check=True,
    )
    return (tmp_path / "a.png").read_bytes()


@pytest.mark.parametrize(
    "bad",
    [b"", b"%PDF-1.7\n" + bytes(range(256)) * 40, bytes(range(256)) * 10, b"%PDF-" + b"A" * 10_000],
)
def test_rubbish_is_malformed(bad: bytes, registry: Registry) -> None:
    assert verify_pdf(bad, registry).result == "malformed"


@pytest.mark.parametrize("bad", ["", "SSW2.", "SSW2." + "A" * 10_000, "x" * 10_000, "SSW2.AAAA"])
def test_bad_codes_are_malformed(bad: str, registry: Registry) -> None:
    assert verify_code(bad, registry).result == "malformed"


def test_annotation_over_the_page_is_invalid(issued: tuple[str, bytes], registry: Registry) -> None:
    from pypdf.annotations import FreeText

    _code, pdf = issued
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    note = FreeText(text="Score: 99", rect=(60 * mm, 200 * mm, 140 * mm, 215 * mm))
    writer.add_annotation(page_number=0, annotation=note)
    answer = verify_pdf(_write(writer), registry)
    assert (answer.result, answer.reason) == ("invalid", "pdf.extra_annotations")
