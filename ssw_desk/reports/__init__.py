"""Score reports: the signed A4 PDF an immigration officer reads, and its verification.

Typical use by the report service::

    code, pdf = issue_report(data, issuer_key)            # render, sign (code + PAdES)
    verify_pdf(pdf, registry).result                      # "valid" offline

Scheme SSW2 (this one) lives in :mod:`ssw_desk.reports.issuing` and the stand-alone
:mod:`ssw_desk_verify`; reports of the earlier scheme (SSW1, Ed25519 over key fields) are
still verified by :mod:`ssw_desk.reports.legacy` and :mod:`ssw_desk.reports.signing`.

This package may import :mod:`ssw_desk.domain` only (import-linter "Layers" contract), and the
stand-alone verifier package.
"""

from ssw_desk.reports.data import (
    SEX_LABELS,
    THRESHOLD_PERCENT,
    ReportData,
    ScoreRatio,
    SignedFields,
    score_ratio,
)
from ssw_desk.reports.fonts import register_fonts, resource_path
from ssw_desk.reports.issuing import issue_report
from ssw_desk.reports.keys import IssuerKey, create_issuer_key, dump_issuer_key, load_issuer_key
from ssw_desk.reports.layout import DEFAULT_LAYOUT, ReportLayout
from ssw_desk.reports.render import render_report

__all__ = [
    "DEFAULT_LAYOUT",
    "SEX_LABELS",
    "THRESHOLD_PERCENT",
    "IssuerKey",
    "ReportData",
    "ReportLayout",
    "ScoreRatio",
    "SignedFields",
    "create_issuer_key",
    "dump_issuer_key",
    "issue_report",
    "load_issuer_key",
    "register_fonts",
    "render_report",
    "resource_path",
    "score_ratio",
]
