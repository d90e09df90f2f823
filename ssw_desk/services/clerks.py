"""Clerks: database logins with a role and a display name (an admin's actions).

On PostgreSQL ``add`` creates a login role that is a member of the group role of its desk role
(``storage.grants``) and records it in the ``clerks`` table; ``disable`` takes the login away
(``NOLOGIN``) and keeps the row, so the history's names stay explained. On SQLite (one
workstation) roles do not apply: the table only gives operating-system users a display name.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select, text

from ssw_desk.domain.roles import Role, parse_role
from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk, now, record
from ssw_desk.storage.grants import check_login_name, group_role, login_role
from ssw_desk.storage.models import Clerk


@dataclass(frozen=True)
class ClerkView:
    login: str
    display_name: str
    role: str
    active: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


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
        DeskError: ``clerks.not_found``, ``auth.not_allowed``.
    """
    with desk.db.begin() as session:
        row = session.get(Clerk, login)
        if row is None:
            raise DeskError("clerks.not_found", login)
        if not desk.db.is_sqlite:
            session.execute(text(f"ALTER ROLE {check_login_name(row.login)} NOLOGIN"))
        row.active = False
        record(session, desk, "clerk.disabled", login=row.login)


def list_clerks(desk: Desk) -> list[ClerkView]:
    with desk.db.read() as session:
        rows = session.execute(select(Clerk).order_by(Clerk.login)).scalars()
        return [ClerkView(r.login, r.display_name, r.role, r.active) for r in rows]


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
