"""The public-key registry and the revocation list, as exported (signed) by the desk.

Both are JSON documents with a ``signature`` member: ECDSA P-256 / SHA-256 over the canonical
JSON of the document without that member (sorted keys, no spaces, UTF-8), by an issuer key
listed in the registry. A verifier given the files checks those signatures before use.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from ssw_desk_verify.payload import check_signature, key_id_of

REGISTRY_KIND = "ssw-desk-public-keys"
REVOCATIONS_KIND = "ssw-desk-revocations"


def canonical_json(document: dict[str, Any]) -> bytes:
    body = {k: v for k, v in document.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class KeyEntry:
    """One registered issuer key."""

    key_id: str
    issuer: str
    certificate_pem: str
    valid_from: dt.date
    valid_until: dt.date | None
    status: str  # active | retired | revoked
    revoked_on: dt.date | None = None

    @property
    def public_key(self) -> ec.EllipticCurvePublicKey:
        key = x509.load_pem_x509_certificate(self.certificate_pem.encode()).public_key()
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise ValueError("not an EC key")
        return key

    def as_dict(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "issuer": self.issuer,
            "certificate": self.certificate_pem,
            "valid_from": self.valid_from.isoformat(),
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "status": self.status,
            "revoked_on": self.revoked_on.isoformat() if self.revoked_on else None,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> KeyEntry:
        def day(value: Any) -> dt.date | None:
            return dt.date.fromisoformat(value) if value else None

        entry = cls(
            key_id=str(raw["key_id"]),
            issuer=str(raw["issuer"]),
            certificate_pem=str(raw["certificate"]),
            valid_from=dt.date.fromisoformat(raw["valid_from"]),
            valid_until=day(raw.get("valid_until")),
            status=str(raw["status"]),
            revoked_on=day(raw.get("revoked_on")),
        )
        if key_id_of(entry.public_key) != entry.key_id:
            raise ValueError("key id does not match the certificate")
        return entry


@dataclass
class Registry:
    """Issuer keys by id, and the register's view of report serials (revoked / superseded)."""

    keys: dict[str, KeyEntry] = field(default_factory=dict)
    #: serial -> ("revoked", reason) or ("superseded", by serial)
    withdrawn: dict[str, tuple[str, str]] = field(default_factory=dict)
    revocations_as_of: str | None = None


def sign_document(document: dict[str, Any], private_key: ec.EllipticCurvePrivateKey) -> dict:
    """Return ``document`` with its ``signature`` member."""
    from cryptography.hazmat.primitives import hashes

    der = private_key.sign(canonical_json(document), ec.ECDSA(hashes.SHA256()))
    signed = dict(document)
    signed["signature"] = {
        "key_id": key_id_of(private_key.public_key()),
        "ecdsa_p256_sha256": base64.b64encode(der).decode(),
    }
    return signed


def _check(document: dict[str, Any], keys: dict[str, KeyEntry]) -> None:
    sig = document.get("signature")
    if not isinstance(sig, dict):
        raise ValueError("the file is not signed")
    entry = keys.get(str(sig.get("key_id")))
    if entry is None or entry.status == "revoked":
        raise ValueError("signed by a key that is not registered (or is revoked)")
    der = base64.b64decode(str(sig.get("ecdsa_p256_sha256", "")))
    if not check_signature(canonical_json(document), der, entry.public_key):
        raise ValueError("the file's signature does not verify")


def load_registry(raw: bytes, revocations: bytes | None = None) -> Registry:
    """Read and check an exported registry (and revocation list).

    Raises:
        ValueError: a file that is not what it claims, or whose signature fails.
    """
    document = json.loads(raw)
    if not isinstance(document, dict) or document.get("kind") != REGISTRY_KIND:
        raise ValueError("not a public-key registry file")
    keys = {}
    for item in document.get("keys", []):
        entry = KeyEntry.from_dict(item)
        keys[entry.key_id] = entry
    _check(document, keys)
    registry = Registry(keys)
    if revocations is not None:
        rev = json.loads(revocations)
        if not isinstance(rev, dict) or rev.get("kind") != REVOCATIONS_KIND:
            raise ValueError("not a revocation list file")
        _check(rev, keys)
        for item in rev.get("reports", []):
            registry.withdrawn[str(item["serial"])] = (str(item["status"]), str(item["detail"]))
        registry.revocations_as_of = str(rev.get("as_of"))
    return registry
