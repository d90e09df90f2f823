"""``ssw-desk clerks`` and ``ssw-desk login`` on SQLite, where roles do not apply."""

from __future__ import annotations

import json

import pytest

from ssw_desk.cli import main


def test_clerks_on_sqlite(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "--db",
                sqlite_url,
                "clerks",
                "add",
                "sato",
                "--role",
                "supervisor",
                "--display-name",
                "佐藤",
                "--json",
            ]
        )
        == 0
    )
    added = json.loads(capsys.readouterr().out)
    assert added == {"login": "sato", "role": "supervisor", "initial_password": None}
    assert main(["--db", sqlite_url, "clerks", "add", "sato", "--role", "clerk"]) == 2
    assert "clerks.exists" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "clerks", "add", "Bad Name", "--role", "clerk"]) == 2
    assert "clerks.bad_name" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "clerks", "disable", "sato"]) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_url, "clerks", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["clerks"]
    assert listed == [
        {"login": "sato", "display_name": "佐藤", "role": "supervisor", "active": False,
         "last_seen": None}  # sato never acted here (the test's user is clerk-test)
    ]  # fmt: skip
    assert main(["--db", sqlite_url, "clerks", "enable", "sato"]) == 0
    assert main(["--db", sqlite_url, "clerks", "role", "sato", "admin"]) == 2
    assert "clerks.one_workstation" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "clerks", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("sato ") and "(disabled)" not in line for line in lines)
    assert main(["--db", sqlite_url, "audit", "verify", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_login_is_for_postgres_only(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", sqlite_url, "login", "--password-stdin"]) == 2
    assert "login.not_postgres" in capsys.readouterr().err
