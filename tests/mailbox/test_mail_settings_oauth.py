"""The mail settings dialog's OAuth2 provider fields reach the device-code flow.

The admin fills the provider's endpoints, client id and scopes in the dialog (as
``ssw-desk mailbox set --oauth-*`` does); the desk then starts the device-code flow against a
local provider with exactly those values.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssw_desk.gui.mail_settings_dialog import MailSettingsDialog
from ssw_desk.mailbox import oauth
from ssw_desk.services.context import Desk
from ssw_desk.services.mail_settings import get_mailbox_settings
from tests.mailbox.test_oauth import (  # noqa: F401 (the local provider, a memory key store)
    MemoryKeyring,
    Provider,
    memory_keyring,
    provider,
)


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path) -> None:
    from ssw_desk.gui.app import configure_settings

    configure_settings()


def test_oauth_fields_are_saved_and_used(
    desk: Desk,
    qtbot: QtBot,
    provider: tuple[Provider, str],  # noqa: F811
    memory_keyring: MemoryKeyring,  # noqa: F811
) -> None:
    state, base = provider
    dialog = MailSettingsDialog(desk)
    qtbot.addWidget(dialog)
    assert "administrator" in dialog.admin_note.text()
    assert not any(f.isEnabled() for f in dialog.oauth_fields())  # password login: unused
    dialog.imap.setText("imap://desk@127.0.0.1:1143")
    dialog.auth.setCurrentIndex(dialog.auth.findData("xoauth2"))
    assert all(f.isEnabled() for f in dialog.oauth_fields())
    dialog.oauth_device_url.setText(f"{base}/device")
    dialog.oauth_token_url.setText(f" {base}/token ")
    dialog.oauth_client_id.setText("ssw-desk-test")
    dialog.oauth_scope.setText("imap   smtp offline_access")
    assert dialog.save(), dialog.message.text()

    settings = get_mailbox_settings(desk)
    assert (settings.auth, settings.oauth_client_id) == ("xoauth2", "ssw-desk-test")
    assert settings.oauth_token_url == f"{base}/token"
    assert settings.oauth_scope == "imap smtp offline_access"
    device = oauth.start_device_flow(settings)  # a real request to the provider's endpoint
    assert device.user_code == "WDJB-MJHT"
    state.approved = True  # the admin approves in the browser; the token endpoint answers
    assert oauth.poll_device_flow(settings, device, sleep=lambda _s: None) == "refresh-1"
    assert state.polls == 1 and list(memory_keyring.items.values()) == ["refresh-1"]

    again = MailSettingsDialog(desk)  # an admin reopens it: the values come back
    qtbot.addWidget(again)
    assert again.oauth_device_url.text() == f"{base}/device"
    assert again.oauth_scope.isEnabled()
