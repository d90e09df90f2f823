"""ORM models. Plain columns for what the queue sorts and filters on, JSON for the rest.

Personal values are sealed in their columns (:mod:`ssw_desk.storage.sealed`); ``sealed_with``
names the desk key a row's values are sealed with (None: not converted yet), and the keyed
indexes (``name_tokens``, ``sender_index``) are kept by :mod:`ssw_desk.storage.sealing`.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ssw_desk.storage.sealed import SealedDate, SealedExact, SealedJSON, SealedText

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Blob(Base):
    """Content-addressed bytes (raw e-mails, attachments, notices, reports).

    ``data`` holds the bytes as stored: encrypted when ``encryption`` names a scheme.
    """

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    encryption: Mapped[str] = mapped_column(String(16), default="none")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Request(Base):
    """One Score report request (one exam), across its resubmitted versions."""

    __tablename__ = "requests"
    # The queue sorts by any column and opens on one status tab.
    __table_args__ = (
        Index("ix_requests_status_received", "status", "received_at"),
        Index("ix_requests_findings", "fail_count", "warn_count"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    paused_since: Mapped[date | None] = mapped_column(Date)
    pauses: Mapped[list[Any]] = mapped_column(default=list)
    sender: Mapped[str] = mapped_column(SealedText("requests.sender"), default="")
    subject: Mapped[str] = mapped_column(SealedText("requests.subject"), default="")
    exam_number: Mapped[str | None] = mapped_column(SealedExact("exam_number"), index=True)
    exam_date: Mapped[date | None] = mapped_column(SealedDate("requests.exam_date"))
    category: Mapped[str | None] = mapped_column(String(32), index=True)
    name: Mapped[str | None] = mapped_column(SealedText("requests.name"))
    nationality: Mapped[str | None] = mapped_column(SealedText("requests.nationality"))
    date_of_birth: Mapped[date | None] = mapped_column(SealedDate("requests.date_of_birth"))
    sex: Mapped[str | None] = mapped_column(SealedText("requests.sex"))
    findings: Mapped[list[Any]] = mapped_column(SealedJSON("requests.findings"), default=list)
    fail_count: Mapped[int] = mapped_column(Integer, default=0)
    warn_count: Mapped[int] = mapped_column(Integer, default=0)
    version_count: Mapped[int] = mapped_column(Integer, default=1, index=True)
    #: Finding code -> {"reason", "actor", "at"}: failures a clerk chose to override.
    #: Not sealed: the database's own trigger reads it (approving with overrides needs a
    #: supervisor), and it holds the clerks' reasons, not the applicant's values.
    overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Keyed tokens of the name's words and pieces (part-of-name search, grouping sort).
    name_tokens: Mapped[str | None] = mapped_column(Text, index=True)
    #: Keyed HMAC of the lower-case sender address (threading a reply to its request).
    sender_index: Mapped[str | None] = mapped_column(String(20), index=True)
    sealed_with: Mapped[str | None] = mapped_column(String(16), index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: Bumped by every change (decisions, notes, claims, resubmissions, issuing); a clerk's
    #: action states the revision it was decided on (not the versions resubmissions create).
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The lifecycle action that set the current status (``approve``, ``intake``, ``reopen``,
    #: ...): a step such as approved -> resubmitted is a clerk's intake *or* a supervisor's
    #: reopening, and the database's status trigger tells them apart by this column.
    status_action: Mapped[str | None] = mapped_column(String(32))

    versions: Mapped[list[Version]] = relationship(
        back_populates="request", order_by="Version.number"
    )


def message_id_sha(message_id: str | None) -> str | None:
    """The indexed form of a Message-ID (ids have no length limit; index entries do)."""
    if message_id is None:
        return None
    return hashlib.sha256(message_id.encode("utf-8", "surrogatepass")).hexdigest()


def _message_id_sha(context: Any) -> str | None:
    return message_id_sha(context.get_current_parameters().get("message_id"))


class Message(Base):
    """One e-mail as received (or sent), raw bytes kept in a blob."""

    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: ``mc:`` + SHA-256 of (Message-ID, content digest) for incoming mail (see
    #: ssw_desk.services.dedupe), ``sha256:`` + raw SHA-256 for quarantined input.
    dedupe_key: Mapped[str] = mapped_column(String(400), unique=True)
    #: Stored whole (any length); looked up through ``message_id_sha``.
    message_id: Mapped[str | None] = mapped_column(Text)
    message_id_sha: Mapped[str | None] = mapped_column(
        String(64), index=True, default=_message_id_sha
    )
    #: Another, different message with the same Message-ID was imported before this one.
    message_id_reused: Mapped[bool] = mapped_column(Boolean, default=False)
    #: SHA-256 of the decoded content (body text and attachment bytes, no transport headers).
    content_sha: Mapped[str | None] = mapped_column(String(64))
    #: S/MIME-signed (the signed content was read; the signature is not verified).
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    raw_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    direction: Mapped[str] = mapped_column(String(3), default="in")
    source_format: Mapped[str] = mapped_column(String(8), default="eml")
    origin: Mapped[str] = mapped_column(SealedText("messages.origin"), default="")
    status: Mapped[str] = mapped_column(
        String(16)
    )  # parsed | quarantined (in); prepared | sent (out)
    quarantine_reason: Mapped[str | None] = mapped_column(String(64))
    quarantine_detail: Mapped[str | None] = mapped_column(SealedText("messages.quarantine_detail"))
    received_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sender: Mapped[str] = mapped_column(SealedText("messages.sender"), default="")
    subject: Mapped[str] = mapped_column(SealedText("messages.subject"), default="")
    in_reply_to: Mapped[str | None] = mapped_column(Text)
    references: Mapped[list[Any]] = mapped_column(default=list)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    sealed_with: Mapped[str | None] = mapped_column(String(16), index=True)


class Version(Base):
    """What one incoming message said about its request: fields, lines, findings."""

    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("request_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    number: Mapped[int] = mapped_column(Integer)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    fields: Mapped[dict[str, Any]] = mapped_column(SealedJSON("versions.fields"), default=dict)
    body_text: Mapped[str] = mapped_column(SealedText("versions.body_text"), default="")
    findings: Mapped[list[Any]] = mapped_column(SealedJSON("versions.findings"), default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sealed_with: Mapped[str | None] = mapped_column(String(16), index=True)

    request: Mapped[Request] = relationship(back_populates="versions")
    attachments: Mapped[list[Attachment]] = relationship(order_by="Attachment.id")


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"), index=True)
    filename: Mapped[str] = mapped_column(SealedText("attachments.filename"), default="")
    content_type: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(32))
    role_reasons: Mapped[list[Any]] = mapped_column(default=list)
    format: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    inline: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Version number this attachment was carried over from (a resubmission that resent only
    #: the corrected file keeps the others), or None when it came with this version.
    carried_from: Mapped[int | None] = mapped_column(Integer)
    #: The file arrived cut short (finding ``file.truncated``).
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    photo_report: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    sealed_with: Mapped[str | None] = mapped_column(String(16), index=True)


class RosterEntry(Base):
    """One examinee's result from the roster (the source of scores and pass marks)."""

    __tablename__ = "roster"
    exam_number: Mapped[str] = mapped_column(SealedExact("exam_number"), primary_key=True)
    exam_date: Mapped[date | None] = mapped_column(SealedDate("roster.exam_date"))
    category: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(SealedText("roster.name"), default="")
    nationality: Mapped[str | None] = mapped_column(SealedText("roster.nationality"))
    date_of_birth: Mapped[date | None] = mapped_column(SealedDate("roster.date_of_birth"))
    sex: Mapped[str | None] = mapped_column(SealedText("roster.sex"))
    score: Mapped[float | None] = mapped_column()
    passing_score: Mapped[float | None] = mapped_column()
    max_score: Mapped[float | None] = mapped_column()
    result: Mapped[str] = mapped_column(String(8))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sealed_with: Mapped[str | None] = mapped_column(String(16), index=True)


