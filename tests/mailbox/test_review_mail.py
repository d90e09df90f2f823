"""The review panel's "Sent e-mail" tab: each notice of the request with its real status.

Real servers (aiosmtpd with STARTTLS, Dovecot for the Sent copy): a notice that waits while the
SMTP server is down, one a crash left uncertain and that a clerk resends with a reason, one
cancelled before it went out, and, on a desk that does not send mail itself, a draft
("prepared"). Opening one shows the text that was (or will be) sent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ssw_desk.gui.review.panel import ReviewPanel
from ssw_desk.mailbox.send import send_outbox
from ssw_desk.services.context import Desk
from ssw_desk.services.mail_settings import set_mailbox
from ssw_desk.services.requests import show_request
from ssw_desk.services.sent_mail import list_request_mail
from ssw_desk.storage.models import Event, OutboxEntry
from tests.mailbox.conftest import SMTP_USER, Smtp
from tests.mailbox.servers import free_ports
from tests.mailbox.test_send import _flag, _requests

# The offscreen platform says so when the non-modal text window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path) -> None:
    from ssw_desk.gui.app import configure_settings

    configure_settings()


def _smtp_port(desk: Desk, port: int) -> None:
    set_mailbox(desk, smtp=f"smtp+starttls://{SMTP_USER}@127.0.0.1:{port}")


def _panel(desk: Desk, qtbot: QtBot, request_id: int) -> ReviewPanel:
    panel = ReviewPanel(desk)  # no task manager: service calls run synchronously
    qtbot.addWidget(panel)
    panel.set_request(show_request(desk, request_id=request_id))
    return panel


def test_the_panel_lists_opens_resends_and_cancels_the_requests_mail(
    mail_desk: Desk, smtp: Smtp, qtbot: QtBot
) -> None:
    first, second = _requests(mail_desk, 2)
    # "The server is down": the desk is pointed at a port nobody listens on (stopping aiosmtpd
    # and starting it again on its port can lose the port to another process meanwhile).
    _smtp_port(mail_desk, free_ports(1)[0])
    _flag(mail_desk, first)
    assert send_outbox(mail_desk).waiting == 1  # the server is down: it waits
    panel = _panel(mail_desk, qtbot, first)
    view = panel.sent_mail
    assert panel.tabs.tabText(panel.tabs.indexOf(view)) == "Sent e-mail"
    assert [r.status for r in view.rows] == ["queued"]
    assert view.table.item(0, 1).text() == "Deficiency notice"
    assert view.table.item(0, 2).text() == "waiting"
    assert view.table.item(0, 4).text() == "mailbox.unreachable"
    view.table.selectRow(0)
    assert view.cancel_button.isEnabled() and not view.resend_button.isEnabled()

    dialog = view.open_selected()
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert "To: applicant0@example.com" in text and "様" in text
    assert panel.request() is not None
    assert panel.request().reference in text  # type: ignore[union-attr]
    dialog.close()

    # A crash left it unknown whether the server took it: a clerk resends, with a reason.
    with mail_desk.db.begin() as s:
        entry = s.execute(select(OutboxEntry)).scalars().one()
        entry.status = "uncertain"
    view.reload()
    view.table.selectRow(0)
    assert view.table.item(0, 2).text() == "uncertain: to confirm"
    assert view.resend_button.isEnabled()
    view.resend(reason="")  # a reason is required
    assert "reason" in view.message.text().lower()
    view.resend(reason="not in the applicant's inbox")
    assert [r.status for r in view.rows] == ["queued"]
    _smtp_port(mail_desk, smtp.port)  # the server is back
    assert send_outbox(mail_desk).sent == 1
    assert len(smtp.handler.received) == 1
    view.reload()
    assert view.table.item(0, 2).text() == "sent"
    assert view.table.item(0, 4).text().startswith("250")
    view.table.selectRow(0)
    assert not view.resend_button.isEnabled() and not view.cancel_button.isEnabled()
    with mail_desk.db.read() as s:
        kinds = [e.action for e in s.scalars(select(Event).where(Event.request_id == first))]
    assert "mail.resent" in kinds and "notice.opened" in kinds

    # The second request's notice is cancelled before it goes out.
    _smtp_port(mail_desk, free_ports(1)[0])
    _flag(mail_desk, second)
    panel.set_request(show_request(mail_desk, request_id=second))
    view.table.selectRow(0)
    view.cancel()
    assert [r.status for r in list_request_mail(mail_desk, request_id=second)] == ["cancelled"]
    assert view.table.item(0, 2).text() == "cancelled"
    assert send_outbox(mail_desk).sent == 0


def test_a_desk_without_smtp_shows_the_draft_as_prepared(desk: Desk, qtbot: QtBot) -> None:
    (request_id,) = _requests(desk, 1)
    panel = _panel(desk, qtbot, request_id)
    assert panel.sent_mail.rows == [] and not panel.sent_mail.empty.isHidden()
    _flag(desk, request_id)
    panel.set_request(show_request(desk, request_id=request_id))
    view = panel.sent_mail
    assert [(r.status, r.outbox_id) for r in view.rows] == [("prepared", None)]
    assert view.table.item(0, 2).text() == "prepared: to send by hand"
    view.table.selectRow(0)
    assert view.open_button.isEnabled()
    assert not view.resend_button.isEnabled() and not view.cancel_button.isEnabled()
    dialog = view.open_selected()
    assert dialog is not None and "Subject:" in dialog.text.toPlainText()
    dialog.close()
