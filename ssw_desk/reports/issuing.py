"""Issue a Score report under scheme SSW2: render, sign the whole page, embed a PAdES signature.

1. :func:`render.render_report` draws the *body*: every printed item, the photo, the labels of
   the verification box -- everything but the code.
2. The signed payload (:class:`ssw_desk_verify.payload.Signed`) takes every printed item, the
   SHA-256 of the photo bytes embedded in the page and the page digest
   (:func:`ssw_desk_verify.page.page_digest`), and is signed with the issuer's key: the code.
3. The code is drawn as a second content stream (:func:`ssw_desk_verify.page.block_stream`),
   the code goes into the document information, and the file is signed as a PDF (PAdES
   baseline B, ECDSA P-256, the issuer's certificate embedded) with pyHanko.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from cryptography.hazmat.primitives import serialization
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

from ssw_desk.reports.data import ReportData, canonical_number
from ssw_desk.reports.keys import IssuerKey
from ssw_desk.reports.layout import DEFAULT_LAYOUT, ReportLayout
from ssw_desk.reports.render import CODE_KEY, render_report
from ssw_desk_verify.page import (
    CODE_FONT,
    CODE_FONT_DICT,
    block_stream,
    content_streams,
    page_digest,
    photos,
)
from ssw_desk_verify.payload import Signed, sign_payload

SIGNATURE_FIELD = "SSWIssuerSignature"


def signed_values(
    data: ReportData,
    layout: ReportLayout,
    *,
    key_id: str,
    photo_sha256: str,
    page_sha256: str,
    body_length: int,
) -> Signed:
    """The signed payload of a report: what the page prints, as text."""
    ratio = data.ratio()
    return Signed(
        {
            "key_id": key_id,
            "serial": data.serial,
            "issue_date": data.issue_date.isoformat(),
            "issuer": layout.secretariat_ja,
            "name": data.name,
            "nationality": data.nationality_code,
            "nationality_name": data.nationality_en,
            "date_of_birth": data.date_of_birth.isoformat(),
            "sex": data.sex,
            "exam_number": data.exam_number,
            "exam_date": data.exam_date.isoformat(),
            "category": data.category,
            "subject": layout.label("exam_type_value")[1],
            "score": canonical_number(data.score),
            "passing_score": canonical_number(data.passing_score),
            "max_score": canonical_number(data.max_score),
            "result": data.result,
            "ratio_percent": str(ratio.display),
            "reaches_80": "yes" if ratio.reaches else "no",
            "photo_sha256": photo_sha256,
            "page_sha256": page_sha256,
            "body_length": str(body_length),
        }
    )


_signers: dict[str, Any] = {}


def _signer(key: IssuerKey) -> Any:
    """pyHanko's signer for a key, built once per process (parsing the key costs time)."""
    if key.key_id in _signers:
        return _signers[key.key_id]
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = asn1_x509.Certificate.load(key.certificate.public_bytes(serialization.Encoding.DER))
    private = asn1_keys.PrivateKeyInfo.load(
        key.private_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=private,
        cert_registry=SimpleCertificateStore.from_certs([cert]),
    )
    _signers[key.key_id] = signer
    return signer


def pades_sign(pdf: bytes, key: IssuerKey) -> bytes:
    """Add a PAdES baseline-B signature by the issuer key (incremental update)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = _signer(key)
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason="Score report issued",
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    out = signers.sign_pdf(writer, meta, signer=signer)
    return out.getvalue()


def issue_report(
    data: ReportData,
    key: IssuerKey,
    *,
    layout: ReportLayout = DEFAULT_LAYOUT,
    watermark: tuple[str, str] | None = None,
    pades: bool = True,
) -> tuple[str, bytes]:
    """Render, sign and seal a report: ``(code, pdf_bytes)``.

    Args:
        data: The report's values.
        key: The issuer's unlocked key.
        layout: Wording settings.
        watermark: ``(diagonal mark, top banner)`` (previews only).
        pades: Embed the PDF signature (previews skip it).
    """
    body_pdf = render_report(data, layout=layout, watermark=watermark)
    reader = PdfReader(io.BytesIO(body_pdf))
    page = reader.pages[0]
    (body,) = content_streams(page)
    (photo,) = photos(page)
    signed = signed_values(
        data,
        layout,
        key_id=key.key_id,
        photo_sha256=hashlib.sha256(photo).hexdigest(),
        page_sha256=page_digest(page, body),
        body_length=len(body),
    )
    code = sign_payload(signed, key.private_key)

    writer = PdfWriter(clone_from=reader)
    out_page = writer.pages[0]
    block = DecodedStreamObject()
    block.set_data(block_stream(code))
    block_ref = writer._add_object(block.flate_encode())
    out_page[NameObject("/Contents")] = ArrayObject([out_page.raw_get("/Contents"), block_ref])
    fonts = out_page["/Resources"]["/Font"].get_object()  # type: ignore[index]
    fonts[NameObject(CODE_FONT)] = writer._add_object(
        DictionaryObject({NameObject(k): NameObject(v) for k, v in CODE_FONT_DICT.items()})
    )
    writer.add_metadata({f"/{CODE_KEY}": code, "/Subject": code})
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf = buffer.getvalue()
    return code, pades_sign(pdf, key) if pades else pdf
