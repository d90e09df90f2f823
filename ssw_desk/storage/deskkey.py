"""The desk key and the database it seals: checked at every start, never silently replaced.

The database records the fingerprint of the key its blobs are sealed with (setting
``desk_key``). At start-up (:func:`ensure_desk_key`):

* a database with no fingerprint and no sealed data: this workstation's key is used, or a new
  one created, and its fingerprint recorded;
* a database with data (or a fingerprint): the workstation must hold exactly that key.
  Missing, different, corrupt or short keys are refused with ``storage.key_*`` and a detail
  naming the expected fingerprint and what to do; nothing is written.

``ssw-desk key rotate`` (:func:`rotate`) re-seals every blob, every sealed column (with its
keyed indexes recomputed, :mod:`ssw_desk.storage.sealing`) (and the earlier scheme's sealed
signing key) under a new key, in batches that each commit, so a killed rotation resumes where
it stopped. While it runs the database says ``rotating_to``; other desks refuse to open until
the rotation is done, then refuse their old key and are told to fetch the new one.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ssw_desk.errors import DeskError
from ssw_desk.storage.crypto import (
    BlobKey,
    desk_key,
    key_file,
    load_key,
    new_key,
    parse_key,
    write_key_file,
)
from ssw_desk.storage.models import Blob, Setting
from ssw_desk.storage.sealing import reseal

SETTING = "desk_key"
LEGACY_SIGNING = "report_signing"
WHAT_TO_DO = (
    "copy desk.key from a workstation that opens this database (ssw-desk key export / "
    "ssw-desk key import), or restore it from backup"
)


def _state(session: Session) -> dict[str, Any] | None:
    row = session.get(Setting, SETTING)
    return dict(row.value) if row is not None else None


def _save(session: Session, value: dict[str, Any]) -> None:
    row = session.get(Setting, SETTING)
    stamp = datetime.now(UTC)
    if row is None:
        session.add(Setting(key=SETTING, value=value, updated_at=stamp, updated_by="desk"))
    else:
        row.value = value
        row.updated_at = stamp


def _sealed_labels(session: Session) -> set[str]:
    return set(session.scalars(select(Blob.encryption).distinct()))


def ensure_desk_key(sessions: Callable[[], Any]) -> BlobKey:
    """Check (or, for an empty database, set up) this workstation's key. See the module doc.

    Args:
        sessions: A context-manager factory giving a session in a transaction.

    Raises:
        DeskError: ``storage.key_missing``, ``storage.key_different``, ``storage.key_corrupt``,
            ``storage.key_short``, ``storage.key_rotating``.
    """
    with sessions() as session:
        state = _state(session)
        labels = _sealed_labels(session) - {"none"}
        try:
            raw = load_key()
        except DeskError as exc:
            expected = state["fingerprint"] if state else "the key of this database"
            raise DeskError(
                exc.code, f"{exc.detail}; expected key {expected}: {WHAT_TO_DO}"
            ) from exc
        if state is not None and state.get("rotating_to"):
            raise DeskError(
                "storage.key_rotating",
                f"key {state['fingerprint']} is being replaced by {state['rotating_to']}: "
                "finish with ssw-desk key rotate on the workstation that started it, then "
                "fetch the new key (ssw-desk key import)",
            )
        if state is None:
            if raw is None:
                if labels:
                    raise DeskError(
                        "storage.key_missing", f"the database holds sealed data: {WHAT_TO_DO}"
                    )
                write_key_file(key_file(), new_key())
                raw = load_key()
                assert raw is not None
            key = BlobKey(raw)
            if labels and labels != {key.label}:
                raise DeskError(
                    "storage.key_different",
                    f"data sealed with {sorted(labels)}, this key is {key.label}: {WHAT_TO_DO}",
                )
            _save(session, {"fingerprint": key.fingerprint, "label": key.label})
            return key
        expected = str(state["fingerprint"])
        if raw is None:
            raise DeskError("storage.key_missing", f"expected key {expected}: {WHAT_TO_DO}")
        key = BlobKey(raw)
        if key.fingerprint != expected:
            raise DeskError(
                "storage.key_different",
                f"this workstation has key {key.fingerprint}, the database expects {expected}: "
                f"{WHAT_TO_DO}",
            )
        return key


def export_key(path: Path) -> str:
    """Write this workstation's key to ``path`` (mode 0600). Returns its fingerprint."""
    key = desk_key()
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(f"# ssw-desk desk key {key.fingerprint}\n".encode())
        fh.write(base64.b64encode(key.key) + b"\n")
    return key.fingerprint


