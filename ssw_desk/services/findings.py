"""Recomputes a request's findings and deadline from what the store holds now.

Called after an import, a roster import, a decision: the findings are always derived from the
newest version, the roster and the other requests, never edited by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from ssw_desk.domain.business_days import due_date
from ssw_desk.domain.findings import AttachmentFacts, evaluate, resolve_with_roster
from ssw_desk.domain.rules import IntakeRules
from ssw_desk.services.analysis import extraction_from_json, photo_findings
from ssw_desk.services.settings import intake_rules
from ssw_desk.storage import repos
from ssw_desk.storage.models import Request, Version


def latest_version(request: Request) -> Version:
    return request.versions[-1]


@dataclass(frozen=True)
class Standing:
    """What :func:`refresh` reads besides the request: the intake rules and the office
    closures. An import reads them once, at its start, instead of once per message."""

    rules: IntakeRules
    closures: tuple[date, ...]

    @classmethod
    def read(cls, session: Session) -> Standing:
        return cls(intake_rules(session), tuple(repos.closures(session)))


def refresh(session: Session, request: Request, *, standing: Standing | None = None) -> None:
    """Recomputes findings, the queue columns and the due date of ``request``.

    ``standing``: the rules and closures read once for a batch (an import); read now if None.
    """
    rules = standing.rules if standing else intake_rules(session)
    version = latest_version(request)
    extraction = extraction_from_json(version.fields)
    facts = [
        AttachmentFacts(
            filename=a.filename,
            role=a.role,
            format=a.format,
            size=a.size,
            photo_checks=photo_findings(a.photo_report),
            truncated=a.truncated,
            inline=a.inline,
        )
        for a in version.attachments
    ]
    exam_number = extraction.value("exam_number")
    roster = repos.roster_row(session, exam_number)
    extraction = resolve_with_roster(extraction, roster)
    findings = evaluate(
        extraction,
        attachments=facts,
        roster=roster,
        others=repos.other_requests(session, exam_number, request.id),
        rules=rules,
    )
    as_json = [f.as_dict() for f in findings]
    version.findings = as_json
    request.findings = as_json
    request.fail_count = sum(1 for f in findings if f.status == "fail")
    request.warn_count = sum(1 for f in findings if f.status != "fail")
    request.exam_number = exam_number
    request.exam_date = _day(extraction.value("exam_date"))
    request.category = extraction.value("category")
    request.name = extraction.value("name")
    request.nationality = extraction.value("nationality")
    request.date_of_birth = _day(extraction.value("date_of_birth"))
    request.sex = extraction.value("sex")
    closures = standing.closures if standing else None
    request.due_date = compute_due(session, request, rules=rules, closures=closures)


def compute_due(
    session: Session,
    request: Request,
    *,
    rules: IntakeRules | None = None,
    closures: Sequence[date] | None = None,
) -> date | None:
    """The due date, or None while the clock is paused (waiting for the applicant)."""
    rules = rules or intake_rules(session)
    pauses: list[tuple[date, date | None]] = [
        (date.fromisoformat(p[0]), date.fromisoformat(p[1]) if p[1] else None)
        for p in request.pauses or []
    ]
    return due_date(
        request.received_at,
        paused=pauses,
        closures=repos.closures(session) if closures is None else closures,
        days=rules.business_days,
    )


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None
