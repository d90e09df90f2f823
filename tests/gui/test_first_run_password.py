"""The office password: refused by a real password-checking server, kept in a real key store.

A private PostgreSQL cluster with ``scram-sha-256`` authentication (``initdb -A scram-sha-256``,
port ``SSW_TEST_PG_SCRAM_PORT`` or a free one) checks passwords for real, unlike the trusting
test server. The key store is the Secret Service of GNOME Keyring on a private D-Bus session
(``dbus-run-session``), as in ``tests/mailbox/test_keyring.py``: one process saves the set-up
through the first-run dialog, a second process opens the office database with the password it
finds there. ``.pgpass`` (libpq's own way) works without any key store.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssw_desk import config
from ssw_desk.gui import first_run_check as checks
from ssw_desk.gui.first_run import FirstRunDialog
from ssw_desk.services.context import Desk

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse 7"


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class ScramServer:
    port: int
    login: str = "clerk"
    database: str = "ssw_desk"

    def url(self, password: str | None = PASSWORD) -> str:
        return checks.office_url("127.0.0.1", self.port, self.database, self.login, password or "")


@pytest.fixture(scope="module")
def scram_pg() -> Iterator[ScramServer]:
    """A throw-away cluster that checks passwords (scram-sha-256), with login ``clerk``."""
    bins = sorted(  # the newest version, as .ci/postgres.sh picks it (sort -V)
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: [int(x) for x in p.parent.name.split(".") if x.isdigit()],
    )
    if not bins:
        _missing("PostgreSQL binaries not found (bash .ci/run installs them)")
    bindir = bins[-1]
    folder = Path(tempfile.mkdtemp(prefix="ssw-pg-scram-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: the cluster belongs to 'postgres'
        shutil.chown(folder, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    pwfile = folder / "pw"
    pwfile.write_text("superuser secret\n")
    if run_as:
        shutil.chown(pwfile, "postgres")
    port = int(os.environ.get("SSW_TEST_PG_SCRAM_PORT") or _free_port())
    data = folder / "data"
    try:
        subprocess.run(
            [*run_as, str(bindir / "initdb"), "-D", str(data), "-A", "scram-sha-256", "-U",
             "postgres", "--pwfile", str(pwfile), "-E", "UTF8"],
            check=True, capture_output=True,
        )  # fmt: skip
        started = subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
             "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
            capture_output=True, check=False,
        )  # fmt: skip
        if started.returncode != 0:
            log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
            pytest.fail(f"the scram-sha-256 cluster did not start on port {port}: {log[-800:]}")
        import sqlalchemy as sa

        admin = sa.create_engine(
            checks.office_url("127.0.0.1", port, "postgres", "postgres", "superuser secret"),
            isolation_level="AUTOCOMMIT",
        )
        with admin.connect() as conn:
            # the office database's owner sets up the desk's group roles: CREATEROLE
            conn.exec_driver_sql(f"CREATE ROLE clerk LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
            for name in ("ssw_desk", "pgpass_db", "keystore_db"):  # one per test below
                conn.exec_driver_sql(f"CREATE DATABASE {name} OWNER clerk")
        admin.dispose()
        yield ScramServer(port)
    finally:
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
            capture_output=True, check=False,
        )  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


def _fill(dialog: FirstRunDialog, server: ScramServer, password: str) -> None:
    dialog.office.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.database.setText(server.database)
    dialog.login.setText(server.login)
    dialog.password.setText(password)


def test_a_wrong_password_is_refused_with_a_sentence(
    qtbot: QtBot, data_dir: Path, scram_pg: ScramServer
) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, scram_pg, "wrong horse")
    dialog.save()
    assert dialog.status.property("problem") == "setup.wrong_login"
    assert "refused this login or password" in dialog.status.text()
    assert dialog.result_config is None
    assert not (data_dir / config.CONFIG_FILE).exists()
    _fill(dialog, scram_pg, "")  # no password at all: the server asks for one
    assert dialog.test_connection() is None
    assert dialog.status.property("problem") == "setup.wrong_login"
    _fill(dialog, scram_pg, PASSWORD)
    state = dialog.test_connection()
    assert state is not None and state.schema_revision is None  # reachable, still empty


def test_pgpass_works_without_a_key_store(
    data_dir: Path, scram_pg: ScramServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk.json without password and no key store entry: libpq reads ``.pgpass``."""
    pgpass = tmp_path / "pgpass"
    server = replace(scram_pg, database="pgpass_db")
    pgpass.write_text(f"127.0.0.1:{server.port}:pgpass_db:clerk:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    config.save_config(config.DeskConfig(config.OFFICE, server.url(None), "clerk"))
    assert checks.check_database(config.resolve_db_url()).schema_revision is None
    desk = Desk.open()
    try:
        assert desk.actor.user == "clerk"  # on PostgreSQL the actor is the database login
    finally:
        desk.close()
    pgpass.write_text(f"127.0.0.1:{server.port}:pgpass_db:clerk:not it\n")
    with pytest.raises(checks.SetupProblem, match=r"setup\.wrong_login"):
        checks.check_database(config.resolve_db_url())


SAVE = """
from ssw_desk.gui.app import application
from ssw_desk.gui.first_run import FirstRunDialog
application()
dialog = FirstRunDialog()
dialog.office.setChecked(True)
dialog.host.setText("127.0.0.1")
dialog.port.setValue({port})
dialog.database.setText("keystore_db")
dialog.login.setText("clerk")
dialog.password.setText({password!r})
dialog.first_workstation.setChecked(True)
dialog.save()
print("saved" if dialog.result_config else "refused " + str(dialog.status.property("problem")))
"""

OPEN = """
import keyring
from ssw_desk.services.context import Desk
desk = Desk.open()
with desk.db.read() as session:
    print("opened", session.execute(__import__("sqlalchemy").text("select current_user")).scalar())
desk.close()
print("backend", type(keyring.get_keyring()).__module__)
from ssw_desk import config
saved = (config.config_dir() / config.CONFIG_FILE).read_text(encoding="utf-8")
print("office url saved" if "clerk@127.0.0.1" in saved else "no office url")
print("password in desk.json" if {password!r} in saved else "no password in desk.json")
"""

ALONE = """
from ssw_desk import config, office_password
from ssw_desk.gui.app import application
from ssw_desk.gui.first_run import FirstRunDialog
application()
office = config.load_config()
dialog = FirstRunDialog(office)  # an admin reopens the set-up: the password stays hidden
print("field empty" if not dialog.password.text() else "field filled")
dialog.alone.setChecked(True)
dialog.save()
print("forgotten" if office_password.stored(office.db_url) is None else "still stored")
"""


def test_the_password_is_kept_in_the_key_store(
    data_dir: Path, scram_pg: ScramServer, tmp_path: Path
) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        _missing("no Secret Service (bash .ci/run installs gnome-keyring and dbus)")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "PYTHON_KEYRING"))}
    env |= {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "SSW_DESK_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("SSW_DESK_USER", None)
    save = tmp_path / "save.py"
    save.write_text(textwrap.dedent(SAVE.format(port=scram_pg.port, password=PASSWORD)))
    opener = tmp_path / "open.py"
    opener.write_text(textwrap.dedent(OPEN.format(password=PASSWORD)))
    alone = tmp_path / "alone.py"
    alone.write_text(textwrap.dedent(ALONE))
    script = (
        'printf "unlock" | gnome-keyring-daemon --unlock --components=secrets >/dev/null\n'
        f"{sys.executable} {save}\n"
        f"{sys.executable} {opener}\n"
        f"{sys.executable} {alone}\n"
    )
    out = subprocess.run(
        ["dbus-run-session", "--", "sh", "-ec", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    lines = out.stdout.splitlines()
    assert "saved" in lines, out.stdout + out.stderr[-2000:]
    assert "opened clerk" in lines  # a second process found the password in the key store
    assert "backend keyring.backends.SecretService" in lines
    assert "office url saved" in lines and "no password in desk.json" in lines
    assert "field empty" in lines and "forgotten" in lines  # going alone removes it
    saved = (data_dir / config.CONFIG_FILE).read_text(encoding="utf-8")
    assert PASSWORD not in saved and "correct" not in saved
    assert json.loads(saved)["mode"] == "alone"
    for path in (p for p in data_dir.rglob("*") if p.is_file()):  # logs, settings, key
        assert PASSWORD.encode() not in path.read_bytes(), path.name