def import_key(path: Path, *, replace: bool = False) -> str:
    """Install a key file exported by :func:`export_key` as this workstation's ``desk.key``.

    An existing different key is kept as ``desk.key.<fingerprint>.bak`` when ``replace``.
    """
    raw = parse_key(Path(path).read_bytes(), str(path))
    target = key_file()
    if target.exists():
        current = load_key()
        if current == raw:
            return BlobKey(raw).fingerprint
        if not replace:
            raise DeskError("storage.key_exists", f"{target} holds another key (use --replace)")
        if current is not None:
            backup = target.with_name(f"desk.key.{BlobKey(current).fingerprint}.bak")
            write_key_file(backup, current, replace=True)
    write_key_file(target, raw, replace=True)
    return BlobKey(raw).fingerprint


def _pending_path() -> Path:
    return key_file().with_name("desk.key.new")


def rotate(
    sessions: Callable[[], Any],
    *,
    batch: int = 50,
    after_batch: Callable[[int], None] | None = None,
) -> tuple[str, str, int]:
    """Re-seal every sealed value under a new key; resumes an interrupted rotation.

    Returns:
        ``(old fingerprint, new fingerprint, values re-sealed by this call)``.
    """
    if os.environ.get("SSW_DESK_KEY"):
        raise DeskError("storage.key_in_environment", "rotate with desk.key, not SSW_DESK_KEY")
    pending = _pending_path()
    with sessions() as session:
        state = _state(session)
        if state is None:
            raise DeskError("storage.key_missing", "the database records no key yet")
        current_raw = load_key()
        if current_raw is None:
            raise DeskError("storage.key_missing", f"expected key {state['fingerprint']}")
        current = BlobKey(current_raw)
        if state.get("rotating_to"):
            if not pending.exists():
                raise DeskError("storage.key_missing", f"{pending} (the rotation's new key)")
            new = BlobKey(parse_key(pending.read_bytes(), str(pending)))
            if new.fingerprint != state["rotating_to"]:
                raise DeskError("storage.key_different", f"{pending} is not {state['rotating_to']}")
        elif current.fingerprint != state["fingerprint"]:
            if (
                pending.exists()
                and BlobKey(parse_key(pending.read_bytes(), "new")).fingerprint
                == state["fingerprint"]
            ):
                # killed after the database switched, before the file did: finish the file
                write_key_file(key_file(), parse_key(pending.read_bytes(), "new"), replace=True)
                pending.unlink()
                return current.fingerprint, state["fingerprint"], 0
            raise DeskError("storage.key_different", f"expected {state['fingerprint']}")
        else:
            new = BlobKey(new_key())
            write_key_file(pending, new.key, replace=True)
            _save(session, {**state, "rotating_to": new.fingerprint})
    old = current
    done = 0
    while True:
        with sessions() as session:
            rows = session.execute(
                select(Blob.sha256, Blob.data, Blob.encryption)
                .where(Blob.encryption == old.label)
                .limit(batch)
            ).all()
            for sha, data, label in rows:
                plain = old.decrypt(data, sha, label)
                session.execute(
                    update(Blob)
                    .where(Blob.sha256 == sha, Blob.encryption == old.label)
                    .values(data=new.encrypt(plain, sha), encryption=new.label)
                )
            done += len(rows)
        if not rows:
            break
        if after_batch is not None:
            after_batch(done)
    # personal values sealed in their columns, and their keyed indexes (resumable by row)
    done += reseal(
        sessions,
        old_label=old.label,
        keys=[old, new],
        new=new,
        batch=batch,
        after_batch=(lambda n: after_batch(done + n)) if after_batch is not None else None,
    )
    with sessions() as session:
        row = session.get(Setting, LEGACY_SIGNING)
        if row is not None and row.value.get("sealed_with") == old.label:
            value = dict(row.value)
            private = old.decrypt(base64.b64decode(value["private"]), LEGACY_SIGNING, old.label)
            value["private"] = base64.b64encode(new.encrypt(private, LEGACY_SIGNING)).decode()
            value["sealed_with"] = new.label
            row.value = value
            done += 1
        state = _state(session) or {}
        _save(
            session,
            {"fingerprint": new.fingerprint, "label": new.label, "previous": old.fingerprint},
        )
    old_backup = key_file().with_name(f"desk.key.{old.fingerprint}.bak")
    write_key_file(old_backup, old.key, replace=True)
    write_key_file(key_file(), new.key, replace=True)
    pending.unlink(missing_ok=True)
    return old.fingerprint, new.fingerprint, done
