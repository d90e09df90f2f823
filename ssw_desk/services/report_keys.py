"""Issuer keys and the key registry: who may sign Score reports, and what verifiers trust.

* An issuer's private key lives in ``issuer-key.pem`` in that issuer's user data folder,
  encrypted with a passphrase only the issuer knows (never in the shared database). The desk
  unlocks it with the passphrase given once per process: typed at the prompt, or
  ``SSW_DESK_ISSUER_PASSPHRASE`` for one unattended batch process.
* An admin registers the key's certificate in the ``issuer_keys`` table (valid from/until).
  Retired keys no longer sign but what they signed still verifies; revoked keys verify nothing.
* The registry and the revocation list are exported as JSON signed by an issuer key, for the
  stand-alone verifier (:mod:`ssw_desk_verify`).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from ssw_desk.config import data_dir
from ssw_desk.errors import DeskError
from ssw_desk.reports.keys import IssuerKey, create_issuer_key, dump_issuer_key, load_issuer_key
from ssw_desk.services.context import Desk, now, record
from ssw_desk.storage.models import IssuerKeyRecord, Report
from ssw_desk_verify.payload import key_id_of
from ssw_desk_verify.registry import (
    REGISTRY_KIND,
    REVOCATIONS_KIND,
    KeyEntry,
    Registry,
    sign_document,
)

PASSPHRASE_ENV = "SSW_DESK_ISSUER_PASSPHRASE"
KEY_FILE = "issuer-key.pem"
_unlocked: dict[str, IssuerKey] = {}


def require_role(desk: Desk, role: str) -> None:
    """Refuses with ``role.not_permitted`` unless the signed-in clerk holds ``role`` (or more);
    on SQLite roles do not apply. The database grants enforce the same independently."""
    from ssw_desk.domain.roles import Role
    from ssw_desk.services import permissions

    with desk.db.read() as session:
        if session.get_bind().dialect.name == "sqlite":
            return
        held = permissions.current_role(session)
        if held is None:
            if permissions.is_owner(session):
                return
        elif held.includes(Role(role)):
            return
    raise DeskError("role.not_permitted", role)


def key_path() -> Path:
    return data_dir() / KEY_FILE


def create_key(desk: Desk, passphrase: str, *, issuer: str | None = None) -> IssuerKey:
    """Create this user's issuer key file (refuses to overwrite one)."""
    path = key_path()
    if path.exists():
        raise DeskError("key.issuer_exists", str(path))
    if len(passphrase) < 8:
        raise DeskError("key.passphrase_short")
    key = create_issuer_key(issuer or desk.actor.user, "SSW Desk issuer")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(dump_issuer_key(key, passphrase.encode()))
    _unlocked[str(path)] = key
    return key


def unlock(passphrase: str | None = None) -> IssuerKey:
    """This user's issuer key, unlocked (cached for the process).

    Raises:
        DeskError: ``report.no_issuer_key`` (no key file here), ``report.issuer_key_locked``
            (no passphrase given), ``report.issuer_key_bad`` (wrong passphrase or damaged file).
    """
    path = key_path()
    if str(path) in _unlocked:
        return _unlocked[str(path)]
    if not path.exists():
        raise DeskError("report.no_issuer_key", str(path))
    secret = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV)
    if not secret:
        raise DeskError("report.issuer_key_locked", PASSPHRASE_ENV)
    try:
        key = load_issuer_key(path.read_bytes(), secret.encode())
    except ValueError as exc:
        raise DeskError("report.issuer_key_bad", str(exc)) from exc
    _unlocked[str(path)] = key
    return key


def needs_passphrase() -> bool:
    """True when issuing would need the passphrase typed (a key file here, not yet unlocked,
    no passphrase in the environment)."""
    path = key_path()
    return str(path) not in _unlocked and path.exists() and not os.environ.get(PASSPHRASE_ENV)


def forget_unlocked() -> None:
    """Drop unlocked keys held by this process."""
    _unlocked.clear()


