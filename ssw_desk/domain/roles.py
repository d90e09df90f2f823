"""Who may do what: the one role table of the desk.

Three roles, each including the one below it: a clerk reviews and decides ordinary cases, a
supervisor also decides exceptions (overrides, reissue, revoke, taking over a live claim,
reopening a decision), an admin also runs the office's settings. Every action the desk offers
is listed in :data:`ACTION_ROLES` with the least role it needs; the PostgreSQL grants are derived
from this table (``ssw_desk.storage.grants``), never written a second time.

On SQLite (one workstation) roles do not apply: the operating-system user is the clerk.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A clerk's role; the order is the order of power (each includes those below)."""

    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def includes(self, other: Role) -> bool:
        """Whether this role may do what ``other`` may."""
        return self.rank >= other.rank


_RANK = {Role.CLERK: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}

#: Action -> the least role that may take it. New actions of other features are added here.
ACTION_ROLES: dict[str, Role] = {
    # ordinary review and decisions
    "view": Role.CLERK,
    "import": Role.CLERK,
    "intake": Role.CLERK,  # a resubmission joining its request (never refused)
    "approve": Role.CLERK,
    "flag": Role.CLERK,
    "reject": Role.CLERK,
    "note": Role.CLERK,
    "issue": Role.CLERK,
    "claim": Role.CLERK,
    "release": Role.CLERK,
    # exceptions
    "approve_with_override": Role.SUPERVISOR,
    "reissue": Role.SUPERVISOR,
    "revoke": Role.SUPERVISOR,
    "take_over": Role.SUPERVISOR,  # a *live* claim; an expired one is an ordinary claim
    "reopen": Role.SUPERVISOR,
    # the office's own data
    "roster_import": Role.ADMIN,
    "closures": Role.ADMIN,
    "catalogue": Role.ADMIN,
    "settings": Role.ADMIN,
    "mailbox": Role.ADMIN,
    "clerks": Role.ADMIN,
    "key_admin": Role.ADMIN,
}


def required_role(action: str) -> Role:
    """The least role an action needs.

    Raises:
        KeyError: For an action missing from the table (a programming error: add it).
    """
    return ACTION_ROLES[action]


def may(role: Role, action: str) -> bool:
    """Whether ``role`` may take ``action``."""
    return role.includes(required_role(action))


def actions_of(role: Role) -> list[str]:
    """Every action ``role`` may take, in table order."""
    return [a for a, need in ACTION_ROLES.items() if role.includes(need)]


def parse_role(value: str) -> Role:
    """``clerk``/``supervisor``/``admin`` -> :class:`Role`.

    Raises:
        ValueError: For any other text.
    """
    return Role(value.strip().lower())
