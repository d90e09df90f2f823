"""Roles enforced by PostgreSQL, tried with real logins on a server that checks passwords.

Every refusal is asked of the database directly too (raw SQL through the clerk's own login), so
a check that only lived in Python would not pass these tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from ssw_desk.config import Actor
from ssw_desk.domain.roles import ACTION_ROLES, Role
from ssw_desk.errors import DeskError
from ssw_desk.mail import MailSource
from ssw_desk.services.clerks import add_clerk, disable_clerk, list_clerks
from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import approve, reject
from ssw_desk.services.intake import import_sources
from ssw_desk.services.roster import import_roster
from ssw_desk.storage import grants
from ssw_desk.storage.models import Event, Request
from tests.services.mails import ROSTER_CSV, request_mail
from tests.storage.scram import ScramDatabase, scram_db

__all__ = ["scram_db"]

PASSWORDS = {"clerk": "clerk-pw-1", "supervisor": "sup-pw-2", "admin": "admin-pw-3"}


class Office:
    """The owner's desk plus one login per role, each with its own desk."""

    def __init__(self, db: ScramDatabase) -> None:
        self.db = db
        self.owner = Desk.open(db.owner_url, actor=Actor("ignored", "ws-owner"))
        self.logins: dict[str, str] = {}
        self.desks: dict[str, Desk] = {}
        for role, password in PASSWORDS.items():
            login = db.login_name(role)
            add_clerk(
                self.owner, login=login, role=role, display_name=role.title(), password=password
            )
            self.logins[role] = login
        result = import_sources(self.owner, sources=[MailSource("a.eml", request_mail(), "eml")])
        self.request_id = result.requests[0]

    def desk(self, role: str) -> Desk:
        if role not in self.desks:
            url = self.db.url_for(self.logins[role], PASSWORDS[role])
            self.desks[role] = Desk.open(url, actor=Actor("ignored", f"ws-{role}"))
        return self.desks[role]

    def raw(self, role: str) -> sa.Engine:
        return sa.create_engine(self.db.url_for(self.logins[role], PASSWORDS[role]))

    def close(self) -> None:
        for desk in self.desks.values():
            desk.close()
        self.owner.close()


@pytest.fixture
def office(scram_db: ScramDatabase) -> Iterator[Office]:
    office = Office(scram_db)
    try:
        yield office
    finally:
        office.close()


def _refused(engine: sa.Engine, sql: str) -> str:
    """Runs ``sql`` as that login and returns PostgreSQL's SQLSTATE of the refusal."""
    with pytest.raises(DBAPIError) as err, engine.begin() as conn:
        conn.execute(sa.text(sql))
    engine.dispose()
    return str(getattr(err.value.orig, "sqlstate", ""))


def test_the_server_checks_passwords(office: Office) -> None:
    wrong = sa.create_engine(office.db.url_for(office.logins["clerk"], "not-the-password"))
    with pytest.raises(DBAPIError, match="password authentication failed"), wrong.connect():
        pass
    wrong.dispose()
    with pytest.raises(DeskError) as err:
        Desk.open(office.db.url_for(office.logins["clerk"], "not-the-password"))
    assert err.value.code == "database.unreachable"


def test_the_recorded_actor_is_the_database_login(office: Office) -> None:
    clerk = office.desk("clerk")
    assert clerk.actor.user == office.logins["clerk"]
    from ssw_desk.services.requests import show_request

    show_request(clerk, request_id=office.request_id)
    with clerk.db.read() as session:
        actors = session.execute(
            sa.select(Event.actor).where(Event.action == "request.view")
        ).scalars()
        assert {a.split("@")[0] for a in actors} == {office.logins["clerk"]}
    # Writing another name into the history is refused by the database itself.
    sql = (
        "INSERT INTO events (at, actor, action, detail, prev_hash, hash) "
        "VALUES (now(), 'someone_else@ws', 'request.view', '{}', '', '')"
    )
    assert _refused(office.raw("clerk"), sql) == "42501"


