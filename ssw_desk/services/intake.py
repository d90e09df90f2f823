"""Import of request e-mails: every input ends imported, duplicate, quarantined (or failed).

``import_paths`` is the user action (menu, drag and drop, ``ssw-desk import``). Each message is
stored in a transaction of its own, so one bad message never takes others down, and the raw
bytes are written before anything is interpreted. Every step for one input runs under one
guard: an unexpected error quarantines that input with its bytes and reason
``intake.internal_error`` and the import goes on. Only when even the quarantine cannot be
written (the database is gone) does an input end ``failed``; it is counted and listed too.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from pathlib import Path
from typing import NamedTuple

from ssw_desk.imaging.faces import detector_threads
from ssw_desk.imaging.limits import PhotoLimits
from ssw_desk.mail import MailSource, iter_sources
from ssw_desk.services import import_pool, settings
from ssw_desk.services.analysis import Digest, analyse_parsed, digest_mail, parse_raw
from ssw_desk.services.context import Desk, now, record
from ssw_desk.services.dedupe import (
    clean_text,
    content_sha,
    dedupe_key,
    quarantine_key,
    safe_trace,
)
from ssw_desk.services.findings import Standing
from ssw_desk.services.import_result import ImportResult, Outcome
from ssw_desk.services.intake_store import find_duplicate, store
from ssw_desk.storage.blobs import put_blobs
from ssw_desk.storage.models import Message

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]


def import_paths(
    desk: Desk,
    *,
    paths: Iterable[str | bytes | Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Imports every e-mail found under ``paths``.

    Args:
        desk: The desk to import into.
        paths: Files (.eml, .msg, mbox) and folders (Maildir or any tree of such files); names
            need not be valid UTF-8 (bytes, or str with surrogate escapes).
        progress: Called with (count so far, origin) after each message.
        cancelled: Polled between messages; the import stops cleanly when it returns True.

    Returns:
        The counts, the ids of the requests created or continued, and every input not
        imported with its reason.
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
    and analysed ahead in a few worker processes (see :mod:`.import_pool`) while this process
    stores them, one transaction each, in input order; otherwise, or when the workers cannot
    start, everything runs here. The outcome is the same either way.
    """
    result = ImportResult()
    limits = photo_limits(desk)
    with desk.db.read() as session:
        standing = Standing.read(session)  # rules and closures: once per import
    stop = cancelled or (lambda: False)
    it = iter(sources)
    head = list(islice(it, POOL_MIN_MESSAGES))
    workers = import_workers() if len(head) >= POOL_MIN_MESSAGES else 0
    queue = chain(head, it)
    outcomes = (
        _pooled(desk, queue, Rules(limits, standing), stop, workers)
        if workers > 0
        else _in_process(desk, queue, Rules(limits, standing), stop)
    )
    try:
        for outcome in outcomes:
            result.add(outcome)
            if progress is not None:
                progress(result.inputs, outcome.origin)
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


Outcomes = Generator[Outcome, None, None]


class Rules(NamedTuple):
    """What an import reads once at its start: the photo limits (sent to the workers) and
    the rules and closures the findings are computed with."""

    limits: PhotoLimits
    standing: Standing


def _in_process(
    desk: Desk, sources: Iterable[MailSource], rules: Rules, stop: Callable[[], bool]
) -> Outcomes:
    with detector_threads(1):
        for source in sources:
            if stop():
                return
            raw_sha = hashlib.sha256(source.raw).hexdigest()
            yield _guarded(desk, source, raw_sha, rules, None)


def _submit(
    pool: ProcessPoolExecutor, source: MailSource, limits: PhotoLimits
) -> Future[Digest] | None:
    return pool.submit(digest_mail, source.raw, source.source_format, limits)


def _pooled(
    desk: Desk,
    sources: Iterable[MailSource],
    rules: Rules,
    stop: Callable[[], bool],
    workers: int,
) -> Outcomes:
    """Messages are digested ahead in worker processes and stored here, in input order."""
    pool: ProcessPoolExecutor | None
    try:
        pool = import_pool.start_pool(workers)
    except Exception as exc:
        log.warning("import workers could not start (%s); importing in-process", type(exc).__name__)
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
                    if pool is not None and not _stored_raw(desk, raw_sha):
                        try:
                            job = _submit(pool, source, rules.limits)
                        except Exception as exc:
                            log.warning("import workers failed (%s)", type(exc).__name__)
                            import_pool.shut_pool(pool)
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
                    except Exception as exc:
                        if pool is not None:
                            log.warning("import workers failed (%s)", type(exc).__name__)
                            import_pool.shut_pool(pool)
                            pool = None
                yield _guarded(desk, source, raw_sha, rules, digest)
    finally:
        import_pool.shut_pool(pool)
        # counts only: the install checks look for this line (the frozen desk's workers)
        log.info("import: %d messages digested by %d worker processes", digested, workers)


