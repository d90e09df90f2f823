"""Plain data shared by every layer: the seven items, findings, attachment roles.

These are the contracts between intake, photo checks, storage, reports and the GUI. They are
frozen dataclasses so a value handed to the GUI cannot be changed behind the store's back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

#: The seven items an applicant types, in the order of the secretariat's template (①-⑦).
FIELD_NAMES: tuple[str, ...] = (
    "exam_number",
    "exam_date",
    "category",
    "name",
    "nationality",
    "date_of_birth",
    "sex",
)

#: Normalised exam categories (試験区分).
CATEGORIES: tuple[str, ...] = ("machining_metal", "electrical_electronic", "metal_surface")

CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "machining_metal": ("機械金属加工区分", "Machining and Metal Processing"),
    "electrical_electronic": ("電気電子機器組立て区分", "Electric and Electronic Device Assembly"),
    "metal_surface": ("金属表面処理区分", "Metal Surface Treatment"),
}

ROLES: tuple[str, ...] = ("residence_card_front", "residence_card_back", "face_photo", "other")

Status = Literal["pass", "fail", "warn", "unknown"]
FieldProblem = Literal["missing", "invalid", "ambiguous"]


@dataclass(frozen=True)
class Finding:
    """One result of checking a request, with a stable code the GUI translates.

    Attributes:
        code: Stable code such as ``fields.exam_date`` or ``photo.head_size``.
        status: ``fail``, ``warn`` or ``unknown`` (passing checks are not findings).
        subject: What the finding is about: a field name, an attachment file name, ...
        value: The measured or extracted value, as text, or None.
        message: A short English explanation for logs and scripts; the GUI uses the code.
        limits: The limits the value was judged against (as a photo check stores them), or
            None; :func:`ssw_desk.messages.finding_sentence` puts both in human units.
    """

    code: str
    status: Status
    subject: str = ""
    value: str | None = None
    message: str = ""
    limits: Mapping[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "status": self.status,
            "subject": self.subject,
            "value": self.value,
            "message": self.message,
        }
        if self.limits is not None:
            out["limits"] = dict(self.limits)
        return out


@dataclass(frozen=True)
class FieldValue:
    """One of the seven items as found in the e-mail body.

    Attributes:
        name: One of :data:`FIELD_NAMES`.
        raw: The text as the applicant wrote it, or None when the item is absent.
        value: The normalised value (ISO date, category code, ISO country code, ...) or None.
        problem: None when the value is usable, else ``missing``, ``invalid`` or ``ambiguous``.
        line: 0-based index of the body line the value came from (for highlighting), or None.
        candidates: For an ambiguous value, the readings that remain possible.
        resolved_by: ``roster`` when an ambiguous value was settled by the roster's reading.
    """

    name: str
    raw: str | None
    value: str | None
    problem: FieldProblem | None = None
    line: int | None = None
    candidates: tuple[str, ...] = ()
    resolved_by: str | None = None


@dataclass(frozen=True)
class Extraction:
    """The seven items extracted from one body text.

    Attributes:
        fields: One :class:`FieldValue` per name in :data:`FIELD_NAMES`, always all seven.
        exam_numbers: Every distinct normalised exam number seen in the text; more than one
            means the applicant asked for several exams in one e-mail.
    """

    fields: dict[str, FieldValue]
    exam_numbers: tuple[str, ...] = field(default_factory=tuple)

    def value(self, name: str) -> str | None:
        fv = self.fields.get(name)
        return fv.value if fv is not None else None