def test_a_clerk_cannot_change_or_delete_events(office: Office) -> None:
    for sql in ("UPDATE events SET action = 'x'", "DELETE FROM events", "TRUNCATE events"):
        assert _refused(office.raw("clerk"), sql) == "42501", sql
        assert _refused(office.raw("admin"), sql) == "42501", sql
    # Not even the owner: the trigger refuses (only disabling it, with full control, could).
    owner = sa.create_engine(office.db.owner_url)
    for sql in ("UPDATE events SET action = 'x'", "DELETE FROM events", "TRUNCATE events"):
        assert _refused(owner, sql) == "42501", sql


def test_only_an_admin_changes_the_roster(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(ROSTER_CSV.encode())
    for role in ("clerk", "supervisor"):
        with pytest.raises(DeskError) as err:
            import_roster(office.desk(role), path=path)
        assert err.value.code == "auth.not_allowed"
        assert _refused(office.raw(role), "DELETE FROM roster") == "42501"
        sql = (
            "INSERT INTO roster (exam_number, name, result, imported_at) "
            "VALUES ('X', '', 'pass', now())"
        )
        assert _refused(office.raw(role), sql) == "42501"
    result = import_roster(office.desk("admin"), path=path)
    assert result.rows == 2


def test_only_a_supervisor_approves_with_overrides(office: Office) -> None:
    with office.owner.db.read() as session:
        request = session.get(Request, office.request_id)
        assert request is not None
        failing = [f["code"] for f in request.findings if f["status"] == "fail"]
    assert failing, "the test request must have a failing finding"
    reasons = dict.fromkeys(failing, "checked on the phone")
    with pytest.raises(DeskError) as err:
        approve(office.desk("clerk"), request_id=office.request_id, overrides=reasons)
    assert err.value.code == "role.not_permitted"  # the desk's own check, before any write
    sql = (
        """UPDATE requests SET overrides = '{"x": {"reason": "r"}}' """
        f"WHERE id = {office.request_id}"
    )
    assert _refused(office.raw("clerk"), sql) == "42501"
    with office.owner.db.read() as session:
        request = session.get(Request, office.request_id)
        assert request is not None and request.status == "new" and not request.overrides
    decision = approve(office.desk("supervisor"), request_id=office.request_id, overrides=reasons)
    assert decision.status == "approved"


def test_the_database_keeps_the_lifecycle_and_its_roles(office: Office) -> None:
    """Raw SQL from a clerk's login can neither make an impossible status nor reopen a
    rejection (a supervisor's step); the supervisor can."""
    rid = office.request_id
    impossible = f"UPDATE requests SET status = 'issued' WHERE id = {rid}"
    assert _refused(office.raw("supervisor"), impossible) == "23514"  # check_violation
    reject(office.desk("clerk"), request_id=rid, reason="passed")
    reopen = (
        f"UPDATE requests SET status = 'resubmitted', status_action = 'reopen' WHERE id = {rid}"
    )
    assert _refused(office.raw("clerk"), reopen) == "42501"
    # a status change that does not say which action took it is no step of the lifecycle
    unsaid = f"UPDATE requests SET status = 'resubmitted' WHERE id = {rid}"
    assert _refused(office.raw("supervisor"), unsaid) == "23514"
    supervisor = office.raw("supervisor")
    with supervisor.begin() as conn:
        assert conn.execute(sa.text(reopen)).rowcount == 1
    supervisor.dispose()


def test_only_a_supervisor_reopens_an_approval_and_intake_still_resubmits(
    office: Office,
) -> None:
    """approved -> resubmitted is a clerk's intake (a correction arrived) or a supervisor's
    reopening: the database tells them apart by the action recorded on the row."""
    from ssw_desk.services.decisions import reopen

    rid = office.request_id

    def approved() -> None:
        with office.owner.db.read() as session:
            request = session.get(Request, rid)
            assert request is not None
            failing = [f["code"] for f in request.findings if f["status"] == "fail"]
        approve(office.desk("supervisor"), request_id=rid, overrides=dict.fromkeys(failing, "ok"))

    def status() -> tuple[str, str | None, int]:
        with office.owner.db.read() as session:
            request = session.get(Request, rid)
            assert request is not None
            return request.status, request.status_action, request.version_count

    approved()
    assert status() == ("approved", "approve", 1)
    clerk = office.raw("clerk")
    for sql in (
        # the supervisor's action named outright
        f"UPDATE requests SET status = 'resubmitted', status_action = 'reopen' WHERE id = {rid}",
        # posing as an intake that brings no new version
        f"UPDATE requests SET status = 'resubmitted', status_action = 'intake' WHERE id = {rid}",
    ):
        assert _refused(clerk, sql) == "42501", sql
    # the step under the approval's own name is no step at all
    unsaid = f"UPDATE requests SET status = 'resubmitted' WHERE id = {rid}"
    assert _refused(clerk, unsaid) == "23514"
    # through the desk: refused before anything is written
    with pytest.raises(DeskError) as err:
        reopen(office.desk("clerk"), request_id=rid, reason="second thoughts")
    assert err.value.code == "role.not_permitted"
    assert status() == ("approved", "approve", 1)
    # a correction from the applicant, imported at the clerk's desk, still resubmits
    with office.owner.db.read() as session:
        request = session.get(Request, rid)
        assert request is not None and request.versions
        first = request.versions[0].message_pk
        from ssw_desk.storage.models import Message

        parent = session.get(Message, first)
        assert parent is not None
        parent_id = parent.message_id
    correction = request_mail(subject="Re: correction", in_reply_to=f"<{parent_id}>")
    done = import_sources(office.desk("clerk"), sources=[MailSource("b.eml", correction, "eml")])
    assert done.requests == [rid]
    assert status() == ("resubmitted", "intake", 2)
    # the supervisor reopens an approval, through the desk and in SQL
    approved()
    decision = reopen(office.desk("supervisor"), request_id=rid, reason="wrong exam date")
    assert decision.status == "resubmitted" and status()[:2] == ("resubmitted", "reopen")
    approved()
    supervisor = office.raw("supervisor")
    with supervisor.begin() as conn:
        sql = (
            f"UPDATE requests SET status = 'resubmitted', status_action = 'reopen' WHERE id = {rid}"
        )
        assert conn.execute(sa.text(sql)).rowcount == 1
    supervisor.dispose()
    clerk.dispose()


def test_only_a_supervisor_takes_over_a_live_claim(office: Office) -> None:
    from ssw_desk.services import claims

    rid = office.request_id
    claims.claim(office.desk("clerk"), request_id=rid)
    other = office.db.login_name("clerk2")
    add_clerk(office.owner, login=other, role="clerk", password="pw-clerk2")
    engine = sa.create_engine(office.db.url_for(other, "pw-clerk2"))
    take = f"UPDATE claims SET clerk = current_user WHERE request_id = {rid}"
    assert _refused(engine, take) == "42501"
    assert _refused(engine, f"DELETE FROM claims WHERE request_id = {rid}") == "42501"
    supervisor = office.raw("supervisor")
    with supervisor.begin() as conn:
        assert conn.execute(sa.text(take)).rowcount == 1
    supervisor.dispose()


def test_a_clerk_does_a_clerks_work(office: Office, tmp_path: Path) -> None:
    """The grants are not too tight: note, flag, view, issue all work with a clerk's login."""
    import datetime

    from ssw_desk.services import report_keys, reports
    from ssw_desk.services.decisions import add_note, flag_deficiencies
    from ssw_desk.services.requests import show_request
    from tests.conftest import ISSUER_PASSPHRASE

    clerk = office.desk("clerk")
    add_note(clerk, request_id=office.request_id, text="phoned")
    flag_deficiencies(clerk, request_id=office.request_id, items=["photo.colour"])
    path = tmp_path / "roster.csv"
    path.write_bytes(ROSTER_CSV.encode())
    import_roster(office.desk("admin"), path=path)
    # The clerk holds an issuer key (outside the database); an admin registers it.
    key = report_keys.create_key(clerk, ISSUER_PASSPHRASE)
    report_keys.register(
        office.desk("admin"), key.certificate_pem(), valid_from=datetime.date(2000, 1, 1)
    )
    view = show_request(clerk, request_id=office.request_id)
    failing = [f["code"] for f in view.findings if f["status"] == "fail"]
    overrides = dict.fromkeys(failing, "checked")
    approve(office.desk("supervisor"), request_id=office.request_id, overrides=overrides)
    issued = reports.issue(clerk, request_id=office.request_id, passphrase=ISSUER_PASSPHRASE)
    assert reports.verify(clerk, code=issued.code).status == "valid"
    # Reissuing supersedes the earlier report: a supervisor's action.
    with pytest.raises(DeskError) as err:
        reports.issue(
            clerk, request_id=office.request_id, reissue_reason="typo", passphrase=ISSUER_PASSPHRASE
        )
    assert err.value.code == "role.not_permitted"
    reports.issue(
        office.desk("supervisor"),
        request_id=office.request_id,
        reissue_reason="typo",
        passphrase=ISSUER_PASSPHRASE,
    )


def test_a_clerk_cannot_supersede_a_report_or_change_settings(office: Office) -> None:
    assert _refused(office.raw("clerk"), "UPDATE reports SET status = 'superseded'") == "42501"
    sql = (
        "INSERT INTO settings (key, value, updated_at, updated_by) "
        "VALUES ('intake', '{}', now(), '')"
    )
    assert _refused(office.raw("clerk"), sql) == "42501"
    assert _refused(office.raw("supervisor"), sql) == "42501"
    assert (
        _refused(office.raw("clerk"), "INSERT INTO closures (day, note) VALUES ('2030-01-07', '')")
        == "42501"
    )


def test_a_clerk_cannot_manage_clerks(office: Office) -> None:
    with pytest.raises(DeskError) as err:
        add_clerk(office.desk("clerk"), login=office.db.login_name("x"), role="admin", password="p")
    assert err.value.code == "auth.not_allowed"
    assert _refused(office.raw("clerk"), "UPDATE clerks SET role = 'admin'") == "42501"
    # An admin's login may (PostgreSQL 15: CREATEROLE; see docs/roles-and-audit.md).
    login = office.db.login_name("new")
    add_clerk(office.desk("admin"), login=login, role="clerk", password="new-pw")
    disable_clerk(office.desk("admin"), login=login)
    assert {c.login: c.active for c in list_clerks(office.owner)}[login] is False


def test_an_existing_login_joins_without_a_new_password(office: Office) -> None:
    login = office.db.login_name("dba_made")
    owner = sa.create_engine(office.db.owner_url)
    with owner.begin() as conn:
        conn.execute(sa.text(f"CREATE ROLE {login} LOGIN PASSWORD 'set-by-the-dba'"))
    owner.dispose()
    assert add_clerk(office.owner, login=login, role="supervisor") is None
    desk = Desk.open(office.db.url_for(login, "set-by-the-dba"))
    try:
        from ssw_desk.services.clerks import my_role

        assert my_role(desk) is Role.SUPERVISOR
    finally:
        desk.close()


def test_each_login_knows_its_role(office: Office) -> None:
    from ssw_desk.services.clerks import my_role

    for role in ("clerk", "supervisor", "admin"):
        assert my_role(office.desk(role)) is Role(role)
    assert my_role(office.owner) is Role.ADMIN  # a superuser is a member of every role


def test_clerks_list_and_disable(office: Office) -> None:
    listed = {c.login: c for c in list_clerks(office.owner)}
    assert listed[office.logins["supervisor"]].role == "supervisor"
    assert listed[office.logins["supervisor"]].display_name == "Supervisor"
    disable_clerk(office.owner, login=office.logins["clerk"])
    assert not {c.login: c for c in list_clerks(office.owner)}[office.logins["clerk"]].active
    with pytest.raises(DeskError) as err:
        Desk.open(office.db.url_for(office.logins["clerk"], PASSWORDS["clerk"]))
    assert err.value.code == "database.unreachable"


def test_grants_come_from_the_role_table(office: Office) -> None:
    """A group role holds a write privilege exactly when an action it may take needs it."""
    owner = sa.create_engine(office.db.owner_url)
    with owner.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names()) - {"alembic_version"}
        for table in sorted(tables):
            for privilege in ("INSERT", "UPDATE", "DELETE"):
                for role in Role:
                    expected = any(
                        role.includes(need)
                        and any(
                            t == table and privilege in p.split(", ")
                            for t, p in grants.ACTION_PRIVILEGES[action]
                        )
                        for action, need in ACTION_ROLES.items()
                    )
                    held = conn.execute(
                        sa.text("SELECT has_table_privilege(:r, :t, :p)"),
                        {"r": grants.group_role(role), "t": table, "p": privilege},
                    ).scalar()
                    assert held == expected, (table, privilege, role)
    owner.dispose()


