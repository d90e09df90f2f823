"""Roster import: the exam results every request is checked against.

A CSV in UTF-8 (with or without BOM) or cp932, with Japanese or English headers. Re-importing
updates rows in place; every request for an affected exam number is re-checked (its revision
bumped when its findings change).

Against issuing: the requests of the affected exam numbers are locked (in id order) *before*
the roster rows are written, the same order issuing takes (request, then roster), so an import
and an issue serialise. An import that says "pass" for an exam that already has a valid report
is refused whole (``roster.report_issued``, detail: the request references): the report must be
revoked first; a passed exam never keeps a report.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from ssw_desk.domain import normalize as norm
from ssw_desk.domain.text import Normalized, nfkc
from ssw_desk.errors import DeskError
from ssw_desk.services.changes import bump
from ssw_desk.services.context import Desk, now, record
from ssw_desk.services.findings import refresh
from ssw_desk.storage.models import Report, Request, RosterEntry

HEADERS: dict[str, tuple[str, ...]] = {
    "exam_number": ("exam_number", "exam no", "受験番号"),
    "exam_date": ("exam_date", "受験日", "試験日"),
    "category": ("category", "exam_category", "試験区分", "区分"),
    "name": ("name", "氏名", "名前"),
    "nationality": ("nationality", "国籍"),
    "date_of_birth": ("date_of_birth", "dob", "birth_date", "生年月日"),
    "sex": ("sex", "gender", "性別"),
    "score": ("score", "得点", "点数"),
    "passing_score": ("passing_score", "pass_mark", "合格点", "合格基準点"),
    "max_score": ("max_score", "満点", "配点"),
    "result": ("result", "結果", "合否"),
}
RESULTS = {
    "pass": "pass",
    "passed": "pass",
    "合格": "pass",
    "fail": "fail",
    "failed": "fail",
    "不合格": "fail",
}


@dataclass
class RosterImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)
    rechecked: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "errors": self.errors,
            "rechecked": self.rechecked,
        }


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DeskError("roster.encoding", "neither UTF-8 nor cp932")


def _header_map(header: list[str]) -> dict[str, int]:
    def squash(text: str) -> str:
        return "".join(ch for ch in nfkc(text).lower() if ch.isalnum())

    lookup = {squash(alias): name for name, aliases in HEADERS.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        name = lookup.get(squash(title))
        if name is not None and name not in found:
            found[name] = index
    missing = [n for n in ("exam_number", "result") if n not in found]
    if missing:
        raise DeskError("roster.columns_missing", ", ".join(missing))
    return found


def _value(n: Normalized) -> str | None:
    return n.value if n.ok else None


def _number(text: str) -> float | None:
    text = nfkc(text).strip()
    return float(text) if text else None


def _day(text: str) -> date | None:
    value = _value(norm.normalize_date(text)) if text.strip() else None
    return date.fromisoformat(value) if value else None


def parse_roster(raw: bytes) -> tuple[list[dict[str, object]], list[str]]:
    """Parses the CSV into normalised rows; rows that cannot be read are reported by line."""
    reader = csv.reader(io.StringIO(_decode(raw)))
    rows = list(reader)
    if not rows:
        raise DeskError("roster.empty")
    columns = _header_map(rows[0])
    out: list[dict[str, object]] = []
    errors: list[str] = []
    for line_no, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(name: str, row: list[str] = row) -> str:
            index = columns.get(name)
            return row[index] if index is not None and index < len(row) else ""

        exam_number = _value(norm.normalize_exam_number(cell("exam_number")))
        result = RESULTS.get(nfkc(cell("result")).strip().lower())
        if exam_number is None or result is None:
            errors.append(f"line {line_no}: exam number or result unreadable")
            continue
        try:
            out.append(
                {
                    "exam_number": exam_number,
                    "exam_date": _day(cell("exam_date")),
                    "category": _value(norm.normalize_category(cell("category"))),
                    "name": _value(norm.normalize_name(cell("name"))) or "",
                    "nationality": _value(norm.normalize_nationality(cell("nationality"))),
                    "date_of_birth": _day(cell("date_of_birth")),
                    "sex": _value(norm.normalize_sex(cell("sex"))),
                    "score": _number(cell("score")),
                    "passing_score": _number(cell("passing_score")),
                    "max_score": _number(cell("max_score")),
                    "result": result,
                }
            )
        except ValueError:
            errors.append(f"line {line_no}: a score is not a number")
    return out, errors


def import_roster(
    desk: Desk, *, path: str | Path | None = None, data: bytes | None = None
) -> RosterImportResult:
    """Imports or updates the roster from a CSV file (or its bytes) and re-checks the affected
    requests."""
    if data is None:
        if path is None:
            raise DeskError("roster.no_input")
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise DeskError("roster.unreadable", exc.strerror or "") from exc
    raw = data
    rows, errors = parse_roster(raw)
    result = RosterImportResult(rows=len(rows), errors=errors)
    rows = sorted(rows, key=lambda r: str(r["exam_number"]))
    numbers = [str(r["exam_number"]) for r in rows]
    passed = {str(r["exam_number"]) for r in rows if r["result"] == "pass"}
    with desk.db.begin() as session:
        affected = list(
            session.execute(
                select(Request)
                .where(Request.exam_number.in_(numbers))
                .order_by(Request.id)
                .with_for_update(key_share=True)  # see changes.lock_request
                .execution_options(populate_existing=True)
            ).scalars()
        )
        issued = [
            r.reference
            for r in affected
            if r.exam_number in passed
            and session.execute(
                select(Report.id).where(Report.request_id == r.id, Report.status == "valid")
            ).first()
        ]
        if issued:
            raise DeskError("roster.report_issued", ",".join(issued))
        for row in rows:
            entry = session.get(RosterEntry, row["exam_number"])
            if entry is None:
                session.add(RosterEntry(**row, imported_at=now()))
                result.created += 1
            else:
                for key, value in row.items():
                    setattr(entry, key, value)
                entry.imported_at = now()
                result.updated += 1
        session.flush()
        for request in affected:
            before = (list(request.findings or []), request.due_date)
            refresh(session, request)
            if (list(request.findings or []), request.due_date) != before:
                revision = bump(session, request)
                record(session, desk, "request.rechecked", request.id, revision=revision)
            result.rechecked += 1
        record(session, desk, "roster.imported", rows=len(rows), errors=len(errors))
    return result
