"""Shared fixtures: a private data folder per test and real databases (SQLite, PostgreSQL).

PostgreSQL tests need ``SSW_TEST_PG_URL`` (``bash .ci/run`` starts a server and sets it). When
it is missing they are skipped with that reason, except under CI (``CI=true``) where a missing
server is a failure: a check that silently does not run is a defect.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from ssw_desk.config import Actor


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "userdata"
    monkeypatch.setenv("SSW_DESK_DATA_DIR", str(folder))
    monkeypatch.delenv("SSW_DESK_DB", raising=False)
    monkeypatch.delenv("SSW_DESK_KEY", raising=False)
    monkeypatch.setenv("SSW_DESK_USER", "clerk-test")
    return folder


def _pg_admin_url() -> str:
    url = os.environ.get("SSW_TEST_PG_URL")
    if not url:
        reason = "PostgreSQL not configured: set SSW_TEST_PG_URL (bash .ci/run starts a server)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    admin_url = _pg_admin_url()
    name = "ssw_test_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Runs a test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def desk(db_url: str) -> Iterator[object]:
    from ssw_desk.services.context import Desk

    d = Desk.open(db_url, actor=Actor("clerk-test", "ws-1"))
    try:
        yield d
    finally:
        d.close()


ISSUER_PASSPHRASE = "correct horse battery"


@pytest.fixture
def issuer(desk: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """This user's issuer key, created in the data folder and registered (valid since 2000)."""
    import datetime as dt

    from ssw_desk.services import report_keys

    monkeypatch.setenv(report_keys.PASSPHRASE_ENV, ISSUER_PASSPHRASE)
    report_keys.forget_unlocked()
    key = report_keys.create_key(desk, ISSUER_PASSPHRASE)  # type: ignore[arg-type]
    report_keys.register(desk, key.certificate_pem(), valid_from=dt.date(2000, 1, 1))  # type: ignore[arg-type]
    yield key.key_id
    report_keys.forget_unlocked()


def clerk_desks(db_url: str, *names: str, roles: dict[str, str] | None = None) -> list[Any]:
    """One desk per clerk. On PostgreSQL the clerk is the database login, so each gets a login
    of its own (trust authentication on the test server) with its role (``roles``: name ->
    role, ``clerk`` unless given); on SQLite the actor names the clerk (roles do not apply)."""
    import uuid

    import sqlalchemy as sa

    from ssw_desk.config import Actor
    from ssw_desk.services.clerks import add_clerk
    from ssw_desk.services.context import Desk

    if db_url.startswith("sqlite"):
        return [Desk.open(db_url, actor=Actor(n, f"ws-{n}")) for n in names]

    owner = Desk.open(db_url)
    desks = []
    try:
        for n in names:
            login = f"{n}_{uuid.uuid4().hex[:8]}"
            add_clerk(owner, login=login, role=(roles or {}).get(n, "clerk"), password="pw")
            url = sa.make_url(db_url).set(username=login, password="pw")
            desks.append(Desk.open(url.render_as_string(hide_password=False)))
    finally:
        owner.close()
    return desks
