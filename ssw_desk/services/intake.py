"""Import of request e-mails: every input ends imported, duplicate or quarantined.

``import_paths`` is the user action (menu, drag and drop, ``ssw-desk import``). Each message is
stored in a transaction of its own, so one bad message never takes others down, and the raw
bytes are written before anything is interpreted.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ssw_desk.domain import lifecycle
from ssw_desk.domain.business_days import office_day
from ssw_desk.domain.lifecycle import RequestStatus
from ssw_desk.imaging.faces import detector_threads
from ssw_desk.imaging.limits import PhotoLimits
from ssw_desk.mail import MailSource, ParsedMail, iter_sources
from ssw_desk.services import settings
from ssw_desk.services.analysis import (
    Analysis,
    Digest,
    analyse_parsed,
    digest_mail,
    extraction_to_json,
    init_worker,
    parse_raw,
)
from ssw_desk.services.changes import apply_pauses, bump, lock_request
from ssw_desk.services.context import Desk, now, record
from ssw_desk.services.findings import refresh
from ssw_desk.storage import repos
from ssw_desk.storage.blobs import put_blobs
from ssw_desk.storage.models import Attachment, Message, Request, Version

log = logging.getLogger(__name__)

Outcome = Literal["imported", "duplicate", "quarantined"]


@dataclass
class ImportResult:
    """Counts for one import; ``imported + duplicates + quarantined == inputs``."""

    imported: int = 0
    duplicates: int = 0
    quarantined: int = 0
    requests: list[int] = field(default_factory=list)
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def inputs(self) -> int:
        return self.imported + self.duplicates + self.quarantined

    def as_dict(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "requests": self.requests,
        }


Progress = Callable[[int, str], None]


def import_paths(
    desk: Desk,
    *,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Imports every e-mail found under ``paths``.

    Args:
        desk: The desk to import into.
        paths: Files (.eml, .msg, mbox) and folders (Maildir or any tree of such files).
        progress: Called with (count so far, origin) after each message.
        cancelled: Polled between messages; the import stops cleanly when it returns True.

    Returns:
        The counts and the ids of the requests created or continued.
    """
    return import_sources(desk, sources=iter_sources(paths), progress=progress, cancelled=cancelled)


