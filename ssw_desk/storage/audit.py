"""The history as a hash chain, and the signed chain heads kept outside the database.

Each event stores the hash of the event before it (``prev_hash``) and its own ``hash``: SHA-256
over the previous hash and the event's canonical content (id, request, time, actor, action,
detail). Editing, deleting or inserting an event breaks the chain -- unless the attacker
recomputes every later hash, which full access to the database allows. Against that, every
desk signs the chain head it has just written (Ed25519, key in the user data folder, never in
the database) and appends it to a head log in the same folder: a recomputed chain no longer
matches the heads signed before the tampering.

Events are appended under one lock (PostgreSQL: a transaction-level advisory lock; SQLite: the
writer lock every write transaction takes at ``BEGIN IMMEDIATE``), so ids and links follow the
order of commits.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session, sessionmaker

from ssw_desk.storage.models import Event

log = logging.getLogger(__name__)

#: Advisory-lock key of the event chain (any constant; "SSWAUDIT" as ASCII).
CHAIN_LOCK = 0x5353574155444954 & 0x7FFFFFFFFFFFFFFF
GENESIS = "0" * 64
HEAD_LOG = "audit-heads.jsonl"
SIGNING_KEY = "audit-signing.key"


def canonical_time(at: datetime) -> str:
    """UTC, microseconds, no zone suffix: equal for what SQLite and PostgreSQL hand back."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def event_hash(
    prev_hash: str,
    *,
    id: int,
    request_id: int | None,
    at: datetime,
    actor: str,
    action: str,
    detail: dict[str, Any] | None,
) -> str:
    body = {
        "id": id,
        "request_id": request_id,
        "at": canonical_time(at),
        "actor": actor,
        "action": action,
        "detail": detail or {},
    }
    content = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + content).encode()).hexdigest()


class EventRow(Protocol):
    """An event as stored: an ORM :class:`Event` or a plain row of the ``events`` table."""

    @property
    def id(self) -> int: ...
    @property
    def request_id(self) -> int | None: ...
    @property
    def at(self) -> datetime: ...
    @property
    def actor(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def detail(self) -> dict[str, Any]: ...
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...


def hash_of(row: EventRow, prev_hash: str) -> str:
    return event_hash(
        prev_hash,
        id=row.id,
        request_id=row.request_id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        detail=row.detail,
    )


_PG_NEXT = (
    "SELECT (SELECT hash FROM events ORDER BY id DESC LIMIT 1), "
    "nextval(pg_get_serial_sequence('events', 'id')) FROM generate_series(1, :n)"
)


def _chain_new_events(session: Session, _context: Any, _instances: Any) -> None:
    new = [obj for obj in session.new if isinstance(obj, Event)]
    if not new:
        return
    bind = session.connection()
    # session.new is unordered: keep the order in which the events were recorded.
    new.sort(key=lambda e: e.__dict__.get("_ssw_seq", 0))
    if bind.dialect.name == "postgresql":
        # The lock is its own statement: a statement that waited for it would still read
        # the events as they were before it waited (READ COMMITTED takes the snapshot first).
        level = bind.get_execution_options().get("isolation_level")
        if level not in (None, "READ COMMITTED"):
            # A transaction snapshot older than the lock would fork the chain silently.
            raise RuntimeError(f"events are appended in READ COMMITTED only, not {level}")
        bind.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK})
        rows = bind.execute(text(_PG_NEXT), {"n": len(new)}).all()
        prev = str(rows[0][0]) if rows[0][0] is not None else GENESIS
        ids = sorted(int(r[1]) for r in rows)
    else:  # SQLite: the writer lock is held since BEGIN IMMEDIATE
        last = bind.execute(select(Event.id, Event.hash).order_by(Event.id.desc()).limit(1)).first()
        last_id, prev = (int(last[0]), str(last[1])) if last is not None else (0, GENESIS)
        ids = list(range(last_id + 1, last_id + 1 + len(new)))
    last_id = 0
    for row, event_id in zip(new, ids, strict=True):
        row.id = last_id = event_id
        row.prev_hash = prev
        row.hash = prev = hash_of(row, prev)
    session.info["ssw_audit_head"] = (last_id, prev)


_seq = iter(range(1, 2**62))


def stamp(row: Event) -> Event:
    """Marks the order in which an event was recorded (the chain keeps it)."""
    row.__dict__["_ssw_seq"] = next(_seq)
    return row


PENDING = "ssw_audit_pending"


def append(session: Session, row: Event) -> None:
    """Records an event of this transaction; it joins the chain when the transaction commits.

    Every event-writing transaction of every desk waits for the chain lock: the events are
    inserted by the commit's last flush, after everything else the transaction wrote, so the
    lock is held for the event insert and the commit only (not for the reads and writes of the
    action, which a view or a decision did while holding it before).
    """
    session.info.setdefault(PENDING, []).append(stamp(row))


def pending(session: Session, request_id: int) -> list[Event]:
    """The events of ``request_id`` this transaction recorded and will add at commit."""
    return [e for e in session.info.get(PENDING, ()) if e.request_id == request_id]


def _add_pending(session: Session) -> None:
    pending = session.info.pop(PENDING, None)
    if pending:
        session.flush()  # the action's own rows first, without the chain lock
        session.add_all(pending)


