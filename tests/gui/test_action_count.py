"""How many things a clerk does, end to end, with the real window, the real services and the
real mail servers (Dovecot for the Sent folder, aiosmtpd for SMTP, on 127.0.0.1).

A clean request: from opening it to its Score report received by the SMTP server in at most
four actions (here three: choose it, "Approve and send the report…", confirm). A flagged one:
from opening it to the deficiency notice received in at most five (choose, Flag…, write the
notice, close, "Fetch and send mail now" -- the mailbox timer does the last by itself).
Each user action goes through :func:`Clerk.act`, which counts it.
"""

from __future__ import annotations

import email
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ssw_desk.gui.i18n import Translations
from ssw_desk.gui.main_window import MainWindow
from ssw_desk.gui.review import ReviewPanel
from ssw_desk.gui.review.decision_dialogs import FlagDialog
from ssw_desk.services.context import Desk
from ssw_desk.services.intake import import_paths
from ssw_desk.services.roster import import_roster
from tests.mailbox import conftest as mail_servers
from tests.mailbox.conftest import Smtp, configure
from tests.mailbox.servers import Dovecot
from tests.services.mails import ROSTER_CSV, request_mail

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# The mailbox tests' real servers, used here as they are.
dovecot = mail_servers.dovecot
smtp = mail_servers.smtp
passwords = mail_servers.passwords


class Clerk:
    """Counts the user's actions (a click, a shortcut, a confirmation)."""

    def __init__(self) -> None:
        self.actions: list[str] = []

    def act(self, what: str, do: Callable[[], object]) -> None:
        self.actions.append(what)
        do()


def _window(qtbot: QtBot, qapp: QApplication, desk: Desk) -> tuple[MainWindow, ReviewPanel]:
    translations = Translations(qapp)
    translations.install("en")
    window = MainWindow(desk, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.queue.load()
    assert isinstance(window.review, ReviewPanel)
    return window, window.review


def _received(smtp: Smtp, subject_part: str) -> list[email.message.Message]:
    mails = [email.message_from_bytes(r.data) for r in smtp.handler.received]
    return [m for m in mails if subject_part in str(m["Subject"] or "")]


@pytest.fixture
def office(
    desk: Desk,
    dovecot: Dovecot,
    smtp: Smtp,
    passwords: None,
    issuer: str,
    tmp_path: Path,
) -> Desk:
    configure(desk, dovecot, smtp)
    import_roster(desk, data=ROSTER_CSV.encode())
    return desk


def test_clean_request_to_report_sent_in_at_most_four_actions(
    office: Desk,
    smtp: Smtp,
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    path = tmp_path / "clean.eml"
    path.write_bytes(request_mail(message_id="<clean-1@example.com>"))
    import_paths(office, paths=[path])
    window, panel = _window(qtbot, qapp, office)
    clerk = Clerk()

    clerk.act("choose the request", window.act_next.trigger)
    qtbot.waitUntil(lambda: panel.request() is not None, timeout=10_000)
    view = panel.request()
    assert view is not None and not [f for f in view.findings if f["status"] == "fail"]
    assert panel.bar.send_button.isEnabled()

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        clerk.act("confirm", box.button(QMessageBox.StandardButton.Yes).click)

    QTimer.singleShot(0, confirm)
    clerk.act("approve and send", panel.bar.send_button.click)
    qtbot.waitUntil(lambda: bool(_received(smtp, view.reference)), timeout=30_000)
    qtbot.waitUntil(
        lambda: panel.request() is not None and panel.request().status == "issued",
        timeout=10_000,
    )
    mail = _received(smtp, view.reference)[0]
    pdfs = [p for p in mail.walk() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == 1 and pdfs[0].get_payload(decode=True)[:5] == b"%PDF-"
    assert clerk.actions == ["choose the request", "approve and send", "confirm"]
    assert len(clerk.actions) <= 4
    assert "issued and sent" in panel.bar.status.text()


def test_flagged_request_to_notice_sent_in_at_most_five_actions(
    office: Desk,
    smtp: Smtp,
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "flagged.eml"
    path.write_bytes(request_mail(message_id="<flag-1@example.com>", attach_face=False))
    import_paths(office, paths=[path])
    window, panel = _window(qtbot, qapp, office)
    clerk = Clerk()

    clerk.act("choose the request", window.act_next.trigger)
    qtbot.waitUntil(lambda: panel.request() is not None, timeout=10_000)
    view = panel.request()
    assert view is not None
    assert [f["code"] for f in view.findings if f["status"] == "fail"] == ["attachments.face_photo"]

    def write_notice(dialog: FlagDialog) -> int:
        assert dialog.codes() == ["attachments.face_photo"]  # ticked from the findings
        clerk.act("write the notice", dialog.create_button.click)
        qtbot.waitUntil(lambda: dialog.notice_box.notice is not None, timeout=10_000)
        clerk.act("close", lambda: None)  # the dialog's Close button ends exec()
        return 0

    monkeypatch.setattr(FlagDialog, "exec", write_notice)
    clerk.act("flag deficiencies", window.act_flag.trigger)
    qtbot.waitUntil(
        lambda: panel.request() is not None and panel.request().status == "waiting_applicant",
        timeout=10_000,
    )
    clerk.act("send mail now", window.mailbox_status.fetch_action.trigger)
    qtbot.waitUntil(lambda: bool(_received(smtp, view.reference)), timeout=30_000)
    assert len(clerk.actions) <= 5, clerk.actions
    notice = _received(smtp, view.reference)[0]
    assert notice["In-Reply-To"] == "<flag-1@example.com>"