def import_sources(
    desk: Desk,
    *,
    sources: Iterable[MailSource],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Imports messages already read into memory (demo data, IMAP fetches); see import_paths.

    With :data:`POOL_MIN_MESSAGES` messages or more and several CPUs, the messages are parsed
    and analysed ahead in a few worker processes (spawned, created and shut down inside this
    call) while this process stores them, one transaction each, in input order; otherwise, or
    when the workers cannot start, everything runs here. The outcome is the same either way.
    """
    result = ImportResult()
    limits = photo_limits(desk)
    stop = cancelled or (lambda: False)
    it = iter(sources)
    head = list(islice(it, POOL_MIN_MESSAGES))
    workers = import_workers() if len(head) >= POOL_MIN_MESSAGES else 0
    queue = chain(head, it)
    outcomes = (
        _pooled(desk, queue, limits, stop, workers)
        if workers > 0
        else _in_process(desk, queue, limits, stop)
    )
    try:
        for origin, (outcome, request_id, reason) in outcomes:
            if outcome == "imported":
                result.imported += 1
                if request_id is not None and request_id not in result.requests:
                    result.requests.append(request_id)
            elif outcome == "duplicate":
                result.duplicates += 1
            else:
                result.quarantined += 1
                result.reasons[reason or "?"] = result.reasons.get(reason or "?", 0) + 1
            if progress is not None:
                progress(result.inputs, origin)
    finally:
        outcomes.close()  # the workers are shut down even when a callback raises
    return result


def photo_limits(desk: Desk) -> PhotoLimits:
    """The photo limits in force (with the intake's file rule)."""
    with desk.db.begin() as session:
        return settings.photo_limits(session)


#: Fewer messages than this are imported in-process (starting the workers takes a second).
POOL_MIN_MESSAGES = 8
#: Worker processes at most (this process stores while they analyse).
MAX_WORKERS = 3


def import_workers() -> int:
    """How many worker processes a large import uses (0: in-process).

    ``SSW_DESK_IMPORT_WORKERS`` overrides the count (0 turns the workers off). The frozen
    (PyInstaller) build uses workers too: its entry point (``ssw_desk/__main__.py``) calls
    ``multiprocessing.freeze_support()``, which runs a spawned worker instead of the desk.
    """
    env = os.environ.get("SSW_DESK_IMPORT_WORKERS", "").strip()
    if env:
        try:
            return max(0, min(int(env), 16))
        except ValueError:
            log.warning("SSW_DESK_IMPORT_WORKERS is not a number; using the default")
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cpus = os.cpu_count() or 1
    return min(MAX_WORKERS, cpus) if cpus >= 2 else 0


Outcomes = Generator[tuple[str, tuple[Outcome, int | None, str | None]], None, None]


def _in_process(
    desk: Desk, sources: Iterable[MailSource], limits: PhotoLimits, stop: Callable[[], bool]
) -> Outcomes:
    with detector_threads(1):
        for source in sources:
            if stop():
                return
            yield source.origin, import_one(desk, source, limits=limits)


def _pooled(
    desk: Desk,
    sources: Iterable[MailSource],
    limits: PhotoLimits,
    stop: Callable[[], bool],
    workers: int,
) -> Outcomes:
    """Messages are digested ahead in worker processes and stored here, in input order."""
    pool: ProcessPoolExecutor | None
    try:
        pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=init_worker
        )
    except Exception:
        log.warning("import workers could not start; importing in-process", exc_info=True)
        pool = None
    # (source, raw SHA-256, digest job or None when known already or without workers)
    window: deque[tuple[MailSource, str, Future[Digest] | None]] = deque()
    pending = iter(sources)
    more = True
    digested = 0
    try:
        with detector_threads(1):
            while True:
                while more and len(window) < 2 * workers + 2:
                    source = next(pending, None)
                    if source is None:
                        more = False
                        break
                    raw_sha = hashlib.sha256(source.raw).hexdigest()
                    job = None
                    if pool is not None and not _known(desk, "sha256:" + raw_sha):
                        try:
                            job = pool.submit(digest_mail, source.raw, source.source_format, limits)
                        except Exception:
                            log.warning("import workers failed; going on in-process", exc_info=True)
                            _shut(pool)
                            pool = None
                    window.append((source, raw_sha, job))
                if not window or stop():
                    return
                source, raw_sha, job = window.popleft()
                digest = None
                if job is not None:
                    try:
                        digest = job.result()
                        digested += 1
                    except Exception:
                        if pool is not None:
                            log.warning("import workers failed; going on in-process", exc_info=True)
                            _shut(pool)
                            pool = None
                yield source.origin, _import_digested(desk, source, raw_sha, limits, digest)
    finally:
        _shut(pool)
        # counts only: the install checks look for this line (the frozen desk's workers)
        log.info("import: %d messages digested by %d worker processes", digested, workers)


def _shut(pool: ProcessPoolExecutor | None) -> None:
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def _known(desk: Desk, *keys: str) -> bool:
    """Whether a message with one of these dedupe keys is stored (a read, takes no lock)."""
    with desk.db.read() as session:
        return any(repos.message_exists(session, k) for k in keys)


def import_one(
    desk: Desk, source: MailSource, *, limits: PhotoLimits
) -> tuple[Outcome, int | None, str | None]:
    """Imports one message; returns (outcome, request id, quarantine reason)."""
    raw_sha = hashlib.sha256(source.raw).hexdigest()
    return _import_digested(desk, source, raw_sha, limits, None)


def _import_digested(
    desk: Desk, source: MailSource, raw_sha: str, limits: PhotoLimits, digest: Digest | None
) -> tuple[Outcome, int | None, str | None]:
    """Imports one message, parsing and analysing it here unless ``digest`` holds that work.

    The duplicate checks run again in the storing transaction, so a message digested ahead
    ends exactly as if it had been imported alone, after the ones before it.
    """
    if digest is None:
        if _known(desk, "sha256:" + raw_sha):
            return "duplicate", None, None
        digest = parse_raw(source.raw, source.source_format)
        if digest.mail is not None and _known(desk, dedupe_key(digest.mail, raw_sha)):
            return "duplicate", None, None
        digest = analyse_parsed(digest, limits)
    mail = digest.mail
    if digest.trace is not None:
        log.error(
            "%s failed\n%s",
            "mail parsing" if mail is None else "request analysis",
            digest.trace.rstrip(),
        )
    if mail is None or digest.analysis is None:
        return _quarantine(desk, source, raw_sha, digest.reason or "?", digest.detail)
    key = dedupe_key(mail, raw_sha)
    try:
        request_id = _store(desk, source, mail, digest.analysis, raw_sha, key)
    except IntegrityError as exc:
        if _known(desk, key):
            # Another workstation stored the same message a moment ago.
            return "duplicate", None, None
        log.exception("storing the request failed")
        return _quarantine(desk, source, raw_sha, "intake.internal_error", type(exc).__name__)
    except Exception as exc:
        log.exception("storing the request failed")
        return _quarantine(desk, source, raw_sha, "intake.internal_error", type(exc).__name__)
    if request_id is None:
        return "duplicate", None, None
    return "imported", request_id, None


def store_message(
    desk: Desk, source: MailSource, mail: ParsedMail, analysis: Analysis, raw_sha: str, key: str
) -> int | None:
    """Stores an analysed message (the quarantine's retry); None when it is stored already."""
    return _store(desk, source, mail, analysis, raw_sha, key)


def dedupe_key(mail: ParsedMail, raw_sha: str) -> str:
    """A message is the same message when its Message-ID is, else when its bytes are."""
    return f"mid:{mail.message_id}" if mail.message_id else f"sha256:{raw_sha}"


def _quarantine(
    desk: Desk, source: MailSource, raw_sha: str, reason: str, detail: str
) -> tuple[Outcome, int | None, str | None]:
    try:
        with desk.db.begin() as session:
            if repos.message_exists(session, "sha256:" + raw_sha):
                return "duplicate", None, None
            put_blobs(session, [(source.raw, raw_sha)])
            session.add(
                Message(
                    dedupe_key="sha256:" + raw_sha,
                    raw_sha256=raw_sha,
                    source_format=source.source_format,
                    origin=source.origin,
                    status="quarantined",
                    quarantine_reason=reason,
                    quarantine_detail=detail[:2000],
                    imported_at=now(),
                    imported_by=str(desk.actor),
                )
            )
            record(session, desk, "mail.quarantined", reason=reason)
    except IntegrityError:
        return "duplicate", None, None
    return "quarantined", None, reason


def _store(
    desk: Desk,
    source: MailSource,
    mail: ParsedMail,
    analysis: Analysis,
    raw_sha: str,
    key: str,
) -> int | None:
    """Stores the message and its request version; None when it turns out to be stored
    already (checked inside the transaction, after the messages before it)."""
    received = mail.date or datetime.now(UTC)
    with desk.db.begin() as session:
        keys = ["sha256:" + raw_sha, key]
        if session.execute(select(Message.id).where(Message.dedupe_key.in_(keys))).first():
            return None
        put_blobs(
            session, [(source.raw, raw_sha), *((a.data, a.sha256) for a in analysis.attachments)]
        )
        message = Message(
            dedupe_key=key,
            message_id=mail.message_id,
            raw_sha256=raw_sha,
            source_format=mail.source_format,
            origin=source.origin,
            status="parsed",
            received_at=received,
            sender=mail.sender,
            subject=mail.subject,
            in_reply_to=mail.in_reply_to,
            references=list(mail.references),
            imported_at=now(),
            imported_by=str(desk.actor),
        )
        session.add(message)
        session.flush()
        thread_ids = [i for i in (mail.in_reply_to, *mail.references) if i]
        request = repos.thread_request(
            session, ids=thread_ids, sender=mail.sender, subject=mail.subject
        )
        if request is None:
            request = _new_request(session, received, mail)
            action = "request.created"
        else:
            request = lock_request(session, request.id)
            _resubmitted(request, received)
            action = "request.resubmitted"
        message.request_id = request.id
        previous = request.versions[-1] if request.versions else None
        version = Version(
            request_id=request.id,
            number=len(request.versions) + 1,
            message_pk=message.id,
            fields=carry_fields(extraction_to_json(analysis.extraction), previous),
            body_text=analysis.text,
            findings=[],
            created_at=now(),
            attachments=[],  # new: appending must not load the collection
        )
        session.add(version)
        request.versions.append(version)
        request.version_count = version.number
        for att in analysis.attachments:
            version.attachments.append(
                Attachment(
                    filename=att.filename,
                    content_type=att.content_type,
                    role=att.role,
                    role_reasons=list(att.role_reasons),
                    format=att.format,
                    size=len(att.data),
                    sha256=att.sha256,
                    inline=att.inline,
                    photo_report=att.photo_report,
                )
            )
        if previous is not None:
            version.attachments.extend(carry_attachments(version, previous))
        session.flush()
        refresh(session, request)
        revision = bump(session, request)
        record(session, desk, action, request.id, version=version.number, revision=revision)
        return request.id


def _new_request(session: Session, received: datetime, mail: ParsedMail) -> Request:
    year = received.year
    number = repos.next_counter(session, "request", year)
    request = Request(
        reference=f"SR-{year}-{number:05d}",
        status=RequestStatus.NEW,
        received_at=received,
        sender=mail.sender,
        subject=mail.subject,
        pauses=[],
        findings=[],
        updated_at=now(),
        versions=[],  # new: reading them must not query
    )
    session.add(request)
    session.flush()
    return request


def _resubmitted(request: Request, received: datetime) -> None:
    """A correction arrived: the clock runs again and the request goes back to the queue
    (the lifecycle's ``intake`` transition; never refused, a closed request keeps its status)."""
    after = lifecycle.target("intake", request.status)
    apply_pauses(request, request.status, after, office_day(received))
    request.status = after


CARRIED_ROLES = ("residence_card_front", "residence_card_back", "face_photo")


def carry_fields(fields: dict[str, Any], previous: Version | None) -> dict[str, Any]:
    """A resubmission often restates only what was wrong: items it leaves out keep the value
    of the previous version, marked with ``carried_from``."""
    if previous is None:
        return fields
    before = previous.fields.get("fields", {})
    for name, value in fields["fields"].items():
        old = before.get(name)
        if value.get("problem") == "missing" and old and old.get("problem") != "missing":
            fields["fields"][name] = {
                **old,
                "line": None,
                "carried_from": old.get("carried_from") or previous.number,
            }
    if not fields.get("exam_numbers"):
        fields["exam_numbers"] = list(previous.fields.get("exam_numbers") or [])
    return fields


def carry_attachments(version: Version, previous: Version) -> list[Attachment]:
    """Card and photo files not sent again are kept from the previous version."""
    present = {a.role for a in version.attachments}
    return [
        Attachment(
            version_id=version.id,
            filename=a.filename,
            content_type=a.content_type,
            role=a.role,
            role_reasons=list(a.role_reasons),
            format=a.format,
            size=a.size,
            sha256=a.sha256,
            inline=a.inline,
            photo_report=a.photo_report,
            carried_from=a.carried_from or previous.number,
        )
        for a in previous.attachments
        if a.role in CARRIED_ROLES and a.role not in present
    ]
