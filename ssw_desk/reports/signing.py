"""Ed25519 verification codes for Score reports.

The signature covers the report's key fields through a digest, so the code stays short enough
for a QR code of about 3 cm and for the QR alphanumeric mode (upper case, digits, ``.-``)::

    SSW1.<serial>.<base32 digest, 26 chars>.<base32 signature, 103 chars>

* ``canonical`` = :meth:`SignedFields.canonical` (fixed order, ISO dates, plain numbers,
  NFC text, joined by U+001F), UTF-8 encoded;
* ``digest`` = first 16 bytes of SHA-256(canonical) (128 bits: forging other fields for an
  issued code means a second preimage);
* ``signature`` = Ed25519 over ``b"SSW1" US serial US digest``.

Without the report data a code proves only that the secretariat issued that serial with some
fields; with ``expected`` (from the database or the PDF) it proves those exact fields.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from ssw_desk.reports.data import ReportData, SignedFields

PREFIX = "SSW1"
DIGEST_BYTES = 16
_DIGEST_CHARS = 26  # base32 of 16 bytes, unpadded
_SIGNATURE_CHARS = 103  # base32 of 64 bytes, unpadded
CODE_PATTERN = re.compile(
    rf"{PREFIX}\.([A-Z0-9][A-Z0-9-]{{0,31}})\.([A-Z2-7]{{{_DIGEST_CHARS}}})"
    rf"\.([A-Z2-7]{{{_SIGNATURE_CHARS}}})"
)

PrivateKeyLike = bytes | Ed25519PrivateKey
PublicKeyLike = bytes | Ed25519PublicKey


@dataclass(frozen=True)
class Verification:
    """Outcome of checking a verification code.

    Attributes:
        status: ``valid`` or ``invalid`` (the caller adds ``superseded`` from the database).
        reason: None when valid, else a code: ``code.malformed``, ``code.bad_signature``,
            ``code.fields_mismatch`` (or ``pdf.*`` from :func:`verify_pdf`).
        serial: The serial read from the code, or None when unreadable.
        digest: Hex digest of the signed fields read from the code, or None.
        fields: The fields the signature was checked against (``expected``), or None.
    """

    status: Literal["valid", "invalid"]
    reason: str | None = None
    serial: str | None = None
    digest: str | None = None
    fields: SignedFields | None = None

    @property
    def valid(self) -> bool:
        """True when the status is ``valid``."""
        return self.status == "valid"


def generate_key(password: bytes | None = None) -> bytes:
    """Generate a new Ed25519 signing key.

    Args:
        password: Encrypt the PEM with this password (recommended at rest), or None.

    Returns:
        The private key as PKCS#8 PEM.
    """
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


def load_private_key(
    private_key: PrivateKeyLike, password: bytes | None = None
) -> Ed25519PrivateKey:
    """Return an Ed25519 private key from PEM bytes or a key object.

    Raises:
        ValueError: When the PEM is not an Ed25519 private key (or the password is wrong).
    """
    if isinstance(private_key, Ed25519PrivateKey):
        return private_key
    key = serialization.load_pem_private_key(private_key, password=password)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 private key")
    return key


def load_public_key(public_key: PublicKeyLike) -> Ed25519PublicKey:
    """Return an Ed25519 public key from PEM bytes or a key object.

    Raises:
        ValueError: When the PEM is not an Ed25519 public key.
    """
    if isinstance(public_key, Ed25519PublicKey):
        return public_key
    key = serialization.load_pem_public_key(public_key)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


def public_key_pem(private_pem: PrivateKeyLike, password: bytes | None = None) -> bytes:
    """Return the public key (SubjectPublicKeyInfo PEM) of a private key."""
    return (
        load_private_key(private_pem, password)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )


def fields_digest(fields: SignedFields) -> bytes:
    """Return the 16-byte digest of the canonical field text."""
    return hashlib.sha256(fields.canonical().encode("utf-8")).digest()[:DIGEST_BYTES]


def _message(serial: str, digest: bytes) -> bytes:
    return PREFIX.encode("ascii") + b"\x1f" + serial.encode("ascii") + b"\x1f" + digest


def _b32(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def sign_report(
    data: ReportData | SignedFields, private_key: PrivateKeyLike, *, password: bytes | None = None
) -> str:
    """Sign a report's key fields and return its verification code.

    Args:
        data: The report (or just its key fields).
        private_key: Ed25519 private key, PEM bytes or key object.
        password: Password of an encrypted PEM.

    Returns:
        The code, ``SSW1.<serial>.<digest>.<signature>``.
    """
    fields = data.signed_fields() if isinstance(data, ReportData) else data
    digest = fields_digest(fields)
    signature = load_private_key(private_key, password).sign(_message(fields.serial, digest))
    return f"{PREFIX}.{fields.serial}.{_b32(digest)}.{_b32(signature)}"


def normalise_code(text: str) -> str:
    """Remove spaces and line breaks a printed or typed code may carry, and upper-case it."""
    return "".join(text.split()).upper()


def verify_code(
    code: str,
    public_key: PublicKeyLike,
    *,
    expected: ReportData | SignedFields | None = None,
) -> Verification:
    """Check a verification code, and optionally that it covers the given fields.

    Args:
        code: The code as scanned or typed (spaces and case are forgiven).
        public_key: The secretariat's Ed25519 public key.
        expected: The report data the code should cover (from the database or the PDF).

    Returns:
        A :class:`Verification`; never raises for a bad code.
    """
    match = CODE_PATTERN.fullmatch(normalise_code(code))
    if match is None:
        return Verification("invalid", "code.malformed")
    serial, digest_text, signature_text = match.groups()
    try:
        digest, signature = _unb32(digest_text), _unb32(signature_text)
    except (binascii.Error, ValueError):
        return Verification("invalid", "code.malformed", serial)
    # Unused trailing bits would let two spellings carry one signature: accept only one.
    if _b32(digest) != digest_text or _b32(signature) != signature_text:
        return Verification("invalid", "code.malformed", serial)
    try:
        load_public_key(public_key).verify(signature, _message(serial, digest))
    except InvalidSignature:
        return Verification("invalid", "code.bad_signature", serial, digest.hex())
    fields = None
    if expected is not None:
        fields = expected.signed_fields() if isinstance(expected, ReportData) else expected
        if fields.serial != serial or fields_digest(fields) != digest:
            return Verification("invalid", "code.fields_mismatch", serial, digest.hex(), fields)
    return Verification("valid", None, serial, digest.hex(), fields)
