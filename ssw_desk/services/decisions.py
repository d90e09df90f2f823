"""The clerk's decisions on a request: approve, flag deficiencies, reject, notes.

One function per user action; each runs in one transaction, records who did what and when in the
request's history (:class:`~ssw_desk.storage.models.Event`), and returns a plain dataclass or
raises :class:`~ssw_desk.errors.DeskError` with a code.

Status transitions::

    new | resubmitted | waiting_applicant | approved --approve--> approved
    new | resubmitted | waiting_applicant | approved --flag-----> waiting_applicant
    new | resubmitted | waiting_applicant | approved --reject---> rejected
    waiting_applicant --(intake: the applicant's correction)--> resubmitted
    approved --(reports: issue)--> issued
    any status --note--> unchanged

Refused: every decision on an ``issued`` request (``decision.issued``) and on a ``rejected`` one
(``decision.rejected``); only notes may be added to them.

Approval needs every failing finding overridden by the clerk with a reason, given with that
approval (overrides given for an earlier version are kept in ``Request.overrides`` but do not
carry over: a resubmission may fail the same check for another cause). ``warn`` and ``unknown``
findings do not block. A request for an exam the roster says was passed can never be approved
(``decision.passed``): the Score report is never issued to someone who passed.

The deadline clock: flagging opens a pause on the office's today (``[today, None]`` in
``Request.pauses``, ``paused_since``); the applicant's correction closes it (intake), as does an
approval or a rejection made while waiting. While paused, the due date is None (the clock stands).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ssw_desk.domain.business_days import JST, office_day
from ssw_desk.domain.deficiencies import (
    Catalogue,
    ChecklistItem,
    checklist,
    suggested_rejection,
)
from ssw_desk.errors import DeskError
from ssw_desk.services.context import Desk, intake_rules, now, record
from ssw_desk.services.findings import compute_due, refresh
from ssw_desk.services.notices import (
    NoticeInfo,
    copy_text,
    list_notices,
    load_catalogue,
    notice_for,
    store_notice,
)
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


def _guard_decision(request: Request) -> None:
    if request.status == "issued":
        raise DeskError("decision.issued", request.reference)
    if request.status == "rejected":
        raise DeskError("decision.rejected", request.reference)


def _open_pause(request: Request, today: date) -> None:
    pauses = [list(p) for p in request.pauses or []]
    if not pauses or pauses[-1][1] is not None:
        pauses.append([today.isoformat(), None])
        request.paused_since = today
    request.pauses = pauses


def _close_pause(request: Request, today: date) -> None:
    pauses = [list(p) for p in request.pauses or []]
    if pauses and pauses[-1][1] is None:
        pauses[-1][1] = today.isoformat()
    request.pauses = pauses
    request.paused_since = None


def _failing(findings: Sequence[Mapping[str, object]]) -> list[str]:
    codes: list[str] = []
    for f in findings:
        code = str(f.get("code", ""))
        if f.get("status") == "fail" and code not in codes:
            codes.append(code)
    return codes


def _due(request: Request) -> str | None:
    return request.due_date.isoformat() if request.due_date else None


def approve(desk: Desk, *, request_id: int, overrides: Mapping[str, str] | None = None) -> Decision:
    """Approves a request for issuing its Score report.

    Args:
        desk: The desk.
        request_id: The request.
        overrides: Failing finding code -> the clerk's reason for accepting it anyway.

    Returns:
        The request's new state.

    Raises:
        DeskError: ``request.not_found``, ``decision.issued``, ``decision.rejected``,
            ``decision.passed`` (the roster says passed: never overridable), or
            :class:`UnresolvedFailures` (``decision.unresolved_failures``).
    """
    with desk.db.begin() as session:
        request = _load(session, request_id)
        _guard_decision(request)
        refresh(session, request)  # judge on the roster and other requests as they are now
        failing = _failing(request.findings)
        if "eligibility.not_passed" in failing:
            raise DeskError("decision.passed", request.reference)
        reasons = {c: r.strip() for c, r in (overrides or {}).items() if r and r.strip()}
        unresolved = [c for c in failing if c not in reasons]
        if unresolved:
            raise UnresolvedFailures(unresolved)
        at = now()
        given = {c: reasons[c] for c in failing}
        stored = dict(request.overrides or {})
        for code, reason in given.items():
            stored[code] = {
                "reason": reason,
                "actor": str(desk.actor),
                "at": at.isoformat(),
                "version": request.version_count,
            }
        request.overrides = stored
        if request.status == "waiting_applicant":
            _close_pause(request, office_day(at))
        request.status = "approved"
        request.due_date = compute_due(session, request)
        request.updated_at = at
        record(
            session,
            desk,
            "request.approved",
            request.id,
            version=request.version_count,
            overrides=sorted(given),  # the reasons stay on the request, not in the history
        )
        return Decision(request.id, request.reference, request.status, _due(request), given)


def deficiency_checklist(desk: Desk, *, request_id: int) -> Checklist:
    """The checklist for flagging deficiencies, built from the findings and the catalogue."""
    with desk.db.begin() as session:
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
        DeskError: ``request.not_found``, ``decision.issued``, ``decision.rejected``,
            ``decision.unknown_item`` (detail: the code), ``decision.no_items``,
            ``decision.no_recipient``.
    """
    with desk.db.begin() as session:
        request = _load(session, request_id)
        _guard_decision(request)
        codes = list(dict.fromkeys(items))
        extra = (extra_text or "").strip()
        texts = _points(load_catalogue(session), codes, edits or {}, extra)
        if not texts:
            raise DeskError("decision.no_items", request.reference)
        at = now()
        message, eml = store_notice(
            session, desk, request, texts, kind="deficiency", at=at.astimezone(OFFICE_TZ)
        )
        _open_pause(request, office_day(at))
        request.status = "waiting_applicant"
        request.due_date = compute_due(session, request)
        request.updated_at = at
        record(
            session,
            desk,
            "request.flagged",
            request.id,
            codes=codes,
            edited=[c for c in codes if c in (edits or {})],
            extra=bool(extra),
            message_pk=message.id,
        )
        return _notice(request, message, eml)


