"""Issuer keys: ECDSA P-256 with a self-signed certificate, held by the issuer, not the desk.

An issuer key file is a PEM bundle: the private key (PKCS#8, encrypted with the issuer's
passphrase) followed by the certificate. The desk database holds only the certificate (the
key registry); see ``docs/report-trust.md``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ssw_desk_verify.payload import key_id_of


@dataclass(frozen=True)
class IssuerKey:
    """An unlocked issuer key: signs report codes and the PDF (PAdES)."""

    private_key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @property
    def key_id(self) -> str:
        return key_id_of(self.private_key.public_key())

    @property
    def issuer(self) -> str:
        names = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(names[0].value) if names else ""

    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def create_issuer_key(
    issuer: str, organisation: str, *, days: int = 3 * 365, now: dt.datetime | None = None
) -> IssuerKey:
    """A new P-256 key and its self-signed certificate (digital signature, non-repudiation)."""
    key = ec.generate_private_key(ec.SECP256R1())
    start = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, issuer[:64] or "issuer"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64] or "issuer"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start - dt.timedelta(days=1))
        .not_valid_after(start + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return IssuerKey(key, cert)


def dump_issuer_key(key: IssuerKey, passphrase: bytes) -> bytes:
    """The key file: encrypted PKCS#8 private key, then the certificate."""
    if len(passphrase) < 8:
        raise ValueError("passphrase must be at least 8 characters")
    private = key.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    return private + key.certificate_pem()


def load_issuer_key(pem: bytes, passphrase: bytes) -> IssuerKey:
    """Unlock a key file.

    Raises:
        ValueError: wrong passphrase, or not an issuer key file (the message says which).
    """
    try:
        private = serialization.load_pem_private_key(pem, password=passphrase)
    except TypeError as exc:
        raise ValueError("the key file is not encrypted") from exc
    except ValueError as exc:
        raise ValueError("wrong passphrase or damaged key file") from exc
    if not isinstance(private, ec.EllipticCurvePrivateKey) or not isinstance(
        private.curve, ec.SECP256R1
    ):
        raise ValueError("not a P-256 issuer key")
    try:
        cert = x509.load_pem_x509_certificate(pem[pem.index(b"-----BEGIN CERTIFICATE-----") :])
    except ValueError as exc:
        raise ValueError("the key file holds no certificate") from exc
    if key_id_of(cert.public_key()) != key_id_of(private.public_key()):  # type: ignore[arg-type]
        raise ValueError("the certificate is not the key's")
    return IssuerKey(private, cert)
