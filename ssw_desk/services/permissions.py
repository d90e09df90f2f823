"""Whether the signed-in clerk may run an action (the role check of the single write path).

The role each action needs is in the one role table, :data:`ssw_desk.domain.roles.ACTION_ROLES`
(which the PostgreSQL grants derive from). On SQLite (one workstation) roles do not apply: the
operating-system user may do everything. On PostgreSQL the database login's group role decides;
this check gives the clerk a clear refusal before anything is written, and the database grants
and triggers remain the guard that a second program cannot get round.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ssw_desk.domain.roles import Role
from ssw_desk.domain.roles import may as role_may
from ssw_desk.errors import DeskError
from ssw_desk.services.context import transaction_cache
from ssw_desk.storage.grants import login_role


def current_role(session: Session) -> Role | None:
    """The signed-in clerk's highest role (None: a login that is not a clerk of this desk)."""
    if session.get_bind().dialect.name == "sqlite":
        return Role.ADMIN
    # Asked once per transaction (an approval with overrides asks twice).
    cache = transaction_cache(session, "ssw_role")
    if "role" not in cache:
        cache["role"] = login_role(session.connection())
    role: Role | None = cache["role"]
    return role


def may(session: Session, action: str) -> bool:
    """Whether the signed-in clerk may run ``action``."""
    if session.get_bind().dialect.name == "sqlite":
        return True
    role = current_role(session)
    if role is None:
        # The database owner (or a superuser) set up the desk and holds every right.
        return is_owner(session)
    return role_may(role, action)


def is_owner(session: Session) -> bool:
    from sqlalchemy import text

    return bool(
        session.execute(
            text(
                "SELECT rolsuper OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables"
                " WHERE tablename = 'requests' AND schemaname = current_schema()), 'MEMBER')"
                " FROM pg_roles WHERE rolname = current_user"
            )
        ).scalar()
    )


def require(session: Session, action: str) -> None:
    """Refuses with ``role.not_permitted`` (detail: the action) when the clerk may not."""
    if not may(session, action):
        raise DeskError("role.not_permitted", action)
