"""Turns what was extracted from a request into findings with stable codes.

Pure: every input is a plain value handed in by the intake service.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from ssw_desk.domain import lifecycle
from ssw_desk.domain.lifecycle import RequestStatus
from ssw_desk.domain.model import FIELD_NAMES, Extraction, Finding
from ssw_desk.domain.normalize import names_match
from ssw_desk.domain.rules import IntakeRules

CARD_AND_PHOTO_ROLES = ("residence_card_front", "residence_card_back", "face_photo")


@dataclass(frozen=True)
class RosterRow:
    """One roster line, already normalised (dates ISO, category code, country code)."""

    exam_number: str
    exam_date: str | None
    category: str | None
    name: str
    nationality: str | None
    date_of_birth: str | None
    sex: str | None
    score: float | None
    passing_score: float | None
    max_score: float | None
    result: str  # "pass" | "fail"


@dataclass(frozen=True)
class AttachmentFacts:
    """What intake learnt about one attachment."""

    filename: str
    role: str
    format: str
    size: int
    photo_checks: tuple[Finding, ...] = ()
    truncated: bool = False
    inline: bool = False


@dataclass(frozen=True)
class OtherRequest:
    """Another request for the same exam number."""

    reference: str
    status: str


def resolve_with_roster(extraction: Extraction, roster: RosterRow | None) -> Extraction:
    """Settles an ambiguous item (``10/11/2023``) when exactly one of its readings is the
    roster's: the applicant wrote the same day, only in an order that cannot be told apart."""
    if roster is None:
        return extraction
    fields = dict(extraction.fields)
    for name, fv in extraction.fields.items():
        expected = getattr(roster, name, None)
        if fv.problem == "ambiguous" and expected is not None and expected in fv.candidates:
            fields[name] = replace(fv, value=expected, problem=None, resolved_by="roster")
    return replace(extraction, fields=fields)


def field_findings(extraction: Extraction) -> list[Finding]:
    out: list[Finding] = []
    for name in FIELD_NAMES:
        fv = extraction.fields[name]
        if fv.resolved_by == "roster":
            out.append(
                Finding(
                    f"fields.{name}",
                    "warn",
                    name,
                    fv.raw,
                    f"{name} is ambiguous; read as the roster's {fv.value}",
                )
            )
            continue
        if fv.resolved_by == "shape" and fv.problem is None:
            detail = f"{name} found without a label (recognised by its shape): confirm it"
            out.append(Finding(f"fields.{name}", "warn", name, fv.raw, detail))
            continue
        if fv.problem is None:
            continue
        status = "unknown" if fv.problem == "ambiguous" else "fail"
        detail = f"{name} is {fv.problem}"
        if fv.candidates:
            detail += ": " + " or ".join(fv.candidates)
        out.append(Finding(f"fields.{name}", status, name, fv.raw, detail))  # type: ignore[arg-type]
    if len(extraction.exam_numbers) > 1:
        out.append(
            Finding(
                "request.one_exam",
                "fail",
                "exam_number",
                ", ".join(extraction.exam_numbers),
                "one e-mail may ask for one exam only",
            )
        )
    return out


def duplicate_findings(others: Iterable[OtherRequest]) -> list[Finding]:
    out = []
    for other in others:
        if not lifecycle.counts_as_duplicate(other.status):
            continue
        status = "fail" if other.status == RequestStatus.ISSUED else "warn"
        out.append(
            Finding(
                "request.duplicate",
                status,  # type: ignore[arg-type]
                "exam_number",
                other.reference,
                f"the same exam is in request {other.reference} ({other.status})",
            )
        )
    return out


def roster_findings(extraction: Extraction, roster: RosterRow | None) -> list[Finding]:
    exam_number = extraction.value("exam_number")
    if roster is None:
        if exam_number is None:
            return [Finding("roster.found", "unknown", "exam_number", None, "no exam number")]
        return [
            Finding("roster.found", "fail", "exam_number", exam_number, "exam number not in roster")
        ]
    out: list[Finding] = []
    for name in ("exam_date", "category", "nationality", "date_of_birth", "sex", "name"):
        typed = extraction.value(name)
        expected = getattr(roster, name)
        if typed is None or expected is None:
            continue
        same = names_match(typed, expected) if name == "name" else typed == expected
        if not same:
            out.append(
                Finding(f"roster.{name}", "fail", name, typed, f"{name} differs from the roster")
            )
    if roster.result == "pass":
        out.append(
            Finding(
                "eligibility.not_passed",
                "fail",
                "result",
                "pass",
                "the roster says this exam was passed: no Score report",
            )
        )
    return out


def window_finding(exam_date: str | None, rules: IntakeRules) -> Finding | None:
    """Where the exam date falls against the procedure's window."""
    if exam_date is None:
        return Finding("eligibility.exam_window", "unknown", "exam_date", None, "no exam date")
    day = date.fromisoformat(exam_date)
    if day < rules.window_start:
        return Finding(
            "eligibility.exam_window", "fail", "exam_date", exam_date, "before the window"
        )
    if day >= rules.vendor_from:
        return Finding(
            "eligibility.exam_window",
            "fail",
            "exam_date",
            exam_date,
            "test-vendor period: the report is on the vendor's page",
        )
    if day > rules.window_end:
        return Finding(
            "eligibility.exam_window",
            "unknown",
            "exam_date",
            exam_date,
            "no procedure is defined for this period: a clerk decides",
        )
    return None


def attachment_findings(
    attachments: Sequence[AttachmentFacts], rules: IntakeRules
) -> list[Finding]:
    out: list[Finding] = []
    roles = {a.role for a in attachments}
    for role in ("residence_card_front", "face_photo"):
        if role not in roles:
            out.append(Finding(f"attachments.{role}", "fail", role, None, f"no {role} attached"))
    for a in attachments:
        document = a.role in CARD_AND_PHOTO_ROLES
        rule = rules.file_rule
        # Any attached file in another format, whatever its role: a PDF of the card is the
        # card sent in a wrong format (inline pictures in a signature are not documents).
        if not rule.format_ok(a.format) and (document or not a.inline):
            accepted = {"accepted": list(rule.accepted_formats)}
            out.append(
                Finding("file.format", "fail", a.filename, a.format, "not accepted", accepted)
            )
        if a.truncated:
            out.append(Finding(TRUNCATED, "fail", a.filename, str(a.size), "the file is cut short"))
        if not document:
            continue
        if not rule.size_ok(a.size):
            out.append(
                Finding("file.size", "fail", a.filename, str(a.size), "size limit", rule.limits())
            )
        out.extend(f for f in a.photo_checks if not (a.truncated and f.code == TRUNCATED))
    return out


#: One code for a file that arrived cut short, shared by intake and the photo checks.
TRUNCATED = "file.truncated"


def evaluate(
    extraction: Extraction,
    *,
    attachments: Sequence[AttachmentFacts],
    roster: RosterRow | None,
    others: Iterable[OtherRequest],
    rules: IntakeRules,
) -> list[Finding]:
    """All findings for one version of a request, in a stable order."""
    findings = field_findings(extraction)
    findings += duplicate_findings(others)
    findings += roster_findings(extraction, roster)
    exam_date = roster.exam_date if roster and roster.exam_date else extraction.value("exam_date")
    window = window_finding(exam_date, rules)
    if window is not None:
        findings.append(window)
    findings += attachment_findings(attachments, rules)
    return findings
