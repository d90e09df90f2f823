"""The signed content of a Score report (scheme SSW2) and its verification code.

The signed payload is every item the page prints, the SHA-256 of the photo bytes printed, and
the digest of the page's drawing (content stream, fonts, images) without the verification block
(which prints this code). Canonical form: UTF-8 text, fields in :data:`FIELDS` order joined by
U+001F, NFC. The code carries the payload itself, so a code alone shows what the report says::

    SSW2.<base32( uint16 length | raw-deflate(canonical) | ECDSA P-256 signature r||s )>

The signature is ECDSA P-256 / SHA-256 by the issuer key named in ``key_id`` (first 16 hex of
the SHA-256 of its SubjectPublicKeyInfo DER).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

PREFIX = "SSW2"
SCHEME = "SSWR2"
SEPARATOR = "\x1f"
#: The signed items, in canonical order (all text).
FIELDS: tuple[str, ...] = (
    "key_id",
    "serial",
    "issue_date",
    "issuer",
    "name",
    "nationality",
    "nationality_name",
    "date_of_birth",
    "sex",
    "exam_number",
    "exam_date",
    "category",
    "subject",
    "score",
    "passing_score",
    "max_score",
    "result",
    "ratio_percent",
    "reaches_80",
    "photo_sha256",
    "page_sha256",
    "body_length",
)
MAX_CODE_CHARS = 2000
_MAX_PAYLOAD = 4096
CODE_PATTERN = re.compile(rf"{PREFIX}\.([A-Z2-7]{{100,{MAX_CODE_CHARS}}})")


class PayloadError(ValueError):
    """A code or payload that cannot be read; ``reason`` is the named reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Signed:
    """The signed items as text, in :data:`FIELDS` order."""

    values: dict[str, str]

    def canonical(self) -> bytes:
        """The bytes the signature covers."""
        parts = [SCHEME, *(self.values[name] for name in FIELDS)]
        if any(SEPARATOR in p for p in parts):
            raise ValueError("signed values must not contain U+001F")
        return unicodedata.normalize("NFC", SEPARATOR.join(parts)).encode("utf-8")

    @classmethod
    def parse(cls, raw: bytes) -> Signed:
        """Read canonical bytes back.

        Raises:
            PayloadError: ``code.malformed`` when the text is not a payload of this scheme.
        """
        try:
            parts = raw.decode("utf-8").split(SEPARATOR)
        except UnicodeDecodeError as exc:
            raise PayloadError("code.malformed") from exc
        if len(parts) != len(FIELDS) + 1 or parts[0] != SCHEME:
            raise PayloadError("code.malformed")
        return cls(dict(zip(FIELDS, parts[1:], strict=True)))

    @property
    def serial(self) -> str:
        return self.values["serial"]

    @property
    def key_id(self) -> str:
        return self.values["key_id"]


def key_id_of(public_key: ec.EllipticCurvePublicKey) -> str:
    """The short id of an issuer key: 16 hex of SHA-256 of its SubjectPublicKeyInfo DER."""
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()[:16]


def _b32(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def sign_payload(signed: Signed, private_key: ec.EllipticCurvePrivateKey) -> str:
    """Sign the payload and return the verification code (upper-case base32, QR alphanumeric)."""
    canonical = signed.canonical()
    der = private_key.sign(canonical, ec.ECDSA(hashes.SHA256()))
    r, s = decode_dss_signature(der)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = compressor.compress(canonical) + compressor.flush()
    blob = len(packed).to_bytes(2, "big") + packed + r.to_bytes(32, "big") + s.to_bytes(32, "big")
    return f"{PREFIX}.{_b32(blob)}"


def normalise_code(text: str) -> str:
    """Drop the spaces and line breaks a printed or typed code carries; upper-case it."""
    return "".join(text.split()).upper()


def open_code(code: str) -> tuple[Signed, bytes, bytes]:
    """Split a code into ``(signed, canonical bytes, DER signature)`` without checking it.

    Raises:
        PayloadError: ``code.malformed`` for anything that is not a readable SSW2 code.
    """
    if len(code) > MAX_CODE_CHARS * 2:
        raise PayloadError("code.malformed")
    match = CODE_PATTERN.fullmatch(normalise_code(code))
    if match is None:
        raise PayloadError("code.malformed")
    text = match.group(1)
    try:
        blob = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError) as exc:
        raise PayloadError("code.malformed") from exc
    if _b32(blob) != text or len(blob) < 2 + 64:
        raise PayloadError("code.malformed")
    length = int.from_bytes(blob[:2], "big")
    if len(blob) != 2 + length + 64:
        raise PayloadError("code.malformed")
    packed, sig = blob[2 : 2 + length], blob[2 + length :]
    try:
        inflater = zlib.decompressobj(-15)
        canonical = inflater.decompress(packed, _MAX_PAYLOAD)
        if inflater.unconsumed_tail or not inflater.eof:
            raise PayloadError("code.malformed")
    except zlib.error as exc:
        raise PayloadError("code.malformed") from exc
    der = encode_dss_signature(int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:], "big"))
    return Signed.parse(canonical), canonical, der


def check_signature(canonical: bytes, der: bytes, public_key: ec.EllipticCurvePublicKey) -> bool:
    """True when ``der`` is the key's ECDSA P-256 signature of ``canonical``."""
    try:
        public_key.verify(der, canonical, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True
