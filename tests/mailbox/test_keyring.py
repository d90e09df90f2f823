"""Passwords in the OS key store: the Secret Service (GNOME Keyring) on a private D-Bus bus.

``ssw-desk mailbox password imap`` stores the password through ``keyring``; a later
``ssw-desk mailbox fetch`` in another process, without ``SSW_DESK_IMAP_PASSWORD``, logs in to
Dovecot with it. Nothing of it is in the database.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from ssw_desk.services.context import Desk
from ssw_desk.storage.models import Setting
from tests.mailbox.servers import PASSWORD, Dovecot
from tests.services.mails import request_mail


def _need_secret_service() -> None:
    if shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"):
        return
    reason = "no Secret Service (bash .ci/run installs gnome-keyring and dbus)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def test_password_from_the_secret_service(
    mail_desk: Desk, dovecot: Dovecot, db_url: str, tmp_path: Path
) -> None:
    _need_secret_service()
    dovecot.deliver([request_mail(message_id="keyring1@example.com")])
    env = {k: v for k, v in os.environ.items() if not k.startswith("SSW_DESK_IMAP_PASSWORD")}
    env["HOME"] = str(tmp_path / "home")  # a fresh key store in this test's folder
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / ".local" / "share")
    (tmp_path / "home").mkdir()
    desk = [sys.executable, "-m", "ssw_desk", "--db", db_url]
    script = (
        'printf "unlock" | gnome-keyring-daemon --unlock --components=secrets >/dev/null\n'
        f'printf "%s\\n" "$PW" | {" ".join(desk)} mailbox password imap\n'
        f"{' '.join(desk)} mailbox fetch --json\n"
    )
    out = subprocess.run(
        ["dbus-run-session", "--", "sh", "-ec", script],
        env={**env, "PW": PASSWORD},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    counts = json.loads(out.stdout[out.stdout.index("{") :])
    assert (counts["fetched"], counts["imported"]) == (1, 1)
    with mail_desk.db.read() as s:
        stored = json.dumps([r.value for r in s.execute(select(Setting)).scalars()])
    assert PASSWORD not in stored