def _stored_raw(desk: Desk, raw_sha: str) -> bool:
    """Whether these exact bytes are stored already (a read; errors mean "not known")."""
    try:
        with desk.db.read() as session:
            return find_duplicate(session, raw_sha) is not None
    except Exception as exc:
        log.warning("duplicate pre-check failed: %s", type(exc).__name__)
        return False


def _guarded(
    desk: Desk, source: MailSource, raw_sha: str, rules: Rules, digest: Digest | None
) -> Outcome:
    """Imports one message; never raises for anything the message holds."""
    origin = clean_text(source.origin)
    try:
        return _import_digested(desk, source, origin, raw_sha, rules, digest)
    except Exception as exc:
        log.error("importing a message failed: %s", safe_trace(exc))
        return _quarantine(
            desk, source, origin, raw_sha, "intake.internal_error", type(exc).__name__
        )


def _import_digested(
    desk: Desk,
    source: MailSource,
    origin: str,
    raw_sha: str,
    rules: Rules,
    digest: Digest | None,
) -> Outcome:
    """Imports one message, parsing and analysing it here unless ``digest`` holds that work.

    The duplicate checks run again in the storing transaction, so a message digested ahead
    ends exactly as if it had been imported alone, after the ones before it.
    """
    content: str | None = None
    if digest is None:
        with desk.db.read() as session:
            known = find_duplicate(session, raw_sha)
        if known is not None:
            return Outcome(origin, "duplicate", reason="duplicate.same_bytes", duplicate_of=known)
        digest = parse_raw(source.raw, source.source_format)
        if digest.mail is not None:
            content = content_sha(digest.mail)
            with desk.db.read() as session:
                known = find_duplicate(session, raw_sha, dedupe_key(digest.mail, content))
            if known is not None:
                return _duplicate(origin, known)
        digest = analyse_parsed(digest, rules.limits)
    mail = digest.mail
    if digest.trace is not None:
        log.error(
            "%s failed: %s", "mail parsing" if mail is None else "request analysis", digest.trace
        )
    if mail is None or digest.analysis is None:
        return _quarantine(desk, source, origin, raw_sha, digest.reason or "?", digest.detail)
    content = content or content_sha(mail)
    key = dedupe_key(mail, content)
    try:
        stored = store(
            desk, source, mail, digest.analysis, raw_sha, key, content, standing=rules.standing
        )
    except Exception as exc:
        with desk.db.read() as session:
            known = find_duplicate(session, raw_sha, key)
        if known is not None:  # another workstation stored the same message a moment ago
            return _duplicate(origin, known)
        # Database errors quote the row (names, dates of birth): log the type and place only.
        log.error("storing the request failed: %s", safe_trace(exc))
        return _quarantine(
            desk, source, origin, raw_sha, "intake.internal_error", type(exc).__name__
        )
    if stored.duplicate_of is not None:
        return _duplicate(origin, stored.duplicate_of)
    return Outcome(
        origin,
        "imported",
        request_id=stored.request_id,
        reused_message_id=stored.reused_message_id,
    )


def _duplicate(origin: str, known: int) -> Outcome:
    return Outcome(origin, "duplicate", reason="duplicate.same_message", duplicate_of=known)


def _quarantine(
    desk: Desk, source: MailSource, origin: str, raw_sha: str, reason: str, detail: str
) -> Outcome:
    """Keeps the raw bytes with the reason; ``failed`` only when nothing can be written."""
    detail = clean_text(detail)[:2000]
    try:
        with desk.db.begin() as session:
            known = find_duplicate(session, raw_sha)
            if known is not None:
                return Outcome(
                    origin, "duplicate", reason="duplicate.same_bytes", duplicate_of=known
                )
            put_blobs(session, [(source.raw, raw_sha)])
            session.add(
                Message(
                    dedupe_key=quarantine_key(raw_sha),
                    raw_sha256=raw_sha,
                    source_format=source.source_format[:8],
                    origin=origin,
                    status="quarantined",
                    quarantine_reason=reason,
                    quarantine_detail=detail,
                    imported_at=now(),
                    imported_by=str(desk.actor),
                )
            )
            record(session, desk, "mail.quarantined", reason=reason)
    except Exception as exc:
        try:
            with desk.db.read() as session:
                known = find_duplicate(session, raw_sha)
        except Exception:
            known = None
        if known is not None:
            return Outcome(origin, "duplicate", reason="duplicate.same_bytes", duplicate_of=known)
        log.error("quarantining a message failed: %s", safe_trace(exc))
        return Outcome(origin, "failed", reason=reason, detail=f"not stored: {type(exc).__name__}")
    return Outcome(origin, "quarantined", reason=reason, detail=detail)
