"""Sending the outbox to a real aiosmtpd, copies and look-ups in a real Dovecot."""

from __future__ import annotations

import email
import email.policy
import json
import os
import signal
import subprocess
import sys
import threading
from datetime import timedelta
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from ssw_desk.mail import MailSource
from ssw_desk.mailbox.fetch import fetch
from ssw_desk.mailbox.send import send_outbox
from ssw_desk.services import outbox
from ssw_desk.services.context import Desk, now
from ssw_desk.services.decisions import flag_deficiencies, notice_for
from ssw_desk.services.intake import import_sources
from ssw_desk.services.mail_settings import set_mailbox
from ssw_desk.storage.models import Event, Message, OutboxEntry, Request
from tests.mailbox.conftest import FROM, Smtp
from tests.mailbox.servers import Dovecot
from tests.services.mails import request_mail


def _parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _requests(desk: Desk, n: int) -> list[int]:
    sources = [
        MailSource(
            origin=f"test#{i}",
            raw=request_mail(
                exam_number=f"M23010{i:05d}",
                sender=f"applicant{i}@example.com",
                message_id=f"req{i}@example.com",
                name=f"TRAN VAN {chr(65 + i)}",
            ),
            source_format="eml",
        )
        for i in range(n)
    ]
    result = import_sources(desk, sources=sources)
    assert result.imported == n
    return result.requests


def _flag(desk: Desk, request_id: int) -> str:
    return flag_deficiencies(desk, request_id=request_id, items=["photo.head_size"]).message_id


def _history(desk: Desk, request_id: int) -> list[Event]:
    with desk.db.read() as s:
        return list(
            s.execute(select(Event).where(Event.request_id == request_id).order_by(Event.id))
            .scalars()
            .all()
        )


def test_notice_goes_out_once_threaded_with_a_copy_in_sent(
    mail_desk: Desk, smtp: Smtp, dovecot: Dovecot
) -> None:
    (request_id,) = _requests(mail_desk, 1)
    message_id = _flag(mail_desk, request_id)
    queued = outbox.list_outbox(mail_desk)
    assert [(r.status, r.kind, r.request_id) for r in queued] == [
        ("queued", "notice:deficiency", request_id)
    ]
    result = send_outbox(mail_desk)
    assert (result.sent, result.failed, result.waiting) == (1, 0, 0)
    assert len(smtp.handler.received) == 1
    got = smtp.handler.received[0]
    assert got.mail_from == FROM
    assert got.rcpt_tos == ["applicant0@example.com"]
    msg = _parse(got.data)
    assert msg["Message-ID"] == f"<{message_id}>"
    assert msg["In-Reply-To"] == "<req0@example.com>"
    assert msg["References"] == "<req0@example.com>"
    with mail_desk.db.read() as s:
        request = s.get(Request, request_id)
        assert request is not None
        assert request.reference in msg["Subject"]
    assert msg["X-Unsent"] is None
    body = msg.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    assert "TRAN VAN A 様" in text and "Dear TRAN VAN A," in text
    assert text.index("様") < text.index("Dear")
    # The saved draft is marked so; the copy in Sent is the message as sent.
    assert notice_for(mail_desk, request_id=request_id).startswith(b"X-Unsent: 1\r\n")
    (copy,) = dovecot.folder_messages("Sent")
    assert _parse(copy)["Message-ID"] == f"<{message_id}>"
    rows = outbox.list_outbox(mail_desk)
    assert rows[0].status == "sent" and rows[0].server_answer == "250 2.0.0 Ok: queued as TEST"
    actions = [e.action for e in _history(mail_desk, request_id)]
    assert actions.index("mail.queued") < actions.index("mail.sent")
    sent = next(e for e in _history(mail_desk, request_id) if e.action == "mail.sent")
    assert sent.detail["answer"].startswith("250")
    again = send_outbox(mail_desk)
    assert (again.sent, again.waiting) == (0, 0)
    assert len(smtp.handler.received) == 1


def test_server_down_then_up_sends_once(mail_desk: Desk, smtp: Smtp) -> None:
    (request_id,) = _requests(mail_desk, 1)
    _flag(mail_desk, request_id)
    smtp.stop()
    down = send_outbox(mail_desk)
    assert (down.sent, down.failed, down.waiting) == (0, 0, 1)
    (row,) = outbox.list_outbox(mail_desk)
    assert (row.status, row.attempts, row.last_error) == ("queued", 1, "mailbox.unreachable")
    assert any(e.action == "mail.retry" for e in _history(mail_desk, request_id))
    smtp.start()
    early = send_outbox(mail_desk)  # the back-off is not over yet
    assert (early.sent, early.waiting) == (0, 1)
    up = send_outbox(mail_desk, at=now() + timedelta(minutes=2))
    assert (up.sent, up.waiting) == (1, 0)
    assert len(smtp.handler.received) == 1


