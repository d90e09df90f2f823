"""Sending the outbox over SMTP: each message once, retried with back-off, never resent blind.

Under the mailbox lock, one row at a time is claimed (``sending``), submitted, and recorded
``sent`` with the server's answer. A refusal with a 4xx code or a server that cannot be reached
puts it back in the queue with a back-off; a 5xx refusal makes it ``failed``. When the desk
stops after handing the message over (the DATA command) but before recording the answer, the
row is left ``sending``: the next run looks for its Message-ID in the Sent folder and records
it ``sent`` when found, else ``uncertain`` for a clerk to confirm or resend. It is never sent
again by itself. After sending, a copy is filed in the Sent folder unless the admin says the
server keeps one.
"""

from __future__ import annotations

import email
import email.policy
import logging
import smtplib
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from datetime import datetime
from email.utils import getaddresses

from imapclient import IMAPClient

from ssw_desk.errors import DeskError
from ssw_desk.mailbox.connect import IMAP_ERRORS, open_imap, open_smtp, smtp_answer
from ssw_desk.mailbox.lock import mailbox_lock
from ssw_desk.services import outbox
from ssw_desk.services.context import Desk, now
from ssw_desk.services.mail_settings import MailboxSettings, get_mailbox_settings

log = logging.getLogger(__name__)

#: Connection failures worth retrying later (the rest: the settings need a person).
#: What looking in or copying to the Sent folder can raise.
LOOK_ERRORS: tuple[type[BaseException], ...] = (DeskError, *IMAP_ERRORS)
TEMPORARY = {
    "mailbox.unreachable",
    "mailbox.timeout",
    "mailbox.connection_lost",
    "mailbox.unavailable",
}


@dataclass
class SendResult:
    sent: int = 0
    failed: int = 0
    #: Still queued (maybe after a failed try) or left sending.
    waiting: int = 0
    uncertain: int = 0
    #: Found in the Sent folder after a crash (counted in ``sent`` too).
    recovered: int = 0
    error: str | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def recipients(raw: bytes) -> list[str]:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    values = [str(v) for h in ("To", "Cc", "Bcc") for v in msg.get_all(h, [])]
    return [addr for _, addr in getaddresses(values) if addr]


def _in_sent(client: IMAPClient, folder: str, message_id: str) -> bool:
    client.select_folder(folder, readonly=True)
    return bool(client.search(["HEADER", "Message-ID", f"<{message_id}>"]))


def _recover(desk: Desk, settings: MailboxSettings, result: SendResult) -> None:
    """Rows left ``sending`` by a desk that stopped: found in Sent, else uncertain."""
    left = outbox.orphans(desk)
    if not left:
        return
    try:
        with open_imap(settings) as client:
            for row in left:
                if _in_sent(client, settings.sent_folder, row.message_id):
                    outbox.mark_sent(desk, row.id, answer="found in Sent", found_in_sent=True)
                    result.recovered += 1
                else:
                    outbox.mark_uncertain(desk, row.id)
                    result.uncertain += 1
    except LOOK_ERRORS as exc:
        # Cannot look: they stay "sending" (never sent again) until the Sent folder answers.
        code = exc.code if isinstance(exc, DeskError) else "mailbox.connection_lost"
        log.warning("looking in the Sent folder failed: %s", code)
        result.error = code


def _copy_to_sent(settings: MailboxSettings, raw: bytes, stack: ExitStack, cache: dict) -> None:
    try:
        client = cache.get("imap")
        if client is None:
            client = stack.enter_context(open_imap(settings))
            cache["imap"] = client
        client.append(settings.sent_folder, raw, flags=[b"\\Seen"])
    except LOOK_ERRORS as exc:
        cache.pop("imap", None)
        log.warning("copy to the Sent folder failed: %s", type(exc).__name__)


def send_outbox(
    desk: Desk, *, settings: MailboxSettings | None = None, at: datetime | None = None
) -> SendResult:
    """Sends every queued message that is due.

    Args:
        desk: The desk.
        settings: The mailbox settings (read from the database when None).
        at: The time "due" is judged against (now when None).

    Raises:
        DeskError: ``mailbox.not_configured``, ``mailbox.busy`` (another desk sends).
    """
    settings = settings or get_mailbox_settings(desk)
    if not settings.can_send:
        raise DeskError("mailbox.not_configured", "smtp")
    result = SendResult()
    with mailbox_lock(desk) as lease, ExitStack() as stack:
        _recover(desk, settings, result)
        smtp: smtplib.SMTP | None = None
        cache: dict[str, IMAPClient] = {}
        while True:
            row = outbox.claim_next(desk, holder=lease.me, at=at or now())
            if row is None:
                break
            if smtp is None:
                try:
                    smtp = stack.enter_context(open_smtp(settings))
                except DeskError as exc:
                    status = outbox.mark_failed(
                        desk, row.id, reason=exc.code, temporary=exc.code in TEMPORARY
                    )
                    result.failed += status == "failed"
                    result.error = exc.code
                    break  # the server is the problem: the others wait for the next run
            sender = settings.from_addr
            try:
                smtp.ehlo_or_helo_if_needed()
                code, text = smtp.mail(sender)
                if code != 250:
                    raise smtplib.SMTPSenderRefused(code, text, sender)
                for rcpt in recipients(row.raw):
                    code, text = smtp.rcpt(rcpt)
                    if code not in (250, 251):
                        raise smtplib.SMTPRecipientsRefused({rcpt: (code, text)})
            except smtplib.SMTPRecipientsRefused as exc:
                ((code, text),) = exc.recipients.values()
                smtp.rset()
                reason = smtp_answer((code, text))
                status = outbox.mark_failed(desk, row.id, reason=reason, temporary=code < 500)
                result.failed += status == "failed"
                continue
            except smtplib.SMTPResponseException as exc:
                reason = smtp_answer((exc.smtp_code, exc.smtp_error))
                status = outbox.mark_failed(
                    desk, row.id, reason=reason, temporary=exc.smtp_code < 500
                )
                result.failed += status == "failed"
                smtp = None
                break
            except (OSError, smtplib.SMTPException) as exc:
                outbox.mark_failed(desk, row.id, reason="mailbox.connection_lost", temporary=True)
                result.error = f"mailbox.connection_lost ({type(exc).__name__})"
                break
            try:
                reply = smtp.data(row.raw)
            except smtplib.SMTPResponseException as exc:
                reason = smtp_answer((exc.smtp_code, exc.smtp_error))
                status = outbox.mark_failed(
                    desk, row.id, reason=reason, temporary=exc.smtp_code < 500
                )
                result.failed += status == "failed"
                continue
            except (OSError, smtplib.SMTPException) as exc:
                # The server may have taken it: left "sending", looked for in Sent next run.
                result.error = f"mailbox.connection_lost ({type(exc).__name__})"
                break
            outbox.mark_sent(desk, row.id, answer=smtp_answer(reply))
            result.sent += 1
            if not settings.server_keeps_sent:
                _copy_to_sent(settings, row.raw, stack, cache)
            lease.renew()
    result.waiting = outbox.count_waiting(desk)
    return result
