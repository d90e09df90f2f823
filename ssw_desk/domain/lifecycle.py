"""The request lifecycle, in one place: statuses, the transition table, roles and pause rules.

Every service that changes a request asks :func:`target` (may this action run from this status,
and to which status does it lead); the GUI asks :func:`allowed` to enable its buttons; the
database grants (issue 9, roles) are derived from :data:`ROLE_OF`. No other module spells a set
of statuses: it asks one of the queries below.

Transitions (``=`` keeps the status)::

    intake          new | resubmitted | waiting_applicant | approved -> resubmitted
                    issued | rejected                               -> =  (never refused)
    approve         new | resubmitted | waiting_applicant | approved -> approved
    approve_with_override   (the same, with failing findings overridden; supervisor)
    flag            new | resubmitted | waiting_applicant | approved -> waiting_applicant
    reject          new | resubmitted | waiting_applicant | approved -> rejected
    issue           approved                                         -> issued
    reissue         issued                                           -> issued (supervisor)
    revoke          issued                                           -> approved (supervisor)
    reopen          approved | rejected                              -> resubmitted (supervisor)
    note, claim, release, take_over     any                          -> =

The deadline clock runs in the open statuses except ``waiting_applicant``; a pause (an interval
in ``Request.pauses``) opens when a request enters ``waiting_applicant`` and closes when it
leaves it, whatever the action.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from ssw_desk.domain.roles import ACTION_ROLES, Role


class RequestStatus(StrEnum):
    """Where a request stands. The values are what the database stores."""

    NEW = "new"
    RESUBMITTED = "resubmitted"
    WAITING_APPLICANT = "waiting_applicant"
    APPROVED = "approved"
    ISSUED = "issued"
    REJECTED = "rejected"


S = RequestStatus
#: Statuses in which a request is still being decided.
OPEN: frozenset[RequestStatus] = frozenset({S.NEW, S.RESUBMITTED, S.WAITING_APPLICANT, S.APPROVED})
#: Statuses decided for good (only notes, claims and supervisor actions apply).
CLOSED: frozenset[RequestStatus] = frozenset({S.ISSUED, S.REJECTED})
ALL: frozenset[RequestStatus] = OPEN | CLOSED

#: The order statuses are shown in (queue tabs, filters).
ORDER: tuple[RequestStatus, ...] = (
    S.NEW,
    S.RESUBMITTED,
    S.WAITING_APPLICANT,
    S.APPROVED,
    S.REJECTED,
    S.ISSUED,
)


@dataclass(frozen=True)
class Transition:
    """One action: the statuses it may start from, where it leads (None: unchanged), the role."""

    sources: frozenset[RequestStatus]
    to: RequestStatus | None
    role: Role


#: THE transition table: action -> allowed sources, target, role needed.
TRANSITIONS: dict[str, Transition] = {
    "intake": Transition(ALL, S.RESUBMITTED, Role.CLERK),
    "approve": Transition(OPEN, S.APPROVED, Role.CLERK),
    "approve_with_override": Transition(OPEN, S.APPROVED, Role.SUPERVISOR),
    "flag": Transition(OPEN, S.WAITING_APPLICANT, Role.CLERK),
    "reject": Transition(OPEN, S.REJECTED, Role.CLERK),
    "note": Transition(ALL, None, Role.CLERK),
    "issue": Transition(frozenset({S.APPROVED}), S.ISSUED, Role.CLERK),
    "reissue": Transition(frozenset({S.ISSUED}), S.ISSUED, Role.SUPERVISOR),
    "revoke": Transition(frozenset({S.ISSUED}), S.APPROVED, Role.SUPERVISOR),
    "reopen": Transition(frozenset({S.APPROVED, S.REJECTED}), S.RESUBMITTED, Role.SUPERVISOR),
    "claim": Transition(ALL, None, Role.CLERK),
    "release": Transition(ALL, None, Role.CLERK),
    #: Taking over a *live* claim; an expired one is an ordinary claim.
    "take_over": Transition(ALL, None, Role.SUPERVISOR),
}

#: Action -> the least role that may run it: the one role table's entries
#: (:data:`ssw_desk.domain.roles.ACTION_ROLES`, which the database grants derive from) for the
#: actions on a request. A test checks that the table above names the same roles.
ROLE_OF: dict[str, Role] = {action: ACTION_ROLES[action] for action in TRANSITIONS}

#: Intake is never refused; on a closed request the applicant's mail joins it unchanged.
_INTAKE_KEEPS = CLOSED


def status(value: str) -> RequestStatus:
    """The enum member of a stored status (``ValueError`` for an unknown one)."""
    return RequestStatus(value)


#: Every code :func:`refusal` can answer (each has its sentence in ``ssw_desk.messages``).
REFUSAL_CODES = (
    "decision.issued",
    "decision.rejected",
    "report.already_issued",
    "report.not_approved",
    "request.not_allowed",
)


def refusal(action: str, current: str) -> str | None:
    """Why ``action`` may not run on a request in ``current`` (an error code), or None.

    The codes are the ones a clerk already knows: a decision on an issued or rejected request,
    an issue before approval; anything else is ``request.not_allowed``.
    """
    t = TRANSITIONS[action]
    if current in t.sources:
        return None
    if action in ("approve", "approve_with_override", "flag", "reject"):
        if current == S.ISSUED:
            return "decision.issued"
        if current == S.REJECTED:
            return "decision.rejected"
    if action == "issue" and current == S.ISSUED:
        return "report.already_issued"
    if action in ("issue", "reissue"):
        return "report.not_approved"
    return "request.not_allowed"


def target(action: str, current: str) -> RequestStatus:
    """The status after ``action`` (the current one when it keeps it).

    Raises:
        ValueError: the action is not allowed from ``current`` (ask :func:`refusal` first).
    """
    code = refusal(action, current)
    if code is not None:
        raise ValueError(code)
    t = TRANSITIONS[action]
    if action == "intake" and current in _INTAKE_KEEPS:
        return status(current)
    return t.to if t.to is not None else status(current)


def allowed(action: str, current: str) -> bool:
    """Whether ``action`` may run on a request in ``current`` (what the GUI enables)."""
    return refusal(action, current) is None


def allowed_actions(current: str) -> list[str]:
    """Every action allowed from ``current``, in table order."""
    return [a for a in TRANSITIONS if allowed(a, current)]


def role_may(role: str, action: str) -> bool:
    """Whether a clerk with ``role`` may run ``action`` (roles include the ones below them)."""
    return Role(role).includes(ROLE_OF[action])


def is_closed(current: str) -> bool:
    """Decided for good: a passed due date no longer matters."""
    return current in CLOSED


def clock_runs(current: str) -> bool:
    """Whether the deadline clock runs: not while waiting for the applicant, not once closed."""
    return current in OPEN and current != S.WAITING_APPLICANT


def clock_stopped() -> frozenset[RequestStatus]:
    """The statuses in which the deadline clock stands (for queries)."""
    return ALL - frozenset(s for s in ALL if clock_runs(s))


def counts_as_duplicate(other: str) -> bool:
    """Whether another request for the same exam is a duplicate (anything but rejected)."""
    return other != S.REJECTED


PauseChange = Literal["open", "close"] | None


def pause_change(before: str, after: str) -> PauseChange:
    """How a transition changes the pauses: entering ``waiting_applicant`` opens one, leaving
    it closes it; staying (a second notice) or any other move leaves them alone."""
    if after == S.WAITING_APPLICANT and before != S.WAITING_APPLICANT:
        return "open"
    if before == S.WAITING_APPLICANT and after != S.WAITING_APPLICANT:
        return "close"
    return None


def values(statuses: Iterable[RequestStatus]) -> list[str]:
    """Plain strings of some statuses, in display order (for SQL ``IN`` lists)."""
    wanted = set(statuses)
    return [str(s) for s in ORDER if s in wanted]