def test_group_role_names_take_a_prefix(
    scram_db: ScramDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = f"t{scram_db.tag}_"
    monkeypatch.setenv("SSW_DESK_PG_ROLE_PREFIX", prefix)
    groups = [scram_db.login_name(r.value) for r in Role]  # dropped after the test
    assert groups == [grants.group_role(r) for r in Role]
    owner = Desk.open(scram_db.owner_url)
    login = scram_db.login_name("sato")
    add_clerk(owner, login=login, role="clerk", password="pw")
    owner.close()
    engine = sa.create_engine(scram_db.owner_url)
    with engine.connect() as conn:
        member = "SELECT pg_has_role(:u, :g, 'MEMBER')"
        assert conn.execute(sa.text(member), {"u": login, "g": f"{prefix}clerk"}).scalar()
        assert not conn.execute(sa.text(member), {"u": login, "g": "ssw_clerk"}).scalar()
        privilege = "SELECT has_table_privilege(:g, 'roster', 'INSERT')"
        assert conn.execute(sa.text(privilege), {"g": f"{prefix}admin"}).scalar()
    engine.dispose()


def test_an_admin_moves_a_clerk_between_roles(office: Office) -> None:
    """``set_role`` moves the login between group roles and gives or takes ``CREATEROLE``;
    the database then reports the new role and lets the login do (or not) an admin's work."""
    from ssw_desk.services.clerks import my_role, set_role

    admin, login = office.desk("admin"), office.logins["clerk"]
    set_role(admin, login=login, role="admin")
    assert my_role(office.desk("clerk")) is Role.ADMIN
    add_clerk(office.desk("clerk"), login=office.db.login_name("by_promoted"), role="clerk",
              password="pw-promoted")  # fmt: skip
    set_role(admin, login=login, role="clerk")
    assert my_role(office.desk("clerk")) is Role.CLERK
    assert {c.login: c.role for c in list_clerks(office.owner)}[login] == "clerk"
    with pytest.raises(DeskError) as err:
        add_clerk(office.desk("clerk"), login=office.db.login_name("y"), role="clerk", password="p")
    assert err.value.code == "auth.not_allowed"
    with pytest.raises(DeskError) as err:
        set_role(admin, login=office.logins["admin"], role="clerk")
    assert err.value.code == "clerks.own_login"
    with pytest.raises(DeskError) as err:
        set_role(office.desk("supervisor"), login=login, role="admin")
    assert err.value.code == "auth.not_allowed"
    assert my_role(office.desk("clerk")) is Role.CLERK


def test_roles_do_not_apply_on_one_workstation(tmp_path: Path) -> None:
    from ssw_desk.services.clerks import enable_clerk, set_role

    desk = Desk.open(f"sqlite:///{tmp_path / 'one.sqlite3'}", actor=Actor("sato", "ws-1"))
    try:
        add_clerk(desk, login="sato", role="clerk", display_name="Sato")
        with pytest.raises(DeskError) as err:
            set_role(desk, login="sato", role="admin")
        assert err.value.code == "clerks.one_workstation"
        disable_clerk(desk, login="sato")
        enable_clerk(desk, login="sato")
        (view,) = list_clerks(desk, last_seen=True)
        assert view.active and view.last_seen is not None  # sato's own actions recorded
        # SQLite keeps no offset: the time is read back as UTC, not as local time
        age = datetime.now(UTC) - view.last_seen
        assert timedelta(0) <= age < timedelta(minutes=5)
    finally:
        desk.close()