def test_refused_recipient_fails_with_the_reason(mail_desk: Desk, smtp: Smtp) -> None:
    (request_id,) = _requests(mail_desk, 1)
    _flag(mail_desk, request_id)

    async def refuse(server: object, session: object, envelope: object, address: str, _o: object):  # type: ignore[no-untyped-def]
        return f"550 5.1.1 <{address}>: No such user"

    smtp.handler.handle_RCPT = refuse  # type: ignore[attr-defined]
    smtp.stop()
    smtp.start()
    result = send_outbox(mail_desk)
    assert (result.sent, result.failed, result.waiting) == (0, 1, 0)
    (row,) = outbox.list_outbox(mail_desk)
    assert row.status == "failed" and row.last_error and row.last_error.startswith("550")
    failed = [e for e in _history(mail_desk, request_id) if e.action == "mail.failed"]
    assert failed and failed[0].detail["reason"] == "550 5.1.1 <address>: No such user"
    assert "@" not in (row.last_error or "")  # no address in the history or the outbox


def test_reply_to_a_sent_notice_joins_its_request(
    mail_desk: Desk, smtp: Smtp, dovecot: Dovecot
) -> None:
    (request_id,) = _requests(mail_desk, 1)
    _flag(mail_desk, request_id)
    assert send_outbox(mail_desk).sent == 1
    notice = _parse(smtp.handler.received[0].data)
    reply = request_mail(
        exam_number="M2301000000",
        sender="applicant0@example.com",
        subject="Re: " + str(notice["Subject"]),
        message_id="reply0@example.com",
        in_reply_to=str(notice["Message-ID"]).strip("<>"),
    )
    dovecot.deliver([reply])
    result = fetch(mail_desk)
    assert (result.fetched, result.imported) == (1, 1)
    with mail_desk.db.read() as s:
        request = s.get(Request, request_id)
        assert request is not None
        assert request.status == "resubmitted" and request.version_count == 2


def _bounce(original: EmailMessage) -> bytes:
    dsn = EmailMessage()
    dsn["From"] = "MAILER-DAEMON@mx.example.com"
    dsn["To"] = FROM
    dsn["Subject"] = "Undelivered Mail Returned to Sender"
    dsn["Message-ID"] = "<bounce1@mx.example.com>"
    dsn.set_content("This is the mail system. Your message could not be delivered.")
    dsn.make_mixed()
    status = EmailMessage()
    status.set_content("Reporting-MTA: dns; mx.example.com\n", subtype="plain")
    headers = "".join(f"{k}: {v}\r\n" for k, v in original.items())
    dsn.attach(status)
    dsn.add_attachment(headers.encode(), maintype="text", subtype="rfc822-headers")
    dsn.replace_header("Content-Type", dsn.get("Content-Type").replace("mixed", "report"))
    dsn.set_param("report-type", "delivery-status")
    return dsn.as_bytes()


def _out_of_office(original: EmailMessage) -> bytes:
    ooo = EmailMessage()
    ooo["From"] = "applicant0@example.com"
    ooo["To"] = FROM
    ooo["Subject"] = "自動応答: " + str(original["Subject"])
    ooo["Message-ID"] = "<ooo1@example.com>"
    ooo["In-Reply-To"] = str(original["Message-ID"])
    ooo["Auto-Submitted"] = "auto-replied"
    ooo.set_content("I am out of the office until Monday.")
    return ooo.as_bytes()


def test_bounce_and_out_of_office_are_shown_without_restarting_the_clock(
    mail_desk: Desk, smtp: Smtp, dovecot: Dovecot
) -> None:
    (request_id,) = _requests(mail_desk, 1)
    _flag(mail_desk, request_id)
    assert send_outbox(mail_desk).sent == 1
    notice = _parse(smtp.handler.received[0].data)
    dovecot.deliver([_out_of_office(notice), _bounce(notice)])
    result = fetch(mail_desk)
    assert (result.fetched, result.notifications, result.imported) == (2, 2, 0)
    with mail_desk.db.read() as s:
        request = s.get(Request, request_id)
        assert request is not None
        assert request.status == "waiting_applicant" and request.version_count == 1
        assert request.paused_since is not None and request.pauses[-1][1] is None
        kinds = sorted(
            m.status
            for m in s.execute(select(Message).where(Message.request_id == request_id)).scalars()
        )
        assert kinds == ["auto_reply", "bounce", "bounced", "parsed"]
        row = s.execute(select(OutboxEntry)).scalar_one()
        assert row.bounced_at is not None
    actions = [e.action for e in _history(mail_desk, request_id)]
    assert {"mail.bounce_received", "mail.auto_reply_received", "mail.bounced"} <= set(actions)
    assert outbox.list_outbox(mail_desk)[0].bounced


