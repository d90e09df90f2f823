"""A clerk's database password kept in the OS key store, tried with a real Secret Service.

A private D-Bus session bus and a private ``gnome-keyring-daemon`` (the Secret Service of GNOME
desktops) run for the test, with a throw-away home folder; the database is the
password-checking PostgreSQL cluster. Needs the apt packages ``dbus`` and ``gnome-keyring``
(``bash .ci/run`` installs them); missing, the test is skipped with that reason, except under CI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from ssw_desk.services.clerks import add_clerk
from ssw_desk.services.context import Desk
from ssw_desk.storage.models import Event
from tests.storage.scram import ScramDatabase, scram_db

__all__ = ["scram_db"]

PASSWORD = "kr-Secret-4711"


def _need(binary: str) -> str:
    path = shutil.which(binary)
    if path is None:
        reason = f"{binary} not installed (apt: dbus, gnome-keyring): key-store test not run"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@pytest.fixture
def secret_service(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Environment of a session with a running, unlocked Secret Service."""
    dbus, daemon = _need("dbus-daemon"), _need("gnome-keyring-daemon")
    home, runtime = tmp_path / "home", tmp_path / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    bus = subprocess.Popen(
        [dbus, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert bus.stdout is not None
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PGPASSWORD", "PGPASSFILE", "SSW_DESK_KEYRING")
    }
    env.update(
        DBUS_SESSION_BUS_ADDRESS=bus.stdout.readline().strip(),
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / ".local/share"),
        PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring",
    )
    keyring = subprocess.Popen(
        [daemon, "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert keyring.stdin is not None
    keyring.stdin.write("unlock-the-test-keyring\n")
    keyring.stdin.close()
    try:
        _wait_for_service(env)
        yield env
    finally:
        for process in (keyring, bus):
            process.terminate()
            process.wait(timeout=10)
        if bus.stdout is not None:
            bus.stdout.close()


def _wait_for_service(env: dict[str, str]) -> None:
    probe = "import keyring; keyring.get_password('ssw-desk-probe', 'x')"
    deadline = time.monotonic() + 20
    while True:
        done = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, timeout=30, check=False
        )
        if done.returncode == 0:
            return
        if time.monotonic() > deadline:
            raise AssertionError("the Secret Service did not start: " + done.stderr.decode())
        time.sleep(0.2)


def _desk_command(
    env: dict[str, str], url: str, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ssw_desk", "--db", url, *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_password_comes_from_the_key_store(
    scram_db: ScramDatabase, secret_service: dict[str, str], tmp_path: Path
) -> None:
    owner = Desk.open(scram_db.owner_url)
    login = scram_db.login_name("clerk")
    add_clerk(owner, login=login, role="clerk", display_name="Sato", password=PASSWORD)
    url = scram_db.url_for(login, None)  # no password in the URL

    refused = _desk_command(secret_service, url, "requests", "list", "--json")
    assert refused.returncode == 2
    assert json.loads(refused.stdout)["error"] == "database.unreachable"
    assert "Traceback" not in refused.stderr

    stored = _desk_command(secret_service, url, "login", "--password-stdin", stdin=PASSWORD + "\n")
    assert stored.returncode == 0, stored.stderr
    listed = _desk_command(secret_service, url, "requests", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == {"requests": []}
    with owner.db.read() as session:
        actors = session.execute(
            sa.select(Event.actor).where(Event.action == "requests.listed")
        ).scalars()
        assert [a.split("@")[0] for a in actors] == [login]
    owner.close()

    # The key store keeps it encrypted: the password is in no file of the session's home.
    for path in Path(secret_service["HOME"]).rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path

    forgotten = _desk_command(secret_service, url, "login", "--forget")
    assert forgotten.returncode == 0, forgotten.stderr
    again = _desk_command(secret_service, url, "requests", "list", "--json")
    assert again.returncode == 2
    assert json.loads(again.stdout)["error"] == "database.unreachable"
