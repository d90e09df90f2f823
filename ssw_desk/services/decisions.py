"""The clerk's decisions on a request: approve, flag deficiencies, reject, notes.

One function per user action; each runs in one transaction, records who did what and when in the
request's history (:class:`~ssw_desk.storage.models.Event`), and returns a plain dataclass or
raises :class:`~ssw_desk.errors.DeskError` with a code.

The status transitions, the roles and the pause rules are the lifecycle's
(:mod:`ssw_desk.domain.lifecycle`); every decision runs through the single write path
(:func:`ssw_desk.services.changes.change`): the request row locked, the revision the clerk decided
on checked (``request.changed``), the transition asked, the revision bumped, the event appended.

Approval needs every failing finding overridden by the clerk with a reason, given with that
approval (overrides given for an earlier version are kept in ``Request.overrides`` but do not
carry over: a resubmission may fail the same check for another cause). ``warn`` and ``unknown``
findings do not block. A request for an exam the roster says was passed can never be approved
(``decision.passed``): the Score report is never issued to someone who passed.

The deadline clock: flagging opens a pause on the office's today (``[today, None]`` in
``Request.pauses``, ``paused_since``); leaving ``waiting_applicant`` closes it (the lifecycle's
pause rules). While paused, the due date is None (the clock stands).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ssw_desk.domain.business_days import JST
from ssw_desk.domain.deficiencies import (
    Catalogue,
    ChecklistItem,
    checklist,
    suggested_rejection,
)
from ssw_desk.errors import DeskError
from ssw_desk.services.changes import change
from ssw_desk.services.context import Desk, now
from ssw_desk.services.findings import compute_due, refresh
from ssw_desk.services.notices import (
    NoticeInfo,
    copy_text,
    list_notices,
    load_catalogue,
    notice_for,
    store_notice,
)
from ssw_desk.services.outbox import queue_outgoing
from ssw_desk.services.settings import intake_rules
from ssw_desk.storage.models import Message, Note, Request

__all__ = [
    "Checklist",
    "Decision",
    "Notice",
    "NoticeInfo",
    "UnresolvedFailures",
    "add_note",
    "approve",
    "deficiency_checklist",
    "flag_deficiencies",
    "list_notices",
    "notice_for",
    "reject",
    "reopen",
]

#: The secretariat's days (pauses, today) are Japanese calendar days.
OFFICE_TZ = JST

MAX_NOTE_CHARS = 10_000


class UnresolvedFailures(DeskError):
    """Approval refused: these failing findings have no override with a reason.

    Attributes:
        codes: The finding codes still failing, in finding order.
    """

    def __init__(self, codes: Sequence[str]) -> None:
        super().__init__("decision.unresolved_failures", ",".join(codes))
        self.codes = tuple(codes)


@dataclass(frozen=True)
class Decision:
    """The state of a request after an approval.

    Attributes:
        overrides: Finding code -> the clerk's reason, as given with this approval.
    """

    request_id: int
    reference: str
    status: str
    due_date: str | None
    overrides: dict[str, str]


@dataclass(frozen=True)
class Notice:
    """A notice e-mail saved with its request.

    Attributes:
        message_pk: Row of the saved message (for :func:`notice_for`).
        message_id: Its Message-ID without ``<>``; the applicant's reply threads on it.
        eml: The message, ready to open in a mail program or send.
        text: To, Subject and body as text, for "copy".
    """

    request_id: int
    reference: str
    status: str
    due_date: str | None
    message_pk: int
    message_id: str
    eml: bytes
    text: str


@dataclass(frozen=True)
class Checklist:
    """What the "flag deficiencies" dialog offers.

    Attributes:
        items: Every catalogue item; those suggested by findings first, failing ones ticked.
        suggested_rejection: An ineligibility reason the findings point to, or None.
    """

    items: list[ChecklistItem]
    suggested_rejection: str | None


def _load(session: Session, request_id: int) -> Request:
    request = session.get(Request, request_id)
    if request is None:
        raise DeskError("request.not_found", str(request_id))
    return request


def _failing(findings: Sequence[Mapping[str, object]]) -> list[str]:
    codes: list[str] = []
    for f in findings:
        code = str(f.get("code", ""))
        if f.get("status") == "fail" and code not in codes:
            codes.append(code)
    return codes


def _due(request: Request) -> str | None:
    return request.due_date.isoformat() if request.due_date else None


def approve(
    desk: Desk,
    *,
    request_id: int,
    overrides: Mapping[str, str] | None = None,
    expect_revision: int | None = None,
) -> Decision:
    """Approves a request for issuing its Score report.

    Args:
        desk: The desk.
        request_id: The request.
        overrides: Failing finding code -> the clerk's reason for accepting it anyway (an
            approval that overrides needs the ``approve_with_override`` role).
        expect_revision: The revision the clerk decided on (None: the current one).

    Returns:
        The request's new state.

    Raises:
        DeskError: ``request.not_found``, ``request.changed``, ``decision.issued``,
            ``decision.rejected``, ``decision.passed`` (the roster says passed: never
            overridable), ``role.not_permitted``, or :class:`UnresolvedFailures`
            (``decision.unresolved_failures``).
    """
    with change(desk, request_id, "approve", expect_revision=expect_revision) as ch:
        session, request = ch.session, ch.request
        refresh(session, request)  # judge on the roster and other requests as they are now
        failing = _failing(request.findings)
        if "eligibility.not_passed" in failing:
            raise DeskError("decision.passed", request.reference)
        reasons = {c: r.strip() for c, r in (overrides or {}).items() if r and r.strip()}
        unresolved = [c for c in failing if c not in reasons]
        if unresolved:
            raise UnresolvedFailures(unresolved)
        given = {c: reasons[c] for c in failing}
        if given:
            ch.require("approve_with_override")
        stored = dict(request.overrides or {})
        for code, reason in given.items():
            stored[code] = {
                "reason": reason,
                "actor": str(desk.actor),
                "at": ch.at.isoformat(),
                "version": request.version_count,
            }
        request.overrides = stored
        # (the due date was recomputed by refresh, after the transition); the reasons stay on
        # the request, not in the history
        ch.record("request.approved", version=request.version_count, overrides=sorted(given))
        return Decision(request.id, request.reference, request.status, _due(request), given)


def deficiency_checklist(desk: Desk, *, request_id: int) -> Checklist:
    """The checklist for flagging deficiencies, built from the findings and the catalogue."""
    with desk.db.read() as session:
        request = _load(session, request_id)
        rules = intake_rules(session)
        return Checklist(
            items=checklist(request.findings or [], load_catalogue(session)),
            suggested_rejection=suggested_rejection(
                request.findings or [],
                window_start=rules.window_start.isoformat(),
                window_end=rules.window_end.isoformat(),
                vendor_from=rules.vendor_from.isoformat(),
            ),
        )


def flag_deficiencies(
    desk: Desk,
    *,
    request_id: int,
    items: Sequence[str],
    extra_text: str | None = None,
    edits: Mapping[str, tuple[str, str]] | None = None,
    expect_revision: int | None = None,
) -> Notice:
    """Writes the deficiency notice and sets the request waiting for the applicant.

    Args:
        desk: The desk.
        request_id: The request.
        items: Catalogue codes of the points raised, in the order to list them.
        extra_text: The clerk's own words, added as the last point (in both languages' parts).
        edits: Code -> (Japanese, English) wording for this notice only.

    Returns:
        The saved notice.

    Raises:
        DeskError: ``request.not_found``, ``request.changed``, ``decision.issued``,
            ``decision.rejected``, ``decision.unknown_item`` (detail: the code),
            ``decision.no_items``, ``decision.no_recipient``.
    """
    with change(desk, request_id, "flag", expect_revision=expect_revision) as ch:
        session, request, at = ch.session, ch.request, ch.at
        codes = list(dict.fromkeys(items))
        extra = (extra_text or "").strip()
        texts = _points(load_catalogue(session), codes, edits or {}, extra)
        if not texts:
            raise DeskError("decision.no_items", request.reference)
        message, eml = store_notice(
            session, desk, request, texts, kind="deficiency", at=at.astimezone(OFFICE_TZ)
        )
        queue_outgoing(session, desk, message=message, kind="notice:deficiency")
        request.due_date = compute_due(session, request)
        ch.record(
            "request.flagged",
            codes=codes,
            edited=[c for c in codes if c in (edits or {})],
            extra=bool(extra),
            message_pk=message.id,
        )
        return _notice(request, message, eml)


def reject(
    desk: Desk, *, request_id: int, reason: str, expect_revision: int | None = None
) -> Notice:
    """Rejects a request as ineligible and writes the standard notice.

    Args:
        desk: The desk.
        request_id: The request.
        reason: ``passed``, ``before_window``, ``test_vendor`` or ``undefined_period``.

    Returns:
        The saved notice.

    Raises:
        DeskError: ``request.not_found``, ``request.changed``, ``decision.issued``,
            ``decision.rejected``, ``decision.unknown_reason``, ``decision.no_recipient``.
    """
    with change(desk, request_id, "reject", expect_revision=expect_revision) as ch:
        session, request, at = ch.session, ch.request, ch.at
        entry = load_catalogue(session).ineligible(reason)
        if entry is None:
            raise DeskError("decision.unknown_reason", reason)
        message, eml = store_notice(
            session,
            desk,
            request,
            [(entry.ja, entry.en)],
            kind="ineligible",
            at=at.astimezone(OFFICE_TZ),
        )
        queue_outgoing(session, desk, message=message, kind="notice:ineligible")
        request.due_date = compute_due(session, request)
        ch.record("request.rejected", reason=reason, message_pk=message.id)
        return _notice(request, message, eml)


def reopen(
    desk: Desk, *, request_id: int, reason: str, expect_revision: int | None = None
) -> Decision:
    """Reopens an approved or rejected request for review (a supervisor's action, with a reason
    that is recorded). An issued request is revoked first, not reopened.

    Raises:
        DeskError: ``request.not_found``, ``request.changed``, ``request.not_allowed``,
            ``role.not_permitted``, ``decision.needs_reason``.
    """
    why = reason.strip()
    if not why:
        raise DeskError("decision.needs_reason")
    with change(desk, request_id, "reopen", expect_revision=expect_revision) as ch:
        session, request = ch.session, ch.request
        refresh(session, request)  # the clock runs again: the due date counts from receipt
        ch.record("request.reopened", previous=str(ch.before), reason=why)
        return Decision(request.id, request.reference, request.status, _due(request), {})


def add_note(desk: Desk, *, request_id: int, text: str, expect_revision: int | None = None) -> None:
    """Adds a clerk's note to the request's history (allowed in every status).

    Raises:
        DeskError: ``request.not_found``, ``request.changed``, ``note.empty``,
            ``note.too_long``.
    """
    note = text.strip()
    if not note:
        raise DeskError("note.empty")
    if len(note) > MAX_NOTE_CHARS:
        raise DeskError("note.too_long", str(len(note)))
    with change(desk, request_id, "note", expect_revision=expect_revision) as ch:
        # The clerk's own words go to the notes table; the history holds the note's id only.
        row = Note(request_id=ch.request.id, at=now(), actor=str(desk.actor), text=note)
        ch.session.add(row)
        ch.session.flush()
        ch.record("note.added", note=row.id)


def _points(
    catalogue: Catalogue,
    codes: Sequence[str],
    edits: Mapping[str, tuple[str, str]],
    extra: str,
) -> list[tuple[str, str]]:
    """(Japanese, English) points of a notice: catalogue texts, this notice's edits, extra."""
    texts: list[tuple[str, str]] = []
    for code in codes:
        entry = catalogue.item(code)
        if entry is None:
            raise DeskError("decision.unknown_item", code)
        ja, en = edits.get(code, ("", ""))
        texts.append((ja.strip() or entry.ja, en.strip() or entry.en))
    if extra:
        texts.append((extra, extra))
    return texts


def _notice(request: Request, message: Message, eml: bytes) -> Notice:
    return Notice(
        request_id=request.id,
        reference=request.reference,
        status=request.status,
        due_date=_due(request),
        message_pk=message.id,
        message_id=message.message_id or "",
        eml=eml,
        text=copy_text(eml),
    )
