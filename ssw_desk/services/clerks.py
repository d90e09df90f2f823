"""Clerks: database logins with a role and a display name (an admin's actions).

On PostgreSQL ``add`` creates a login role that is a member of the group role of its desk role
(``storage.grants``) and records it in the ``clerks`` table; ``disable`` takes the login away
(``NOLOGIN``) and keeps the row, so the history's names stay explained; ``enable`` gives it
back; ``set_role`` moves the login to another group role. The database decides who may: a
login without ``CREATEROLE`` is refused (``auth.not_allowed``). On SQLite (one workstation)
roles do not apply: the table only gives operating-system users a display name.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, text

from ssw_desk.domain.roles import Role, parse_role
from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk, now, record
from ssw_desk.storage.grants import check_login_name, group_role, login_role
from ssw_desk.storage.models import Clerk, Event


@dataclass(frozen=True)
class ClerkView:
    """A clerk as the list shows it; ``last_seen`` is the time of their last recorded action
    (None: nothing recorded, or not asked for)."""

    login: str
    display_name: str
    role: str
    active: bool
    last_seen: datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["last_seen"] = self.last_seen.isoformat() if self.last_seen else None
        return out


def _quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def add_clerk(
    desk: Desk,
    *,
    login: str,
    role: str,
    display_name: str = "",
    password: str | None = None,
) -> str | None:
    """Adds a clerk. Returns the generated initial password (PostgreSQL, none given) or None.

    Raises:
        DeskError: ``clerks.bad_name``, ``clerks.bad_role``, ``clerks.exists``,
            ``auth.not_allowed`` (the login may not manage clerks).
    """
    try:
        name = check_login_name(login)
    except ValueError:
        raise DeskError("clerks.bad_name") from None
    try:
        desk_role = parse_role(role)
    except ValueError:
        raise DeskError("clerks.bad_role", role) from None
    generated = None
    with desk.db.begin() as session:
        if session.get(Clerk, name) is not None:
            raise DeskError("clerks.exists", name)
        if not desk.db.is_sqlite:
            exists = session.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
            ).scalar()
            # A login of the cluster already (another database, Kerberos, set up by the DBA):
            # it keeps its password; it only joins the group role.
            if not exists:
                if password is None:
                    password = generated = secrets.token_urlsafe(18)
                extra = " CREATEROLE" if desk_role is Role.ADMIN else ""
                # Identifiers are checked above; the password is a quoted literal (DDL takes
                # no bind parameters) and never logged.
                session.execute(
                    text(f"CREATE ROLE {name} LOGIN{extra} PASSWORD {_quote_literal(password)}")
                )
            session.execute(text(f"GRANT {group_role(desk_role)} TO {name}"))
        session.add(
            Clerk(
                login=name,
                display_name=display_name.strip(),
                role=desk_role.value,
                active=True,
                created_at=now(),
                created_by=str(desk.actor),
            )
        )
        record(session, desk, "clerk.added", login=name, role=desk_role.value)
    return generated


def disable_clerk(desk: Desk, *, login: str) -> None:
    """Takes a clerk's login away (the row and the history stay).

    Raises:
        DeskError: ``clerks.not_found``, ``clerks.own_login``, ``auth.not_allowed``.
    """
    with desk.db.begin() as session:
        row = session.get(Clerk, login)
        if row is None:
            raise DeskError("clerks.not_found", login)
        if not desk.db.is_sqlite:
            name = check_login_name(row.login)
            if name == session.execute(text("SELECT current_user")).scalar():
                raise DeskError("clerks.own_login")
            session.execute(text(f"ALTER ROLE {name} NOLOGIN"))
        row.active = False
        record(session, desk, "clerk.disabled", login=row.login)


def enable_clerk(desk: Desk, *, login: str) -> None:
    """Gives a disabled clerk their login back (same password as before).

    Raises:
        DeskError: ``clerks.not_found``, ``auth.not_allowed``.
    """
    with desk.db.begin() as session:
        row = session.get(Clerk, login)
        if row is None:
            raise DeskError("clerks.not_found", login)
        if not desk.db.is_sqlite:
            session.execute(text(f"ALTER ROLE {check_login_name(row.login)} LOGIN"))
        row.active = True
        record(session, desk, "clerk.enabled", login=row.login)


def set_role(desk: Desk, *, login: str, role: str) -> None:
    """Moves a clerk to another role (PostgreSQL: leaves every desk group role, joins the new
    one; an admin also gets ``CREATEROLE``, anyone else loses it).

    Raises:
        DeskError: ``clerks.one_workstation`` (SQLite: roles do not apply),
            ``clerks.bad_role``, ``clerks.not_found``, ``clerks.own_login`` (an admin would
            lock themself out), ``auth.not_allowed``.
    """
    if desk.db.is_sqlite:
        raise DeskError("clerks.one_workstation")
    try:
        desk_role = parse_role(role)
    except ValueError:
        raise DeskError("clerks.bad_role", role) from None
    with desk.db.begin() as session:
        row = session.get(Clerk, login)
        if row is None:
            raise DeskError("clerks.not_found", login)
        name = check_login_name(row.login)
        if name == session.execute(text("SELECT current_user")).scalar():
            raise DeskError("clerks.own_login")
        others = ", ".join(group_role(r) for r in Role if r is not desk_role)
        session.execute(text(f"REVOKE {others} FROM {name}"))
        session.execute(text(f"GRANT {group_role(desk_role)} TO {name}"))
        extra = "CREATEROLE" if desk_role is Role.ADMIN else "NOCREATEROLE"
        session.execute(text(f"ALTER ROLE {name} {extra}"))
        previous, row.role = row.role, desk_role.value
        record(session, desk, "clerk.role_changed", login=name, role=desk_role.value,
               previous=previous)  # fmt: skip


def list_clerks(desk: Desk, *, last_seen: bool = False) -> list[ClerkView]:
    """Every clerk, by login.

    Args:
        last_seen: Also read each login's last recorded action (one pass over the history,
            grouped by actor: for the admin screen, not for every name lookup).
    """
    with desk.db.read() as session:
        rows = list(session.execute(select(Clerk).order_by(Clerk.login)).scalars())
        seen: dict[str, datetime] = {}
        if last_seen:
            for actor, at in session.execute(
                select(Event.actor, func.max(Event.at)).group_by(Event.actor)
            ):
                who = str(actor).rsplit("@", 1)[0]
                if at.tzinfo is None:  # SQLite keeps no offset: the desk writes UTC
                    at = at.replace(tzinfo=UTC)
                if who not in seen or at > seen[who]:
                    seen[who] = at
        return [
            ClerkView(r.login, r.display_name, r.role, r.active, seen.get(r.login)) for r in rows
        ]


def my_role(desk: Desk) -> Role | None:
    """The signed-in clerk's role, for showing only what they may do (the database enforces
    it anyway). SQLite: roles do not apply, the operating-system user may do everything."""
    if desk.db.is_sqlite:
        return Role.ADMIN
    with desk.db.read() as session:
        return login_role(session.connection())


def display_names(desk: Desk) -> dict[str, str]:
    """Login -> display name, for showing who acted."""
    return {c.login: c.display_name or c.login for c in list_clerks(desk)}
