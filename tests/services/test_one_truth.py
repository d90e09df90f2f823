"""Guarantees the database itself keeps, and claims that expire."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from ssw_desk.errors import DeskError
from ssw_desk.services import claims, reports
from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import approve
from ssw_desk.services.intake import import_paths
from ssw_desk.services.roster import import_roster
from ssw_desk.storage.models import Claim, Report
from tests.conftest import clerk_desks
from tests.services.mails import ROSTER_CSV, request_mail


def _approved(desk: Desk, tmp_path: Path) -> int:
    import_roster(desk, data=ROSTER_CSV.encode())
    path = tmp_path / "r.eml"
    path.write_bytes(request_mail())
    request_id = import_paths(desk, paths=[path]).requests[0]
    approve(desk, request_id=request_id)
    return request_id


def test_the_database_refuses_a_second_valid_report(
    desk: Desk, tmp_path: Path, issuer: str
) -> None:
    request_id = _approved(desk, tmp_path)
    issued = reports.issue(desk, request_id=request_id)
    with pytest.raises(IntegrityError), desk.db.begin() as session:
        first = session.execute(sa.select(Report)).scalar_one()
        session.add(
            Report(
                serial=issued.serial + "X",
                year=first.year,
                number=first.number + 1,
                request_id=request_id,
                issued_at=first.issued_at,
                issued_by="a second program",
                code="x",
                pdf_sha256=first.pdf_sha256,
                status="valid",
            )
        )
    # A reissue supersedes and adds in one transaction: still exactly one valid report.
    reissued = reports.issue(desk, request_id=request_id, reissue_reason="typo in the name")
    with desk.db.read() as session:
        valid = (
            session.execute(sa.select(Report.serial).where(Report.status == "valid"))
            .scalars()
            .all()
        )
    assert valid == [reissued.serial]


def test_roster_pass_for_an_issued_exam_is_refused_whole(
    desk: Desk, tmp_path: Path, issuer: str
) -> None:
    request_id = _approved(desk, tmp_path)
    reports.issue(desk, request_id=request_id)
    with pytest.raises(DeskError) as err:
        import_roster(desk, data=ROSTER_CSV.replace("100,fail", "100,pass").encode())
    assert err.value.code == "roster.report_issued"
    assert reports.current_serial(desk, request_id=request_id) is not None


def test_an_expired_claim_may_be_taken_by_anyone(db_url: str, tmp_path: Path) -> None:
    owner = Desk.open(db_url)
    import_roster(owner, data=ROSTER_CSV.encode())
    path = tmp_path / "r.eml"
    path.write_bytes(request_mail())
    request_id = import_paths(owner, paths=[path]).requests[0]
    owner.close()
    alice, bob = clerk_desks(db_url, "alice", "bob")
    try:
        first = claims.claim(alice, request_id=request_id)
        assert claims.heartbeat(alice, [request_id]) == 1
        assert claims.claim(alice, request_id=request_id).revision == first.revision  # no change
        with pytest.raises(DeskError) as err:
            claims.claim(bob, request_id=request_id)
        assert err.value.code == "claim.held"
        owner = Desk.open(db_url)
        with owner.db.begin() as session:  # Alice's desk stopped sending heartbeats
            row = session.get(Claim, request_id)
            assert row is not None
            row.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        owner.close()
        assert claims.heartbeat(alice, [request_id]) == 0
        taken = claims.claim(bob, request_id=request_id)
        assert taken.claim.clerk == bob.actor.user and taken.revision == first.revision + 1
    finally:
        alice.close()
        bob.close()


def test_a_closure_day_moving_a_due_date_is_a_change(desk: Desk, tmp_path: Path) -> None:
    from ssw_desk.domain.business_days import add_business_days
    from ssw_desk.services.closures import add_closure, remove_closure
    from ssw_desk.services.requests import show_request

    path = tmp_path / "r.eml"
    path.write_bytes(request_mail())
    request_id = import_paths(desk, paths=[path]).requests[0]
    before = show_request(desk, request_id=request_id)
    assert before.due_date is not None
    # a business day inside the answer window (not a weekend, not a holiday)
    day = add_business_days(datetime.fromisoformat(before.received_at).date(), 2)
    assert add_closure(desk, day=day) == 1
    after = show_request(desk, request_id=request_id)
    assert after.due_date != before.due_date and after.revision == before.revision + 1
    assert after.history[-2].action == "request.due_moved"
    assert remove_closure(desk, day=day) == 1
    assert show_request(desk, request_id=request_id).due_date == before.due_date
