"""Encryption at rest for blobs (card images, faces, raw e-mails, reports).

APPI: a leak of data that was strongly encrypted need not be reported, so every blob is stored
AES-256-GCM encrypted. The key lives outside the database: ``SSW_DESK_KEY`` (base64 of 32
bytes) or the file ``desk.key`` in the user data folder, created on first use. Workstations that
share one PostgreSQL database must share the key (copy the file or set the variable).
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ssw_desk.config import data_dir
from ssw_desk.errors import DeskError

SCHEME = "aesgcm"


@dataclass(frozen=True)
class BlobKey:
    key: bytes

    @property
    def key_id(self) -> str:
        return hashlib.sha256(b"ssw-desk-key" + self.key).hexdigest()[:8]

    @property
    def label(self) -> str:
        return f"{SCHEME}:{self.key_id}"

    def encrypt(self, plaintext: bytes, sha256: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + AESGCM(self.key).encrypt(nonce, plaintext, sha256.encode())

    def decrypt(self, stored: bytes, sha256: str, label: str) -> bytes:
        if label == "none":
            return stored
        if label != self.label:
            raise DeskError("storage.key_mismatch", f"blob key {label}, desk key {self.label}")
        return AESGCM(self.key).decrypt(stored[:12], stored[12:], sha256.encode())


def _load_key() -> bytes:
    env = os.environ.get("SSW_DESK_KEY")
    if env:
        key = base64.b64decode(env)
        if len(key) != 32:
            raise DeskError("storage.bad_key", "SSW_DESK_KEY must be base64 of 32 bytes")
        return key
    path = data_dir() / "desk.key"
    if path.exists():
        return base64.b64decode(path.read_bytes())
    key = AESGCM.generate_key(bit_length=256)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(base64.b64encode(key))
    return key


@lru_cache(maxsize=4)
def _key_for(source: str) -> BlobKey:
    return BlobKey(_load_key())


def desk_key() -> BlobKey:
    """The key of this desk, keyed on where it comes from so tests can switch folders."""
    return _key_for(os.environ.get("SSW_DESK_KEY") or str(data_dir()))