def install(factory: sessionmaker[Session], witness: HeadWitness | None) -> None:
    """Chains the events every session of ``factory`` adds; signs heads after commit."""
    event.listen(factory, "before_flush", _chain_new_events)
    event.listen(factory, "before_commit", _add_pending)
    event.listen(factory, "after_soft_rollback", lambda s, _t: s.info.pop(PENDING, None))
    if witness is None:
        return

    def _after_commit(session: Session) -> None:
        head = session.info.pop("ssw_audit_head", None)
        if head is None:
            return
        try:
            witness.sign(*head)
        except OSError as exc:  # the change is committed: never fail the clerk's action here
            log.warning("could not sign the history head (%s)", type(exc).__name__)

    def _after_rollback(session: Session) -> None:
        session.info.pop("ssw_audit_head", None)

    event.listen(factory, "after_commit", _after_commit)
    event.listen(factory, "after_soft_rollback", lambda s, _t: _after_rollback(s))


def load_or_create_key(folder: Path) -> Ed25519PrivateKey:
    """This workstation's head-signing key (created on first use, mode 0600)."""
    path = folder / SIGNING_KEY
    if not path.exists():
        raw = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        # Written whole under a private name, then linked into place: several desk processes
        # starting together end up with one key, and none ever reads a half-written file.
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".audit-key-")
        try:
            os.write(fd, raw)
            os.close(fd)
            with contextlib.suppress(FileExistsError):
                os.link(temp, path)
        finally:
            os.unlink(temp)
    return Ed25519PrivateKey.from_private_bytes(path.read_bytes())


@dataclass
class HeadWitness:
    """Signs chain heads of one database into a log in this workstation's data folder.

    Args:
        folder: The user data folder (holds the key and the log).
        database: A stable name of the database (host, port, name; never a password).
    """

    folder: Path
    database: str
    _key: Ed25519PrivateKey | None = field(default=None, repr=False)

    @property
    def key(self) -> Ed25519PrivateKey:
        if self._key is None:
            self._key = load_or_create_key(self.folder)
        return self._key

    @staticmethod
    def _message(database: str, event_id: int, head: str) -> bytes:
        return f"ssw-desk audit head|{database}|{event_id}|{head}".encode()

    def sign(self, event_id: int, head: str) -> None:
        signature = self.key.sign(self._message(self.database, event_id, head)).hex()
        line = {
            "db": self.database,
            "id": event_id,
            "hash": head,
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "sig": signature,
        }
        data = (json.dumps(line, sort_keys=True) + "\n").encode()
        # One write with O_APPEND: lines of several desk processes never interleave.
        fd = os.open(self.folder / HEAD_LOG, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)

    def public_key(self) -> Ed25519PublicKey:
        return self.key.public_key()

    def heads(self) -> Iterator[tuple[int, str, bool]]:
        """(event id, head hash, signature valid) for every logged head of this database."""
        path = self.folder / HEAD_LOG
        if not path.exists():
            return
        public = self.public_key()
        for raw in path.read_text(encoding="utf-8").splitlines():
            try:
                line = json.loads(raw)
                if line.get("db") != self.database:
                    continue
                event_id, head = int(line["id"]), str(line["hash"])
                sig = bytes.fromhex(str(line["sig"]))
            except (ValueError, KeyError, TypeError):
                yield 0, "", False
                continue
            try:
                public.verify(sig, self._message(self.database, event_id, head))
                yield event_id, head, True
            except Exception:
                yield event_id, head, False


@dataclass
class ChainCheck:
    """The answer of ``audit verify``."""

    events: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)
    heads_checked: int = 0
    last_signed_id: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and self.heads_checked > 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "events": self.events,
            "heads_checked": self.heads_checked,
            "last_signed_id": self.last_signed_id,
            "problems": self.problems,
        }


def check_chain(
    rows: Iterable[EventRow], heads: Iterable[tuple[int, str, bool]], own_actor: str = ""
) -> ChainCheck:
    """Recomputes the chain and compares it with the signed heads.

    Problems carry a code and an event id: ``audit.hash_mismatch`` (content edited),
    ``audit.broken_link`` (an event deleted or inserted), ``audit.head_mismatch`` (the chain
    was recomputed after the head was signed), ``audit.head_missing`` (a signed event is
    gone), ``audit.bad_signature`` (the head log was edited), ``audit.unsigned_event`` (an
    event in this desk's name after this desk's last signed head: forged), ``audit.no_heads``.
    """
    result = ChainCheck()
    by_id: dict[int, str] = {}
    own: list[int] = []
    prev = GENESIS
    for row in rows:
        result.events += 1
        if row.prev_hash != prev:
            result.problems.append({"code": "audit.broken_link", "event": row.id})
        if hash_of(row, row.prev_hash) != row.hash:
            result.problems.append({"code": "audit.hash_mismatch", "event": row.id})
        by_id[row.id] = row.hash
        if own_actor and row.actor == own_actor:
            own.append(row.id)
        prev = row.hash
    for event_id, head, valid in heads:
        if not valid:
            result.problems.append({"code": "audit.bad_signature", "event": event_id})
            continue
        result.heads_checked += 1
        result.last_signed_id = max(result.last_signed_id, event_id)
        if event_id not in by_id:
            result.problems.append({"code": "audit.head_missing", "event": event_id})
        elif by_id[event_id] != head:
            result.problems.append({"code": "audit.head_mismatch", "event": event_id})
    if result.last_signed_id:
        result.problems += [
            {"code": "audit.unsigned_event", "event": event_id}
            for event_id in own
            if event_id > result.last_signed_id
        ]
    if result.heads_checked == 0 and result.events:
        result.problems.append({"code": "audit.no_heads", "event": None})
    return result


def public_key_hex(witness: HeadWitness) -> str:
    return witness.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
