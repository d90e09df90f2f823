"""Score reports: the signed A4 PDF an immigration officer reads, and its verification.

Typical use by the report service::

    code, pdf = issue_report(data, private_pem)          # sign + render
    verify_pdf(pdf, public_pem).status                   # "valid" offline
    verify_code(scanned, public_pem, expected=data)      # a QR scan against the database

This package may import :mod:`ssw_desk.domain` only (import-linter "Layers" contract).
"""

from ssw_desk.reports.data import (
    SEX_LABELS,
    THRESHOLD_PERCENT,
    ReportData,
    ScoreRatio,
    SignedFields,
    score_ratio,
)
from ssw_desk.reports.documents import (
    extract_code_from_pdf,
    issue_report,
    printed_code_from_pdf,
    signed_fields_from_pdf,
    verify_pdf,
)
from ssw_desk.reports.fonts import register_fonts, resource_path
from ssw_desk.reports.layout import DEFAULT_LAYOUT, ReportLayout
from ssw_desk.reports.render import render_report
from ssw_desk.reports.signing import (
    Verification,
    generate_key,
    public_key_pem,
    sign_report,
    verify_code,
)

__all__ = [
    "DEFAULT_LAYOUT",
    "SEX_LABELS",
    "THRESHOLD_PERCENT",
    "ReportData",
    "ReportLayout",
    "ScoreRatio",
    "SignedFields",
    "Verification",
    "extract_code_from_pdf",
    "generate_key",
    "issue_report",
    "printed_code_from_pdf",
    "public_key_pem",
    "register_fonts",
    "render_report",
    "resource_path",
    "score_ratio",
    "sign_report",
    "signed_fields_from_pdf",
    "verify_code",
    "verify_pdf",
]
