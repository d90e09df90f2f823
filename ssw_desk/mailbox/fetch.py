"""Fetching new requests from the IMAP mailbox, through the same intake as files.

New messages are those with a UID above the last one stored for the folder's UIDVALIDITY
(:class:`~ssw_desk.storage.models.MailboxState`). When the server renumbers (a new
UIDVALIDITY) the folder is read again from the start: the intake recognises what it already
holds (Message-ID, else SHA-256) and counts it as a duplicate, so nothing is skipped and nothing
is stored twice. The state moves on only past messages that are stored (a prefix of the UIDs
in order), so a connection cut in the middle loses nothing: the next fetch starts after the
last message stored. Stored messages are then moved to the done folder (or marked seen).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from ssw_desk.errors import DeskError
from ssw_desk.mail import MailSource
from ssw_desk.mailbox.connect import IMAP_ERRORS, imap_error, open_imap
from ssw_desk.mailbox.lock import Lease, mailbox_lock
from ssw_desk.mailbox.notify import classify, store_notification
from ssw_desk.services.context import Desk, now, record
from ssw_desk.services.intake import import_sources
from ssw_desk.services.mail_settings import MailboxSettings, get_mailbox_settings
from ssw_desk.storage.models import MailboxState

log = logging.getLogger(__name__)

#: Messages downloaded per FETCH command.
BATCH = 25
#: The state is committed at least this often while messages are stored (seconds).
COMMIT_EVERY = 2.0


@dataclass
class FetchResult:
    """``fetched == imported + duplicates + quarantined + notifications``."""

    fetched: int = 0
    imported: int = 0
    duplicates: int = 0
    quarantined: int = 0
    #: Bounces and automatic replies (stored with their request, not imported).
    notifications: int = 0
    uidvalidity_changed: bool = False

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


class _Progress:
    """Which fetched UIDs are stored; the state may move up to the stored prefix."""

    def __init__(self) -> None:
        self.order: list[int] = []
        self.stored: set[int] = set()
        self.prefix = 0  # index into order: everything before it is stored

    def fetched(self, uid: int) -> None:
        self.order.append(uid)

    def store(self, uid: int) -> None:
        self.stored.add(uid)
        while self.prefix < len(self.order) and self.order[self.prefix] in self.stored:
            self.prefix += 1

    def last_stored(self) -> int | None:
        return self.order[self.prefix - 1] if self.prefix else None


def _origin(folder: str, uidvalidity: int, uid: int) -> str:
    return f"imap:{folder};uidvalidity={uidvalidity};uid={uid}"


def _uid_of(origin: str) -> int | None:
    tail = origin.rpartition(";uid=")[2]
    return int(tail) if tail.isdigit() else None


def _load_state(desk: Desk, folder: str) -> tuple[int | None, int]:
    with desk.db.read() as session:
        row = session.get(MailboxState, folder)
        return (row.uidvalidity, row.last_uid) if row is not None else (None, 0)


def _save_state(desk: Desk, folder: str, uidvalidity: int, last_uid: int) -> None:
    with desk.db.begin() as session:
        row = session.get(MailboxState, folder)
        if row is None:
            session.add(MailboxState(folder=folder, uidvalidity=uidvalidity, last_uid=last_uid))
        else:
            row.uidvalidity = uidvalidity
            row.last_uid = (
                max(last_uid, row.last_uid) if row.uidvalidity == uidvalidity else last_uid
            )


def _save_outcome(desk: Desk, folder: str, error: str | None) -> None:
    with desk.db.begin() as session:
        row = session.get(MailboxState, folder)
        if row is None:
            row = MailboxState(folder=folder, uidvalidity=0, last_uid=0)
            session.add(row)
        at = now()
        if error is None:
            row.last_fetch_at = at
            row.last_error = None
        else:
            row.last_error = error[:64]
            row.last_error_at = at


def _finish(client: IMAPClient, settings: MailboxSettings, uids: Sequence[int]) -> None:
    """Moves stored messages to the done folder, or marks them seen."""
    if not uids:
        return
    if settings.done_folder:
        if client.has_capability("MOVE"):
            client.move(list(uids), settings.done_folder)
        else:
            client.copy(list(uids), settings.done_folder)
            client.delete_messages(list(uids))
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(list(uids))
            else:
                client.expunge()
    else:
        client.add_flags(list(uids), [b"\\Seen"])


def fetch(desk: Desk, *, settings: MailboxSettings | None = None) -> FetchResult:
    """Fetches the new messages of the mailbox folder and imports them.

    Returns:
        The counts.

    Raises:
        DeskError: ``mailbox.not_configured``, ``mailbox.busy`` (another desk fetches; detail:
            who), the connection codes of :mod:`ssw_desk.mailbox.connect`,
            ``mailbox.connection_lost`` (what was stored before the cut stays stored and is
            not fetched again).
    """
    settings = settings or get_mailbox_settings(desk)
    folder = settings.folder
    if not settings.can_fetch:
        raise DeskError("mailbox.not_configured", "imap")
    with mailbox_lock(desk) as lease:
        try:
            result = _fetch_locked(desk, settings, lease)
        except DeskError as exc:
            _save_outcome(desk, folder, exc.code)
            log.warning("mailbox fetch failed: %s", exc.code)
            raise
        _save_outcome(desk, folder, None)
        return result


def _fetch_locked(desk: Desk, settings: MailboxSettings, lease: Lease) -> FetchResult:
    folder = settings.folder
    result = FetchResult()
    progress = _Progress()
    with open_imap(settings) as client:
        try:
            info = client.select_folder(folder)
        except IMAPClientError as exc:
            raise DeskError("mailbox.no_folder", folder) from exc
        except IMAP_ERRORS as exc:
            raise imap_error(exc) from exc
        uidvalidity = int(info[b"UIDVALIDITY"])
        known_validity, last_uid = _load_state(desk, folder)
        if known_validity is not None and known_validity not in (0, uidvalidity):
            # The server renumbered: read everything again; the intake knows what it holds.
            result.uidvalidity_changed = True
            last_uid = 0
            with desk.db.begin() as session:
                record(session, desk, "mailbox.uidvalidity_changed", folder=folder)
        committed = last_uid
        done: list[int] = []  # stored, not yet moved / marked
        try:
            if last_uid:  # stored by an earlier fetch that was cut before moving them
                left = ["UID", f"1:{last_uid}"] + ([] if settings.done_folder else ["UNSEEN"])
                done += [u for u in client.search(left) if u <= last_uid]
            uids = sorted(u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)
            last_commit = time.monotonic()

            def sources() -> Iterator[MailSource]:
                for start in range(0, len(uids), BATCH):
                    chunk = uids[start : start + BATCH]
                    data = client.fetch(chunk, [b"BODY.PEEK[]"])
                    for uid in chunk:
                        raw = data.get(uid, {}).get(b"BODY[]")
                        if raw is None:  # expunged meanwhile by someone else
                            continue
                        result.fetched += 1
                        progress.fetched(uid)
                        origin = _origin(folder, uidvalidity, uid)
                        note = classify(raw)
                        if note is not None:
                            outcome = store_notification(desk, raw, note, origin)
                            if outcome == "duplicate":
                                result.duplicates += 1
                            else:
                                result.notifications += 1
                            progress.store(uid)
                            continue
                        yield MailSource(origin=origin, raw=raw, source_format="eml")

            def stored(_count: int, origin: str) -> None:
                nonlocal committed, last_commit
                uid = _uid_of(origin)
                if uid is not None:
                    progress.store(uid)
                top = progress.last_stored()
                if (
                    top is not None
                    and top > committed
                    and (time.monotonic() - last_commit >= COMMIT_EVERY)
                ):
                    _save_state(desk, folder, uidvalidity, top)
                    committed = top
                    last_commit = time.monotonic()
                    lease.renew()

            counts = import_sources(desk, sources=sources(), progress=stored)
        except IMAP_ERRORS as exc:
            top = progress.last_stored()
            if top is not None and top > committed:
                _save_state(desk, folder, uidvalidity, top)
            raise imap_error(exc) from exc
        result.imported += counts.imported
        result.duplicates += counts.duplicates
        result.quarantined += counts.quarantined
        top = progress.last_stored()
        if top is not None and top > committed:
            _save_state(desk, folder, uidvalidity, top)
            committed = top
        elif known_validity != uidvalidity:
            _save_state(desk, folder, uidvalidity, committed)
        done += [u for u in progress.order if u <= committed]
        try:
            _finish(client, settings, done)
        except IMAP_ERRORS as exc:
            raise imap_error(exc) from exc
    return result
