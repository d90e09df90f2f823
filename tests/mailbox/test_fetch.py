"""Fetching from a real Dovecot: once, nothing twice, renumbering, cuts, refusals, TLS."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from ssw_desk.errors import DeskError
from ssw_desk.mailbox.fetch import fetch
from ssw_desk.services.context import Desk
from ssw_desk.services.mail_settings import set_mailbox
from ssw_desk.storage.models import MailboxState, Message, Request
from tests.mailbox.servers import Dovecot
from tests.services.mails import request_mail


def _mails(n: int, start: int = 0) -> list[bytes]:
    return [
        request_mail(
            exam_number=f"M23010{start + i:05d}",
            sender=f"applicant{start + i}@example.com",
            message_id=f"req{start + i}@example.com",
        )
        for i in range(n)
    ]


def test_fetch_imports_moves_and_fetches_nothing_twice(mail_desk: Desk, dovecot: Dovecot) -> None:
    dovecot.deliver(_mails(3))
    first = fetch(mail_desk)
    assert (first.fetched, first.imported, first.duplicates, first.quarantined) == (3, 3, 0, 0)
    assert dovecot.folder_uids("INBOX") == []
    assert len(dovecot.folder_uids("Done")) == 3
    with mail_desk.db.read() as s:
        assert len(s.execute(select(Request)).scalars().all()) == 3
        origins = s.execute(select(Message.origin)).scalars().all()
        assert all(o.startswith("imap:INBOX;uidvalidity=") for o in origins)
    again = fetch(mail_desk)
    assert (again.fetched, again.imported) == (0, 0)
    dovecot.deliver(_mails(2, start=3))
    more = fetch(mail_desk)
    assert (more.fetched, more.imported) == (2, 2)


def test_without_done_folder_messages_stay_marked_seen(mail_desk: Desk, dovecot: Dovecot) -> None:
    set_mailbox(mail_desk, done_folder="")
    dovecot.deliver(_mails(2))
    assert fetch(mail_desk).imported == 2
    with dovecot.client() as c:
        c.select_folder("INBOX", readonly=True)
        assert len(c.search(["SEEN"])) == 2
    assert fetch(mail_desk).fetched == 0


def test_uidvalidity_change_reads_again_without_storing_twice(
    mail_desk: Desk, dovecot: Dovecot
) -> None:
    set_mailbox(mail_desk, folder="Requests", done_folder="")
    with dovecot.client() as c:
        c.create_folder("Requests")
    dovecot.deliver(_mails(2), folder="Requests")
    assert fetch(mail_desk).imported == 2
    with mail_desk.db.read() as s:
        before = s.get(MailboxState, "Requests")
        assert before is not None and before.last_uid == 2
        old_validity = before.uidvalidity
    # The server renumbers (the folder is restored anew: a new UIDVALIDITY, UIDs from 1).
    kept = dovecot.folder_messages("Requests")
    time.sleep(1.1)  # Dovecot derives UIDVALIDITY from the clock
    with dovecot.client() as c:
        c.delete_folder("Requests")
        c.create_folder("Requests")
    dovecot.deliver([*kept, *_mails(1, start=10)], folder="Requests")
    result = fetch(mail_desk)
    assert result.uidvalidity_changed
    assert (result.fetched, result.imported, result.duplicates) == (3, 1, 2)
    with mail_desk.db.read() as s:
        after = s.get(MailboxState, "Requests")
        assert after is not None and after.uidvalidity != old_validity
        assert after.last_uid == 3
        assert len(s.execute(select(Request)).scalars().all()) == 3
    assert fetch(mail_desk).fetched == 0


def test_connection_cut_mid_fetch_loses_nothing(
    mail_desk: Desk, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ssw_desk.mailbox.fetch as fetch_module

    monkeypatch.setattr(fetch_module, "BATCH", 3)
    monkeypatch.setattr(fetch_module, "COMMIT_EVERY", 0.0)
    dovecot.deliver(_mails(20))
    real_classify = fetch_module.classify
    seen: list[int] = []

    def classify_then_cut(raw: bytes) -> object:
        seen.append(1)
        # The server dies in the middle of the 5th batch (the intake reads 8 ahead).
        if len(seen) == 14:
            dovecot.kill()
        return real_classify(raw)

    monkeypatch.setattr(fetch_module, "classify", classify_then_cut)
    with pytest.raises(DeskError) as cut:
        fetch(mail_desk)
    assert cut.value.code in ("mailbox.connection_lost", "mailbox.unreachable")
    with mail_desk.db.read() as s:
        stored = len(s.execute(select(Request)).scalars().all())
        state = s.get(MailboxState, "INBOX")
        assert state is not None and state.last_error == cut.value.code
    assert 1 <= stored <= 15
    monkeypatch.setattr(fetch_module, "classify", real_classify)
    dovecot.start()
    result = fetch(mail_desk)
    with mail_desk.db.read() as s:
        assert len(s.execute(select(Request)).scalars().all()) == 20
        state = s.get(MailboxState, "INBOX")
        assert state is not None and state.last_error is None and state.last_fetch_at
    # What was stored before the cut is not fetched again (at most the unstored tail of the
    # batch read when the cut came is, and the intake counts it as a duplicate).
    assert result.imported == 20 - stored
    assert result.fetched == result.imported + result.duplicates
    assert dovecot.folder_uids("INBOX") == []
    assert len(dovecot.folder_uids("Done")) == 20


def test_login_refused_has_a_code(mail_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSW_DESK_IMAP_PASSWORD", "wrong")
    with pytest.raises(DeskError) as refused:
        fetch(mail_desk)
    assert refused.value.code == "mailbox.login_refused"


def test_missing_folder_has_a_code(mail_desk: Desk) -> None:
    set_mailbox(mail_desk, folder="NoSuchFolder")
    with pytest.raises(DeskError) as missing:
        fetch(mail_desk)
    assert (missing.value.code, missing.value.detail) == ("mailbox.no_folder", "NoSuchFolder")


def test_untrusted_certificate_is_refused(mail_desk: Desk) -> None:
    set_mailbox(mail_desk, ca_file="")
    with pytest.raises(DeskError) as refused:
        fetch(mail_desk)
    assert refused.value.code == "mailbox.tls_untrusted"


def test_starttls_and_server_down(mail_desk: Desk, dovecot: Dovecot) -> None:
    set_mailbox(mail_desk, imap=f"imap+starttls://desk@127.0.0.1:{dovecot.imap_port}")
    dovecot.deliver(_mails(1))
    assert fetch(mail_desk).imported == 1
    dovecot.stop()
    with pytest.raises(DeskError) as down:
        fetch(mail_desk)
    assert down.value.code == "mailbox.unreachable"


def test_plain_urls_only_to_loopback(desk: Desk) -> None:
    with pytest.raises(DeskError) as plain:
        set_mailbox(desk, imap="imap://desk@mail.example.org")
    assert plain.value.code == "mailbox.plain_not_loopback"
    with pytest.raises(DeskError) as bad:
        set_mailbox(desk, smtp="imaps://desk@mail.example.org")
    assert bad.value.code == "mailbox.bad_url"
    ok = set_mailbox(desk, imap="imap://desk@127.0.0.1:1143", smtp="smtps://a%40b@mx.example.org")
    assert ok.imap == "imap://desk@127.0.0.1:1143"
    assert ok.smtp == "smtps://a@b@mx.example.org:465"


def test_command_line_fetch_prints_the_counts(
    mail_desk: Desk, dovecot: Dovecot, db_url: str, tmp_path: Path
) -> None:
    dovecot.deliver(_mails(2))
    out = subprocess.run(
        [sys.executable, "-m", "ssw_desk", "--db", db_url, "mailbox", "fetch", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    counts = json.loads(out.stdout)
    assert {k: counts[k] for k in ("fetched", "imported", "duplicates", "quarantined")} == {
        "fetched": 2,
        "imported": 2,
        "duplicates": 0,
        "quarantined": 0,
    }