def register(
    desk: Desk,
    certificate_pem: bytes,
    *,
    issuer: str | None = None,
    valid_from: dt.date | None = None,
    valid_until: dt.date | None = None,
) -> str:
    """Register an issuer's certificate (admin). Returns the key id."""
    require_role(desk, "admin")
    try:
        cert = x509.load_pem_x509_certificate(certificate_pem)
        key_id = key_id_of(cert.public_key())  # type: ignore[arg-type]
    except (ValueError, TypeError, AttributeError) as exc:
        raise DeskError("key.bad_certificate", type(exc).__name__) from exc
    with desk.db.begin() as session:
        if session.get(IssuerKeyRecord, key_id) is not None:
            raise DeskError("key.already_registered", key_id)
        names = [a.value for a in cert.subject if a.oid.dotted_string == "2.5.4.3"]
        session.add(
            IssuerKeyRecord(
                key_id=key_id,
                issuer=issuer or str(names[0] if names else key_id),
                certificate_pem=certificate_pem.decode("ascii"),
                valid_from=valid_from or now().date(),
                valid_until=valid_until,
                status="active",
                registered_at=now(),
                registered_by=str(desk.actor),
            )
        )
        record(session, desk, "key.registered", key_id=key_id)
    return key_id


def set_status(desk: Desk, key_id: str, status: str) -> None:
    """Retire or revoke a registered key (admin)."""
    require_role(desk, "admin")
    if status not in ("retired", "revoked", "active"):
        raise DeskError("key.bad_status", status)
    with desk.db.begin() as session:
        row = session.get(IssuerKeyRecord, key_id)
        if row is None:
            raise DeskError("key.not_registered", key_id)
        row.status = status
        row.changed_at = now()
        if status == "revoked":
            row.revoked_on = now().date()
        record(session, desk, f"key.{status}", key_id=key_id)


def registry(session: Session) -> Registry:
    """The registry as the database has it: keys, and withdrawn (superseded/revoked) serials."""
    reg = Registry()
    for row in session.execute(select(IssuerKeyRecord)).scalars():
        reg.keys[row.key_id] = _entry(row)
    rows = session.execute(select(Report).where(Report.status != "valid")).scalars()
    for report in rows:
        if report.status == "superseded":
            detail = report.superseded_by or ""
        else:
            detail = report.revoke_reason or ""
        reg.withdrawn[report.serial] = (report.status, detail)
    return reg


def _entry(row: IssuerKeyRecord) -> KeyEntry:
    return KeyEntry(
        key_id=row.key_id,
        issuer=row.issuer,
        certificate_pem=row.certificate_pem,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        status=row.status,
        revoked_on=row.revoked_on,
    )


def signing_key(session: Session, day: dt.date, passphrase: str | None = None) -> IssuerKey:
    """The unlocked issuer key, checked against the registry for issuing on ``day``."""
    key = unlock(passphrase)
    row = session.get(IssuerKeyRecord, key.key_id)
    if row is None:
        raise DeskError("report.key_not_registered", key.key_id)
    if row.status != "active":
        raise DeskError("report.key_not_active", f"{key.key_id} {row.status}")
    if day < row.valid_from or (row.valid_until is not None and day > row.valid_until):
        raise DeskError("report.key_not_active", f"{key.key_id} outside its validity")
    return key


def export_registry(desk: Desk, passphrase: str | None = None) -> dict[str, Any]:
    """The public-key registry, signed by this user's issuer key."""
    key = unlock(passphrase)
    with desk.db.begin() as session:
        keys = [_entry(r).as_dict() for r in session.execute(select(IssuerKeyRecord)).scalars()]
        record(session, desk, "key.registry_exported", key_id=key.key_id)
    document = {"kind": REGISTRY_KIND, "as_of": now().isoformat(), "keys": keys}
    return sign_document(document, key.private_key)


def export_revocations(desk: Desk, passphrase: str | None = None) -> dict[str, Any]:
    """The revocation list (revoked and superseded serials), signed by this user's issuer key."""
    key = unlock(passphrase)
    with desk.db.begin() as session:
        reg = registry(session)
        record(session, desk, "report.revocations_exported", key_id=key.key_id)
    items = [
        {"serial": serial, "status": status, "detail": detail}
        for serial, (status, detail) in sorted(reg.withdrawn.items())
    ]
    document = {"kind": REVOCATIONS_KIND, "as_of": now().isoformat(), "reports": items}
    return sign_document(document, key.private_key)


def list_keys(desk: Desk) -> list[dict[str, Any]]:
    """The registered keys (no certificate text)."""
    with desk.db.read() as session:
        rows = session.execute(select(IssuerKeyRecord).order_by(IssuerKeyRecord.registered_at))
        return [
            {k: v for k, v in _entry(r).as_dict().items() if k != "certificate"}
            for r in rows.scalars()
        ]
