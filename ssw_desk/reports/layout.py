"""Wording of the Score report: titles, labels, secretariat and footer, all settings.

The real layout of the secretariat's report is not published (domain.md, open questions), so
every piece of fixed text is a setting with a sensible default. Labels are (Japanese, English)
pairs; Japanese is printed first, English small underneath or after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any

Pair = tuple[str, str]

_DEFAULT_LABELS: dict[str, Pair] = {
    "serial": ("通知書番号", "Serial No."),
    "issue_date": ("発行日", "Date of issue"),
    "name": ("氏名", "Name"),
    "nationality": ("国籍・地域", "Nationality / Region"),
    "date_of_birth": ("生年月日", "Date of birth"),
    "sex": ("性別", "Sex"),
    "exam_number": ("受験番号", "Exam number"),
    "exam_date": ("受験日", "Exam date"),
    "category": ("試験区分", "Exam category"),
    "exam_type": ("試験科目", "Exam subject"),
    "exam_type_value": ("実技試験", "Practical exam"),
    "score": ("得点", "Score"),
    "passing_score": ("合格基準点", "Passing score"),
    "max_score": ("満点", "Maximum score"),
    "ratio": ("合格基準点に対する得点の割合", "Score as a percentage of the passing mark"),
    "result": ("合否", "Result"),
    "fail": ("不合格", "Fail"),
    "pass": ("合格", "Pass"),
    "reaches": ("80 %以上", "reaches 80 %"),
    "below": ("80 %未満", "below 80 %"),
    "applicant": ("受験者情報", "Examinee"),
    "exam": ("受験した試験", "Exam taken"),
    "result_section": ("試験結果", "Exam result"),
    "issuer": ("発行者", "Issued by"),
    "verification": ("真正性の確認", "Verification"),
    "code": ("確認コード", "Verification code"),
    "photo": ("写真", "Photo"),
}


def _default_labels() -> Mapping[str, Pair]:
    return MappingProxyType(dict(_DEFAULT_LABELS))


@dataclass(frozen=True)
class ReportLayout:
    """Wording of the report. Every field has a default; override with :meth:`from_overrides`.

    Attributes:
        title_ja: Japanese title.
        title_en: English title.
        secretariat_ja: Issuing body, Japanese.
        secretariat_en: Issuing body, English.
        intro_ja: Sentence above the result, Japanese.
        intro_en: Sentence above the result, English.
        footer_ja: Verification note at the bottom, Japanese.
        footer_en: Verification note at the bottom, English.
        document_title: PDF metadata title.
        labels: Field labels, key -> (Japanese, English).
    """

    title_ja: str = "特定技能2号評価試験（工業製品製造業）結果通知書"
    title_en: str = "Score report of the SSW(ii) Exam for Industrial Product Manufacturing"
    secretariat_ja: str = "一般社団法人工業製品製造技能人材機構（JAIM）"
    # The official English name is unconfirmed (third parties spell it two ways): describe.
    secretariat_en: str = "JAIM, Secretariat of the SSW(ii) Exam for Industrial Product Mfg."
    intro_ja: str = "上記の者の特定技能2号評価試験の結果を次のとおり通知します。"
    intro_en: str = "The result of the above examinee in the SSW(ii) Exam is as follows."
    footer_ja: str = (
        "この通知書は電子署名付きの確認コードで保護されています。"
        "QRコードまたは確認コードにより、発行元で真正性を確認できます。"
    )
    footer_en: str = (
        "This report carries a digitally signed verification code. The issuer can confirm "
        "its authenticity from the QR code or the verification code above."
    )
    document_title: str = "Score report / 結果通知書"
    labels: Mapping[str, Pair] = field(default_factory=_default_labels)

    def label(self, key: str) -> Pair:
        """Return the (Japanese, English) label for ``key``."""
        return self.labels[key]

    @classmethod
    def from_overrides(cls, overrides: Mapping[str, Any]) -> ReportLayout:
        """Build a layout from the defaults and a mapping of settings.

        Args:
            overrides: Field names mapped to text, e.g. ``{"title_ja": "..."}``; labels as
                ``{"labels": {"name": ("氏名", "Name")}}`` or flat ``{"labels.name": [...]}``.

        Returns:
            The layout.

        Raises:
            ValueError: On an unknown key or a value of the wrong shape.
        """
        base = cls()
        text_fields = {f.name for f in fields(cls)} - {"labels"}
        changes: dict[str, str] = {}
        labels = dict(base.labels)
        for key, value in overrides.items():
            if key in text_fields:
                if not isinstance(value, str):
                    raise ValueError(f"layout setting {key!r} must be text")
                changes[key] = value
            elif key == "labels":
                if not isinstance(value, Mapping):
                    raise ValueError("layout setting 'labels' must be a mapping")
                for label_key, pair in value.items():
                    labels[label_key] = _pair(label_key, pair, labels)
            elif key.startswith("labels."):
                label_key = key.removeprefix("labels.")
                labels[label_key] = _pair(label_key, value, labels)
            else:
                raise ValueError(f"unknown layout setting {key!r}")
        return replace(base, labels=MappingProxyType(labels), **changes)


def _pair(key: str, value: Any, known: Mapping[str, Pair]) -> Pair:
    if key not in known:
        raise ValueError(f"unknown label {key!r}")
    if (
        isinstance(value, str)
        or not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, str) for v in value)
    ):
        raise ValueError(f"label {key!r} must be a (Japanese, English) pair")
    return (value[0], value[1])


DEFAULT_LAYOUT = ReportLayout()