def _cli(db_url: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "SSW_DESK_IMPORT_WORKERS": "0"}
    return subprocess.Popen(
        [sys.executable, "-m", "ssw_desk", "--db", db_url, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _kill_on_acceptance(smtp: Smtp, pid_box: list[int]) -> None:
    """The server accepts the message and the desk dies before it reads the answer."""

    def on_data(_raw: bytes) -> None:
        os.kill(pid_box[0], signal.SIGSTOP)  # it cannot record anything any more
        threading.Timer(0.5, os.kill, (pid_box[0], signal.SIGKILL)).start()

    smtp.handler.on_data = on_data


def _crash_while_sending(db_url: str, smtp: Smtp) -> None:
    pid_box: list[int] = []
    _kill_on_acceptance(smtp, pid_box)
    proc = _cli(db_url, "outbox", "send", "--json")
    pid_box.append(proc.pid)
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    smtp.handler.on_data = None
    assert len(smtp.handler.received) == 1


def test_kill_after_acceptance_is_found_in_sent_never_resent(
    mail_desk: Desk, smtp: Smtp, dovecot: Dovecot, db_url: str
) -> None:
    # A server that files its own copy of what it accepts in Sent.
    set_mailbox(mail_desk, server_keeps_sent=True)
    (request_id,) = _requests(mail_desk, 1)
    _flag(mail_desk, request_id)
    files_copy = smtp.handler

    def keep_copy(raw: bytes) -> None:
        dovecot.deliver([raw], folder="Sent")

    pid_box: list[int] = []
    _kill_on_acceptance(smtp, pid_box)
    kill = files_copy.on_data

    def both(raw: bytes) -> None:
        keep_copy(raw)
        kill(raw)

    files_copy.on_data = both
    proc = _cli(db_url, "outbox", "send", "--json")
    pid_box.append(proc.pid)
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    files_copy.on_data = None
    assert outbox.list_outbox(mail_desk)[0].status == "sending"
    after = _cli(db_url, "outbox", "send", "--json")
    out, err = after.communicate(timeout=120)
    assert after.returncode == 0, err
    counts = json.loads(out)
    assert (counts["sent"], counts["recovered"], counts["waiting"]) == (0, 1, 0)
    assert outbox.list_outbox(mail_desk)[0].status == "sent"
    assert len(smtp.handler.received) == 1


def test_kill_after_acceptance_not_in_sent_is_uncertain_until_a_clerk_resends(
    mail_desk: Desk, smtp: Smtp, dovecot: Dovecot, db_url: str
) -> None:
    (request_id,) = _requests(mail_desk, 1)
    _flag(mail_desk, request_id)
    _crash_while_sending(db_url, smtp)
    after = _cli(db_url, "outbox", "send", "--json")
    out, err = after.communicate(timeout=120)
    assert after.returncode == 0, err
    counts = json.loads(out)
    assert (counts["sent"], counts["uncertain"], counts["waiting"]) == (0, 1, 0)
    (row,) = outbox.list_outbox(mail_desk)
    assert row.status == "uncertain"
    assert send_outbox(mail_desk).sent == 0  # never by itself
    assert len(smtp.handler.received) == 1
    outbox.resend(mail_desk, outbox_id=row.id, reason="applicant says nothing arrived")
    assert send_outbox(mail_desk).sent == 1
    assert len(smtp.handler.received) == 2
    assert "mail.resent" in [e.action for e in _history(mail_desk, request_id)]


def test_two_desks_sending_at_once_send_each_message_once(
    mail_desk: Desk, smtp: Smtp, db_url: str
) -> None:
    for request_id in _requests(mail_desk, 6):
        _flag(mail_desk, request_id)
    procs = [_cli(db_url, "outbox", "send", "--json") for _ in range(2)]
    outputs = [p.communicate(timeout=180) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    results = [json.loads(out) for out, _ in outputs]
    # Whoever held the lock sent; the other said who did (or found nothing left).
    assert sum(r["sent"] for r in results) == 6
    ids = [_parse(r.data)["Message-ID"] for r in smtp.handler.received]
    assert len(ids) == 6 and len(set(ids)) == 6
    assert {r.status for r in outbox.list_outbox(mail_desk)} == {"sent"}


def test_the_outbox_row_is_part_of_the_decision(
    mail_desk: Desk, smtp: Smtp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A decision that fails after writing its notice leaves no message to send (the history
    is written by the single write path, ``services.changes``, after the notice is queued)."""
    import ssw_desk.services.changes as changes

    (request_id,) = _requests(mail_desk, 1)

    def broken_history(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the history could not be written")

    with monkeypatch.context() as patched:
        patched.setattr(changes, "record", broken_history)
        with pytest.raises(RuntimeError):
            _flag(mail_desk, request_id)
    assert outbox.list_outbox(mail_desk) == []
    with mail_desk.db.read() as s:
        assert s.execute(select(Message).where(Message.direction == "out")).first() is None
        request = s.get(Request, request_id)
        assert request is not None and request.status == "new"
    _flag(mail_desk, request_id)
    assert [r.status for r in outbox.list_outbox(mail_desk)] == ["queued"]
    assert send_outbox(mail_desk).sent == 1
    assert len(smtp.handler.received) == 1