class Event(Base):
    """History and access log: who did what, when (no personal field values)."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_request_at", "request_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(48))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Hash chain (``storage.audit``): the previous event's hash and this event's own.
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class Note(Base):
    """A clerk's note on a request: the clerk's own words, kept out of the append-only history
    (whose events hold ids and codes only) so that a purge can remove them."""

    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)


class Clerk(Base):
    """A desk user: on PostgreSQL the database login, its role and the name shown to others."""

    __tablename__ = "clerks"
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(200), default="")


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(200), default="")


class Closure(Base):
    """A day the office is closed, added by an admin (on top of 29 Dec - 3 Jan)."""

    __tablename__ = "closures"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Counter(Base):
    """Gap-free sequences (request references, report serials), one row per name and year."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Report(Base):
    """An issued Score report. Serials are gap-free per year; a reissue supersedes."""

    __tablename__ = "reports"
    __table_args__ = (
        UniqueConstraint("year", "number"),
        # At most one valid report per request, guaranteed by the database itself.
        Index(
            "uq_reports_one_valid",
            "request_id",
            unique=True,
            sqlite_where=text("status = 'valid'"),
            postgresql_where=text("status = 'valid'"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    serial: Mapped[str] = mapped_column(String(32), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    issued_by: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(Text)
    #: None once the retention purge removed the PDF (the record and code stay, so it verifies).
    pdf_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    status: Mapped[str] = mapped_column(String(16), default="valid")  # valid|superseded|revoked
    superseded_by: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    #: The issuer key that signed it (None: the earlier scheme SSW1, signed by the desk).
    key_id: Mapped[str | None] = mapped_column(String(16))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_by: Mapped[str | None] = mapped_column(String(200))
    revoke_reason: Mapped[str | None] = mapped_column(Text)


class Claim(Base):
    """Who is reviewing a request now: one row per request, alive while heartbeats refresh
    ``expires_at``. Claims guide people; the revision check is what guarantees correctness."""

    __tablename__ = "claims"
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    clerk: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    #: Why it was taken over from another clerk ("" for an ordinary claim).
    reason: Mapped[str] = mapped_column(Text, default="")


class RetentionHold(Base):
    """A request an admin keeps beyond the retention period (the purge skips it)."""

    __tablename__ = "retention_holds"
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    held_by: Mapped[str] = mapped_column(String(200))
    held_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RetentionLog(Base):
    """A request whose personal data the purge removed, and what it removed (counts only)."""

    __tablename__ = "retention_log"
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    purged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    removed: Mapped[dict[str, Any]] = mapped_column(default=dict)


class IssuerKeyRecord(Base):
    """A registered issuer key: the certificate only; the private key stays with the issuer.

    ``status``: active (signs), retired (no longer signs; what it signed still verifies),
    revoked (what it signed no longer verifies).
    """

    __tablename__ = "issuer_keys"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    issuer: Mapped[str] = mapped_column(String(200))
    certificate_pem: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    registered_by: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_on: Mapped[date | None] = mapped_column(Date)


class OutboxEntry(Base):
    """One outgoing e-mail waiting, being sent, sent, failed or uncertain (the mail outbox).

    Written in the transaction that decides to send (a notice, a report e-mail); sent after the
    commit by whichever desk holds the mailbox lock. The bytes are the sealed blob of its
    :class:`Message` (recipients are read from them, not kept in plain columns); ``message_id``
    finds it again in the Sent folder after a crash, so it is never sent twice unnoticed.
    """

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    message_id: Mapped[str] = mapped_column(String(400), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    #: queued | sending | sent | failed | uncertain | cancelled
    status: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    server_answer: Mapped[str | None] = mapped_column(Text)
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: Set when a delivery status notification (bounce) for this message came back.
    bounced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class MailboxState(Base):
    """How far a mailbox folder has been fetched: committed only after those messages are
    stored. ``last_fetch_at`` / ``last_error`` are what the status bar shows."""

    __tablename__ = "mailbox_state"
    folder: Mapped[str] = mapped_column(String(200), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    last_fetch_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(String(64))
    last_error_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class MailLock(Base):
    """Who fetches and sends now: one desk at a time (a lease with an expiry, renewed)."""

    __tablename__ = "mail_locks"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    holder: Mapped[str] = mapped_column(String(300), default="")
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
