"""Whether the signed-in clerk may run an action (the role check of the single write path).

The role each action needs is :data:`ssw_desk.domain.lifecycle.ROLE_OF`. On SQLite (one
workstation) roles do not apply: the operating-system user may do everything. On PostgreSQL the
database login's role decides; until the clerks and roles work (issue 9, database roles) lands,
:func:`current_role` answers ``admin`` everywhere, so nothing is refused here yet and the
database grants remain the guard.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ssw_desk.domain.lifecycle import Role, role_may
from ssw_desk.errors import DeskError


def current_role(session: Session) -> Role:
    """The signed-in clerk's role (to be read from the database's role membership)."""
    del session
    return Role.ADMIN


def may(session: Session, action: str) -> bool:
    """Whether the signed-in clerk may run ``action``."""
    if session.get_bind().dialect.name == "sqlite":
        return True
    return role_may(current_role(session), action)


def require(session: Session, action: str) -> None:
    """Refuses with ``role.not_permitted`` (detail: the action) when the clerk may not."""
    if not may(session, action):
        raise DeskError("role.not_permitted", action)