def reject(desk: Desk, *, request_id: int, reason: str) -> Notice:
    """Rejects a request as ineligible and writes the standard notice.

    Args:
        desk: The desk.
        request_id: The request.
        reason: ``passed``, ``before_window``, ``test_vendor`` or ``undefined_period``.

    Returns:
        The saved notice.

    Raises:
        DeskError: ``request.not_found``, ``decision.issued``, ``decision.rejected``,
            ``decision.unknown_reason``, ``decision.no_recipient``.
    """
    with desk.db.begin() as session:
        request = _load(session, request_id)
        _guard_decision(request)
        entry = load_catalogue(session).ineligible(reason)
        if entry is None:
            raise DeskError("decision.unknown_reason", reason)
        at = now()
        message, eml = store_notice(
            session,
            desk,
            request,
            [(entry.ja, entry.en)],
            kind="ineligible",
            at=at.astimezone(OFFICE_TZ),
        )
        if request.status == "waiting_applicant":
            _close_pause(request, office_day(at))
        request.status = "rejected"
        request.due_date = compute_due(session, request)
        request.updated_at = at
        record(session, desk, "request.rejected", request.id, reason=reason, message_pk=message.id)
        return _notice(request, message, eml)


def add_note(desk: Desk, *, request_id: int, text: str) -> None:
    """Adds a clerk's note to the request's history (allowed in every status).

    Raises:
        DeskError: ``request.not_found``, ``note.empty``, ``note.too_long``.
    """
    note = text.strip()
    if not note:
        raise DeskError("note.empty")
    if len(note) > MAX_NOTE_CHARS:
        raise DeskError("note.too_long", str(len(note)))
    with desk.db.begin() as session:
        request = _load(session, request_id)
        # The clerk's own words go to the notes table; the history holds the note's id only.
        row = Note(request_id=request.id, at=now(), actor=str(desk.actor), text=note)
        session.add(row)
        session.flush()
        record(session, desk, "note.added", request.id, note=row.id)


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
