"""Decisions end to end: requests come in through the real intake, notices go out as .eml and
the applicant's reply to a notice comes back in through the intake again."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from ssw_desk.domain.business_days import add_business_days, business_days_between
from ssw_desk.errors import DeskError
from ssw_desk.mail import MailSource
from ssw_desk.services import changes
from ssw_desk.services.context import Desk
from ssw_desk.services.decisions import (
    UnresolvedFailures,
    add_note,
    approve,
    deficiency_checklist,
    flag_deficiencies,
    list_notices,
    notice_for,
    reject,
)
from ssw_desk.services.intake import import_sources
from ssw_desk.services.requests import show_request
from ssw_desk.services.roster import import_roster
from ssw_desk.storage.models import Event, Message, Request
from tests.services.mails import ROSTER_CSV, request_mail

JST = timezone(timedelta(hours=9))

#: Received Monday 1 June 2026, 10:00 in Tokyo (no holiday for weeks around it).
RECEIVED = datetime(2026, 6, 1, 10, 0, tzinfo=JST)


def _import(desk: Desk, raw: bytes, origin: str = "mail.eml") -> int:
    result = import_sources(desk, sources=[MailSource(origin, raw, "eml")])
    assert result.imported == 1, result.reasons
    return result.requests[0]


def _parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _body(raw: bytes) -> str:
    part = _parse(raw).get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def _request(desk: Desk, request_id: int) -> Request:
    with desk.db.begin() as session:
        request = session.get(Request, request_id)
        assert request is not None
        session.expunge(request)
        return request


def _failing(desk: Desk, request_id: int) -> list[str]:
    return [f["code"] for f in _request(desk, request_id).findings if f["status"] == "fail"]


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=JST)


@pytest.fixture
def request_id(desk: Desk) -> int:
    return _import(desk, request_mail(when=RECEIVED, message_id="<first@example.com>"))


@pytest.fixture
def with_roster(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(ROSTER_CSV.encode())
    import_roster(desk, path=path)


def test_approve_refused_while_a_finding_fails(desk: Desk, request_id: int) -> None:
    failing = _failing(desk, request_id)
    assert "roster.found" in failing  # no roster imported
    with pytest.raises(UnresolvedFailures) as err:
        approve(desk, request_id=request_id)
    assert err.value.code == "decision.unresolved_failures"
    assert list(err.value.codes) == failing
    # A blank reason is no reason.
    with pytest.raises(UnresolvedFailures):
        approve(desk, request_id=request_id, overrides=dict.fromkeys(failing, "  "))
    assert _request(desk, request_id).status == "new"


def test_approve_accepted_when_every_failure_is_overridden(desk: Desk, request_id: int) -> None:
    failing = _failing(desk, request_id)
    reasons = {code: f"checked by phone ({code})" for code in failing}
    result = approve(desk, request_id=request_id, overrides={**reasons, "photo.pose": "unused"})
    assert result.status == "approved"
    assert result.overrides == reasons
    stored = _request(desk, request_id).overrides
    assert set(stored) == set(failing)
    for code in failing:
        assert stored[code]["reason"] == reasons[code]
        assert stored[code]["actor"] == str(desk.actor)
        assert stored[code]["version"] == 1
        datetime.fromisoformat(stored[code]["at"])


def test_approve_with_roster_match_needs_no_override(
    desk: Desk, with_roster: None, request_id: int
) -> None:
    failing = _failing(desk, request_id)
    result = approve(
        desk, request_id=request_id, overrides={c: "photo checked by eye" for c in failing}
    )
    assert result.status == "approved"
    assert not any(c.startswith("roster.") for c in result.overrides)


def test_passed_exam_is_never_approved(desk: Desk, with_roster: None) -> None:
    rid = _import(desk, request_mail(exam_number="M2301000999", name="TRAN THI BICH"))
    failing = _failing(desk, rid)
    assert "eligibility.not_passed" in failing
    with pytest.raises(DeskError) as err:
        approve(desk, request_id=rid, overrides={c: "the clerk insists" for c in failing})
    assert err.value.code == "decision.passed"
    assert _request(desk, rid).status == "new"
    checklist = deficiency_checklist(desk, request_id=rid)
    assert checklist.suggested_rejection == "passed"


def test_flag_writes_a_bilingual_notice_and_pauses_the_clock(
    desk: Desk, request_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    flagged_on = add_business_days(RECEIVED.date(), 3)
    monkeypatch.setattr(changes, "now", lambda: _at(flagged_on).astimezone(UTC))
    notice = flag_deficiencies(
        desk,
        request_id=request_id,
        items=["photo.head_size", "fields.sex", "photo.head_size"],
        extra_text="在留カードの裏面もお送りください。 / Please also send the back.",
    )
    assert notice.status == "waiting_applicant"
    assert notice.due_date is None  # the clock stands while waiting

    msg = _parse(notice.eml)
    reference = _request(desk, request_id).reference
    assert reference in msg["Subject"]
    assert msg["To"] == "an.nguyen@example.com"
    assert msg["Message-ID"] == f"<{notice.message_id}>"
    assert notice.message_id.endswith("@jaim-skill.or.jp")
    assert msg["In-Reply-To"] == "<first@example.com>"
    body = _body(notice.eml)
    assert body.index("画像の縦の長さの50～69%") < body.index("50-69 % of the image height")
    assert "⑦性別" in body and "(7) Sex" in body
    assert "3. 在留カードの裏面もお送りください。" in body  # duplicates dropped, extra last
    assert notice.text.startswith("To: an.nguyen@example.com\n")

    with desk.db.begin() as session:
        saved = session.execute(select(Message).where(Message.direction == "out")).scalar_one()
        assert saved.message_id == notice.message_id
        assert saved.request_id == request_id
        assert saved.status == "prepared"
    request = _request(desk, request_id)
    assert request.status == "waiting_applicant"
    assert request.pauses == [[flagged_on.isoformat(), None]]
    assert request.paused_since == flagged_on
    assert notice_for(desk, request_id=request_id) == notice.eml
    assert notice_for(desk, message_pk=notice.message_pk, purpose="open") == notice.eml
    assert [n.kind for n in list_notices(desk, request_id=request_id)] == ["deficiency"]


def test_reply_to_the_notice_joins_as_version_2_and_the_due_date_moves_by_the_pause(
    desk: Desk, request_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    due_before = _request(desk, request_id).due_date
    assert due_before == add_business_days(RECEIVED.date(), 10)
    flagged_on = add_business_days(RECEIVED.date(), 3)
    monkeypatch.setattr(changes, "now", lambda: _at(flagged_on).astimezone(UTC))
    notice = flag_deficiencies(desk, request_id=request_id, items=["photo.background"])

    replied_on = add_business_days(flagged_on, 5)
    reply = request_mail(
        when=_at(replied_on),
        subject="Re: " + _parse(notice.eml)["Subject"],
        in_reply_to=f"<{notice.message_id}>",
    )
    assert _import(desk, reply, "reply.eml") == request_id

    request = _request(desk, request_id)
    assert request.status == "resubmitted"
    assert request.version_count == 2
    assert request.pauses == [[flagged_on.isoformat(), replied_on.isoformat()]]
    assert request.paused_since is None
    assert request.due_date is not None and due_before is not None
    assert business_days_between(due_before, request.due_date) == 5
    assert request.due_date == add_business_days(RECEIVED.date(), 15)


def test_new_mail_quoting_the_reference_joins_too(desk: Desk, request_id: int) -> None:
    flag_deficiencies(desk, request_id=request_id, items=["other"], extra_text="写真 / photo")
    reference = _request(desk, request_id).reference
    again = request_mail(subject=f"再提出 {reference}", when=RECEIVED + timedelta(days=7))
    assert _import(desk, again, "again.eml") == request_id
    assert _request(desk, request_id).pauses[-1][1] is not None


def test_flag_needs_known_items(desk: Desk, request_id: int) -> None:
    with pytest.raises(DeskError) as err:
        flag_deficiencies(desk, request_id=request_id, items=["photo.nonsense"])
    assert (err.value.code, err.value.detail) == ("decision.unknown_item", "photo.nonsense")
    with pytest.raises(DeskError) as err:
        flag_deficiencies(desk, request_id=request_id, items=[], extra_text="  ")
    assert err.value.code == "decision.no_items"
    with desk.db.begin() as session:
        assert session.execute(select(Message).where(Message.direction == "out")).first() is None


def test_flag_with_edited_wording(desk: Desk, request_id: int) -> None:
    notice = flag_deficiencies(
        desk,
        request_id=request_id,
        items=["photo.colour"],
        edits={"photo.colour": ("カラーの顔写真を1枚お送りください。", "")},
    )
    body = _body(notice.eml)
    assert "カラーの顔写真を1枚お送りください。" in body
    assert "must be a colour photo" in body  # an empty language keeps the catalogue text


def test_checklist_ticks_failing_items(desk: Desk, request_id: int) -> None:
    checklist = deficiency_checklist(desk, request_id=request_id)
    ticked = {i.code for i in checklist.items if i.checked}
    fixable = {c for c in _failing(desk, request_id) if not c.startswith("eligibility.")}
    assert ticked == fixable
    assert checklist.suggested_rejection is None


def test_reject_writes_the_standard_notice_and_closes_the_request(
    desk: Desk, request_id: int
) -> None:
    flag_deficiencies(desk, request_id=request_id, items=["file.size"])
    notice = reject(desk, request_id=request_id, reason="test_vendor")
    assert notice.status == "rejected"
    body = _body(notice.eml)
    assert "プロメトリックのマイページ" in body and "Prometric My Page" in body
    request = _request(desk, request_id)
    assert request.status == "rejected"
    assert request.paused_since is None and request.pauses[-1][1] is not None
    for action in (
        lambda: approve(desk, request_id=request_id),
        lambda: flag_deficiencies(desk, request_id=request_id, items=["file.size"]),
        lambda: reject(desk, request_id=request_id, reason="passed"),
    ):
        with pytest.raises(DeskError) as err:
            action()
        assert err.value.code == "decision.rejected"
    with pytest.raises(DeskError) as err:
        reject(desk, request_id=999, reason="passed")
    assert err.value.code == "request.not_found"


def test_reject_needs_a_known_reason(desk: Desk, request_id: int) -> None:
    with pytest.raises(DeskError) as err:
        reject(desk, request_id=request_id, reason="bored")
    assert err.value.code == "decision.unknown_reason"


def test_issued_request_takes_notes_only(desk: Desk, request_id: int) -> None:
    with desk.db.begin() as session:
        request = session.get(Request, request_id)
        assert request is not None
        request.status = "issued"
    for action in (
        lambda: approve(desk, request_id=request_id),
        lambda: flag_deficiencies(desk, request_id=request_id, items=["file.size"]),
        lambda: reject(desk, request_id=request_id, reason="passed"),
    ):
        with pytest.raises(DeskError) as err:
            action()
        assert err.value.code == "decision.issued"
    add_note(desk, request_id=request_id, text="Report handed over at the counter.")


def test_approve_while_waiting_ends_the_pause(desk: Desk, request_id: int) -> None:
    flag_deficiencies(desk, request_id=request_id, items=["file.size"])
    failing = _failing(desk, request_id)
    approve(desk, request_id=request_id, overrides=dict.fromkeys(failing, "resolved by phone"))
    request = _request(desk, request_id)
    assert request.status == "approved"
    assert request.paused_since is None
    assert request.pauses[-1][1] is not None
    assert request.due_date is not None


def test_notes_are_checked(desk: Desk, request_id: int) -> None:
    with pytest.raises(DeskError) as err:
        add_note(desk, request_id=request_id, text="   ")
    assert err.value.code == "note.empty"
    with pytest.raises(DeskError) as err:
        add_note(desk, request_id=request_id, text="x" * 10_001)
    assert err.value.code == "note.too_long"


def test_history_lists_every_action_with_actor(desk: Desk, request_id: int) -> None:
    add_note(desk, request_id=request_id, text="Applicant phoned about the photo.")
    notice = flag_deficiencies(desk, request_id=request_id, items=["photo.colour"])
    notice_for(desk, message_pk=notice.message_pk)
    failing = _failing(desk, request_id)
    approve(desk, request_id=request_id, overrides=dict.fromkeys(failing, "fine"))
    history = show_request(desk, request_id=request_id).history
    decided = [e for e in history if e.action not in ("request.view",)]
    assert [e.action for e in decided] == [
        "request.created",
        "note.added",
        "request.flagged",
        "notice.opened",
        "request.approved",
    ]
    assert all(e.actor == str(desk.actor) for e in decided)
    assert all(e.at for e in decided)
    by_action = {e.action: e.detail for e in decided}
    assert by_action["note.added"] == {"text": "Applicant phoned about the photo.", "revision": 2}
    # Every change bumps the revision once, in order.
    assert [by_action[a]["revision"] for a in ("request.created", "note.added")] == [1, 2]
    assert by_action["request.approved"]["revision"] == 4
    assert by_action["request.flagged"]["codes"] == ["photo.colour"]
    assert by_action["request.flagged"]["message_pk"] == notice.message_pk
    assert by_action["request.approved"]["overrides"] == dict.fromkeys(failing, "fine")
    # Events never carry the applicant's personal values.
    with desk.db.begin() as session:
        details = str(session.execute(select(Event.detail)).scalars().all())
    assert "NGUYEN" not in details and "an.nguyen@example.com" not in details
    # Nor the clerk's free text (note, override reasons): ids and codes only.
    assert "phoned" not in details and "fine" not in details
