"""The mailbox in the window's status bar: fetch on demand, last fetch, errors, no blocking."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssw_desk.gui.main_window import MainWindow
from ssw_desk.services.context import Desk
from tests.mailbox.conftest import Smtp
from tests.mailbox.servers import Dovecot
from tests.services.mails import request_mail

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path) -> None:
    from ssw_desk.gui.app import configure_settings

    configure_settings()


def test_status_bar_shows_the_last_fetch_and_errors(
    mail_desk: Desk, dovecot: Dovecot, qtbot: QtBot
) -> None:
    win = MainWindow(mail_desk)
    qtbot.addWidget(win)
    win.show()
    status = win.mailbox_status
    assert status.isVisible() and status.timer.isActive()  # every 5 minutes by default
    assert "not fetched" in status.text()
    dovecot.deliver([request_mail(message_id="gui1@example.com")])
    with qtbot.waitSignal(status.fetched, timeout=60_000):
        status.fetch_action.trigger()
    assert "1 new" in status.text()
    qtbot.waitUntil(lambda: win.queue.model.rowCount() == 1, timeout=10_000)
    dovecot.stop()
    status.fetch_action.trigger()
    qtbot.waitUntil(lambda: "error" in status.text().lower(), timeout=60_000)
    assert "b42318" in status.styleSheet()
    assert status.last is not None and status.last.error is not None
    assert status.last.error.code == "mailbox.unreachable"
    win.tasks.shutdown(15_000)


def test_no_mailbox_no_status_and_no_timer(desk: Desk, qtbot: QtBot) -> None:
    win = MainWindow(desk)
    qtbot.addWidget(win)
    assert not win.mailbox_status.timer.isActive()
    assert not win.mailbox_status.fetch_action.isEnabled()


def test_outbox_view_lists_failures_and_resends_with_a_reason(
    mail_desk: Desk, smtp: Smtp, qtbot: QtBot
) -> None:
    from ssw_desk.gui.outbox_dialog import OutboxDialog
    from ssw_desk.mailbox.send import send_outbox
    from ssw_desk.services import outbox
    from tests.mailbox.test_send import _flag, _requests

    first, second = _requests(mail_desk, 2)
    _flag(mail_desk, first)
    smtp.stop()  # the first try finds the server down: it waits
    assert send_outbox(mail_desk).waiting == 1
    smtp.start()
    _flag(mail_desk, second)
    win = MainWindow(mail_desk)
    qtbot.addWidget(win)
    dialog = win.mailbox_status.show_outbox()
    assert isinstance(dialog, OutboxDialog)
    assert [r.status for r in dialog.rows] == ["queued", "queued"]
    assert dialog.rows[1].last_error == "mailbox.unreachable"
    assert dialog.table.item(1, 5).text() == "mailbox.unreachable"
    dialog.table.selectRow(0)
    assert dialog.cancel_button.isEnabled() and not dialog.resend_button.isEnabled()
    dialog.cancel()
    assert dialog.rows[0].status == "cancelled"
    # A message a crash left uncertain: a person resends it, with a reason.
    with mail_desk.db.begin() as s:
        from ssw_desk.storage.models import OutboxEntry

        row = s.get(OutboxEntry, dialog.rows[1].id)
        assert row is not None
        row.status = "uncertain"
    dialog.reload()
    dialog.table.selectRow(1)
    assert dialog.resend_button.isEnabled()
    dialog.resend(reason="not in the applicant's inbox")
    assert dialog.rows[1].status == "queued"
    assert send_outbox(mail_desk).sent == 1
    assert len(smtp.handler.received) == 1
    assert {r.status for r in outbox.list_outbox(mail_desk)} == {"sent", "cancelled"}
    dialog.close()


def test_mail_settings_dialog_checks_urls_and_keeps_passwords_out_of_the_database(
    desk: Desk, dovecot: Dovecot, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    import keyring
    from sqlalchemy import select

    from ssw_desk.gui.mail_settings_dialog import MailSettingsDialog
    from ssw_desk.mailbox.fetch import fetch
    from ssw_desk.storage.models import Setting
    from tests.mailbox.servers import PASSWORD
    from tests.mailbox.test_oauth import MemoryKeyring

    monkeypatch.delenv("SSW_DESK_IMAP_PASSWORD", raising=False)
    ring = MemoryKeyring()
    before = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        win = MainWindow(desk)
        qtbot.addWidget(win)
        assert not win.mailbox_status.timer.isActive()
        dialog = win.mailbox_status.show_settings()
        assert isinstance(dialog, MailSettingsDialog)
        dialog.imap.setText(f"imap://desk@192.0.2.10:{dovecot.imap_port}")
        assert not dialog.save()
        assert "b42318" in dialog.message.styleSheet()
        dialog.imap.setText(f"imaps://desk@127.0.0.1:{dovecot.imaps_port}")
        dialog.imap_password.setText(PASSWORD)
        dialog.ca_file.setText(str(dovecot.cert))
        dialog.done_folder.setText("Done")
        dialog.from_addr.setText("secretariat@desk.example")
        with qtbot.waitSignal(dialog.accepted):
            dialog._save_and_close()
        assert win.mailbox_status.timer.isActive()
        assert list(ring.items.values()) == [PASSWORD]
        with desk.db.read() as s:
            assert PASSWORD not in json.dumps(
                [r.value for r in s.execute(select(Setting)).scalars()]
            )
        dovecot.deliver([request_mail(message_id="dialog1@example.com")])
        assert fetch(desk).imported == 1  # with the password from the key store
    finally:
        keyring.set_keyring(before)
