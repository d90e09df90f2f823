"""A fresh database on the password-checking PostgreSQL cluster, and clerk logins on it.

``SSW_TEST_PG_SCRAM_URL`` names a superuser on a cluster started with ``-A scram-sha-256``
(``.ci/postgres.sh`` ``start_postgres_scram``; ``bash .ci/run`` starts it). Missing, the tests
are skipped with that reason, except under CI where it is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url


def scram_admin_url() -> str:
    url = os.environ.get("SSW_TEST_PG_SCRAM_URL")
    if not url:
        reason = "password-checking PostgreSQL not configured: set SSW_TEST_PG_SCRAM_URL"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return url


@dataclass
class ScramDatabase:
    """One test database; ``url_for`` gives a login's URL (with its password)."""

    owner_url: str
    name: str
    tag: str
    logins: list[str] = field(default_factory=list)

    def login_name(self, who: str) -> str:
        name = f"t{self.tag}_{who}"
        self.logins.append(name)
        return name

    def url_for(self, login: str, password: str | None) -> str:
        base = make_url(self.owner_url)
        url = URL.create(
            base.drivername,
            username=login,
            password=password,
            host=base.host,
            port=base.port,
            database=base.database,
        )
        return url.render_as_string(hide_password=False)


@pytest.fixture
def scram_db() -> Iterator[ScramDatabase]:
    admin_url = scram_admin_url()
    tag = uuid.uuid4().hex[:10]
    name = f"ssw_roles_{tag}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    owner_url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    db = ScramDatabase(owner_url, name, tag)
    try:
        yield db
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for login in db.logins:
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
        admin.dispose()
