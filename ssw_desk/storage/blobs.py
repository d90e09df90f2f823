"""Content-addressed blob store inside the database (one backup holds everything)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssw_desk.errors import DeskError
from ssw_desk.storage.crypto import desk_key
from ssw_desk.storage.models import Blob


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_blob(session: Session, data: bytes, sha256: str | None = None) -> str:
    """Stores ``data`` once, encrypted, and returns its SHA-256 (of the plain bytes)."""
    return put_blobs(session, [(data, sha256)])[0]


def put_blobs(session: Session, items: Iterable[tuple[bytes, str | None]]) -> list[str]:
    """Stores several ``(data, sha256 or None)`` at once, encrypted: one query for the ones
    already there (it autoflushes, so blobs added earlier in the unit count), one flush for the
    new rows (so rows that refer to them can be written in any order afterwards).

    Returns:
        The SHA-256 of each item, in order.
    """
    pairs = [(data, sha256 or sha256_hex(data)) for data, sha256 in items]
    wanted = {digest: data for data, digest in pairs}
    if wanted:
        stored = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(list(wanted)))))
        new = [(digest, data) for digest, data in wanted.items() if digest not in stored]
        key = desk_key()
        for digest, data in new:
            session.add(
                Blob(
                    sha256=digest,
                    size=len(data),
                    encryption=key.label,
                    data=key.encrypt(data, digest),
                    created_at=datetime.now(UTC),
                )
            )
        if new:
            session.flush()
    return [digest for _, digest in pairs]


def get_blob(session: Session, sha256: str) -> bytes:
    row = session.execute(
        select(Blob.data, Blob.encryption).where(Blob.sha256 == sha256)
    ).one_or_none()
    if row is None:
        raise DeskError("storage.blob_missing", sha256)
    return desk_key().decrypt(row.data, sha256, row.encryption)
