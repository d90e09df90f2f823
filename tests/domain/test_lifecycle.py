"""The lifecycle: one transition table, its roles and pause rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssw_desk.domain import lifecycle
from ssw_desk.domain.lifecycle import TRANSITIONS, RequestStatus, Role

S = RequestStatus


def test_every_status_is_reachable_and_in_review_is_gone() -> None:
    reached = {t.to for t in TRANSITIONS.values() if t.to is not None} | {S.NEW}
    assert reached == set(S)
    assert "in_review" not in {s.value for s in S}
    assert set(lifecycle.ORDER) == set(S)


@pytest.mark.parametrize("status", list(S))
def test_intake_is_never_refused(status: RequestStatus) -> None:
    after = lifecycle.target("intake", status)
    assert after == (status if status in lifecycle.CLOSED else S.RESUBMITTED)


def test_decisions_on_closed_requests_name_why() -> None:
    assert lifecycle.refusal("approve", "issued") == "decision.issued"
    assert lifecycle.refusal("flag", "rejected") == "decision.rejected"
    assert lifecycle.refusal("issue", "new") == "report.not_approved"
    assert lifecycle.refusal("issue", "issued") == "report.already_issued"
    assert lifecycle.refusal("reopen", "new") == "request.not_allowed"
    assert lifecycle.refusal("note", "issued") is None
    with pytest.raises(ValueError, match=r"decision\.issued"):
        lifecycle.target("reject", "issued")


def test_roles_include_the_ones_below() -> None:
    assert lifecycle.role_may(Role.CLERK, "approve")
    assert not lifecycle.role_may(Role.CLERK, "approve_with_override")
    assert not lifecycle.role_may(Role.CLERK, "take_over")
    assert lifecycle.role_may(Role.SUPERVISOR, "reissue")
    assert lifecycle.role_may(Role.ADMIN, "revoke")
    assert set(lifecycle.ROLE_OF) == set(TRANSITIONS)


def test_pause_rules() -> None:
    assert lifecycle.pause_change("new", "waiting_applicant") == "open"
    assert lifecycle.pause_change("waiting_applicant", "waiting_applicant") is None
    assert lifecycle.pause_change("waiting_applicant", "approved") == "close"
    assert lifecycle.pause_change("waiting_applicant", "resubmitted") == "close"
    assert lifecycle.pause_change("new", "approved") is None
    assert lifecycle.clock_stopped() == {S.WAITING_APPLICANT, S.ISSUED, S.REJECTED}
    assert lifecycle.clock_runs("resubmitted") and not lifecycle.clock_runs("issued")


def test_the_gui_asks_the_table() -> None:
    assert lifecycle.allowed_actions("issued") == [
        "intake",
        "note",
        "reissue",
        "revoke",
        "claim",
        "release",
        "take_over",
    ]


def test_no_other_module_spells_a_status_set() -> None:
    """Statuses declared once: the unambiguous status names appear only in the lifecycle."""
    root = Path(lifecycle.__file__).resolve().parents[1]
    spelled = [
        f"{path.relative_to(root)}: {name}"
        for path in root.rglob("*.py")
        if path.name != "lifecycle.py" and "migrations" not in path.parts
        for name in ("waiting_applicant", "resubmitted", "in_review")
        if f'"{name}"' in path.read_text(encoding="utf-8")
    ]
    assert spelled == []


def test_the_lifecycle_takes_its_roles_from_the_one_role_table() -> None:
    from ssw_desk.domain.roles import ACTION_ROLES

    for action, transition in lifecycle.TRANSITIONS.items():
        assert lifecycle.ROLE_OF[action] == ACTION_ROLES[action] == transition.role, action
