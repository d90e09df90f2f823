"""Encryption at rest for blobs (card images, faces, raw e-mails, reports).

APPI: a leak of data that was strongly encrypted need not be reported, so every blob is stored
AES-256-GCM encrypted. The key lives outside the database: ``SSW_DESK_KEY`` (base64 of 32
bytes) or the file ``desk.key`` in the user data folder. It is created only for a database
that holds nothing yet (:mod:`ssw_desk.storage.deskkey`), which records the key's fingerprint;
a missing, different, corrupt or short key is refused with a code, never replaced.
Workstations that share one PostgreSQL database share the key (``ssw-desk key export/import``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
    def fingerprint(self) -> str:
        """16 hex digits naming the key (in the database, messages and exported files)."""
        return hashlib.sha256(b"ssw-desk-key" + self.key).hexdigest()[:16]

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


def parse_key(text: bytes, where: str) -> bytes:
    """The 32 key bytes from base64 text (an exported file's header line is skipped).

    Raises:
        DeskError: ``storage.key_corrupt`` (not base64) or ``storage.key_short`` (not 32 bytes).
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith(b"#")]
    try:
        key = base64.b64decode(b"".join(lines), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DeskError("storage.key_corrupt", where) from exc
    if len(key) != 32:
        raise DeskError("storage.key_short", f"{where}: {len(key)} bytes, need 32")
    return key


KEY_NAME = "desk.key"


def key_file() -> Path:
    return data_dir() / KEY_NAME


def load_key() -> bytes | None:
    """This workstation's key (``SSW_DESK_KEY`` or ``desk.key``), or None when it has none."""
    env = os.environ.get("SSW_DESK_KEY")
    if env:
        return parse_key(env.encode(), "SSW_DESK_KEY")
    path = key_file()
    if not path.exists():
        return None
    try:
        return parse_key(path.read_bytes(), str(path))
    except OSError as exc:
        raise DeskError("storage.key_corrupt", f"{path}: {type(exc).__name__}") from exc


def write_key_file(path: Path, key: bytes, *, replace: bool = False) -> None:
    """Write a key file (mode 0600) atomically; refuses to overwrite unless ``replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not replace:
        raise DeskError("storage.key_exists", str(path))
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(base64.b64encode(key) + b"\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temp, path)


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


@lru_cache(maxsize=4)
def _key_for(source: str, stamp: float) -> BlobKey:
    key = load_key()
    if key is None:
        raise DeskError("storage.key_missing", str(key_file()))
    return BlobKey(key)


def desk_key() -> BlobKey:
    """The key of this desk, keyed on where it comes from so tests can switch folders.

    Raises:
        DeskError: ``storage.key_missing``, ``storage.key_corrupt``, ``storage.key_short``.
    """
    env = os.environ.get("SSW_DESK_KEY")
    if env:
        return _key_for(env, 0.0)
    path = data_dir(create=False) / KEY_NAME  # no mkdir for every sealed value
    try:
        stamp = path.stat().st_mtime_ns / 1e9
    except OSError:
        stamp = -1.0
    return _key_for(str(path), stamp)
