"""Reading requests: the queue, one request in full, and the JSON the CLI prints.

The GUI receives these plain dataclasses, never attached ORM objects.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ssw_desk.domain.rules import FileRule
from ssw_desk.errors import DeskError
from ssw_desk.services.claims import current_claim
from ssw_desk.services.context import Desk, record
from ssw_desk.services.queue import search_clause
from ssw_desk.services.settings import intake_rules
from ssw_desk.storage import audit, repos
from ssw_desk.storage.models import Event, Message, Note, Request, Version


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    role: str
    format: str
    size: int
    sha256: str
    content_type: str
    photo_report: dict[str, Any] | None
    carried_from: int | None = None


@dataclass(frozen=True)
class VersionView:
    number: int
    received_at: str | None
    message_id: str | None
    subject: str
    fields: dict[str, Any]
    body_text: str
    findings: list[dict[str, Any]]
    attachments: list[AttachmentView]


@dataclass(frozen=True)
class EventView:
    at: str
    actor: str
    action: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class RequestView:
    id: int
    reference: str
    status: str
    received_at: str
    due_date: str | None
    sender: str
    subject: str
    message_id: str | None
    fields: dict[str, str | None]
    attachments: list[AttachmentView]
    findings: list[dict[str, Any]]
    roster_match: dict[str, Any] | None
    versions: list[VersionView]
    history: list[EventView]
    #: Bumped by every change; a decision states the revision it was taken on.
    revision: int = 0
    #: The live claim: who is reviewing it now, or None.
    claim: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["attachments"] = [
            {k: a[k] for k in ("filename", "role", "format", "size", "sha256")}
            for a in data["attachments"]
        ]
        for v in data["versions"]:
            v["attachments"] = [
                {k: a[k] for k in ("filename", "role", "format", "size", "sha256")}
                for a in v["attachments"]
            ]
            v.pop("body_text")
        return data


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _with_file_rule(report: dict[str, Any] | None, a: Any, rule: FileRule) -> Any:
    """The stored photo report with its ``file.*`` checks judged by the rule in force now, so
    the checks tab agrees with the findings after an admin changes the size or format rule."""
    if not report or not isinstance(report.get("checks"), list):
        return report
    fresh = {str(c["code"]): c for c in rule.judge(a.format, a.size)}
    checks = [fresh.get(str(c.get("code")), c) for c in report["checks"]]
    return {**report, "checks": checks}


def _attachment_views(version: Version, rule: FileRule) -> list[AttachmentView]:
    return [
        AttachmentView(
            id=a.id,
            filename=a.filename,
            role=a.role,
            format=a.format,
            size=a.size,
            sha256=a.sha256,
            content_type=a.content_type,
            photo_report=_with_file_rule(a.photo_report, a, rule),
            carried_from=a.carried_from,
        )
        for a in version.attachments
    ]


def _shown_detail(session: Session, request: Request, detail: dict[str, Any]) -> dict[str, Any]:
    """An event's detail as the history shows it: the ids it holds are resolved to the note's
    text and the overrides' reasons (kept outside the append-only history)."""
    shown = dict(detail or {})
    if isinstance(shown.get("note"), int):
        note = session.get(Note, shown.pop("note"))
        shown["text"] = note.text if note is not None else ""
    if isinstance(shown.get("overrides"), list):
        stored = request.overrides or {}
        shown["overrides"] = {
            str(c): str((stored.get(c) or {}).get("reason", "")) for c in shown["overrides"]
        }
    return shown


def build_view(session: Session, request: Request) -> RequestView:
    rule = intake_rules(session).file_rule
    versions = []
    for v in request.versions:
        message = session.get(Message, v.message_pk)
        versions.append(
            VersionView(
                number=v.number,
                received_at=_iso(message.received_at) if message else None,
                message_id=message.message_id if message else None,
                subject=message.subject if message else "",
                fields=v.fields,
                body_text=v.body_text,
                findings=v.findings,
                attachments=_attachment_views(v, rule),
            )
        )
    latest = versions[-1]
    roster = repos.roster_row(session, request.exam_number)
    events = [
        *session.execute(
            select(Event).where(Event.request_id == request.id).order_by(Event.at, Event.id)
        ).scalars(),
        # this view's own record (and any other of this transaction) joins the chain at commit
        *audit.pending(session, request.id),
    ]
    return RequestView(
        id=request.id,
        reference=request.reference,
        status=request.status,
        received_at=request.received_at.isoformat(),
        due_date=_iso(request.due_date),
        sender=request.sender,
        subject=request.subject,
        message_id=latest.message_id,
        fields={
            "exam_number": request.exam_number,
            "exam_date": _iso(request.exam_date),
            "category": request.category,
            "name": request.name,
            "nationality": request.nationality,
            "date_of_birth": _iso(request.date_of_birth),
            "sex": request.sex,
        },
        attachments=latest.attachments,
        findings=request.findings,
        roster_match=None
        if roster is None
        else {
            "exam_number": roster.exam_number,
            "result": roster.result,
            "score": roster.score,
            "passing_score": roster.passing_score,
            "max_score": roster.max_score,
            "exam_date": roster.exam_date,
            "category": roster.category,
            "name": roster.name,
            "nationality": roster.nationality,
            "date_of_birth": roster.date_of_birth,
            "sex": roster.sex,
        },
        versions=versions,
        history=[
            EventView(
                at=e.at.isoformat(),
                actor=e.actor,
                action=e.action,
                detail=_shown_detail(session, request, e.detail),
            )
            for e in events
        ],
        revision=request.revision or 0,
        claim=held.as_json() if (held := current_claim(session, request.id)) else None,
    )


def show_request(desk: Desk, *, request_id: int, purpose: str = "view") -> RequestView:
    """One request in full; the access is recorded (who viewed personal data, when)."""
    with desk.db.begin() as session:
        request = session.get(Request, request_id)
        if request is None:
            raise DeskError("request.not_found", str(request_id))
        record(session, desk, f"request.{purpose}", request.id)
        return build_view(session, request)


def request_revision(desk: Desk, *, request_id: int) -> int:
    """The request's revision now (no access recorded: it holds nothing personal)."""
    with desk.db.read() as session:
        value = session.execute(select(Request.revision).where(Request.id == request_id)).scalar()
        if value is None:
            raise DeskError("request.not_found", str(request_id))
        return int(value)


def list_requests(
    desk: Desk, *, status: str | None = None, search: str | None = None, limit: int | None = None
) -> list[RequestView]:
    with desk.db.begin() as session:
        stmt = select(Request).order_by(Request.received_at, Request.id)
        if status:
            stmt = stmt.where(Request.status == status)
        if search:
            clause = search_clause(search)
            if clause is not None:
                stmt = stmt.where(clause)
        if limit:
            stmt = stmt.limit(limit)
        views = [build_view(session, r) for r in session.execute(stmt).scalars()]
        record(session, desk, "requests.listed", count=len(views))
        # Every listed request's personal data left the database: recorded per request.
        for view in views:
            record(session, desk, "request.exported", view.id, purpose="list")
        return views


def status_counts(desk: Desk) -> dict[str, int]:
    with desk.db.begin() as session:
        rows = session.execute(select(Request.status, func.count()).group_by(Request.status))
        return {status: count for status, count in rows.all()}
