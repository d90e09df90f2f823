"""The first run: alone or office database, the connection test, the desk key, the saved choice.

Real databases: SQLite files and the test PostgreSQL server (``SSW_TEST_PG_URL``); an unreachable
server is a closed port on 127.0.0.1. The trust-authenticated test server accepts any password,
so a refused login is shown with an unknown role (the server's own refusal); the wording of a
wrong-password refusal is classified from psycopg's message.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from ssw_desk import config, messages
from ssw_desk.gui import first_run_check as checks
from ssw_desk.gui.first_run import FirstRunDialog
from ssw_desk.services.context import Desk
from ssw_desk.storage.blobs import put_blob


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _fill_office(dialog: FirstRunDialog, url: str) -> None:
    parsed = make_url(url)
    dialog.office.setChecked(True)
    dialog.host.setText(parsed.host or "")
    dialog.port.setValue(parsed.port or 5432)
    dialog.database.setText(parsed.database or "")
    dialog.login.setText(parsed.username or "")
    dialog.password.setText(parsed.password or "")


def _key_file(tmp_path: Path, key: bytes = b"k" * 32) -> Path:
    path = tmp_path / "office.key"
    path.write_bytes(base64.b64encode(key))
    return path


def test_first_run_needed_only_when_nothing_chooses(monkeypatch: pytest.MonkeyPatch) -> None:
    assert config.needs_first_run(None)
    assert not config.needs_first_run("sqlite:///x.sqlite3")
    monkeypatch.setenv("SSW_DESK_DB", "sqlite:///y.sqlite3")
    assert not config.needs_first_run(None)


def test_alone_saves_the_choice_and_uses_sqlite(qtbot: QtBot, data_dir: Path) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.alone.isChecked() and not dialog.office_box.isEnabled()
    dialog.save()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    saved = json.loads((data_dir / config.CONFIG_FILE).read_text(encoding="utf-8"))
    assert saved["mode"] == "alone"
    assert not config.needs_first_run(None)
    assert config.resolve_db_url() == config.default_db_url()
    if os.name == "posix":
        assert (data_dir / config.CONFIG_FILE).stat().st_mode & 0o077 == 0


def test_unreachable_server_gets_a_sentence(qtbot: QtBot, data_dir: Path) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    _fill_office(dialog, f"postgresql://clerk:pw@127.0.0.1:{_closed_port()}/ssw_desk")
    dialog.save()
    assert dialog.status.property("problem") == "setup.unreachable"
    assert "does not answer" in dialog.status.text()
    assert "Traceback" not in dialog.status.text()
    assert dialog.result_config is None
    assert not (data_dir / config.CONFIG_FILE).exists()


def test_wrong_password_wording_is_classified() -> None:
    refusal = 'connection failed: FATAL:  password authentication failed for user "clerk"'
    assert checks._classify(Exception(refusal)).code == "setup.wrong_login"
    assert checks._classify(Exception("fe_sendauth: no password supplied")).code == (
        "setup.wrong_login"
    )


def test_database_newer_than_the_desk(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'newer.sqlite3'}"
    Desk.open(url).close()
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    with pytest.raises(checks.SetupProblem) as err:
        checks.check_database(url)
    assert err.value.code == "setup.db_newer"
    assert "newer SSW Desk" in messages.text(err.value.code, "en")


def test_key_rules(tmp_path: Path) -> None:
    empty = checks.DatabaseState(None, frozenset())
    checks.check_key(empty, None, first_workstation=True)  # the very first workstation
    with pytest.raises(checks.SetupProblem, match=r"setup\.key_needed"):
        checks.check_key(empty, None, first_workstation=False)
    key = _key_file(tmp_path)
    label = checks.read_key_file(key).label
    used = checks.DatabaseState("x", frozenset({label}))
    checks.check_key(used, key, first_workstation=False)
    with pytest.raises(checks.SetupProblem, match=r"setup\.key_mismatch"):
        checks.check_key(used, _key_file(tmp_path, b"z" * 32), first_workstation=False)
    with pytest.raises(checks.SetupProblem, match=r"setup\.key_needed"):
        checks.check_key(used, None, first_workstation=True)
    bad = tmp_path / "bad.key"
    bad.write_bytes(b"not a key")
    with pytest.raises(checks.SetupProblem, match=r"setup\.key_unreadable"):
        checks.read_key_file(bad)


def test_importing_a_key_keeps_the_one_it_replaces(tmp_path: Path, data_dir: Path) -> None:
    """The key step is ``ssw-desk key import --replace`` (deskkey.import_key)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "desk.key").write_bytes(base64.b64encode(b"o" * 32))
    fingerprint = checks.KEY_IMPORTER(_key_file(tmp_path))
    assert checks.KEY_IMPORTER is checks.import_key_file
    from ssw_desk.storage.crypto import BlobKey, desk_key, load_key

    assert load_key() == b"k" * 32
    old = BlobKey(b"o" * 32).fingerprint
    kept = data_dir / f"desk.key.{old}.bak"
    assert kept.exists() and load_key() == b"k" * 32
    assert desk_key().fingerprint == fingerprint
    with pytest.raises(checks.SetupProblem, match=r"setup\.key_unreadable"):
        checks.KEY_IMPORTER(tmp_path / "absent.key")


def test_an_exported_key_file_is_read(tmp_path: Path, data_dir: Path) -> None:
    """The admin's file from ``ssw-desk key export`` (a header line, then the key)."""
    from ssw_desk.storage.deskkey import export_key

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "desk.key").write_bytes(base64.b64encode(b"e" * 32))
    exported = tmp_path / "office.key"
    fingerprint = export_key(exported)
    assert exported.read_bytes().startswith(b"#")
    assert checks.read_key_file(exported).fingerprint == fingerprint


def test_the_recorded_fingerprint_decides(tmp_path: Path) -> None:
    """A database that records its key's fingerprint takes only that key, even with no files."""
    from ssw_desk.storage.crypto import BlobKey

    right = BlobKey(b"k" * 32).fingerprint
    recorded = checks.DatabaseState("x", frozenset(), key_fingerprint=right)
    checks.check_key(recorded, _key_file(tmp_path), first_workstation=False)
    with pytest.raises(checks.SetupProblem, match=r"setup\.key_mismatch"):
        checks.check_key(recorded, _key_file(tmp_path, b"z" * 32), first_workstation=False)
    with pytest.raises(checks.SetupProblem, match=r"setup\.key_needed"):
        checks.check_key(recorded, None, first_workstation=True)  # no second "first" desk
    rotating = checks.DatabaseState("x", frozenset(), right, key_rotating=True)
    with pytest.raises(checks.SetupProblem, match=r"setup\.key_rotating"):
        checks.check_key(rotating, _key_file(tmp_path), first_workstation=False)


def test_every_setup_code_has_both_sentences() -> None:
    for code in checks.SETUP_CODES:
        assert messages.has_text(code), code
        assert messages.text(code, "ja") != messages.text(code, "en")


@pytest.mark.postgres
def test_office_database_with_the_admins_key(
    qtbot: QtBot, pg_url: str, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The admin's workstation created the database and stored a file with the office key.
    monkeypatch.setenv("SSW_DESK_KEY", base64.b64encode(b"k" * 32).decode())
    admin = Desk.open(pg_url)
    with admin.db.begin() as session:
        put_blob(session, b"a residence card")
    admin.close()
    monkeypatch.delenv("SSW_DESK_KEY")

    from ssw_desk.storage.crypto import BlobKey

    state = checks.check_database(pg_url)
    assert state.key_fingerprint == BlobKey(b"k" * 32).fingerprint  # recorded by the admin desk

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    _fill_office(dialog, pg_url)
    dialog.save()  # no key given: the database holds files, so one is needed
    assert dialog.status.property("problem") == "setup.key_needed"
    dialog.key_file.setText(str(_key_file(tmp_path, b"z" * 32)))
    dialog.save()
    assert dialog.status.property("problem") == "setup.key_mismatch"
    dialog.key_file.setText(str(_key_file(tmp_path)))
    dialog.save()
    assert dialog.result_config is not None and dialog.result_config.mode == "office"

    # The desk now opens the office database with the office key, as the clerk.
    monkeypatch.delenv("SSW_DESK_USER")
    assert make_url(config.resolve_db_url()).database == make_url(pg_url).database
    assert config.current_actor().user == (make_url(pg_url).username or "")
    desk = Desk.open()
    try:
        from ssw_desk.storage.blobs import get_blob

        with desk.db.read() as session:
            sha = session.execute(sa.text("SELECT sha256 FROM blobs")).scalar_one()
            assert get_blob(session, sha) == b"a residence card"
    finally:
        desk.close()

    # An admin reopens the set-up: the fields come back from the saved file.
    again = FirstRunDialog(config.load_config())
    qtbot.addWidget(again)
    assert again.office.isChecked() and again.host.text() == make_url(pg_url).host


@pytest.mark.postgres
def test_unknown_login_is_refused_by_the_server(qtbot: QtBot, pg_url: str) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    _fill_office(dialog, pg_url)
    dialog.login.setText("nobody_here")
    assert dialog.test_connection() is None
    assert dialog.status.property("problem") == "setup.wrong_login"


@pytest.mark.skipif(os.name != "posix" or sys.platform == "darwin", reason="XDG folders: Linux")
def test_folders_follow_the_platform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSW_DESK_DATA_DIR")
    monkeypatch.delenv("SSW_DESK_CONFIG_DIR", raising=False)
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var))
    assert config.data_dir() == tmp_path / "XDG_DATA_HOME" / "ssw-desk"
    assert config.log_dir() == tmp_path / "XDG_STATE_HOME" / "ssw-desk" / "log"
    assert config.config_dir() == tmp_path / "XDG_CONFIG_HOME" / "ssw-desk"
    from ssw_desk.gui.crash import crash_dir

    assert crash_dir() == config.log_dir() / "crashes"
    config.save_config(config.DeskConfig())
    assert (tmp_path / "XDG_CONFIG_HOME" / "ssw-desk" / "desk.json").is_file()


def test_a_broken_setup_file_asks_again(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / config.CONFIG_FILE).write_text("{not json", encoding="utf-8")
    assert config.load_config() is None and config.needs_first_run(None)
    (data_dir / config.CONFIG_FILE).write_text('{"mode": "cloud"}', encoding="utf-8")
    assert config.load_config() is None
